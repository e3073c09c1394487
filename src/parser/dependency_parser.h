// DependencyParser: a greedy arc-hybrid parser (parser/transition_system.h)
// with two averaged-perceptron models over hashed features
// (parser/parser_features.h): one picks the move among the valid ones (three
// classes, cheap to score at every step), the other the relation of each
// arc as it is made.
//
// Model files ("models/dep-id.bin") hold, little-endian:
//   magic "WARTADEP", format version (uint32), the relation names of the
//   label classes, the move weights, the label weights, and an XXH3
//   checksum of all that comes before it.
// A file that is missing, truncated, of another version or corrupt gives a
// clear error naming the file.
//
// Thread-safety: a loaded parser is read-only; Parse() may run on many
// threads, each with its own ParseWorkspace.
#ifndef WARTA_PARSER_DEPENDENCY_PARSER_H_
#define WARTA_PARSER_DEPENDENCY_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/internal/template_tables.h"
#include "parser/move_weights.h"
#include "parser/parser_features.h"
#include "parser/transition_system.h"
#include "tagger/linear_model.h"
#include "warta/status.h"

namespace warta::parser {

inline constexpr uint32_t kParserFormatVersion = 1;

// Per-thread working memory of Parse().
struct ParseWorkspace {
  Configuration config;
  SentenceAtoms atoms;
  // The weights of each word's single-word move features
  // (WordMoveFeatures), looked up once per sentence; indexed as the atoms.
  struct WordScores {
    float s0[kNumMoves];          // features 1-4 summed, in their order
    float rest[12][kNumMoves];    // features 5-16, each apart
  };
  std::vector<WordScores> word_scores;
  std::vector<uint64_t> word_features;
  // The weights of the next move's other features, in their order: from
  // the template tables or, for a hashed feature, looked up once all are
  // known (its slot asked for first).
  static constexpr size_t kMoveParts = kNumShapeMoveFeatures + kNumRelationMoveFeatures;
  const float* move_parts[kMoveParts];
  struct Hashed {
    uint64_t feature;
    uint32_t part;  // index into move_parts
  };
  Hashed hashed[kMoveParts];
  size_t num_hashed = 0;
};

class DependencyParser {
 public:
  DependencyParser() = default;
  // labels[k]: the relation (DeprelId) of label class k; one must be "root".
  DependencyParser(std::vector<uint8_t> labels, tagger::LinearModel moves,
                   tagger::LinearModel arcs);

  static StatusOr<DependencyParser> Load(const std::string& path);
  static StatusOr<DependencyParser> FromBytes(std::string_view bytes, const std::string& name);
  Status Save(const std::string& path) const;
  std::string ToBytes() const;

  // Parses one sentence: (*heads)[i] is word i's head (an index into the
  // sentence) or -1 for the root; (*deprels)[i] its relation (DeprelId).
  // Every word gets a head; exactly one word is the root.
  void Parse(const ParseInput& input, ParseWorkspace* ws, std::vector<int32_t>* heads,
             std::vector<uint8_t>* deprels) const;

  const std::vector<uint8_t>& labels() const { return labels_; }
  // The models as the file holds them (Parse() scores from layouts of the
  // same weights made for speed; tests check the two agree).
  const tagger::LinearModel& move_model() const { return moves_; }
  const tagger::LinearModel& label_model() const { return arcs_; }
  size_t num_features() const { return moves_.num_features() + arcs_.num_features(); }

  // For the trainer and Parse(): the best valid move by `scores` (one per
  // move), and the best label class other than the root's.
  static Move BestValid(const Configuration& c, const float* scores);
  uint8_t BestLabel(const float* scores) const;
  uint8_t root_label() const { return root_label_; }

 private:
  std::vector<uint8_t> labels_;
  uint8_t root_label_ = 0;
  // Fills ws->word_scores for the sentence in ws->atoms.
  void ScoreWords(ParseWorkspace* ws) const;

  tagger::LinearModel moves_, arcs_;  // as in the file
  MoveWeights move_weights_;           // moves_ for scoring
  internal::TemplateTables move_tables_;  // moves_' templates of small atoms
  LabelWeights label_weights_;         // arcs_ for scoring
};

}  // namespace warta::parser

#endif  // WARTA_PARSER_DEPENDENCY_PARSER_H_
