// Metadata of a news page: what <meta>, Open Graph, JSON-LD, <link>,
// <title>, <h1>, <time> and the visible text say, each kept apart so that
// the precedence rules (ChooseTitle, ChoosePublished) can be tested.
#ifndef WARTA_HTML_PAGE_METADATA_H_
#define WARTA_HTML_PAGE_METADATA_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/page_date.h"

namespace warta::html {

struct PageMetadata {
  // Titles
  std::string og_title, twitter_title, jsonld_headline, h1, title_tag;
  std::vector<std::string> headings;  // the first few <h2> texts
  // Dates, as written
  std::string jsonld_published, meta_published, time_datetime;
  std::vector<std::string> visible_dates;  // texts of date-like elements
  std::string text_after_h1;                // the visible text after the h1
  std::string body_text;  // all visible text of the body, collapsed (capped)
  // Others
  std::string jsonld_author, meta_author;
  std::string og_site_name, jsonld_publisher, application_name;
  std::string canonical, og_url, jsonld_url;
  std::string html_lang, og_locale, content_language;
};

// Reads the tree. JSON-LD that is not valid JSON is skipped.
PageMetadata ReadMetadata(const GumboNode* root);

// Reads the JSON-LD blocks' text into `meta` (NewsArticle, Article and the
// like, also inside "@graph" and top-level arrays). Exposed for tests.
void ReadJsonLd(std::string_view json, PageMetadata* meta);

// The headline: og:title, twitter:title, the JSON-LD headline, <h1>, then
// <title>; the site-name suffix ("... - Kompas.com", "... | Liputan6")
// removed; a shorter <h1> (or, without one, <h2>) that the chosen title
// contains wins (it is the headline without the site's decoration).
std::string ChooseTitle(const PageMetadata& meta, std::string_view site_name);

// Removes a trailing (or leading) site name: " - Site", " | Site",
// " – Site" when the part matches `site_name`, looks like a domain
// ("Kompas.com", "ANTARA News") or is at most three words next to a longer
// headline.
std::string StripSiteName(std::string_view title, std::string_view site_name);

// The publication date: JSON-LD datePublished, article:published_time and
// the other <meta> dates, <time datetime>, then visible dates: the first
// date in the text near the headline `title` (a date with a time of day
// first), date-like elements ("date", "tanggal" in class or id), the text
// after the <h1>.
std::optional<PageDate> ChoosePublished(const PageMetadata& meta,
                                        std::string_view title = {});

// "id" from "id-ID", "id_ID", "in"; empty stays empty.
std::string NormalizeLanguage(std::string_view tag);

}  // namespace warta::html

#endif  // WARTA_HTML_PAGE_METADATA_H_
