// Training the dependency parser: greedy arc-hybrid decoding learnt with
// the dynamic oracle (Goldberg and Nivre 2012, 2013): at every step the
// perceptron moves towards the best-scored move that loses no more gold
// arcs, and from the second epoch on the parser follows its own predicted
// move nine times in ten, so that it learns to recover from its mistakes.
// The relation of each arc is learnt where the arc is right.
#ifndef WARTA_PARSER_PARSER_TRAINER_H_
#define WARTA_PARSER_PARSER_TRAINER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "parser/dependency_parser.h"
#include "warta/document.h"
#include "warta/status.h"

namespace warta::parser {

// A training or evaluation sentence with what the parser sees (words, root
// words, predicted UPOS) and the gold tree.
struct ParsedSentence {
  std::vector<std::string> words;
  std::vector<std::string> lemmas;
  std::vector<Upos> upos;
  std::vector<int32_t> heads;   // -1: the root
  std::vector<uint8_t> deprels; // DeprelId
  // Annotated in older conventions (UD 2.1 GSD, harmonised); see
  // ParserTrainOptions::older_copies and older_punct_unknown.
  bool older_conventions = false;
};

struct ParserTrainOptions {
  int epochs = 12;
  uint64_t seed = 20231020;
  // From this epoch on (0-based), the parser follows its own move with
  // probability explore_probability; 0 never follows it (static training).
  int explore_from = 1;
  double explore_probability = 0.9;
  // Averaged weights smaller than this are dropped from the model.
  float min_weight = 0.02f;
  // Features seen fewer times than this in the first epoch's gold
  // configurations are dropped from the model (most features are rare word
  // pairs: they make the file large and change few decisions).
  uint32_t min_count = 5;
  // Sentences in older conventions also teach a copy of their features kept
  // apart for those conventions and left out of the model (Daume III 2007,
  // "frustratingly easy" domain adaptation).
  bool older_copies = false;
  // The heads of punctuation in sentences of older conventions count as
  // unknown: UD 2.1 GSD attaches commas and quotes differently from the
  // current release (three in four to the left, against two in five), and
  // no word list brings that over. The dynamic oracle then lets such a mark
  // take any head, and the current-convention trees alone teach where it goes.
  bool older_punct_unknown = true;
  // With older_punct_unknown: brackets, quotation marks and the last mark of
  // such sentences get the heads the UD guidelines give them
  // (parser/punctuation_attachment.h) instead; other marks stay unknown.
  bool older_punct_by_guidelines = false;
};

struct AttachmentScore {
  size_t words = 0, heads = 0, labelled = 0;  // labelled: universal relation
  double uas() const { return words ? static_cast<double>(heads) / static_cast<double>(words) : 0; }
  double las() const { return words ? static_cast<double>(labelled) / static_cast<double>(words) : 0; }
};

// Trains on `train` (non-projective trees made projective first), reporting
// dev figures after each epoch to `log`; returns the model of the best dev
// epoch by LAS (the last epoch without a dev set). Deterministic.
StatusOr<DependencyParser> TrainParserModel(const std::vector<ParsedSentence>& train,
                                            const std::vector<ParsedSentence>& dev,
                                            const ParserTrainOptions& options, std::ostream* log);

// UAS and LAS (universal relations, punctuation included, as CoNLL 2018).
AttachmentScore Evaluate(const DependencyParser& parser, const std::vector<ParsedSentence>& gold);

}  // namespace warta::parser

#endif  // WARTA_PARSER_PARSER_TRAINER_H_
