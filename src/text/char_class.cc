#include "text/char_class.h"

#include <utf8proc.h>

namespace warta::text {
namespace internal {

namespace {
constexpr CharClass S = CharClass::kSpace, L = CharClass::kLower,
                    U = CharClass::kUpper, D = CharClass::kDigit,
                    P = CharClass::kPunctuation, Y = CharClass::kSymbol,
                    O = CharClass::kOther;
}  // namespace

// Follows Unicode general categories: $ + < = > ^ ` | ~ are symbols.
const CharClass kAsciiClass[128] = {
    O, O, O, O, O, O, O, O, O, S, S, S, S, S, O, O,  // 0x00
    O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,  // 0x10
    S, P, P, P, Y, P, P, P, P, P, P, Y, P, P, P, P,  //  !"#$%&'()*+,-./
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,  // 0-9:;<=>?
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  // @A-O
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, Y, P,  // P-Z[\]^_
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // `a-o
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, O,  // p-z{|}~
};

CharClass ClassifyNonAscii(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;  // ² ½ Ⅻ: not digits for number parsing
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunctuation;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

}  // namespace internal

bool IsQuoteMark(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '`':
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201B:
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:
    case 0x2039:  // ‹
    case 0x203A:  // ›
      return true;
    default:
      return false;
  }
}

char32_t ToLower(char32_t cp) {
  if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(
      utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

}  // namespace warta::text
