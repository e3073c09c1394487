// JSON Lines article records, parsed with simdjson's DOM parser.
#include <simdjson.h>

#include <string>

#include "text/utf8.h"
#include "warta/article.h"

namespace warta {
namespace {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Reads an optional string field; numbers are accepted for "id".
Status ReadStringField(simdjson::dom::object& obj, const char* name,
                       bool allow_number, std::string* out) {
  simdjson::dom::element el;
  if (obj[name].get(el) != simdjson::SUCCESS) return Status::Ok();  // absent
  if (el.is_null()) return Status::Ok();
  std::string_view sv;
  if (el.get(sv) == simdjson::SUCCESS) {
    out->assign(sv);
    return Status::Ok();
  }
  if (allow_number && (el.is_int64() || el.is_uint64())) {
    out->assign(simdjson::to_string(el));
    return Status::Ok();
  }
  std::string message = "\"";
  message += name;
  message += "\" is not a string";
  return InvalidArgumentError(std::move(message));
}

// Appends the start of a rejected value, for a message: at most 40 bytes,
// cut between characters, bytes that are not UTF-8 shown as U+FFFD. The
// message goes into JSON as it is (a document's warnings, an error record,
// the server's 400 answer), which must stay UTF-8 whatever the caller gave:
// `"published":"éééé…"` used to be cut inside an é.
void AppendExcerpt(std::string_view value, std::string* out) {
  constexpr size_t kMaxExcerptBytes = 40;
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  size_t written = 0;
  for (size_t i = 0; i < value.size();) {
    char32_t cp;
    const size_t n = text::DecodeUtf8(value, i, &cp);
    const std::string_view piece = n > 0 ? value.substr(i, n) : kReplacement;
    if (written + piece.size() > kMaxExcerptBytes) break;
    out->append(piece);
    written += piece.size();
    i += n > 0 ? n : 1;
  }
}

}  // namespace

Status ValidatePublishedDate(std::string_view d) {
  if (d.empty()) return Status::Ok();
  auto bad = [&] {
    std::string message = "\"";  // see json_writer.cc on GCC 12 -Wrestrict
    AppendExcerpt(d, &message);
    message += "\" is not a date (YYYY-MM-DD)";
    return InvalidArgumentError(std::move(message));
  };
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return bad();
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lens[p]; ++i) {
      if (d[i] < '0' || d[i] > '9') return bad();
      parts[p] = parts[p] * 10 + (d[i] - '0');
    }
  }
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  int y = parts[0], m = parts[1], day = parts[2];
  if (y < 1800 || m < 1 || m > 12 || day < 1) return bad();
  int max_day = kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
  if (day > max_day) return bad();
  return Status::Ok();
}

StatusOr<Article> ParseArticleJson(std::string_view line) {
  // One parser per thread: simdjson parsers are reusable but not shareable.
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  auto error = parser.parse(padded).get(root);
  if (error) {
    return InvalidArgumentError(std::string("not valid JSON: ") +
                                simdjson::error_message(error));
  }
  simdjson::dom::object obj;
  if (root.get(obj) != simdjson::SUCCESS) {
    return InvalidArgumentError("not a JSON object");
  }
  Article article;
  for (auto [name, target, numeric] :
       {std::tuple{"id", &article.id, true},
        std::tuple{"url", &article.url, false},
        std::tuple{"title", &article.title, false},
        std::tuple{"published", &article.published, false}}) {
    Status s = ReadStringField(obj, name, numeric, target);
    if (!s.ok()) return s;
  }
  simdjson::dom::element text;
  const char* field = "text";
  if (obj["text"].get(text) != simdjson::SUCCESS || text.is_null()) {
    // A web page in place of the text.
    if (obj["html"].get(text) != simdjson::SUCCESS || text.is_null())
      return InvalidArgumentError("no \"text\" field");
    field = "html";
    article.is_html = true;
  }
  std::string_view sv;
  if (text.get(sv) != simdjson::SUCCESS) {
    return InvalidArgumentError(std::string("\"") + field +
                                "\" is not a string");
  }
  article.text.assign(sv);
  return article;
}

Document DocumentFromArticle(Article article) {
  Document doc;
  doc.id = std::move(article.id);
  doc.url = std::move(article.url);
  doc.title = std::move(article.title);
  doc.raw = std::move(article.text);
  // A timestamp keeps its date part: "2023-10-20T08:15:00+07:00".
  std::string published = std::move(article.published);
  if (published.size() > 10 && (published[10] == 'T' || published[10] == ' '))
    published.resize(10);
  Status valid = ValidatePublishedDate(published);
  if (valid.ok()) {
    doc.published = std::move(published);
    if (!doc.published.empty()) doc.published_source = DateSource::kGiven;
  } else {
    doc.warnings.push_back("published date ignored: " + valid.message());
  }
  return doc;
}

}  // namespace warta
