// Training the dependency parser (`warta train dep`).
//
// The model is a file written by TrainParser, "dep-id.bin", looked for in
// DefaultModelDir() (include/warta/tagger.h) unless ParserOptions::model
// names another. The pipeline's parser stage and `warta tag --conllu` read
// it.
#ifndef WARTA_PARSER_H_
#define WARTA_PARSER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "warta/options.h"
#include "warta/status.h"

namespace warta {

struct TrainParserOptions {
  // CoNLL-U treebanks in UD 2.1 GSD's conventions, brought to the current
  // ones first (clitics split, relations renamed by
  // lexicons/deprel-harmonization.tsv).
  std::vector<std::string> train;
  // The `train` trees also teach a separate copy of every feature, left out
  // of the model, for what their conventions still do differently
  // (measured, not better: docs/accuracy.md).
  bool older_copies = false;
  // The heads of punctuation in `train` trees count as unknown (UD 2.1
  // attaches punctuation differently); the other trees teach them.
  bool older_punct_unknown = true;
  // With older_punct_unknown, brackets, quotation marks and the last mark of
  // the `train` trees get the heads the UD guidelines give them instead.
  bool older_punct_by_guidelines = false;
  // CoNLL-U treebanks in the current UD Indonesian conventions, used as
  // they are. A file named twice counts twice.
  std::vector<std::string> train_current;
  std::vector<std::string> dev;  // optional; the best epoch on it is kept
  std::string out;               // model file to write
  int epochs = 12;
  uint64_t seed = 20231020;
  // The parser learns from the UPOS the tagger predicts, as it will see
  // them: this model tags the training words (default: upos-id.bin in
  // DefaultModelDir()). Root words come from the morphology, not from the
  // treebank's LEMMA column.
  std::string upos_model;
  // Instead, the training words' UPOS are those of their MISC field
  // `AutoUpos=` (jackknifed tags: tools/jackknife_upos.py tags each part of
  // the training files with a tagger that did not learn from it). A word
  // without one is an error. The --dev files are still tagged by upos_model.
  bool given_upos = false;
  MorphologyOptions morphology;
  // Dynamic-oracle exploration: from this epoch on (0-based) the parser
  // follows its own move with probability 0.9; 0 never (static oracle).
  int explore_from = 1;
  // Averaged weights smaller than this are dropped from the model file
  // (they change few decisions and most of the file's size).
  float min_weight = 0.02f;
  // Features seen fewer times than this in the gold trees are dropped.
  uint32_t min_count = 5;
};

// Trains the parser, printing progress and dev figures to `log`, and writes
// it to options.out. The same inputs and options give the same file.
Status TrainParser(const TrainParserOptions& options, std::ostream* log);

}  // namespace warta

#endif  // WARTA_PARSER_H_
