// Tokenizer: cleaned text -> surface tokens, following UD Indonesian GSD
// conventions.
//
//  * Words keep internal hyphens, apostrophes and slashes between letters or
//    digits: "roket-roket", "ke-5", "1960-an", "Jong-un", "Lloyd's", "S/A";
//    but ranges of numbers or months and words joined by a slash split
//    around the mark, as both UD Indonesian treebanks write them:
//    "1887-1899", "Januari-September", "IMF/WB" are three tokens each.
//  * Numbers keep their separators: "1.000", "2,5", "20.00", "19/2/2022",
//    "20/10", "10:30"; "Rp5.000" becomes "Rp" + "5.000", "Rp66,5" "Rp" + "66,5".
//  * A period inside a word stays when a lowercase letter or digit follows
//    ("KOMPAS.com", "3.0") or when it follows a single letter ("D.W");
//    "2019.Dia" (a missing space) is split. A final period is always a token
//    of its own ("Dr" + "."), as UD does; the sentence splitter decides
//    whether it ends a sentence.
//  * URLs, e-mail addresses, @handles and #hashtags are single tokens.
//  * Runs of "-", "`", "'" ("--", "``") are one token; every other
//    punctuation character is a token of its own ("..." is three, as UD
//    Indonesian writes it). HTML entities left in text ("&amp;") and
//    superscripts after a word ("km²") stay in one token.
// Thread-safe (a pure function).
#ifndef WARTA_SEGMENTER_TOKENIZER_H_
#define WARTA_SEGMENTER_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "warta/document.h"

namespace warta::segmenter {

struct SurfaceToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;    // white space right before the token
  bool newline_before = false;  // a line break in that white space
};

// Appends the tokens of `text` (valid UTF-8) to `out` (cleared first).
void Tokenize(std::string_view text, std::vector<SurfaceToken>* out);

}  // namespace warta::segmenter

#endif  // WARTA_SEGMENTER_TOKENIZER_H_
