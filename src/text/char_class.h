// Character classes for the tokenizer and the cleaner: a table for ASCII and
// Unicode general categories (from utf8proc) for everything else.
#ifndef WARTA_TEXT_CHAR_CLASS_H_
#define WARTA_TEXT_CHAR_CLASS_H_

#include <cstdint>

namespace warta::text {

enum class CharClass : uint8_t {
  kSpace,        // space, tab, newline
  kLower,        // lowercase letter
  kUpper,        // uppercase or titlecase letter
  kLetter,       // letter without case (CJK, Arabic, ...)
  kMark,         // combining mark (belongs to the letter before it)
  kDigit,        // decimal digit
  kPunctuation,  // Unicode P* categories
  kSymbol,       // Unicode S* categories
  kOther,        // controls, unassigned
};

namespace internal {
extern const CharClass kAsciiClass[128];
CharClass ClassifyNonAscii(char32_t cp);
}  // namespace internal

inline CharClass Classify(char32_t cp) {
  return cp < 128 ? internal::kAsciiClass[cp] : internal::ClassifyNonAscii(cp);
}

inline bool IsLetterClass(CharClass c) {
  return c == CharClass::kLower || c == CharClass::kUpper ||
         c == CharClass::kLetter || c == CharClass::kMark;
}
inline bool IsLetter(char32_t cp) { return IsLetterClass(Classify(cp)); }
inline bool IsUpper(char32_t cp) { return Classify(cp) == CharClass::kUpper; }
inline bool IsLower(char32_t cp) { return Classify(cp) == CharClass::kLower; }
inline bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool IsAlnum(char32_t cp) {
  CharClass c = Classify(cp);
  return IsLetterClass(c) || c == CharClass::kDigit;
}
inline bool IsSpace(char32_t cp) { return Classify(cp) == CharClass::kSpace; }

// Quotation marks, straight and typographic: " ' “ ” „ ‘ ’ ‚ « » ‹ › `
bool IsQuoteMark(char32_t cp);
// Dashes used as punctuation: - – — ―
inline bool IsDash(char32_t cp) {
  return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2015;
}

// Simple lowercase of one code point (for case-insensitive matching).
char32_t ToLower(char32_t cp);

}  // namespace warta::text

#endif  // WARTA_TEXT_CHAR_CLASS_H_
