#include "html/page_metadata.h"

#include <simdjson.h>

#include <array>
#include <cstring>

#include "html/html_tree.h"

namespace warta::html {
namespace {

// <meta> names that carry the publication date, best first.
constexpr std::array<std::string_view, 22> kDateMetas = {
    "article:published_time", "og:article:published_time",
    "og:published_time",      "datepublished",
    "pubdate",                "publishdate",
    "publish-date",           "publish_date",
    "published_time",         "content_publisheddate",
    "dtk:publishdate",        "parsely-pub-date",
    "sailthru.date",          "article.published",
    "dc.date.issued",         "dc.date",
    "dcterms.date",           "dcterms.created",
    "date",                   "release_date",
    "created",                "article:modified_time"};

int DateMetaRank(std::string_view key) {
  for (size_t i = 0; i < kDateMetas.size(); ++i)
    if (key == kDateMetas[i]) return static_cast<int>(i);
  return -1;
}

// Date-like elements by class or id: "date", "time", "tanggal", ...
bool DateLikeClass(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "date", "time", "tanggal", "tgl", "publish", "posted", "waktu"};
  for (std::string_view w : kWords)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

class MetaReader {
 public:
  explicit MetaReader(PageMetadata* meta) : meta_(*meta) {}

  void Walk(const GumboNode* node, int depth) {
    if (depth > kMaxDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      if (in_body_ && skip_ == 0 && meta_.body_text.size() < kMaxBodyText) {
        meta_.body_text += node->v.text.text;
        meta_.body_text += ' ';
      }
      if (seen_h1_ && in_h1_ == 0 && meta_.text_after_h1.size() < 1500 &&
          skip_ == 0) {
        meta_.text_after_h1 += node->v.text.text;
        meta_.text_after_h1 += ' ';
      }
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
      return;
    const GumboElement& e = node->v.element;
    switch (e.tag) {
      case GUMBO_TAG_HTML:
        if (meta_.html_lang.empty())
          meta_.html_lang = std::string(Attr(e, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (meta_.title_tag.empty()) meta_.title_tag = Text(node);
        return;
      case GUMBO_TAG_META:
        Meta(e);
        return;
      case GUMBO_TAG_LINK:
        if (Lowercase(Attr(e, "rel")) == "canonical" && meta_.canonical.empty())
          meta_.canonical = CollapseSpace(Attr(e, "href"));
        return;
      case GUMBO_TAG_SCRIPT:
        if (Lowercase(Attr(e, "type")).find("ld+json") != std::string::npos) {
          std::string json;
          for (unsigned i = 0; i < e.children.length; ++i) {
            const GumboNode* c =
                static_cast<const GumboNode*>(e.children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                c->type == GUMBO_NODE_WHITESPACE)
              json += c->v.text.text;
          }
          ReadJsonLd(json, &meta_);
        }
        return;
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_NOSCRIPT:
        return;
      case GUMBO_TAG_TIME: {
        std::string_view dt = Attr(e, "datetime");
        if (!dt.empty() && meta_.time_datetime.empty())
          meta_.time_datetime = std::string(dt);
        break;
      }
      default:
        break;
    }
    std::string_view itemprop = Attr(e, "itemprop");
    if (itemprop == "datePublished" && meta_.meta_published.empty()) {
      std::string_view v = Attr(e, "datetime");
      if (v.empty()) v = Attr(e, "content");
      std::string value = v.empty() ? Text(node) : std::string(v);
      if (!value.empty()) {
        meta_.meta_published = value;
        meta_rank_ = 3;
      }
    }
    if (e.tag == GUMBO_TAG_H2 && meta_.headings.size() < 8) {
      std::string text = Text(node);
      if (!text.empty()) meta_.headings.push_back(std::move(text));
    }
    const bool is_h1 = e.tag == GUMBO_TAG_H1;
    if (is_h1 && meta_.h1.empty()) {
      meta_.h1 = Text(node);
      seen_h1_ = !meta_.h1.empty();
      ++in_h1_;
    }
    unsigned kind = KindOf(e);
    bool skipped = (kind & kSkip) && e.tag != GUMBO_TAG_HEADER &&
                   e.tag != GUMBO_TAG_HEAD;
    if (e.tag == GUMBO_TAG_BODY) in_body_ = true;
    if (skipped) ++skip_;
    if (skip_ == 0 && e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML) {
      std::string cls = ClassAndId(e);
      if (!cls.empty() && DateLikeClass(cls)) {
        std::string text = Text(node);
        if (!text.empty() && text.size() <= 200) {
          (seen_h1_ ? after_h1_dates_ : before_h1_dates_).push_back(text);
        }
      }
    }
    for (unsigned i = 0; i < e.children.length; ++i)
      Walk(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
    if (skipped) --skip_;
    if (is_h1 && in_h1_ > 0) --in_h1_;
  }

  void Finish() {
    meta_.visible_dates = std::move(after_h1_dates_);
    for (std::string& d : before_h1_dates_)
      meta_.visible_dates.push_back(std::move(d));
    meta_.text_after_h1 = CollapseSpace(meta_.text_after_h1);
    meta_.body_text = CollapseSpace(meta_.body_text);
  }

 private:
  static std::string Text(const GumboNode* node) {
    std::string text;
    AppendText(node, &text);
    return CollapseSpace(text);
  }

  void Meta(const GumboElement& e) {
    std::string key = Lowercase(Attr(e, "property"));
    if (key.empty()) key = Lowercase(Attr(e, "name"));
    if (key.empty()) key = Lowercase(Attr(e, "itemprop"));
    std::string http = Lowercase(Attr(e, "http-equiv"));
    std::string value = CollapseSpace(Attr(e, "content"));
    if (value.empty()) return;
    if (http == "content-language" && meta_.content_language.empty())
      meta_.content_language = value;
    if (key.empty()) return;
    auto set = [&](std::string* field) {
      if (field->empty()) *field = value;
    };
    if (key == "og:title") set(&meta_.og_title);
    else if (key == "twitter:title") set(&meta_.twitter_title);
    else if (key == "og:site_name") set(&meta_.og_site_name);
    else if (key == "application-name") set(&meta_.application_name);
    else if (key == "og:url") set(&meta_.og_url);
    else if (key == "og:locale") set(&meta_.og_locale);
    else if (key == "author" || key == "dc.creator" ||
             key == "article:author" || key == "content_author")
      // article:author is often a profile URL, not a name.
      { if (value.find("://") == std::string::npos) set(&meta_.meta_author); }
    int rank = DateMetaRank(key);
    if (rank >= 0 && (meta_rank_ < 0 || rank < meta_rank_)) {
      meta_.meta_published = value;
      meta_rank_ = rank;
    }
  }

  PageMetadata& meta_;
  int meta_rank_ = -1;
  static constexpr size_t kMaxBodyText = 1u << 20;
  bool in_body_ = false;
  bool seen_h1_ = false;
  int in_h1_ = 0;
  int skip_ = 0;
  std::vector<std::string> after_h1_dates_, before_h1_dates_;
};

// --- JSON-LD -------------------------------------------------------------

bool IsArticleType(std::string_view t) {
  static constexpr std::string_view kTypes[] = {
      "NewsArticle",         "Article",           "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
      "ReviewNewsArticle",   "BlogPosting",       "LiveBlogPosting",
      "Report",              "ScholarlyArticle",  "TechArticle"};
  for (std::string_view k : kTypes)
    if (t == k) return true;
  return false;
}

bool HasArticleType(simdjson::dom::object obj) {
  simdjson::dom::element type;
  if (obj["@type"].get(type) != simdjson::SUCCESS) return false;
  std::string_view s;
  if (type.get(s) == simdjson::SUCCESS) return IsArticleType(s);
  simdjson::dom::array arr;
  if (type.get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element t : arr)
      if (t.get(s) == simdjson::SUCCESS && IsArticleType(s)) return true;
  }
  return false;
}

std::string StringField(simdjson::dom::object obj, const char* name) {
  std::string_view s;
  if (obj[name].get(s) == simdjson::SUCCESS) return CollapseSpace(s);
  return "";
}

// "name" of a string, an object or an array of them, joined by ", ".
std::string Names(simdjson::dom::element el) {
  std::string_view s;
  if (el.get(s) == simdjson::SUCCESS) return CollapseSpace(s);
  simdjson::dom::object obj;
  if (el.get(obj) == simdjson::SUCCESS) return StringField(obj, "name");
  simdjson::dom::array arr;
  std::string out;
  if (el.get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : arr) {
      std::string name = Names(item);
      if (name.empty()) continue;
      if (!out.empty()) out += ", ";
      out += name;
    }
  }
  return out;
}

void ReadArticleObject(simdjson::dom::object obj, PageMetadata* meta) {
  auto set = [](std::string* field, std::string value) {
    if (field->empty()) *field = std::move(value);
  };
  set(&meta->jsonld_headline, StringField(obj, "headline"));
  set(&meta->jsonld_published, StringField(obj, "datePublished"));
  simdjson::dom::element el;
  if (obj["author"].get(el) == simdjson::SUCCESS)
    set(&meta->jsonld_author, Names(el));
  if (obj["publisher"].get(el) == simdjson::SUCCESS)
    set(&meta->jsonld_publisher, Names(el));
  set(&meta->jsonld_url, StringField(obj, "url"));
  if (obj["mainEntityOfPage"].get(el) == simdjson::SUCCESS) {
    std::string_view s;
    simdjson::dom::object page;
    if (el.get(s) == simdjson::SUCCESS) {
      set(&meta->jsonld_url, std::string(s));
    } else if (el.get(page) == simdjson::SUCCESS) {
      set(&meta->jsonld_url, StringField(page, "@id"));
    }
  }
}

void VisitJsonLd(simdjson::dom::element el, PageMetadata* meta, int depth) {
  if (depth > 6) return;
  simdjson::dom::array arr;
  if (el.get(arr) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : arr) VisitJsonLd(item, meta, depth + 1);
    return;
  }
  simdjson::dom::object obj;
  if (el.get(obj) != simdjson::SUCCESS) return;
  if (HasArticleType(obj)) ReadArticleObject(obj, meta);
  simdjson::dom::element graph;
  if (obj["@graph"].get(graph) == simdjson::SUCCESS)
    VisitJsonLd(graph, meta, depth + 1);
}

// --- Titles --------------------------------------------------------------

std::string AlnumLower(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c + 32);
  }
  return out;
}

int Words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A part of a title that is the site, not the headline.
bool IsSitePart(std::string_view part, std::string_view other,
                std::string_view site_name) {
  std::string p = AlnumLower(part), site = AlnumLower(site_name);
  if (p.empty()) return true;
  if (!site.empty() && (p == site || (p.size() >= 4 && (site.find(p) !=
                                                            std::string::npos ||
                                                        p.find(site) !=
                                                            std::string::npos))))
    return true;
  if (Words(part) > 3 || Words(other) < 3) return false;
  std::string lower = Lowercase(part);
  for (std::string_view d : {".com", ".co", ".id", ".net", "news", ".tv"})
    if (lower.find(d) != std::string::npos) return true;
  return false;
}

constexpr std::string_view kSeparators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
    " \xC2\xBB "};

// The byline sits next to the headline: the first date within a few hundred
// characters after an occurrence of the title in the visible text (the
// title may first appear in a menu or a list of popular articles, so a few
// occurrences are tried; one with a time of day wins).
std::optional<PageDate> DateNearHeadline(std::string_view body,
                                         std::string_view title) {
  if (title.size() < 8 || body.empty()) return std::nullopt;
  std::string text = Lowercase(body), t = Lowercase(CollapseSpace(title));
  std::optional<PageDate> first;
  size_t at = 0;
  for (int tries = 0; tries < 6; ++tries) {
    at = text.find(t, at);
    if (at == std::string::npos) break;
    size_t from = at + t.size();
    std::string_view window = std::string_view(body).substr(from, 400);
    if (auto d = FindTextDate(window)) {
      if (d->has_time()) return d;
      if (!first) first = d;
    }
    at = from;
  }
  return first;
}

}  // namespace

void ReadJsonLd(std::string_view json, PageMetadata* meta) {
  // Publishers often leave raw line breaks inside JSON strings; as spaces
  // they make the block valid JSON without changing what it says.
  simdjson::padded_string padded(json);
  char* data = padded.data();
  for (size_t i = 0; i < padded.size(); ++i)
    if (static_cast<unsigned char>(data[i]) < 0x20) data[i] = ' ';
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) return;
  VisitJsonLd(root, meta, 0);
}

PageMetadata ReadMetadata(const GumboNode* root) {
  PageMetadata meta;
  MetaReader reader(&meta);
  reader.Walk(root, 0);
  reader.Finish();
  return meta;
}

std::string StripSiteName(std::string_view title, std::string_view site) {
  std::string t(Trim(title));
  for (int round = 0; round < 3; ++round) {
    bool changed = false;
    for (std::string_view sep : kSeparators) {
      size_t at = t.rfind(sep);
      if (at != std::string::npos) {
        std::string_view head = Trim(std::string_view(t).substr(0, at));
        std::string_view tail = Trim(std::string_view(t).substr(at + sep.size()));
        if (!head.empty() && IsSitePart(tail, head, site)) {
          t = std::string(head);
          changed = true;
          break;
        }
      }
      at = t.find(sep);
      if (at != std::string::npos) {
        std::string_view head = Trim(std::string_view(t).substr(0, at));
        std::string_view tail = Trim(std::string_view(t).substr(at + sep.size()));
        if (!tail.empty() && IsSitePart(head, tail, site)) {
          t = std::string(tail);
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return t;
}

std::string ChooseTitle(const PageMetadata& meta, std::string_view site) {
  std::string chosen;
  for (const std::string* c : {&meta.og_title, &meta.twitter_title,
                               &meta.jsonld_headline, &meta.h1,
                               &meta.title_tag}) {
    std::string t = CollapseSpace(*c);
    if (!t.empty()) {
      chosen = StripSiteName(t, site);
      break;
    }
  }
  auto inside = [&](const std::string& heading) {
    return !heading.empty() && heading != chosen &&
           heading.size() * 2 >= chosen.size() &&
           Lowercase(chosen).find(Lowercase(heading)) != std::string::npos;
  };
  std::string h1 = CollapseSpace(meta.h1);
  if (inside(h1)) return h1;
  if (h1.empty()) {
    for (const std::string& h : meta.headings)
      if (inside(h)) return h;
  }
  return chosen;
}

std::optional<PageDate> ChoosePublished(const PageMetadata& meta,
                                        std::string_view title) {
  for (const std::string* v :
       {&meta.jsonld_published, &meta.meta_published, &meta.time_datetime}) {
    if (v->empty()) continue;
    if (auto d = ParseIsoDate(*v)) return d;
    if (auto d = FindTextDate(*v)) return d;
  }
  if (auto d = DateNearHeadline(meta.body_text, title)) return d;
  for (const std::string& v : meta.visible_dates)
    if (auto d = FindTextDate(v)) return d;
  if (auto d = FindTextDate(meta.text_after_h1)) return d;
  return std::nullopt;
}

std::string NormalizeLanguage(std::string_view tag) {
  std::string out;
  for (char c : Trim(tag)) {
    if (c == '-' || c == '_') break;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  if (out == "in") out = "id";
  if (out.size() < 2 || out.size() > 3) return "";
  return out;
}

}  // namespace warta::html
