# Script mode:
#   cmake -DROOT=web -DMANIFEST=list.txt -DOUT=web_assets.cc -P EmbedWebFiles.cmake
# Writes every file the manifest names (one path relative to ROOT a line) as
# a byte array (unsigned: UTF-8 text has bytes over 0x7f), and a table of
# paths and bytes for WebAssetFiles().
file(STRINGS ${MANIFEST} files)
set(arrays "")
set(table "")
set(n 0)
foreach(rel ${files})
  file(READ ${ROOT}/${rel} hex HEX)
  string(LENGTH "${hex}" hex_len)
  math(EXPR size "${hex_len} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
  string(APPEND arrays "// ${rel}\nconst unsigned char kFile${n}[] = {\n${bytes}0};\n")
  string(APPEND table "    {\"${rel}\", {reinterpret_cast<const char*>(kFile${n}), ${size}}},\n")
  math(EXPR n "${n} + 1")
endforeach()
if(n EQUAL 0)
  message(FATAL_ERROR "no files to embed under ${ROOT}")
endif()
file(WRITE ${OUT} "// Generated from ${ROOT} by cmake/EmbedWebFiles.cmake; do not edit.\n"
  "#include \"server/web_assets.h\"\n\n"
  "namespace warta::server {\n"
  "namespace {\n\n${arrays}\n"
  "const EmbeddedFile kFiles[] = {\n${table}};\n\n"
  "}  // namespace\n\n"
  "std::span<const EmbeddedFile> WebAssetFiles() { return kFiles; }\n\n"
  "}  // namespace warta::server\n")
