#include "tagger/word_score_cache.h"

namespace warta::tagger {

void WordScoreCache::Bind(const void* owner, size_t stride, size_t num_tags) {
  if (owner == owner_ && stride == stride_ && num_tags + 1 == tag_slots_) return;
  owner_ = owner;
  stride_ = stride;
  tag_slots_ = num_tags + 1;
  Clear();
}

void WordScoreCache::Clear() {
  word_keys_.clear();
  scores_.clear();
  tag_row_index_.clear();
  tag_row_values_.clear();
  table_.Reset(kCapacity * 2);
}

int32_t WordScoreCache::Find(uint64_t key) const {
  const Slot* slot = table_.Find(key);
  return slot == nullptr ? -1 : slot->entry;
}

int32_t WordScoreCache::Add(uint64_t key, const WordKeys& word_keys) {
  const int32_t e = static_cast<int32_t>(word_keys_.size());
  bool inserted;
  table_.FindOrInsert(key, &inserted).entry = e;
  word_keys_.push_back(word_keys);
  scores_.resize(scores_.size() + kNumWordRoles * stride_, 0.0f);
  tag_row_index_.resize(tag_row_index_.size() + tag_slots_, kTagRowUnknown);
  return e;
}

int32_t WordScoreCache::AddTagRow(const float* row) {
  const int32_t index = static_cast<int32_t>(tag_row_values_.size() / stride_);
  tag_row_values_.insert(tag_row_values_.end(), row, row + stride_);
  return index;
}

}  // namespace warta::tagger
