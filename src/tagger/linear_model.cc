#include "tagger/linear_model.h"

#include <algorithm>
#include <cmath>

namespace warta::tagger {

void LinearModel::AddFeature(uint64_t feature, std::span<const Pair> weights) {
  if (weights.empty()) return;
  Entry e;
  e.feature = feature == 0 ? 1 : feature;
  e.offset = static_cast<uint32_t>(pairs_.size());
  e.count = static_cast<uint32_t>(weights.size());
  pairs_.insert(pairs_.end(), weights.begin(), weights.end());
  entries_.push_back(e);
  ++num_features_;
}

void LinearModel::Finish() {
  row_stride_ = (num_tags_ + 3) / 4 * 4;
  rows_.assign(entries_.size() * row_stride_, 0.0f);
  for (size_t r = 0; r < entries_.size(); ++r) {
    Entry& e = entries_[r];
    e.row = static_cast<uint32_t>(r);
    for (uint32_t k = 0; k < e.count; ++k) {
      const Pair& p = pairs_[e.offset + k];
      rows_[r * row_stride_ + p.tag] = p.weight;
    }
  }
  table_.Reset(entries_.size() * 8 / 5 + 1);
  for (const Entry& e : entries_) {
    bool inserted;
    table_.FindOrInsert(e.feature, &inserted).row = e.row;
  }
}

void LinearModel::Score(std::span<const uint64_t> features,
                        float* scores) const {
  if (table_.empty()) return;
  // Rows are padded to a multiple of 4 floats; summing into a local buffer
  // of that width lets the compiler vectorise the inner loop.
  alignas(32) float sum[256];
  std::fill(sum, sum + row_stride_, 0.0f);
  Accumulate(features, sum);
  for (size_t t = 0; t < num_tags_; ++t) scores[t] += sum[t];
}

void LinearModel::ScoreSparse(std::span<const uint64_t> features, float* scores) const {
  if (table_.empty()) return;
  for (uint64_t f : features) {
    const Slot* slot = table_.Find(f);
    if (slot == nullptr) continue;
    const Entry& e = entries_[slot->row];
    for (uint32_t k = 0; k < e.count; ++k) {
      const Pair& p = pairs_[e.offset + k];
      scores[p.tag] += p.weight;
    }
  }
}

size_t LinearModel::Accumulate(std::span<const uint64_t> features,
                               float* sum) const {
  const size_t stride = row_stride_;
  const float* rows = rows_.data();
  size_t found = 0;
  for (uint64_t f : features) {
    const Slot* slot = table_.Find(f);
    if (slot == nullptr) continue;
    ++found;
    const float* row = rows + static_cast<size_t>(slot->row) * stride;
    for (size_t t = 0; t < stride; t += 4)
      for (size_t k = 0; k < 4; ++k) sum[t + k] += row[t + k];
  }
  return found;
}

std::vector<PerceptronTrainer::Weight>& PerceptronTrainer::Row(
    uint64_t feature) {
  auto [it, inserted] = rows_.try_emplace(feature);
  if (inserted) {
    it->second.resize(num_tags_);
    order_.push_back(feature);
  }
  return it->second;
}

void PerceptronTrainer::Score(std::span<const uint64_t> features,
                              float* scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (size_t t = 0; t < num_tags_; ++t) scores[t] += it->second[t].value;
  }
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int gold,
                               int predicted) {
  if (gold == predicted) return;
  Adjust(features, gold, 1.0f);
  Adjust(features, predicted, -1.0f);
}

void PerceptronTrainer::Adjust(std::span<const uint64_t> features, int tag, float delta) {
  for (uint64_t f : features) {
    Weight& w = Row(f)[static_cast<size_t>(tag)];
    w.total += static_cast<double>(step_ - w.last) * w.value;
    w.last = step_;
    w.value += delta;
  }
}

LinearModel PerceptronTrainer::Averaged(float min_weight) const {
  LinearModel model(num_tags_);
  std::vector<LinearModel::Pair> pairs;
  const double steps = step_ == 0 ? 1.0 : static_cast<double>(step_);
  for (uint64_t f : order_) {
    const std::vector<Weight>& row = rows_.at(f);
    pairs.clear();
    for (size_t t = 0; t < num_tags_; ++t) {
      const Weight& w = row[t];
      double total = w.total + static_cast<double>(step_ - w.last) * w.value;
      float avg = static_cast<float>(total / steps);
      if (std::fabs(avg) >= min_weight)
        pairs.push_back({static_cast<uint8_t>(t), avg});
    }
    model.AddFeature(f, pairs);
  }
  model.Finish();
  return model;
}

}  // namespace warta::tagger
