#include "tagger/word_score_cache.h"

namespace warta::tagger {

void WordScoreCache::Bind(const void* owner, size_t stride) {
  if (owner == owner_ && stride == stride_) return;
  owner_ = owner;
  stride_ = stride;
  Clear();
}

void WordScoreCache::Clear() {
  keys_.clear();
  word_keys_.clear();
  scores_.clear();
  table_.assign(kCapacity * 2, -1);
}

int32_t WordScoreCache::Find(uint64_t key) const {
  if (table_.empty()) return -1;
  const size_t mask = table_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const int32_t e = table_[i];
    if (e < 0) return -1;
    if (keys_[static_cast<size_t>(e)] == key) return e;
  }
}

int32_t WordScoreCache::Add(uint64_t key, const WordKeys& word_keys) {
  if (table_.empty()) Clear();
  const int32_t e = static_cast<int32_t>(keys_.size());
  keys_.push_back(key);
  word_keys_.push_back(word_keys);
  scores_.resize(scores_.size() + kNumWordRoles * stride_, 0.0f);
  const size_t mask = table_.size() - 1;
  size_t i = key & mask;
  while (table_[i] >= 0) i = (i + 1) & mask;
  table_[i] = e;
  return e;
}

}  // namespace warta::tagger
