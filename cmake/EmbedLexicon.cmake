# warta_embed_lexicons(<prefix> <file>...)
#
# Turns each reviewed word list into a C++ source that defines
#   std::string_view warta::lexicons::<Name>()
# returning the file's bytes; <Name> is the file name in PascalCase
# (abbreviations.tsv -> Abbreviations). Sets <prefix>_SOURCES.
# The list is re-embedded whenever the .tsv changes.
function(warta_embed_lexicons prefix)
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicons)
  file(MAKE_DIRECTORY ${out_dir})
  set(sources)
  foreach(rel ${ARGN})
    set(src ${CMAKE_CURRENT_SOURCE_DIR}/${rel})
    get_filename_component(base ${rel} NAME_WE)
    string(REPLACE "-" ";" parts ${base})
    set(name "")
    foreach(part ${parts})
      string(SUBSTRING ${part} 0 1 first)
      string(TOUPPER ${first} first)
      string(SUBSTRING ${part} 1 -1 rest)
      string(APPEND name "${first}${rest}")
    endforeach()
    set(out ${out_dir}/${base}.cc)
    add_custom_command(
      OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DIN=${src} -DOUT=${out} -DNAME=${name}
              -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedOne.cmake
      DEPENDS ${src} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedOne.cmake
      COMMENT "Embedding lexicon ${rel}")
    list(APPEND sources ${out})
  endforeach()
  set(${prefix}_SOURCES ${sources} PARENT_SCOPE)
endfunction()
