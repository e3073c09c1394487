// MoveWeights: the move model's weights laid out for the parser's hot loop.
// Three moves means three floats a feature: each is kept in the hash slot
// itself, beside its key, so that scoring a feature is one memory access
// (LinearModel keeps a slot and a separate row: two).
#ifndef WARTA_PARSER_MOVE_WEIGHTS_H_
#define WARTA_PARSER_MOVE_WEIGHTS_H_

#include <cstdint>
#include <span>

#include "parser/transition_system.h"
#include "tagger/linear_model.h"
#include "util/probing_table.h"

namespace warta::parser {

class MoveWeights {
 public:
  MoveWeights() = default;
  // REQUIRES: model.num_tags() == kNumMoves.
  explicit MoveWeights(const tagger::LinearModel& model);

  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features) table_.Prefetch(f);
  }
  // Adds the weights of `features` to scores[0..kNumMoves).
  void Score(std::span<const uint64_t> features, float* scores) const {
    for (uint64_t f : features) {
      const Slot* slot = table_.Find(f);
      if (slot == nullptr) continue;
      for (int m = 0; m < kNumMoves; ++m) scores[m] += slot->weights[m];
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    float weights[kNumMoves] = {0, 0, 0};
  };
  util::ProbingTable<Slot> table_;
};

}  // namespace warta::parser

#endif  // WARTA_PARSER_MOVE_WEIGHTS_H_
