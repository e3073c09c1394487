// Which story a new article joins: the stored article among the candidates
// (found through shared LSH band keys) that is the same story and most alike;
// none when no candidate is. Shared by every backend.
#ifndef WARTA_STORE_STORY_MATCH_H_
#define WARTA_STORE_STORY_MATCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "stories/story_fingerprint.h"

namespace warta::store {

struct StoryCandidate {
  int64_t article_id = 0;
  int64_t story_id = 0;
  std::string fingerprint;  // stories::Serialize bytes
};

// How many stored articles a band key offers as candidates, newest first: a
// syndicated copy comes soon after its original, and a key that thousands of
// unrelated articles share (common phrases) must not make ingest slow down
// as the archive grows.
inline constexpr int kCandidatesPerBand = 16;

// The story id to join, or 0 for a new story.
int64_t ChooseStory(const stories::Fingerprint& fingerprint,
                    const std::vector<StoryCandidate>& candidates);

// Band keys as signed 64-bit integers (SQL INTEGER / BIGINT).
std::vector<int64_t> StoryBandKeys(const stories::Fingerprint& fingerprint);

}  // namespace warta::store

#endif  // WARTA_STORE_STORY_MATCH_H_
