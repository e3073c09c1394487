// The HTML reader on the raw news pages of ../shared/data/html (24 pages,
// 2.6 MB), replicated by running the set again each iteration: pages/s
// (items) and MB/s. The peers (@mozilla/readability on linkedom,
// @extractus/article-extractor) are timed by bench/peers/html_extract.js on
// the same pages; tools/eval/html_peers.sh prints their pages/s.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "warta/html.h"

namespace warta::bench {
namespace {

const std::vector<std::string>& Pages(std::string* where) {
  static const std::string dir =
      std::string(WARTA_SOURCE_DIR) + "/../shared/data/html/pages";
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    std::error_code ec;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
      if (entry.path().extension() == ".html") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      out.push_back(std::move(ss).str());
    }
    return out;
  }();
  *where = dir;
  return pages;
}

// Parse, extract the body and read the metadata of every page.
void BM_HtmlReader(benchmark::State& state) {
  std::string where;
  const auto& pages = Pages(&where);
  if (pages.empty()) {
    state.SkipWithError(("no pages under " + where +
                         " (../shared is absent); nothing to measure").c_str());
    return;
  }
  size_t bytes = 0, docs = 0;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      StatusOr<HtmlPage> read = ReadHtmlPage(page);
      if (!read.ok()) state.SkipWithError("read");
      benchmark::DoNotOptimize(read);
      bytes += page.size();
      ++docs;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
}
BENCHMARK(BM_HtmlReader)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace warta::bench

BENCHMARK_MAIN();
