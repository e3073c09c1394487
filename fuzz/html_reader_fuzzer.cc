// The HTML reader on any bytes, as a page in a JSON Lines "html" field or a
// .html file is read: DocumentFromHtml, then the cleaner as in the
// pipeline. Metadata and text come out UTF-8 (bytes that are not are read
// as Windows-1252), and the JSON document parses.
#include <cstddef>
#include <cstdint>

#include "cleaner/cleaner.h"
#include "document_checks.h"
#include "warta/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace warta;
  static const cleaner::Cleaner kCleaner{CleanerOptions{}};
  Article article;
  article.text.assign(reinterpret_cast<const char*>(data), size);
  article.is_html = true;
  (void)LooksLikeHtml(article.text);
  StatusOr<Document> doc = DocumentFromHtml(std::move(article));
  if (!doc.ok()) {
    WARTA_FUZZ_CHECK(doc.status().code() == StatusCode::kInvalidArgument);
    WARTA_FUZZ_CHECK(!doc.status().message().empty());
    return 0;
  }
  fuzz::CheckMetadata(*doc);
  WARTA_FUZZ_CHECK(fuzz::IsUtf8(doc->raw));
  Scratch scratch;
  if (!kCleaner.Process(*doc, scratch).ok()) return 0;
  fuzz::CheckText(*doc);
  fuzz::CheckWriters(*doc);
  return 0;
}
