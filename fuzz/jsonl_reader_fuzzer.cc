// The JSON Lines reader on any bytes: ParseArticleJson, then
// DocumentFromArticle, as `warta annotate --jsonl` and `warta ingest` read a
// line. A bad line gives an error record that is itself valid JSON; a good
// one gives a document whose metadata the writer can print.
#include <cstddef>
#include <cstdint>

#include "document_checks.h"
#include "warta/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace warta;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  StatusOr<Article> article = ParseArticleJson(line);
  if (!article.ok()) {
    WARTA_FUZZ_CHECK(article.status().code() == StatusCode::kInvalidArgument);
    std::string record;
    AppendErrorRecord(1, "", article.status().message(), &record);
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    WARTA_FUZZ_CHECK(parser.parse(record).get(root) == simdjson::SUCCESS);
    return 0;
  }
  const bool is_html = article->is_html;
  Document doc = DocumentFromArticle(std::move(*article));
  fuzz::CheckMetadata(doc);
  // The text itself is the cleaner's business (and the HTML reader's).
  if (!is_html) WARTA_FUZZ_CHECK(fuzz::IsUtf8(doc.raw));
  fuzz::CheckWriters(doc);
  return 0;
}
