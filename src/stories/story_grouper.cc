#include "stories/story_grouper.h"

namespace warta::stories {

uint32_t StoryGrouper::Add(const Fingerprint& f) {
  const auto article = static_cast<uint32_t>(story_of_.size());
  fingerprints_.push_back(f);
  seen_.push_back(kNoMatch);
  uint32_t best = kNoMatch;
  double best_similarity = 0;
  const std::vector<uint64_t> keys = BandKeys(f);
  for (const uint64_t key : keys) {
    const auto it = buckets_.find(key);
    if (it == buckets_.end()) continue;
    for (const uint32_t candidate : it->second) {
      if (seen_[candidate] == article) continue;
      seen_[candidate] = article;
      if (!SameStory(f, fingerprints_[candidate])) continue;
      const double similarity = StorySimilarity(f, fingerprints_[candidate]);
      if (best == kNoMatch || similarity > best_similarity ||
          (similarity == best_similarity && candidate < best)) {
        best = candidate;
        best_similarity = similarity;
      }
    }
  }
  for (const uint64_t key : keys) buckets_[key].push_back(article);
  match_of_.push_back(best);
  story_of_.push_back(best == kNoMatch ? stories_++ : story_of_[best]);
  return story_of_.back();
}

}  // namespace warta::stories
