// HTML reader: the article in a news web page, with its metadata.
//
// A page is parsed with a real HTML5 parser (gumbo) and its main text found
// by a method that needs no per-site template: block elements are scored by
// the length of their text, its link density and punctuation, how many
// paragraphs a parent holds, class/id hints ("article", "content", "detail"
// vs. "nav", "share", "related", "comment", ads) and Indonesian boilerplate
// ("Baca juga", "ADVERTISEMENT", "Editor:"). Scripts, styles, figures and
// their captions, asides, navigation, footers and forms never count.
// Paragraphs are separated by blank lines in HtmlPage::text.
//
// Metadata comes from <meta> tags, Open Graph, JSON-LD (NewsArticle /
// Article, also inside "@graph"), <time datetime> and visible Indonesian
// dates ("Rabu, 04 Nov 2015 21:04 WIB"; WIB = +07:00, WITA +08:00,
// WIT +09:00).
//
// Thread-safe: every call works on its own parse tree.
#ifndef WARTA_HTML_H_
#define WARTA_HTML_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "warta/article.h"
#include "warta/document.h"
#include "warta/status.h"

namespace warta {

struct HtmlPage {
  std::string title;          // headline, without the site-name suffix
  std::string published;      // YYYY-MM-DD in the page's time zone, or empty
  std::string published_time; // ISO 8601, with its offset when the page
                              // gives one ("2015-11-04T21:04:00+07:00");
                              // empty when only a day (or nothing) is known
  std::string author;
  std::string site_name;      // og:site_name, JSON-LD publisher
  std::string canonical_url;  // <link rel=canonical>, og:url
  std::string language;       // "id", "en", ...; empty when the page says none
  std::string text;           // the article body, paragraphs split by "\n\n"
  std::vector<std::string> warnings;  // recoverable problems with the page
};

// Pages larger than this are refused (kInvalidArgument), not truncated.
inline constexpr size_t kMaxHtmlBytes = 32u << 20;

// Reads one page. Bytes that are not UTF-8 are read as Windows-1252 (with a
// warning). Errors (kInvalidArgument): an empty page, binary data (NUL
// bytes), a page over kMaxHtmlBytes, a page with no text at all. A page
// whose body cannot be told apart from the rest gives its best guess (the
// largest block of text) with a warning, not an error.
StatusOr<HtmlPage> ReadHtmlPage(std::string_view html);

// True when the bytes look like an HTML page (a doctype or an <html>,
// <head> or <body> tag near the start), for detecting HTML input that was
// not marked as such.
bool LooksLikeHtml(std::string_view bytes);

// A Document from an article whose `text` is an HTML page: the extracted
// body becomes Document::raw, and the page's metadata fills title, url
// (canonical URL), published (kFound), source (site name), language, author,
// site_name, canonical_url and published_time wherever the article does not
// already give them. Errors as ReadHtmlPage.
StatusOr<Document> DocumentFromHtml(Article article);

// A Document from an article as it says it is: its HTML page read
// (DocumentFromHtml) when Article::is_html, else its text taken as it is
// (DocumentFromArticle). What the batch commands, the server and the Python
// module read every article with.
StatusOr<Document> ReadArticle(Article article);

}  // namespace warta

#endif  // WARTA_HTML_H_
