// Root-word speed on real text, side by side with the peers:
//  * warta's RootWordStemmer, without and with its per-run cache;
//  * Snowball's Indonesian stemmer (libstemmer, Debian libstemmer-dev);
//  * the `natural` npm package's StemmerId (a Sastrawi port), run by node
//    on the same word list (bench/peers; `npm install` there first).
//
//   build/bench/stem_benchmark --benchmark_min_time=2
//
// The word list: every word token of the 420 dev articles in ../shared
// (about 270,000 words), lowercased, in text order.
#include <benchmark/benchmark.h>
#include <libstemmer.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_corpus.h"
#include "warta/morphology.h"
#include "warta/pipeline.h"

namespace warta::bench {
namespace {

const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    PipelineOptions options;
    auto pipeline = Pipeline::CreateDefault(options);
    if (!pipeline.ok()) return out;
    Scratch scratch;
    for (const std::string& a : DevArticles()) {
      Document doc;
      doc.raw = a;
      if (!pipeline->Process(doc, scratch).ok()) continue;
      for (const Token& t : doc.tokens) {
        if (t.kind != TokenKind::kWord) continue;
        std::string w(doc.Form(t));
        for (char& c : w)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        out.push_back(std::move(w));
      }
    }
    return out;
  }();
  return words;
}

bool HaveWords(benchmark::State& state) {
  if (Words().empty()) {
    state.SkipWithError("no dev articles (../shared is absent) or no hunspell-id");
    return false;
  }
  return true;
}

void Report(benchmark::State& state, size_t words) {
  state.SetItemsProcessed(static_cast<int64_t>(words));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}

void BM_WartaRootUncached(benchmark::State& state) {
  if (!HaveWords(state)) return;
  auto stemmer = RootWordStemmer::Create(MorphologyOptions{});
  size_t n = 0, sink = 0;
  for (auto _ : state) {
    for (const std::string& w : Words()) sink += stemmer->RootUncached(w).size();
    n += Words().size();
  }
  benchmark::DoNotOptimize(sink);
  Report(state, n);
}
BENCHMARK(BM_WartaRootUncached)->Unit(benchmark::kMillisecond);

void BM_WartaRootCached(benchmark::State& state) {
  if (!HaveWords(state)) return;
  auto stemmer = RootWordStemmer::Create(MorphologyOptions{});
  size_t n = 0, sink = 0;
  for (auto _ : state) {
    for (const std::string& w : Words()) sink += stemmer->Root(w).size();
    n += Words().size();
  }
  benchmark::DoNotOptimize(sink);
  Report(state, n);
}
BENCHMARK(BM_WartaRootCached)->Unit(benchmark::kMillisecond);

void BM_SnowballIndonesian(benchmark::State& state) {
  if (!HaveWords(state)) return;
  sb_stemmer* stemmer = sb_stemmer_new("indonesian", "UTF_8");
  size_t n = 0, sink = 0;
  for (auto _ : state) {
    for (const std::string& w : Words()) {
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(w.data()),
                      static_cast<int>(w.size()));
      sink += static_cast<size_t>(sb_stemmer_length(stemmer));
    }
    n += Words().size();
  }
  benchmark::DoNotOptimize(sink);
  sb_stemmer_delete(stemmer);
  Report(state, n);
}
BENCHMARK(BM_SnowballIndonesian)->Unit(benchmark::kMillisecond);

// node runs the peer; its own timer measures the stemming loop only.
void BM_NaturalStemmerId(benchmark::State& state) {
  if (!HaveWords(state)) return;
  const std::string peers = std::string(WARTA_SOURCE_DIR) + "/bench/peers";
  if (!std::filesystem::exists(peers + "/node_modules/natural")) {
    state.SkipWithError("run `npm install` in bench/peers to measure natural");
    return;
  }
  const std::string list = std::filesystem::temp_directory_path() / "warta-stem-words.txt";
  {
    std::ofstream out(list);
    for (const std::string& w : Words()) out << w << '\n';
  }
  size_t n = 0;
  for (auto _ : state) {
    std::string cmd = "cd '" + peers + "' && DOTENV_CONFIG_QUIET=true node natural_stem.js '" +
                      list + "' 3 2>/dev/null | grep '^RESULT'";
    FILE* p = popen(cmd.c_str(), "r");
    char line[256] = {0};
    double seconds = 0;
    if (p && std::fgets(line, sizeof line, p)) std::sscanf(line, "RESULT %lf", &seconds);
    if (p) pclose(p);
    if (seconds <= 0) {
      state.SkipWithError("node natural_stem.js gave no result");
      return;
    }
    state.SetIterationTime(seconds);
    n += Words().size();
  }
  Report(state, n);
}
BENCHMARK(BM_NaturalStemmerId)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace warta::bench

BENCHMARK_MAIN();
