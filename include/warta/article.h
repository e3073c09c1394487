// Article: what goes into the engine, before any processing.
//
// Articles come as plain text (one file or stdin) or as JSON Lines, one
// object per line:
//   {"id": "...", "url": "...", "title": "...", "published": "2023-10-20",
//    "text": "..."}
// Only "text" is required; unknown fields are ignored. A web page may come as
// "html" in place of "text" (Article::is_html; read it with DocumentFromHtml
// in warta/html.h).
#ifndef WARTA_ARTICLE_H_
#define WARTA_ARTICLE_H_

#include <string>
#include <string_view>

#include "warta/document.h"
#include "warta/status.h"

namespace warta {

struct Article {
  std::string id;
  std::string url;
  std::string title;
  std::string published;  // YYYY-MM-DD or empty
  std::string text;       // the article body, as scraped (or the page)
  bool is_html = false;   // `text` is an HTML page ("html" in JSON Lines)
};

// Parses one JSON Lines record. Errors (kInvalidArgument) say what is wrong
// in words a user can act on: "not valid JSON: ...", "no \"text\" field",
// "\"published\" is not a date (YYYY-MM-DD): ...".
// Thread-safe.
StatusOr<Article> ParseArticleJson(std::string_view line);

// Checks a YYYY-MM-DD date (a real calendar day). Empty is accepted and means
// unknown.
Status ValidatePublishedDate(std::string_view date);

// Moves the article into a new Document (metadata + raw bytes; no layers).
// A given publication date is marked DateSource::kGiven.
Document DocumentFromArticle(Article article);

}  // namespace warta

#endif  // WARTA_ARTICLE_H_
