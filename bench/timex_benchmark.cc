// The date layer side by side with a peer, on the 420 dev articles:
//  * warta's time stage alone, on segmented documents;
//  * warta from raw text: clean, segment and time (what the peer does);
//  * the `chrono-node` npm package's Indonesian parser (chrono.id), run by
//    node on the same articles, each against its publication date
//    (bench/peers; `npm install` there first). Its own timer measures the
//    parse loop only.
//
//   build/bench/timex_benchmark --benchmark_min_time=2
//
// Accuracy of both on the dev gold: tools/eval/timex_peers.sh.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench_corpus.h"
#include "timex/timex_normalizer.h"
#include "warta/pipeline.h"

namespace warta::bench {
namespace {

bool HaveCorpus(benchmark::State& state) {
  std::string where;
  if (DevArticles(&where).empty()) {
    state.SkipWithError(("no articles under " + where + " (../shared is absent)").c_str());
    return false;
  }
  return true;
}

void Report(benchmark::State& state, size_t bytes, size_t docs, size_t timexes) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.counters["timex/doc"] =
      docs ? static_cast<double>(timexes) / static_cast<double>(docs) : 0.0;
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}

Document Raw(const DevArticle& a) {
  Document d;
  d.raw = *a.text;
  d.published = a.published;
  return d;
}

void BM_WartaTime(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  Pipeline segment = CleanAndSegment();
  Scratch scratch;
  std::vector<Document> docs;
  for (const DevArticle& a : DevArticleRecords()) {
    docs.push_back(Raw(a));
    if (!segment.Process(docs.back(), scratch).ok()) docs.pop_back();
  }
  timex::TimexNormalizer time;
  size_t bytes = 0, n = 0, found = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      if (!time.Process(d, scratch).ok()) state.SkipWithError("time");
      bytes += d.text.size();
      found += d.timex.size();
      ++n;
    }
  }
  Report(state, bytes, n, found);
}
BENCHMARK(BM_WartaTime)->Unit(benchmark::kMillisecond);

void BM_WartaCleanSegmentTime(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  Pipeline segment = CleanAndSegment();
  timex::TimexNormalizer time;
  Scratch scratch;
  size_t bytes = 0, n = 0, found = 0;
  for (auto _ : state) {
    for (const DevArticle& a : DevArticleRecords()) {
      Document d = Raw(a);
      if (!segment.Process(d, scratch).ok() || !time.Process(d, scratch).ok())
        state.SkipWithError("run");
      bytes += a.text->size();
      found += d.timex.size();
      ++n;
    }
  }
  Report(state, bytes, n, found);
}
BENCHMARK(BM_WartaCleanSegmentTime)->Unit(benchmark::kMillisecond);

void BM_ChronoId(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  const std::string peers = std::string(WARTA_SOURCE_DIR) + "/bench/peers";
  if (!std::filesystem::exists(peers + "/node_modules/chrono-node")) {
    state.SkipWithError("run `npm install` in bench/peers to measure chrono-node");
    return;
  }
  const std::string list = std::filesystem::temp_directory_path() / "warta-timex-articles.jsonl";
  {
    std::ofstream out(list);
    auto quoted = [](const std::string& s) {
      std::string q = "\"";
      for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
          q += '\\';
          q += static_cast<char>(c);
        } else if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          q += buf;
        } else {
          q += static_cast<char>(c);
        }
      }
      return q + "\"";
    };
    for (const DevArticle& a : DevArticleRecords())
      out << "{\"id\":" << quoted(a.id) << ",\"published\":" << quoted(a.published)
          << ",\"text\":" << quoted(*a.text) << "}\n";
  }
  size_t bytes = 0, n = 0, found = 0;
  for (auto _ : state) {
    const std::string cmd = "cd '" + peers + "' && node chrono_timex.js '" + list +
                            "' 3 2>/dev/null | grep '^RESULT'";
    FILE* p = popen(cmd.c_str(), "r");
    char line[256] = {0};
    double seconds = 0;
    size_t articles = 0, article_bytes = 0, results = 0;
    if (p && std::fgets(line, sizeof line, p))
      std::sscanf(line, "RESULT %lf %zu %zu %zu", &seconds, &articles, &article_bytes, &results);
    if (p) pclose(p);
    if (seconds <= 0) {
      state.SkipWithError("node chrono_timex.js gave no result");
      return;
    }
    state.SetIterationTime(seconds);
    bytes += article_bytes;
    n += articles;
    found += results / 3;  // three passes
  }
  Report(state, bytes, n, found);
}
BENCHMARK(BM_ChronoId)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace warta::bench

BENCHMARK_MAIN();
