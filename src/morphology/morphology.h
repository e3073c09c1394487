// Morphology: the third stage. Gives every token its root word
// (Token::lemma_*), using RootWordAnalyzer.
//
// Capitalised words inside a sentence and words in capitals are names or
// acronyms and keep their form (lowercased, as UD writes lemmas): "Pertamina"
// is not per- + tamina. A sentence's first word is analysed like any other.
// Lemmas of repeated forms come from a per-call cache in the Scratch.
// Requires Layer::kTokens; provides Layer::kLemmas. Thread-safe.
#ifndef WARTA_MORPHOLOGY_MORPHOLOGY_H_
#define WARTA_MORPHOLOGY_MORPHOLOGY_H_

#include <memory>

#include "morphology/root_word_analyzer.h"
#include "util/probing_table.h"
#include "warta/options.h"
#include "warta/stage.h"

namespace warta::morphology {

// Remembers the root of each form seen, so that a form is analysed once per
// cache. Not thread-safe: one per thread (Scratch).
class RootWordCache {
 public:
  // The root of `word`, analysed on first sight. The view stays valid until
  // the cache is cleared.
  std::string_view Get(const RootWordAnalyzer& analyzer, std::string_view word);
  void Clear();
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint64_t key = 0;  // hash of the form; 0 = empty
    uint32_t form_begin = 0, form_size = 0;
    uint32_t root_begin = 0, root_size = 0;
  };
  util::ProbingTable<Entry> entries_;
  std::string pool_;  // forms and roots
  std::string root_;
};

class Morphology : public Stage {
 public:
  // Loads the hunspell dictionary named in `options`; errors name the file.
  static StatusOr<std::unique_ptr<Morphology>> Create(
      const MorphologyOptions& options);
  explicit Morphology(std::shared_ptr<const RootLexicon> lexicon);

  std::string_view Name() const override { return "morphology"; }
  Layer Requires() const override { return Layer::kTokens; }
  Layer Provides() const override { return Layer::kLemmas; }
  Status Process(Document& doc, Scratch& scratch) const override;

  const RootWordAnalyzer& analyzer() const { return analyzer_; }

 private:
  RootWordAnalyzer analyzer_;
};

}  // namespace warta::morphology

#endif  // WARTA_MORPHOLOGY_MORPHOLOGY_H_
