#include "store/story_match.h"

#include <cstring>
#include <optional>

namespace warta::store {

int64_t ChooseStory(const stories::Fingerprint& fingerprint,
                    const std::vector<StoryCandidate>& candidates) {
  if (fingerprint.empty) return 0;
  int64_t best_story = 0;
  double best = -1;
  for (const StoryCandidate& candidate : candidates) {
    std::optional<stories::Fingerprint> other =
        stories::Deserialize(candidate.fingerprint);
    if (!other || other->empty || !stories::SameStory(fingerprint, *other)) continue;
    const double similarity = stories::StorySimilarity(fingerprint, *other);
    if (similarity > best) {
      best = similarity;
      best_story = candidate.story_id;
    }
  }
  return best_story;
}

std::vector<int64_t> StoryBandKeys(const stories::Fingerprint& fingerprint) {
  std::vector<int64_t> keys;
  if (fingerprint.empty) return keys;
  for (uint64_t key : stories::BandKeys(fingerprint)) {
    int64_t signed_key;
    std::memcpy(&signed_key, &key, sizeof key);
    keys.push_back(signed_key);
  }
  return keys;
}

}  // namespace warta::store
