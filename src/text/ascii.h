// Small ASCII helpers (case folding for matching markers and word lists that
// are ASCII by nature).
#ifndef WARTA_TEXT_ASCII_H_
#define WARTA_TEXT_ASCII_H_

#include <string>
#include <string_view>

namespace warta::text {

inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// Lowercases A-Z only; other bytes (including UTF-8) are copied unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  return true;
}

}  // namespace warta::text

#endif  // WARTA_TEXT_ASCII_H_
