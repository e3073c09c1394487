// UnicodeNormalizer: raw bytes as scraped -> clean, NFC-normalised UTF-8.
//
// One pass over the input:
//  * bytes that are not well-formed UTF-8 are read as Windows-1252 (the usual
//    source of such bytes in Indonesian news dumps) and counted;
//  * CR LF and lone CR become LF; U+2028/U+2029 become LF;
//  * tabs, no-break spaces and the other Unicode spaces become a plain space;
//  * zero-width characters (U+200B-U+200D, U+2060, U+FEFF), the soft hyphen,
//    bidi controls and other control characters are dropped;
//  * finally the text is put in NFC, but only when it holds a character that
//    NFC could change: ASCII, Latin-1/Latin Extended letters and general
//    punctuation (typographic quotes, dashes) pass through untouched, which
//    keeps the common case as fast as a copy.
// Typographic quotes are kept as written.
#ifndef WARTA_TEXT_UNICODE_NORMALIZER_H_
#define WARTA_TEXT_UNICODE_NORMALIZER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace warta::text {

struct NormalizationReport {
  size_t invalid_bytes = 0;  // bytes not valid as UTF-8 (read as cp1252)
  size_t nul_bytes = 0;      // U+0000 bytes (a sign of binary data)
  size_t controls = 0;       // other dropped control characters
  bool applied_nfc = false;  // the slow NFC path ran
};

// Appends the normalised form of `raw` to `out` (which is cleared first).
// Never fails: every byte sequence has a normalised form.
void NormalizeUnicode(std::string_view raw, std::string* out,
                      NormalizationReport* report);

}  // namespace warta::text

#endif  // WARTA_TEXT_UNICODE_NORMALIZER_H_
