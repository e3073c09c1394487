#include "segmenter/tokenizer.h"

#include <array>
#include <string>

#include "text/calendar.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace warta::segmenter {
namespace {

using text::CharClass;

// Decodes the code point at s[i]; a stray byte reads as U+FFFD, length 1.
inline size_t CpAt(std::string_view s, size_t i, char32_t* cp) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  size_t n = text::DecodeUtf8(s, i, cp);
  if (n == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return n;
}

inline char32_t CpAtOrZero(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  char32_t cp;
  CpAt(s, i, &cp);
  return cp;
}

// Superscript digits stay with the word they follow ("km²", "m³"), as UD
// Indonesian writes them.
inline bool IsSuperscriptDigit(char32_t cp) {
  return cp == 0x00B2 || cp == 0x00B3 || cp == 0x00B9 ||
         (cp >= 0x2070 && cp <= 0x2079);
}

inline bool IsWordChar(char32_t cp) {
  return text::IsAlnum(cp) || IsSuperscriptDigit(cp);
}

bool StartsWithIgnoreCase(std::string_view s, size_t i, std::string_view p) {
  if (s.size() - i < p.size()) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != p[k]) return false;
  }
  return true;
}

// Length of a URL starting at s[i], or 0.
size_t MatchUrl(std::string_view s, size_t i) {
  if (!StartsWithIgnoreCase(s, i, "http://") &&
      !StartsWithIgnoreCase(s, i, "https://") &&
      !StartsWithIgnoreCase(s, i, "www."))
    return 0;
  size_t j = i;
  int open_parens = 0;
  while (j < s.size()) {
    char32_t cp;
    size_t n = CpAt(s, j, &cp);
    if (text::IsSpace(cp) || cp == '"' || cp == '<' || cp == '>' ||
        (text::IsQuoteMark(cp) && cp != '\''))
      break;
    if (cp == '(') ++open_parens;
    if (cp == ')') --open_parens;
    j += n;
  }
  // Punctuation after a URL belongs to the sentence, not to the URL.
  while (j > i) {
    char c = s[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
        c == '?' || c == '\'' || (c == ')' && open_parens < 0)) {
      if (c == ')') ++open_parens;
      --j;
    } else {
      break;
    }
  }
  size_t min_len = StartsWithIgnoreCase(s, i, "www.") ? 5 : 9;
  return j - i >= min_len ? j - i : 0;
}

// If an e-mail domain starts at s[i] ("example.co.id"), returns its end.
size_t MatchEmailDomain(std::string_view s, size_t i) {
  size_t j = i, last_good = 0;
  bool dot = false;
  while (j < s.size()) {
    char c = s[j];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9');
    if (alnum) {
      ++j;
      last_good = j;
    } else if ((c == '.' || c == '-') && j > i) {
      if (c == '.') dot = true;
      ++j;
    } else {
      break;
    }
  }
  if (!dot || last_good == 0) return 0;
  // The domain must end after its last dot ("a@b" is not an address).
  return s.substr(i, last_good - i).find('.') != std::string_view::npos
             ? last_good
             : 0;
}

// How the tokenizer sees one byte: an ASCII letter or digit, another ASCII
// byte, or the start/continuation of a multibyte character.
enum class AsciiWordByte : uint8_t { kNone, kLetter, kDigit, kMultibyte };

constexpr std::array<AsciiWordByte, 256> MakeAsciiWordBytes() {
  std::array<AsciiWordByte, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
      t[b] = AsciiWordByte::kLetter;
    else if (b >= '0' && b <= '9')
      t[b] = AsciiWordByte::kDigit;
    else if (b >= 0x80)
      t[b] = AsciiWordByte::kMultibyte;
  }
  return t;
}
constexpr std::array<AsciiWordByte, 256> kAsciiWordByte = MakeAsciiWordBytes();

struct WordScan {
  size_t end;
  bool email = false;
};

// Scans a word-like token whose word characters start at s[i] (a letter,
// mark or digit); the token itself starts at s[token_start] (before i for
// ".50" and "&amp;").
WordScan ScanWord(std::string_view s, size_t i, size_t token_start) {
  const size_t n = s.size();
  size_t j = i;
  while (true) {
    // One run of letters and digits.
    size_t run_start = j, multibyte_extra = 0;
    bool run_digits_only = true, run_letter = false;
    while (j < n) {
      // ASCII letters and digits, the bulk of Indonesian text, go through a
      // table without decoding.
      const AsciiWordByte t = kAsciiWordByte[static_cast<unsigned char>(s[j])];
      if (t == AsciiWordByte::kLetter) {
        run_letter = true;
        ++j;
        continue;
      }
      if (t == AsciiWordByte::kDigit) {
        ++j;
        continue;
      }
      if (t == AsciiWordByte::kNone) break;
      char32_t cp;
      size_t len = CpAt(s, j, &cp);
      if (!IsWordChar(cp)) break;
      if (!text::IsDigit(cp)) run_digits_only = false;
      if (text::IsLetter(cp)) run_letter = true;
      multibyte_extra += len - 1;
      j += len;
    }
    if (run_letter) run_digits_only = false;
    // "Rp66,5": the amount after the currency keeps its decimals, as when
    // written "Rp 66,5" (the caller splits "Rp" off).
    if (run_letter && run_start == token_start && j - run_start > 2 && s[run_start] == 'R' &&
        (s[run_start + 1] == 'p' || s[run_start + 1] == 'P')) {
      run_digits_only = true;
      for (size_t k = run_start + 2; k < j; ++k) {
        if (s[k] < '0' || s[k] > '9') run_digits_only = false;
      }
    }
    const size_t run_chars = j - run_start - multibyte_extra;
    char32_t prev = 0;
    if (j > run_start) text::DecodeUtf8Before(s, j, &prev);
    if (j == run_start || j >= n) return {j};
    // A connector followed by more word characters keeps the token going.
    char c = s[j];
    size_t conn_len = 1;
    char32_t conn = static_cast<unsigned char>(c);
    if (static_cast<unsigned char>(c) >= 0x80) conn_len = CpAt(s, j, &conn);
    char32_t next = CpAtOrZero(s, j + conn_len);
    bool next_word = IsWordChar(next);
    bool keep = false;
    switch (conn) {
      case '-':
      case 0x2011:  // non-breaking hyphen
      case '_':
        keep = next_word;
        break;
      case '/':
        keep = next_word;
        break;
      case '\'':
      case 0x2019:  // ’ as an apostrophe: Lloyd’s, Jum’at
        keep = text::IsLetter(prev) && text::IsLetter(next);
        break;
      case '.':
        // "KOMPAS.com", "3.0", "1.000", initials "D.W"; not "2019.Dia".
        keep = next_word && (text::IsLower(next) || text::IsDigit(next) ||
                             (run_chars == 1 && run_letter));
        break;
      case ',':
      case ':':
        keep = run_digits_only && text::IsDigit(next);
        break;
      case '&':
        // "P&G", "AT&T" and HTML entities left in scraped text ("&amp;").
        keep = text::IsLetter(next);
        break;
      case ';':
        // The end of an entity name: "&amp;nbsp".
        if (next_word) {
          size_t amp = s.rfind('&', j);
          keep = amp != std::string_view::npos && amp >= token_start &&
                 j - amp <= 8;
        }
        break;
      case '@': {
        size_t domain_end = MatchEmailDomain(s, j + 1);
        if (domain_end != 0) return {domain_end, true};
        break;
      }
      default:
        break;
    }
    if (!keep) return {j};
    j += conn_len;
  }
}

bool IsDatePattern(std::string_view w) {
  // d{1,2}/d{1,2} or d{1,2}/d{1,2}/d{2,4}
  size_t parts = 0, digits = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      if (++digits > 4) return false;
    } else if (c == '/') {
      if (digits == 0 || digits > 2) return false;
      ++parts;
      digits = 0;
    } else {
      return false;
    }
  }
  return digits > 0 && (parts == 1 ? digits <= 2 : parts == 2);
}

// Where a word splits into its two ends and the mark between them, as both
// UD Indonesian treebanks write it: ranges of numbers or months
// ("1887-1899", "5-10", "Januari-September") and words joined by a slash
// ("IMF/WB", "dan/atau"; not "S/A", "km/j"); npos for any other word. A
// range of numbers rises ("5-10"; a score "2-2" or "3-1" stays whole).
// Dates ("19/2/2022", "2-4/4/2021"), reduplication ("mati-matian") and
// names ("Covid-19", "PEI-AISAH") stay whole.
size_t RangeOrPairSplit(std::string_view w) {
  const size_t mark = w.find_first_of("-/");
  if (mark == std::string_view::npos || mark == 0 || mark + 1 >= w.size()) return std::string_view::npos;
  const std::string_view a = w.substr(0, mark), b = w.substr(mark + 1);
  auto all = [](std::string_view t, bool (*pred)(char)) {
    for (char c : t)
      if (!pred(c)) return false;
    return true;
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (w[mark] == '-') {
    // A range rises: "2-2" and "3-1" are scores, which GSD keeps whole.
    if (all(a, digit) && all(b, digit) && a.size() <= 9 && b.size() <= 9 &&
        std::stoll(std::string(a)) < std::stoll(std::string(b)))
      return mark;
    if (text::MonthNumber(a) != 0 && text::MonthNumber(b) != 0) return mark;
    return std::string_view::npos;
  }
  if (a.size() >= 2 && b.size() >= 2 && all(a, letter) && all(b, letter)) return mark;
  return std::string_view::npos;
}

TokenKind WordKind(std::string_view w) {
  if (!w.empty() && w[0] >= '0' && w[0] <= '9')
    return IsDatePattern(w) ? TokenKind::kDate : TokenKind::kNumber;
  return TokenKind::kWord;
}

// Punctuation marks that form one token when repeated: "--", "``", "==".
// Repeated ".", "?" and "!" are separate tokens, as in UD Indonesian; the
// sentence splitter reads such a run as one sentence end.
bool IsRepeatable(char32_t cp) {
  switch (cp) {
    case '-':
    case '`':
    case '\'':
    case '*':
    case '=':
    case '~':
    case '_':
    case '/':
    case 0x2014:
      return true;
    default:
      return false;
  }
}

}  // namespace

void Tokenize(std::string_view s, std::vector<SurfaceToken>* out) {
  out->clear();
  const size_t n = s.size();
  size_t i = 0;
  bool space_before = false, newline_before = false;
  auto emit = [&](size_t b, size_t e, TokenKind kind) {
    out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind,
                    space_before, newline_before});
    space_before = newline_before = false;
  };
  while (i < n) {
    char32_t cp;
    size_t len = CpAt(s, i, &cp);
    CharClass cls = text::Classify(cp);
    if (cls == CharClass::kSpace) {
      space_before = true;
      if (cp == '\n') newline_before = true;
      i += len;
      continue;
    }
    if (cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') {
      size_t url = MatchUrl(s, i);
      if (url) {
        emit(i, i + url, TokenKind::kUrl);
        i += url;
        continue;
      }
    }
    if (text::IsLetterClass(cls) || cls == CharClass::kDigit) {
      WordScan w = ScanWord(s, i, i);
      if (w.email) {
        emit(i, w.end, TokenKind::kEmail);
      } else if (w.end - i > 2 && (s[i] == 'R') &&
                 (s[i + 1] == 'p' || s[i + 1] == 'P') && s[i + 2] >= '0' &&
                 s[i + 2] <= '9') {
        // "Rp5.000" -> "Rp" "5.000", as when written with a space.
        emit(i, i + 2, TokenKind::kWord);
        emit(i + 2, w.end, WordKind(s.substr(i + 2, w.end - i - 2)));
      } else if (const size_t mark = RangeOrPairSplit(s.substr(i, w.end - i));
                 mark != std::string_view::npos) {
        emit(i, i + mark, WordKind(s.substr(i, mark)));
        emit(i + mark, i + mark + 1, TokenKind::kPunctuation);
        emit(i + mark + 1, w.end, WordKind(s.substr(i + mark + 1, w.end - i - mark - 1)));
      } else {
        emit(i, w.end, WordKind(s.substr(i, w.end - i)));
      }
      i = w.end;
      continue;
    }
    // A decimal without its leading zero: "kaliber .50", "skor .300".
    if (cp == '.' && (i == 0 || text::IsSpace(CpAtOrZero(s, i - 1))) &&
        text::IsDigit(CpAtOrZero(s, i + 1))) {
      WordScan w = ScanWord(s, i + 1, i);
      emit(i, w.end, TokenKind::kNumber);
      i = w.end;
      continue;
    }
    // An HTML entity left in scraped text: "&amp;", "&nbsp;".
    if (cp == '&' && text::IsLetter(CpAtOrZero(s, i + 1))) {
      WordScan w = ScanWord(s, i + 1, i);
      if (w.end < n && s[w.end] == ';') {
        emit(i, w.end + 1, TokenKind::kSymbol);
        i = w.end + 1;
        continue;
      }
      if (w.end > i + 1 && s.substr(i, w.end - i).find(';') != std::string_view::npos) {
        emit(i, w.end, TokenKind::kSymbol);
        i = w.end;
        continue;
      }
    }
    if (cp == '@' || cp == '#') {
      size_t j = i + 1;
      bool letter = false;
      while (j < n) {
        char32_t c2;
        size_t l2 = CpAt(s, j, &c2);
        if (!(IsWordChar(c2) || c2 == '_')) break;
        letter |= text::IsLetter(c2);
        j += l2;
      }
      if (j > i + 1 && (cp == '@' || letter)) {
        emit(i, j, cp == '@' ? TokenKind::kHandle : TokenKind::kHashtag);
        i = j;
        continue;
      }
    }
    // Punctuation, symbols and anything else: one character, or a run of
    // the same repeatable mark.
    size_t j = i + len;
    if (IsRepeatable(cp)) {
      while (j < n) {
        char32_t c2;
        size_t l2 = CpAt(s, j, &c2);
        if (c2 != cp) break;
        j += l2;
      }
    }
    emit(i, j,
         cls == CharClass::kPunctuation ? TokenKind::kPunctuation
                                        : TokenKind::kSymbol);
    i = j;
  }
}

}  // namespace warta::segmenter
