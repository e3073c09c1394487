// Real article text for benchmarks: the "text" field of every whole-article
// gold file under ../shared/eval/dev (Kompas and PFSA-ID political news, 420
// articles, about 3.4 MB). Never synthetic.
#ifndef WARTA_BENCH_BENCH_CORPUS_H_
#define WARTA_BENCH_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "warta/pipeline.h"

namespace warta::bench {

// The articles, read once. Empty when ../shared is not there; `where` names
// the folder that was searched.
const std::vector<std::string>& DevArticles(std::string* where = nullptr);

// The same articles with their file name (less ".gold.json") and publication
// date ("YYYY-MM-DD", or empty), in the same order.
struct DevArticle {
  std::string id, published;
  const std::string* text = nullptr;
};
const std::vector<DevArticle>& DevArticleRecords();

// A pipeline of the cleaner and the segmenter alone.
Pipeline CleanAndSegment();

// Total size in bytes.
size_t TotalBytes(const std::vector<std::string>& articles);

// Peak resident memory of this process so far, in MiB.
double PeakRssMiB();

}  // namespace warta::bench

#endif  // WARTA_BENCH_BENCH_CORPUS_H_
