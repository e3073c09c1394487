// The cleaner on any bytes: an article read as DocumentFromArticle reads it,
// then the cleaner stage. It either refuses the input with a message or
// gives UTF-8 text the writers can print.
#include <cstddef>
#include <cstdint>

#include "cleaner/cleaner.h"
#include "document_checks.h"
#include "warta/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace warta;
  static const cleaner::Cleaner kCleaner{CleanerOptions{}};
  Article article;
  article.text.assign(reinterpret_cast<const char*>(data), size);
  Document doc = DocumentFromArticle(std::move(article));
  Scratch scratch;
  Status status = kCleaner.Process(doc, scratch);
  if (!status.ok()) {
    WARTA_FUZZ_CHECK(!status.message().empty());
    return 0;
  }
  fuzz::CheckText(doc);
  fuzz::CheckWriters(doc);
  return 0;
}
