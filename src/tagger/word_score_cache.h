// WordScoreCache: the summed weights of each word form's features, by the
// role the word plays (itself, or a neighbour of the word being tagged).
//
// Most features of a word describe one word of the sentence on its own
// (tagger/sentence_features.h); their weights are the same wherever the
// form occurs, so a tagger sums them once per form and role and then adds
// five short rows per token instead of probing the model some thirty times.
// Bounded: when full, the cache starts again empty.
//
// One cache serves one model; it belongs to one thread (TagWorkspace).
#ifndef WARTA_TAGGER_WORD_SCORE_CACHE_H_
#define WARTA_TAGGER_WORD_SCORE_CACHE_H_

#include <cstdint>
#include <vector>

#include "tagger/sentence_features.h"
#include "util/probing_table.h"

namespace warta::tagger {

class WordScoreCache {
 public:
  // The number of word forms kept before the cache starts again.
  static constexpr size_t kCapacity = 1 << 15;

  // Makes the cache serve the model `owner`, whose score rows are `stride`
  // floats and which has `num_tags` tags; empties it if it served another
  // model.
  void Bind(const void* owner, size_t stride, size_t num_tags);
  // Empties the cache (entry ids become invalid).
  void Clear();

  size_t size() const { return word_keys_.size(); }
  // The entry of a form's key, or -1.
  int32_t Find(uint64_t key) const;
  // Adds an entry with zeroed scores; the caller fills them.
  int32_t Add(uint64_t key, const WordKeys& word_keys);

  float* Scores(int32_t entry, WordRole role) {
    return scores_.data() + (static_cast<size_t>(entry) * kNumWordRoles +
                             static_cast<size_t>(role)) * stride_;
  }
  const float* Scores(int32_t entry, WordRole role) const {
    return const_cast<WordScoreCache*>(this)->Scores(entry, role);
  }
  const WordKeys& Keys(int32_t entry) const { return word_keys_[static_cast<size_t>(entry)]; }

  // The weights of the features that pair the previous tag with the word
  // (tagger/sentence_features.h, AppendTagWordFeatures), looked up when a
  // form first meets a previous tag: TagRowIndex(entry, prev_tag) is
  // kTagRowUnknown until then, kNoTagRow if the model has none, else an
  // index for TagRowValues (from AddTagRow).
  static constexpr int32_t kTagRowUnknown = -2;
  static constexpr int32_t kNoTagRow = -1;
  int32_t& TagRowIndex(int32_t entry, int prev_tag) {
    return tag_row_index_[static_cast<size_t>(entry) * tag_slots_ + static_cast<size_t>(prev_tag + 1)];
  }
  int32_t AddTagRow(const float* row);
  const float* TagRowValues(int32_t index) const {
    return tag_row_values_.data() + static_cast<size_t>(index) * stride_;
  }

 private:
  struct Slot {
    uint64_t key = 0;  // the form's key
    int32_t entry = 0;
  };
  const void* owner_ = nullptr;
  size_t stride_ = 0;
  util::ProbingTable<Slot> table_;
  std::vector<WordKeys> word_keys_;  // per entry
  std::vector<float> scores_;        // per entry: kNumWordRoles rows
  size_t tag_slots_ = 0;                // the model's tags + 1 (no previous tag)
  std::vector<int32_t> tag_row_index_;  // per entry: tag_slots_ indices
  std::vector<float> tag_row_values_;   // per kept row: stride_ floats
};

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_WORD_SCORE_CACHE_H_
