// The segmenter on any bytes, after the cleaner as in the pipeline: every
// token and sentence lies inside the text, sentences tile the tokens, and
// JSON and CoNLL-U come out whole.
#include <cstddef>
#include <cstdint>

#include "cleaner/cleaner.h"
#include "document_checks.h"
#include "segmenter/segmenter.h"
#include "warta/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace warta;
  static const cleaner::Cleaner kCleaner{CleanerOptions{}};
  static const segmenter::Segmenter kSegmenter{SegmenterOptions{}};
  Article article;
  article.text.assign(reinterpret_cast<const char*>(data), size);
  Document doc = DocumentFromArticle(std::move(article));
  Scratch scratch;
  if (!kCleaner.Process(doc, scratch).ok()) return 0;
  Status status = kSegmenter.Process(doc, scratch);
  if (!status.ok()) {
    WARTA_FUZZ_CHECK(!status.message().empty());
    return 0;
  }
  doc.layers = doc.layers | kSegmenter.Provides();
  fuzz::CheckText(doc);
  fuzz::CheckSegments(doc);
  fuzz::CheckWriters(doc);
  return 0;
}
