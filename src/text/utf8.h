// UTF-8 decoding and encoding helpers used by every stage that walks text.
#ifndef WARTA_TEXT_UTF8_H_
#define WARTA_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace warta::text {

// Decodes the code point starting at s[i] (i < s.size()). Returns the number
// of bytes it occupies, or 0 if the bytes there are not well-formed UTF-8
// (overlong forms, surrogates and values above U+10FFFF are rejected).
inline size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) {
    if (left < 2 || (p[1] & 0xC0) != 0x80) return 0;
    *cp = (char32_t(b0 & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b0 < 0xF0) {
    if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    char32_t c = (char32_t(b0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) |
                 (p[2] & 0x3F);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return 3;
  }
  if (b0 < 0xF5) {
    if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
        (p[3] & 0xC0) != 0x80)
      return 0;
    char32_t c = (char32_t(b0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
                 (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (c < 0x10000 || c > 0x10FFFF) return 0;
    *cp = c;
    return 4;
  }
  return 0;
}

// Decodes the code point that ends just before s[i] (0 < i <= s.size()),
// assuming s is valid UTF-8. Returns its length in bytes.
inline size_t DecodeUtf8Before(std::string_view s, size_t i, char32_t* cp) {
  size_t start = i - 1;
  while (start > 0 && i - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
    --start;
  size_t n = DecodeUtf8(s, start, cp);
  if (n != i - start) {  // not valid UTF-8 after all: treat the byte as is
    *cp = static_cast<unsigned char>(s[i - 1]);
    return 1;
  }
  return n;
}

void AppendUtf8(char32_t cp, std::string* out);

// True if every byte sequence in s is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Number of code points in s (s valid UTF-8): continuation bytes are skipped.
size_t CountCodePoints(std::string_view s);

// The character a Windows-1252 byte stands for (bytes 0x80-0xFF). Scrapers
// often mix cp1252 quotes and dashes into otherwise UTF-8 text.
char32_t Cp1252ToUnicode(unsigned char byte);

}  // namespace warta::text

#endif  // WARTA_TEXT_UTF8_H_
