#include "parser/move_weights.h"

#include <cstring>

namespace warta::parser {

MoveWeights::MoveWeights(const tagger::LinearModel& model) {
  // Buckets for a load of at most 0.6 of their places.
  size_t num_buckets = 1;
  while (num_buckets * kPerBucket * 3 < model.num_features() * 5) num_buckets *= 2;
  buckets_.assign(num_buckets, Bucket{});
  mask_ = num_buckets - 1;
  filter_.Reset(model.num_features());
  model.ForEachFeature([&](uint64_t f, std::span<const tagger::LinearModel::Pair> pairs) {
    const uint64_t key = Key(f);
    filter_.Add(key);
    float* weights = nullptr;
    for (size_t b = key & mask_; weights == nullptr; b = (b + 1) & mask_) {
      Bucket& bucket = buckets_[b];
      for (int k = 0; k < kPerBucket && weights == nullptr; ++k) {
        // A key seen before (only 0 and 1 can meet) keeps its place and
        // takes the later weights, as LinearModel's table does.
        if (bucket.keys[k] == 0) bucket.keys[k] = key;
        if (bucket.keys[k] == key) weights = bucket.weights[k];
      }
    }
    for (const auto& p : pairs)
      if (p.tag < kNumMoves) weights[p.tag] = p.weight;
  });
}

LabelWeights::LabelWeights(const tagger::LinearModel& model) {
  stride_ = (model.num_tags() + 3) / 4 * 4;
  table_.Reset(model.num_features() * 8 / 5 + 1);
  filter_.Reset(model.num_features());
  model.ForEachFeature([&](uint64_t f, std::span<const tagger::LinearModel::Pair> pairs) {
    filter_.Add(f == 0 ? 1 : f);
    bool inserted;
    Slot& slot = table_.FindOrInsert(f, &inserted);
    // A row when adding it costs fewer instructions than the pairs (a row
    // is stride/4 additions of four, a pair one of its own and its index).
    if (pairs.size() * 4 >= stride_) {
      values_.resize((values_.size() + 3) / 4 * 4, 0.0f);
      slot.offset = static_cast<uint32_t>(values_.size());
      slot.count = 0;
      values_.resize(values_.size() + stride_, 0.0f);
      for (const auto& p : pairs) values_[slot.offset + p.tag] = p.weight;
      return;
    }
    slot.offset = static_cast<uint32_t>(values_.size());
    slot.count = static_cast<uint16_t>(pairs.size());
    const size_t tag_floats = (pairs.size() + sizeof(float) - 1) / sizeof(float);
    values_.resize(values_.size() + pairs.size() + tag_floats, 0.0f);
    float* weights = values_.data() + slot.offset;
    auto* tags = reinterpret_cast<uint8_t*>(weights + pairs.size());
    for (size_t k = 0; k < pairs.size(); ++k) {
      weights[k] = pairs[k].weight;
      tags[k] = pairs[k].tag;
    }
  });
}

void LabelWeights::Score(std::span<const uint64_t> features, float* scores) const {
  if (table_.empty()) return;
  const Slot* found[kMaxFeatures];
  size_t n = 0;
  const float* values = values_.data();
  for (uint64_t f : features) {
    if (!filter_.MayHave(f == 0 ? 1 : f)) continue;
    const Slot* slot = table_.Find(f);
    if (slot == nullptr) continue;
    found[n++] = slot;
    const float* weights = values + slot->offset;
    __builtin_prefetch(weights);
    // Weights and classes take five bytes a pair: a list may run into the
    // next cache line. Rows of dense weights are hot and seldom missed.
    __builtin_prefetch(reinterpret_cast<const char*>(weights) + 5 * slot->count - 1);
  }
  const size_t stride = stride_;
  for (size_t i = 0; i < n; ++i) {
    const float* weights = values + found[i]->offset;
    const uint32_t count = found[i]->count;
    if (count == 0) {
      // Adding a zero changes no score: the same sums as the pairs'.
      for (size_t t = 0; t < stride; t += 4)
        for (size_t k = 0; k < 4; ++k) scores[t + k] += weights[t + k];
      continue;
    }
    const auto* tags = reinterpret_cast<const uint8_t*>(weights + count);
    for (uint32_t k = 0; k < count; ++k) scores[tags[k]] += weights[k];
  }
}

}  // namespace warta::parser
