# Script mode: cmake -DIN=file.tsv -DOUT=file.cc -DNAME=Name -P EmbedOne.cmake
# Writes the file as a byte array (a raw string literal could clash with the
# text, and some compilers limit literal length).
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n"
  "#include <string_view>\n"
  "namespace warta::lexicons {\n"
  "namespace { const char kData[] = {\n${bytes}0};\n}  // namespace\n"
  "std::string_view ${NAME}() { return {kData, ${size}}; }\n"
  "}  // namespace warta::lexicons\n")
