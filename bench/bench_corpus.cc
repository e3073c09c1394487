#include "bench_corpus.h"

#include <simdjson.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>

#include "cleaner/cleaner.h"
#include "segmenter/segmenter.h"

namespace warta::bench {

namespace {

const std::string& Root() {
  static const std::string root = std::string(WARTA_SOURCE_DIR) + "/../shared/eval/dev";
  return root;
}

struct Corpus {
  std::vector<std::string> texts;
  std::vector<DevArticle> records;
};

const Corpus& Load() {
  static const Corpus corpus = [] {
    Corpus out;
    const std::string& root = Root();
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
      std::string_view text, published;
      if (doc["text"].get(text) != simdjson::SUCCESS) continue;
      out.texts.emplace_back(text);
      DevArticle record;
      record.id = path.filename().string();
      record.id.resize(record.id.size() - std::string_view(".gold.json").size());
      if (doc["published"].get(published) == simdjson::SUCCESS) record.published = published;
      out.records.push_back(std::move(record));
    }
    for (size_t i = 0; i < out.records.size(); ++i) out.records[i].text = &out.texts[i];
    return out;
  }();
  return corpus;
}

}  // namespace

const std::vector<std::string>& DevArticles(std::string* where) {
  if (where) *where = Root();
  return Load().texts;
}

const std::vector<DevArticle>& DevArticleRecords() { return Load().records; }

Pipeline CleanAndSegment() {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<cleaner::Cleaner>(CleanerOptions{}));
  stages.push_back(std::make_unique<segmenter::Segmenter>(SegmenterOptions{}));
  return Pipeline::Create(std::move(stages)).value();
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
