// Story fingerprints on real article text (the dev gold texts of
// ../shared/eval/dev, bench_corpus.h): fingerprints/s (items) and MB/s, the
// shingling alone, and StoryGrouper::Add over the fingerprints of the whole
// set (LSH look-up and the SameStory checks). The comparison of two articles
// by their signatures (SameStory) runs beside the exact Jaccard similarity of
// their shingle sets, the reference the signatures estimate.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "stories/story_fingerprint.h"
#include "stories/story_grouper.h"

namespace warta::bench {
namespace {

bool HaveArticles(benchmark::State& state) {
  std::string where;
  if (!DevArticles(&where).empty()) return true;
  state.SkipWithError(("no articles under " + where +
                       " (../shared is absent); nothing to measure")
                          .c_str());
  return false;
}

void BM_FingerprintOf(benchmark::State& state) {
  if (!HaveArticles(state)) return;
  const auto& articles = DevArticles();
  for (auto _ : state)
    for (const std::string& text : articles)
      benchmark::DoNotOptimize(stories::FingerprintOf(text));
  state.SetItemsProcessed(int64_t(state.iterations() * articles.size()));
  state.SetBytesProcessed(int64_t(state.iterations() * TotalBytes(articles)));
}
BENCHMARK(BM_FingerprintOf)->Unit(benchmark::kMillisecond);

// Normalising and hashing the shingles, without the MinHash.
void BM_ShingleHashes(benchmark::State& state) {
  if (!HaveArticles(state)) return;
  const auto& articles = DevArticles();
  for (auto _ : state)
    for (const std::string& text : articles)
      benchmark::DoNotOptimize(
          stories::internal::ShingleHashes(text, stories::kShingleWords));
  state.SetItemsProcessed(int64_t(state.iterations() * articles.size()));
  state.SetBytesProcessed(int64_t(state.iterations() * TotalBytes(articles)));
}
BENCHMARK(BM_ShingleHashes)->Unit(benchmark::kMillisecond);

// Every fingerprint into a fresh grouper.
void BM_StoryGrouperAdd(benchmark::State& state) {
  if (!HaveArticles(state)) return;
  std::vector<stories::Fingerprint> fps;
  for (const std::string& text : DevArticles())
    fps.push_back(stories::FingerprintOf(text));
  for (auto _ : state) {
    stories::StoryGrouper grouper;
    for (const auto& f : fps) benchmark::DoNotOptimize(grouper.Add(f));
  }
  state.SetItemsProcessed(int64_t(state.iterations() * fps.size()));
}
BENCHMARK(BM_StoryGrouperAdd)->Unit(benchmark::kMillisecond);

// Every pair of the first 300 articles: the decision from two signatures.
void BM_SameStoryPairs(benchmark::State& state) {
  if (!HaveArticles(state)) return;
  const auto& articles = DevArticles();
  std::vector<stories::Fingerprint> fps;
  for (size_t i = 0; i < articles.size() && i < 300; ++i)
    fps.push_back(stories::FingerprintOf(articles[i]));
  size_t pairs = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < fps.size(); ++i)
      for (size_t j = i + 1; j < fps.size(); ++j)
        benchmark::DoNotOptimize(stories::SameStory(fps[i], fps[j]));
    pairs += fps.size() * (fps.size() - 1) / 2;
  }
  state.SetItemsProcessed(int64_t(pairs));
}
BENCHMARK(BM_SameStoryPairs)->Unit(benchmark::kMillisecond);

// The same pairs by the exact Jaccard similarity of the sorted shingle sets.
void BM_ExactJaccardPairs(benchmark::State& state) {
  if (!HaveArticles(state)) return;
  const auto& articles = DevArticles();
  std::vector<std::vector<uint64_t>> sets;
  for (size_t i = 0; i < articles.size() && i < 300; ++i)
    sets.push_back(
        stories::internal::ShingleHashes(articles[i], stories::kShingleWords));
  size_t pairs = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < sets.size(); ++i) {
      for (size_t j = i + 1; j < sets.size(); ++j) {
        size_t shared = 0;
        auto a = sets[i].begin(), b = sets[j].begin();
        while (a != sets[i].end() && b != sets[j].end()) {
          if (*a < *b) {
            ++a;
          } else if (*b < *a) {
            ++b;
          } else {
            ++shared, ++a, ++b;
          }
        }
        benchmark::DoNotOptimize(
            double(shared) /
            double(sets[i].size() + sets[j].size() - shared + 1));
      }
    }
    pairs += sets.size() * (sets.size() - 1) / 2;
  }
  state.SetItemsProcessed(int64_t(pairs));
}
BENCHMARK(BM_ExactJaccardPairs)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace warta::bench

BENCHMARK_MAIN();
