// MoveWeights and LabelWeights: the parser's two models laid out for its
// hot loop. The tables are much larger than the processor's caches, so
// nearly every lookup of a rare feature is a cache miss; both layouts make
// a feature's weights one or two cache lines that the parser asks for
// ahead of summing them.
//
// Scores are the same floats LinearModel gives: the weights of each class
// are added feature by feature in the order given.
#ifndef WARTA_PARSER_MOVE_WEIGHTS_H_
#define WARTA_PARSER_MOVE_WEIGHTS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "parser/transition_system.h"
#include "tagger/linear_model.h"
#include "util/probing_table.h"

namespace warta::parser {

// The move model: three moves means three floats a feature. Three features
// with their weights fill one 64-byte bucket (keys, then weights); a
// feature is looked for in the bucket its key picks, then in the buckets
// after it, until a bucket with an empty place. At the load kept (about
// 0.56), almost every lookup reads the one cache line of its first bucket
// (LinearModel reads a slot and a separate row; a slot of 24 bytes with its
// weights would straddle two cache lines one time in four).
class MoveWeights {
 public:
  MoveWeights() = default;
  // REQUIRES: model.num_tags() == kNumMoves.
  explicit MoveWeights(const tagger::LinearModel& model);

  void Prefetch(uint64_t feature) const {
    __builtin_prefetch(&buckets_[Key(feature) & mask_]);
  }
  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features) Prefetch(f);
  }
  // The weights of the moves for `feature` (kNumMoves floats), or null.
  const float* Find(uint64_t feature) const {
    const uint64_t key = Key(feature);
    for (size_t b = key & mask_;; b = (b + 1) & mask_) {
      const Bucket& bucket = buckets_[b];
      for (int k = 0; k < kPerBucket; ++k) {
        if (bucket.keys[k] == key) return bucket.weights[k];
        if (bucket.keys[k] == 0) return nullptr;
      }
    }
  }
  // Adds the weights of `features` to scores[0..kNumMoves).
  void Score(std::span<const uint64_t> features, float* scores) const {
    for (uint64_t f : features) {
      const float* w = Find(f);
      if (w == nullptr) continue;
      for (int m = 0; m < kNumMoves; ++m) scores[m] += w[m];
    }
  }

 private:
  static constexpr int kPerBucket = 3;
  struct alignas(64) Bucket {
    uint64_t keys[kPerBucket] = {};  // 0: empty
    float weights[kPerBucket][kNumMoves] = {};
  };
  // As LinearModel: a feature 0 is kept as 1.
  static uint64_t Key(uint64_t feature) { return feature == 0 ? 1 : feature; }
  // At least one bucket (Find stops at its empty places).
  std::vector<Bucket> buckets_ = std::vector<Bucket>(1);
  size_t mask_ = 0;
};

// The relation model: each feature has weights for a few of the ~48
// relation classes (median 4). A table slot keeps the feature and where its
// weights lie in one packed array (the weights, then their classes a byte
// each), so a lookup reads the slot and one cache line or two of weights.
// Prefetch() asks for the slots of all features; Score() finds them, asks
// for all their weights, then sums: two rounds of misses instead of one
// chain of three a feature (LinearModel: slot, entry, pairs).
class LabelWeights {
 public:
  LabelWeights() = default;
  explicit LabelWeights(const tagger::LinearModel& model);

  // Asks for the table slots of `features`, ahead of Score().
  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features) table_.Prefetch(f);
  }
  // Adds the weights of `features` to scores[0..num_tags). At most
  // kMaxFeatures features.
  static constexpr size_t kMaxFeatures = 64;
  void Score(std::span<const uint64_t> features, float* scores) const;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;  // into values_
    uint32_t count = 0;
  };
  util::ProbingTable<Slot> table_;
  // Per feature: `count` weights, then `count` class bytes packed into
  // floats' room.
  std::vector<float> values_;
};

}  // namespace warta::parser

#endif  // WARTA_PARSER_MOVE_WEIGHTS_H_
