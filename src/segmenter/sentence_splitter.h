// SentenceSplitter: groups surface tokens into sentences.
//
// A sentence ends
//  * at a line break (paragraphs and list items are never joined);
//  * after ".", "?", "!", "..." or "…", together with the closing quotes and
//    brackets glued to it ("... rumor.\""), unless the next token shows the
//    sentence goes on: a lowercase word ("\"Apa?\" tanya dia"), a comma;
//  * not after the period of a title abbreviation ("Prof.", "Jl.", "No.") or
//    of an initial ("R. Tjetje"); after "dll." or "dsb." only when a capital
//    follows;
//  * before a capitalised function word among the first words of a
//    paragraph ("Pesan ketua MPR Di tempat terpisah, ..."): the end of a
//    subheading whose line break was lost;
//  * at a forced offset (the end of a dateline);
//  * after kMaxSentenceTokens tokens, so that text without punctuation
//    cannot produce one unbounded sentence.
// Thread-safe after construction.
#ifndef WARTA_SEGMENTER_SENTENCE_SPLITTER_H_
#define WARTA_SEGMENTER_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "segmenter/abbreviations.h"
#include "segmenter/tokenizer.h"

namespace warta::segmenter {

inline constexpr uint32_t kMaxSentenceTokens = 1000;

class SentenceSplitter {
 public:
  SentenceSplitter() = default;

  // Appends sentences as [first_token, end_token) ranges to `out` (cleared
  // first). `forced_break` is a byte offset where a sentence must end
  // (UINT32_MAX for none).
  void Split(std::string_view text, const std::vector<SurfaceToken>& tokens,
             uint32_t forced_break,
             std::vector<std::pair<uint32_t, uint32_t>>* out) const;

 private:
  bool EndsAfter(std::string_view text, const std::vector<SurfaceToken>& tokens,
                 size_t terminal, size_t last, size_t next) const;

  AbbreviationTable abbreviations_;
};

}  // namespace warta::segmenter

#endif  // WARTA_SEGMENTER_SENTENCE_SPLITTER_H_
