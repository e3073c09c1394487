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

// A Bloom filter of a model's features: two bits in one 64-bit word a
// feature, 8 bits a feature in all (about 5 % false positives). Half of
// the features a sentence has that combine two words are not in the model;
// the filter tells most of them apart without reading the model's table,
// whose lines are mostly not in the caches (the filter's, 220 KiB for the
// shipped move model, mostly are).
class FeatureFilter {
 public:
  void Reset(size_t num_features) {
    words_.assign(num_features / 8 + 1, 0);
  }
  void Add(uint64_t key) { words_[Word(key)] |= Bits(key); }
  bool MayHave(uint64_t key) const {
    const uint64_t bits = Bits(key);
    return (words_[Word(key)] & bits) == bits;
  }

 private:
  // The word from the high half of the key, the bits from bits 20-31 (the
  // tables index by the lowest ones).
  size_t Word(uint64_t key) const { return ((key >> 32) * words_.size()) >> 32; }
  static uint64_t Bits(uint64_t key) { return 1ull << (key >> 20 & 63) | 1ull << (key >> 26 & 63); }
  std::vector<uint64_t> words_ = std::vector<uint64_t>(1);
};

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
    const uint64_t key = Key(feature);
    if (filter_.MayHave(key)) __builtin_prefetch(&buckets_[key & mask_]);
  }
  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features) Prefetch(f);
  }
  // The weights of the moves for `feature` (kNumMoves floats), or null.
  const float* Find(uint64_t feature) const {
    const uint64_t key = Key(feature);
    if (!filter_.MayHave(key)) return nullptr;
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
  FeatureFilter filter_;
};

// The relation model: most features have weights for a few of the ~48
// relation classes (median 4), kept as (weight, class) pairs, but the
// frequent ones, made of parts of speech, have weights for most: those
// keep a dense row of all classes, added four at a time (a quarter of the
// instructions of adding their pairs). A table slot keeps the feature and
// where its weights lie in one array (a row, or `count` weights then their
// classes a byte each), so a lookup reads the slot and one cache line or
// two of weights, asked for in two rounds for all features of an arc at
// once, instead of one chain of three a feature (LinearModel: slot, entry,
// pairs).
class LabelWeights {
 public:
  LabelWeights() = default;
  explicit LabelWeights(const tagger::LinearModel& model);

  // num_tags() rounded up to a multiple of 4: Score() may write that many.
  size_t stride() const { return stride_; }
  // Asks for the table slots of `features`, ahead of Score().
  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features)
      if (filter_.MayHave(f == 0 ? 1 : f)) table_.Prefetch(f);
  }
  // Adds the weights of `features` to scores[0..num_tags), feature by
  // feature in the order given; scores[num_tags..stride()) get zeros
  // added. At most kMaxFeatures features.
  static constexpr size_t kMaxFeatures = 64;
  void Score(std::span<const uint64_t> features, float* scores) const;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;  // into values_
    uint16_t count = 0;   // pairs; 0 for a dense row
  };
  size_t stride_ = 0;
  util::ProbingTable<Slot> table_;
  FeatureFilter filter_;
  // Rows of stride_ weights (at multiples of 4 floats), and lists of
  // `count` weights followed by `count` class bytes packed into floats'
  // room.
  std::vector<float> values_;
};

}  // namespace warta::parser

#endif  // WARTA_PARSER_MOVE_WEIGHTS_H_
