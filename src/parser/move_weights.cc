#include "parser/move_weights.h"

namespace warta::parser {

MoveWeights::MoveWeights(const tagger::LinearModel& model) {
  table_.Reset(model.num_features() * 8 / 5 + 1);
  model.ForEachFeature([&](uint64_t f, std::span<const tagger::LinearModel::Pair> pairs) {
    bool inserted;
    Slot& slot = table_.FindOrInsert(f == 0 ? 1 : f, &inserted);
    for (const auto& p : pairs)
      if (p.tag < kNumMoves) slot.weights[p.tag] = p.weight;
  });
}

}  // namespace warta::parser
