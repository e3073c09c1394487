// Tagger: the fourth stage. Gives every token its UD part of speech
// (Token::upos) and a BIO named-entity tag (Token::ner); the entities stage
// turns the tags into entities.
// Requires tokens and lemmas; provides upos and ner. Thread-safe.
#ifndef WARTA_TAGGER_TAGGER_H_
#define WARTA_TAGGER_TAGGER_H_

#include <memory>

#include "morphology/root_lexicon.h"
#include "tagger/sequence_tagger.h"
#include "warta/options.h"
#include "warta/stage.h"

namespace warta::tagger {

class Tagger : public Stage {
 public:
  // Loads the models named in `options` (or the defaults); `lexicon` gives
  // root-word classes as features.
  static StatusOr<std::unique_ptr<Tagger>> Create(
      const TaggerOptions& options,
      std::shared_ptr<const morphology::RootLexicon> lexicon);

  Tagger(SequenceTagger upos, SequenceTagger ner,
         std::shared_ptr<const morphology::RootLexicon> lexicon);

  std::string_view Name() const override { return "tagger"; }
  Layer Requires() const override { return Layer::kTokens | Layer::kLemmas; }
  Layer Provides() const override { return Layer::kUpos | Layer::kNer; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  SequenceTagger upos_, ner_;
  std::shared_ptr<const morphology::RootLexicon> lexicon_;
  std::vector<Upos> upos_of_tag_;     // model tag id -> Upos
  std::vector<uint8_t> ner_of_tag_;   // model tag id -> NerLabelName id
};

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_TAGGER_H_
