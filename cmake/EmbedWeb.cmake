# warta_embed_web(<prefix> <dir>)
#
# Embeds every file under <dir> (the web interface, web/) into one generated
# C++ source that defines
#   std::span<const warta::server::EmbeddedFile> warta::server::WebAssetFiles()
# (src/server/web_assets.h): each file's path relative to <dir> and its
# bytes. Sets <prefix>_SOURCES. A file added to or removed from <dir> is
# picked up at the next build (CONFIGURE_DEPENDS); a changed file is
# re-embedded. Hidden files (".name") and editor backups ("name~") are left
# out.
function(warta_embed_web prefix dir)
  set(root ${CMAKE_CURRENT_SOURCE_DIR}/${dir})
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${root} ${root}/*)
  list(FILTER files EXCLUDE REGEX "(^|/)\\.")
  list(FILTER files EXCLUDE REGEX "~$")
  list(SORT files)
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/generated/web)
  file(MAKE_DIRECTORY ${out_dir})
  # The list travels in a file: a CMake list on a command line would be
  # split at its semicolons.
  set(manifest ${out_dir}/web_assets.txt)
  string(REPLACE ";" "\n" lines "${files}")
  file(CONFIGURE OUTPUT ${manifest} CONTENT "${lines}\n")
  set(depends)
  foreach(rel ${files})
    list(APPEND depends ${root}/${rel})
  endforeach()
  set(out ${out_dir}/web_assets.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DMANIFEST=${manifest} -DOUT=${out}
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedWebFiles.cmake
    DEPENDS ${depends} ${manifest} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedWebFiles.cmake
    COMMENT "Embedding the web interface (${dir})")
  set(${prefix}_SOURCES ${out} PARENT_SCOPE)
endfunction()
