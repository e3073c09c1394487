// LinearModel: the weights of a hashed-feature linear classifier over a
// small tag set, as an averaged perceptron learns them and as the taggers
// use them at run time.
//
// Features are 64-bit hashes (tagger/sentence_features.h). Each feature
// keeps only the tags it has a weight for (a perceptron touches few), packed
// as (tag, weight) pairs behind one open-addressing table: scoring a token
// is one probe per feature plus a short loop.
//
// Training (PerceptronTrainer) is deterministic: the same examples in the
// same order give the same weights.
#ifndef WARTA_TAGGER_LINEAR_MODEL_H_
#define WARTA_TAGGER_LINEAR_MODEL_H_

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/probing_table.h"

namespace warta::tagger {

class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(size_t num_tags) : num_tags_(num_tags) {}

  size_t num_tags() const { return num_tags_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return pairs_.size(); }

  // Adds the weights of `features` to scores[0..num_tags). At most 256 tags.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Adds the weights of `features` to sum[0..row_stride()), a buffer padded
  // past num_tags() (the padding stays 0). Returns how many of the features
  // the model has.
  size_t Accumulate(std::span<const uint64_t> features, float* sum) const;
  // Adds the weights of `features` to scores[0..num_tags) from the sparse
  // (tag, weight) pairs: for models with many tags of which each feature
  // has few (the parser's relations), less memory to read than a dense row.
  void ScoreSparse(std::span<const uint64_t> features, float* scores) const;
  // Asks the processor to fetch the table slots of `features` ahead of
  // Accumulate (the slots of rare features are mostly cache misses).
  void Prefetch(std::span<const uint64_t> features) const {
    for (uint64_t f : features) table_.Prefetch(f);
  }
  // num_tags() rounded up to a multiple of 4 (after Finish()): one SSE
  // register of floats, the width the default build vectorises to.
  size_t row_stride() const { return row_stride_; }

  // Building (from a trainer or a model file): features must be added once
  // each; then Finish() builds the lookup table.
  struct Pair {
    uint8_t tag;
    float weight;
  };
  void AddFeature(uint64_t feature, std::span<const Pair> weights);
  void Finish();

  // Every feature with its weights, in insertion order (for writing files).
  template <typename Fn>
  void ForEachFeature(Fn&& fn) const {
    for (const Entry& e : entries_)
      fn(e.feature, std::span<const Pair>(pairs_.data() + e.offset, e.count));
  }

 private:
  struct Entry {
    uint64_t feature = 0;  // 0 = empty slot
    uint32_t offset = 0;   // into pairs_
    uint32_t count = 0;
    uint32_t row = 0;      // into rows_ (dense weights)
  };
  size_t num_tags_ = 0;
  size_t row_stride_ = 0;  // num_tags_ rounded up to a multiple of 4
  size_t num_features_ = 0;
  std::vector<Entry> entries_;  // insertion order
  // The lookup table: feature -> row; 16-byte slots, four to a cache line.
  struct Slot {
    uint64_t key = 0;  // the feature
    uint32_t row = 0;
  };
  util::ProbingTable<Slot> table_;
  std::vector<Pair> pairs_;     // the sparse weights, as stored in files
  // The same weights as dense rows of row_stride_ floats: adding a row is a
  // short loop the compiler vectorises, faster than scattering pairs.
  std::vector<float> rows_;
};

// Averaged perceptron (Collins 2002) with the usual lazy averaging: each
// weight keeps its running total and the step it last changed.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(size_t num_tags) : num_tags_(num_tags) {}

  // Scores with the current (not averaged) weights.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // One example: if `predicted` != `gold`, moves weights towards gold.
  void Update(std::span<const uint64_t> features, int gold, int predicted);
  // Adds `delta` to the weights of `tag` for these features.
  void Adjust(std::span<const uint64_t> features, int tag, float delta);
  // Counts one example (the averaging clock).
  void Tick() { ++step_; }

  // The averaged weights, dropping features whose weights all round to
  // |w| < min_weight (they change no decision worth keeping).
  LinearModel Averaged(float min_weight) const;

 private:
  struct Weight {
    float value = 0;
    double total = 0;
    uint64_t last = 0;
  };
  std::vector<Weight>& Row(uint64_t feature);
  size_t num_tags_;
  uint64_t step_ = 0;
  std::unordered_map<uint64_t, std::vector<Weight>> rows_;
  std::vector<uint64_t> order_;  // features in first-seen order
};

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_LINEAR_MODEL_H_
