// Part-of-speech and named-entity tagging of words, outside a pipeline
// (`warta tag`), and training of the models (`warta train`).
//
// The models are files written by TrainTagger: "upos-id.bin" (UD tags) and
// "ner-id.bin" (BIO over PER, ORG, LOC), looked for in DefaultModelDir().
#ifndef WARTA_TAGGER_H_
#define WARTA_TAGGER_H_

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "warta/options.h"
#include "warta/status.h"

namespace warta {

// The models folder: $WARTA_MODELS when set, else the models/ folder of the
// source tree warta was built from.
std::string DefaultModelDir();

class WordTagger {
 public:
  // Loads both models and the root-word dictionary, and the dependency
  // parser's model when `parser` is given. Errors name the file.
  static StatusOr<WordTagger> Create(const TaggerOptions& tagger,
                                     const MorphologyOptions& morphology,
                                     const ParserOptions* parser = nullptr);
  WordTagger(WordTagger&&) noexcept;
  WordTagger& operator=(WordTagger&&) noexcept;
  ~WordTagger();

  struct Tags {
    std::vector<std::string> lemmas;  // root words
    std::vector<std::string> upos;    // UD tags
    std::vector<std::string> ner;     // BIO tags
    // With a parser: each word's head as CoNLL-U numbers it (1-based, 0 for
    // the root) and its relation; empty without one.
    std::vector<int> heads;
    std::vector<std::string> deprels;
  };
  // Tags one sentence given as words. Not thread-safe (one per thread).
  void TagSentence(const std::vector<std::string>& words, Tags* out);

  // Tags the words of one CoNLL-U sentence (its lines, without the blank
  // line after it) and appends it to *out with LEMMA and UPOS filled and a
  // blank line; comments, multiword-token ranges and empty nodes pass
  // through as they are.
  void TagConlluSentence(const std::vector<std::string>& lines, std::string* out);

 private:
  struct Impl;
  explicit WordTagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct TrainTaggerOptions {
  std::string task;                 // "pos" or "ner"
  std::vector<std::string> train;   // CoNLL-U (pos) or token<TAB>tag (ner)
  // pos: training files annotated in the current UD Indonesian conventions,
  // used as they are (`train` files are first brought to them: clitics
  // split, relabelled by lexicons/upos-harmonization.tsv). A file named
  // twice counts twice. For ner, the same as `train`.
  std::vector<std::string> train_current;
  std::vector<std::string> dev;     // same format; optional; pooled
  std::string out;                  // model file to write
  int epochs = 12;
  uint64_t seed = 20231020;
  // Folder with person.txt, place.txt, organization.txt (one name a line),
  // used as lookup features by the NER model; optional. The NER model also
  // always gets the whole names of the places warta knows (countries and
  // subdivisions from Debian's iso-codes, lexicons/capitals.tsv).
  std::string gazetteer_dir;
  MorphologyOptions morphology;     // root words as features
  // NER only: the UPOS model whose tags are features (default: upos-id.bin
  // in DefaultModelDir()).
  std::string upos_model;
};

// Trains a model, printing progress and dev figures to `log`, and writes it
// to options.out. The same inputs and options give the same file.
Status TrainTagger(const TrainTaggerOptions& options, std::ostream* log);

}  // namespace warta

#endif  // WARTA_TAGGER_H_
