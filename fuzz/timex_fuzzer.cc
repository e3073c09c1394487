// The time stage on any text and publication date: the input's first line
// is the date given with the article (checked by DocumentFromArticle as for
// any caller; a bad one is dropped with a warning), the rest the article.
// Cleaner and segmenter run first, as in the pipeline. Every time
// expression lies inside the text and has a value.
#include <cstddef>
#include <cstdint>

#include "cleaner/cleaner.h"
#include "document_checks.h"
#include "segmenter/segmenter.h"
#include "timex/timex_normalizer.h"
#include "warta/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace warta;
  static const cleaner::Cleaner kCleaner{CleanerOptions{}};
  static const segmenter::Segmenter kSegmenter{SegmenterOptions{}};
  static const warta::timex::TimexNormalizer kTimex;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t eol = input.find('\n');
  Article article;
  if (eol != std::string_view::npos) {
    article.published.assign(input.substr(0, eol));
    article.text.assign(input.substr(eol + 1));
  } else {
    article.text.assign(input);
  }
  Document doc = DocumentFromArticle(std::move(article));
  Scratch scratch;
  if (!kCleaner.Process(doc, scratch).ok()) return 0;
  if (!kSegmenter.Process(doc, scratch).ok()) return 0;
  doc.layers = doc.layers | kSegmenter.Provides();
  Status status = kTimex.Process(doc, scratch);
  if (!status.ok()) {
    WARTA_FUZZ_CHECK(!status.message().empty());
    return 0;
  }
  doc.layers = doc.layers | kTimex.Provides();
  fuzz::CheckSegments(doc);
  fuzz::CheckTimex(doc);
  // A date the stage inferred is a real one.
  if (!doc.published.empty())
    WARTA_FUZZ_CHECK(ValidatePublishedDate(doc.published).ok());
  fuzz::CheckWriters(doc);
  return 0;
}
