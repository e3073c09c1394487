#include "tagger/word_score_cache.h"

namespace warta::tagger {

void WordScoreCache::Bind(const void* owner, size_t stride) {
  if (owner == owner_ && stride == stride_) return;
  owner_ = owner;
  stride_ = stride;
  Clear();
}

void WordScoreCache::Clear() {
  word_keys_.clear();
  scores_.clear();
  tag_rows_.clear();
  tag_row_tags_.clear();
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
  tag_rows_.push_back(TagRows{static_cast<uint32_t>(tag_row_tags_.size()), 0});
  return e;
}

void WordScoreCache::AddTagRow(int prev_tag, const float* row) {
  tag_row_tags_.push_back(prev_tag);
  tag_row_values_.insert(tag_row_values_.end(), row, row + stride_);
  ++tag_rows_.back().count;
}

}  // namespace warta::tagger
