// QuoteExtractor: the quotes stage. Finds who said what:
//  * direct quotes between double quotation marks (straight or
//    typographic, also the closing mark used to open), partial quotes
//    inside a sentence, and quotes that go on into the next paragraph;
//  * indirect speech: "X mengatakan (bahwa) ...", "Menurut X, ...",
//    "..., kata X." and "..., X melaporkan.";
// and resolves the speaker to an entity: a name next to the cue word, or a
// pronoun (dia, ia, beliau, -nya as in "ujarnya") standing for the person
// last named or last quoted.
// Cue words come from lexicons/speech-cues.tsv by root word, so every
// affixed form counts. Requires tokens, lemmas and entities. Thread-safe.
#ifndef WARTA_QUOTES_QUOTE_EXTRACTOR_H_
#define WARTA_QUOTES_QUOTE_EXTRACTOR_H_

#include <string>
#include <unordered_map>

#include "warta/stage.h"

namespace warta::quotes {

class QuoteExtractor : public Stage {
 public:
  QuoteExtractor();

  std::string_view Name() const override { return "quotes"; }
  Layer Requires() const override {
    return Layer::kTokens | Layer::kLemmas | Layer::kEntities;
  }
  Layer Provides() const override { return Layer::kQuotes; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  enum CueUse : uint8_t { kAfter = 1, kBefore = 2 };
  // How a token may serve as a cue (CueUse bits), 0 if not at all.
  uint8_t CueOf(const Document& doc, uint32_t token) const;

  std::unordered_map<std::string, uint8_t> cues_;  // root -> CueUse bits
};

}  // namespace warta::quotes

#endif  // WARTA_QUOTES_QUOTE_EXTRACTOR_H_
