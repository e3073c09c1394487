#include "bench_corpus.h"

#include <simdjson.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>

namespace warta::bench {

const std::vector<std::string>& DevArticles(std::string* where) {
  static const std::string root =
      std::string(WARTA_SOURCE_DIR) + "/../shared/eval/dev";
  static const std::vector<std::string> articles = [] {
    std::vector<std::string> out;
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) return out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec))
      if (e.path().string().ends_with(".gold.json")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    simdjson::dom::parser parser;
    for (const auto& path : files) {
      simdjson::dom::element doc;
      if (parser.load(path.string()).get(doc)) continue;
      std::string_view text;
      if (doc["text"].get(text) == simdjson::SUCCESS) out.emplace_back(text);
    }
    return out;
  }();
  if (where) *where = root;
  return articles;
}

size_t TotalBytes(const std::vector<std::string>& articles) {
  size_t n = 0;
  for (const auto& a : articles) n += a.size();
  return n;
}

double PeakRssMiB() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace warta::bench
