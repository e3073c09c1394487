// StoryGrouper: groups articles into stories as they arrive, in memory.
//
// Each added fingerprint is looked up by its LSH band keys (BandKeys) among
// the articles added before it; of the candidates that SameStory() accepts,
// the most similar one (StorySimilarity; the earliest on a tie) gives the
// new article its story. With none, the article starts a new story. Story ids
// are dense, 0, 1, 2, ... in order of first appearance, and never change: an
// article that resembles two earlier stories joins the closer one and does
// not merge them, so a store can write the id at ingest and keep it.
//
// An empty fingerprint (too short a text) always starts a story of its own
// and is never a candidate for later articles.
//
// Not thread-safe for Add; const methods may run concurrently with each
// other.
#ifndef WARTA_STORIES_STORY_GROUPER_H_
#define WARTA_STORIES_STORY_GROUPER_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "stories/story_fingerprint.h"

namespace warta::stories {

class StoryGrouper {
 public:
  // Adds the next article (its index is article_count() before the call) and
  // returns its story id.
  uint32_t Add(const Fingerprint& f);

  // The story of the article with index `article` (REQUIRES: below
  // article_count()).
  uint32_t StoryOf(uint32_t article) const { return story_of_[article]; }

  // The earlier article the one with index `article` was matched to, or
  // kNoMatch when it started its story.
  static constexpr uint32_t kNoMatch = UINT32_MAX;
  uint32_t MatchOf(uint32_t article) const { return match_of_[article]; }

  size_t article_count() const { return story_of_.size(); }
  size_t story_count() const { return stories_; }

 private:
  std::vector<Fingerprint> fingerprints_;
  std::vector<uint32_t> story_of_;
  std::vector<uint32_t> match_of_;
  uint32_t stories_ = 0;
  // Band key -> articles with that key, in the order they were added.
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets_;
  // Per-Add scratch: the last article index that was checked as a candidate
  // (an article may share several bands with the new one).
  std::vector<uint32_t> seen_;
};

}  // namespace warta::stories

#endif  // WARTA_STORIES_STORY_GROUPER_H_
