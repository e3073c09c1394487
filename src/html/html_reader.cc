// The HTML reader: gumbo's parse tree, the body extractor and the metadata
// reader, put together into an HtmlPage and a Document.
#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "html/body_extractor.h"
#include "html/html_tree.h"
#include "html/nesting_limit.h"
#include "html/page_date.h"
#include "html/page_metadata.h"
#include "text/utf8.h"
#include "warta/html.h"

namespace warta {
namespace {

// Gumbo's parse tree lives in an arena: allocation is a pointer bump,
// freeing is a no-op and the whole tree goes at once with the arena.
// malloc and free were a quarter of the reader's time, and walking the tree
// to free it is not needed.
class Arena {
 public:
  void* Allocate(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > left_) {
      const size_t block = std::max(size, kBlockBytes);
      blocks_.emplace_back(new char[block]);  // 16-byte aligned
      next_ = blocks_.back().get();
      left_ = block;
    }
    void* p = next_;
    next_ += size;
    left_ -= size;
    return p;
  }
  static void* AllocateFor(void* arena, size_t size) {
    return static_cast<Arena*>(arena)->Allocate(size);
  }
  static void Free(void*, void*) {}

 private:
  static constexpr size_t kBlockBytes = 1u << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

// Western Indonesia Time, the zone of the day a UTC time stands for on an
// Indonesian page (see html::LocalDay).
constexpr int kWibMinutes = 7 * 60;

// A body shorter than this (bytes) is no article: try the captions.
constexpr size_t kShortBody = 300;

std::string FromCp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  size_t i = 0;
  while (i < bytes.size()) {
    char32_t cp = 0;
    size_t n = text::DecodeUtf8(bytes, i, &cp);
    if (n > 0) {
      out.append(bytes.substr(i, n));
      i += n;
    } else {
      text::AppendUtf8(text::Cp1252ToUnicode(static_cast<unsigned char>(bytes[i])), &out);
      ++i;
    }
  }
  return out;
}

bool PrefixNoCase(std::string_view s, size_t at, std::string_view lower) {
  if (at + lower.size() > s.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, size_t from, std::string_view lower) {
  for (size_t at = s.find('<', from); at != std::string_view::npos;
       at = s.find('<', at + 1))
    if (PrefixNoCase(s, at, lower)) return at;
  return std::string_view::npos;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsTagSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Attributes no reader looks at: images' sources and sizes, event handlers,
// data-*, tooltips. Three in ten bytes of a news page that the tokenizer
// would otherwise read one by one.
bool UnusedAttribute(std::string_view name) {
  if (name.size() > 5 && PrefixNoCase(name, 0, "data-")) return true;
  if (name.size() > 2 && PrefixNoCase(name, 0, "on")) return true;
  static constexpr std::string_view kUnused[] = {
      "src",   "srcset",  "sizes",    "width",    "height",   "alt",
      "title", "target",  "loading",  "decoding", "tabindex", "integrity",
      "crossorigin", "referrerpolicy"};
  for (std::string_view u : kUnused)
    if (name.size() == u.size() && PrefixNoCase(name, 0, u)) return true;
  return false;
}

// The tag name that starts at html[at].
std::string_view TagNameAt(std::string_view html, size_t at) {
  size_t end = at;
  while (end < html.size() && !IsTagSpace(html[end]) && html[end] != '>' && html[end] != '/')
    ++end;
  return html.substr(at, end - at);
}

// Copies the start tag at html[lt] ('<' and a letter) to `out` without its
// unused attributes; returns the index after its '>', or npos when the tag
// does not end (the rest is copied as it is).
size_t AppendLeanTag(std::string_view html, size_t lt, std::string* out) {
  size_t i = lt + 1;
  while (i < html.size() && !IsTagSpace(html[i]) && html[i] != '>' &&
         html[i] != '/')
    ++i;
  const size_t start = out->size();
  out->append(html.substr(lt, i - lt));
  while (i < html.size()) {
    while (i < html.size() && IsTagSpace(html[i])) ++i;
    if (i >= html.size()) break;
    if (html[i] == '>') {
      *out += '>';
      return i + 1;
    }
    if (html[i] == '/') {
      *out += '/';
      ++i;
      continue;
    }
    const size_t name_begin = i;
    while (i < html.size() && !IsTagSpace(html[i]) && html[i] != '=' &&
           html[i] != '>' && html[i] != '/')
      ++i;
    std::string_view name = html.substr(name_begin, i - name_begin);
    size_t j = i;
    while (j < html.size() && IsTagSpace(html[j])) ++j;
    size_t attr_end = i;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && IsTagSpace(html[j])) ++j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) break;
        attr_end = close + 1;
      } else {
        while (j < html.size() && !IsTagSpace(html[j]) && html[j] != '>') ++j;
        attr_end = j;
      }
    }
    if (!UnusedAttribute(name)) {
      *out += ' ';
      out->append(html.substr(name_begin, attr_end - name_begin));
    }
    i = attr_end;
  }
  // No end: what gumbo would read, untouched.
  out->resize(start);
  out->append(html.substr(lt));
  return std::string_view::npos;
}

// The bodies of <script> (but JSON-LD) and <style> elements and comments
// are never text, and they are a quarter of a news page's bytes: they are
// cut before parsing (the tags stay, so the tree is the same), which the
// HTML5 tokenizer would otherwise read byte by byte. Tags nested beyond
// html::kMaxNesting are cut too (`nesting`, html/nesting_limit.h).
std::string WithoutRawText(std::string_view html, html::NestingLimit* nesting) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    if (PrefixNoCase(html, lt, "<!--")) {
      size_t end = html.find("-->", lt + 4);
      out.append(html.substr(i, lt - i));
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (lt + 1 < html.size() && IsAsciiLetter(html[lt + 1]) &&
        !PrefixNoCase(html, lt, "<script") && !PrefixNoCase(html, lt, "<style")) {
      out.append(html.substr(i, lt - i));
      const size_t tag_begin = out.size();
      size_t end = AppendLeanTag(html, lt, &out);
      if (end == std::string_view::npos) {
        i = html.size();
        break;
      }
      const bool self_closing = out.size() >= tag_begin + 2 && out[out.size() - 2] == '/';
      if (!nesting->KeepStart(TagNameAt(html, lt + 1), self_closing)) out.resize(tag_begin);
      i = end;
      continue;
    }
    if (lt + 2 < html.size() && html[lt + 1] == '/' && IsAsciiLetter(html[lt + 2])) {
      const size_t gt = html.find('>', lt + 2);
      if (gt == std::string_view::npos) break;
      out.append(html.substr(i, lt - i));
      if (nesting->KeepEnd(TagNameAt(html, lt + 2))) out.append(html.substr(lt, gt + 1 - lt));
      i = gt + 1;
      continue;
    }
    const bool script = PrefixNoCase(html, lt, "<script");
    const bool style = !script && PrefixNoCase(html, lt, "<style");
    size_t name_end = lt + (script ? 7 : 6);
    if ((!script && !style) || name_end >= html.size() ||
        !(html[name_end] == '>' || html[name_end] == ' ' ||
          html[name_end] == '\t' || html[name_end] == '\n' ||
          html[name_end] == '\r' || html[name_end] == '/')) {
      out.append(html.substr(i, lt + 1 - i));
      i = lt + 1;
      continue;
    }
    size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    std::string tag = html::Lowercase(html.substr(lt, tag_end - lt));
    size_t close = FindNoCase(html, tag_end + 1, script ? "</script" : "</style");
    if (close == std::string_view::npos) break;
    if (script && tag.find("ld+json") != std::string::npos) {
      out.append(html.substr(i, close - i));
    } else {
      out.append(html.substr(i, tag_end + 1 - i));
    }
    i = close;
  }
  if (i < html.size()) out.append(html.substr(i));
  return out;
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = html::Lowercase(bytes.substr(0, 1024));
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body",
                                  "<meta ", "<title"})
    if (head.find(marker) != std::string::npos) return true;
  return false;
}

StatusOr<HtmlPage> ReadHtmlPage(std::string_view html) {
  if (html.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return InvalidArgumentError("empty page");
  if (html.size() > kMaxHtmlBytes) {
    return InvalidArgumentError("page too large (" +
                                std::to_string(html.size() >> 20) +
                                " MiB; the limit is " +
                                std::to_string(kMaxHtmlBytes >> 20) + " MiB)");
  }
  if (html.find('\0') != std::string_view::npos)
    return InvalidArgumentError("not HTML: binary data (NUL bytes)");
  HtmlPage page;
  std::string converted;
  if (!text::IsValidUtf8(html)) {
    converted = FromCp1252(html);
    html = converted;
    page.warnings.push_back(
        "page is not UTF-8: read as Windows-1252");
  }
  html::NestingLimit nesting;
  const std::string lean = WithoutRawText(html, &nesting);
  if (nesting.deepest() > html::kMaxNesting) {
    std::string warning = "elements nested ";
    warning += std::to_string(nesting.deepest());
    warning += " deep: the tags below level ";
    warning += std::to_string(html::kMaxNesting);
    warning += " were left out (their text was kept)";
    page.warnings.push_back(std::move(warning));
  }
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::AllocateFor;
  options.deallocator = &Arena::Free;
  options.userdata = &arena;
  // We read no parse errors, and gumbo copies the stack of open elements
  // into every one it records: a page of 100,000 unclosed <div>s took more
  // than 20 GB that way (found by fuzz/html_reader_fuzzer). The parse
  // itself is the same without them.
  options.max_errors = 0;
  const GumboOutput* output =
      gumbo_parse_with_options(&options, lean.data(), lean.size());
  if (!output || !output->root)
    return InvalidArgumentError("page could not be parsed as HTML");

  html::PageMetadata meta = html::ReadMetadata(output->root);
  html::ExtractedBody body = html::ExtractBody(output->root);
  if (body.guessed || body.text.size() < kShortBody) {
    // A photo story: its text is in the captions.
    html::ExtractedBody captions = html::ExtractBody(output->root, true);
    if (captions.text.size() > body.text.size() + kShortBody / 2)
      body = std::move(captions);
  }
  if (body.text.empty()) return InvalidArgumentError("page has no text");
  if (body.guessed)
    page.warnings.push_back("no article body stood out: the largest block "
                            "of text was taken");
  page.text = std::move(body.text);

  page.site_name = !meta.og_site_name.empty()      ? meta.og_site_name
                   : !meta.jsonld_publisher.empty() ? meta.jsonld_publisher
                                                    : meta.application_name;
  page.title = html::ChooseTitle(meta, page.site_name);
  page.author = !meta.jsonld_author.empty() ? meta.jsonld_author
                                            : meta.meta_author;
  page.canonical_url = !meta.canonical.empty() ? meta.canonical
                       : !meta.og_url.empty()  ? meta.og_url
                                               : meta.jsonld_url;
  page.language = html::NormalizeLanguage(meta.html_lang);
  if (page.language.empty())
    page.language = html::NormalizeLanguage(meta.og_locale);
  if (page.language.empty())
    page.language = html::NormalizeLanguage(meta.content_language);
  if (std::optional<html::PageDate> date =
          html::ChoosePublished(meta, page.title)) {
    page.published_time = html::FormatDateTime(*date);
    // A UTC time on a page in Indonesian stands for a day in Western
    // Indonesia: 2015-11-04T18:30Z was published on the 5th in Jakarta.
    html::PageDate day = date->has_offset && date->offset_minutes == 0 &&
                                 (page.language.empty() || page.language == "id")
                             ? html::LocalDay(*date, kWibMinutes)
                             : *date;
    page.published = html::FormatDay(day);
  }
  return page;
}

StatusOr<Document> ReadArticle(Article article) {
  if (article.is_html) return DocumentFromHtml(std::move(article));
  return DocumentFromArticle(std::move(article));
}

StatusOr<Document> DocumentFromHtml(Article article) {
  StatusOr<HtmlPage> page = ReadHtmlPage(article.text);
  if (!page.ok()) return page.status();
  // Given metadata wins over what the page says.
  if (article.title.empty()) article.title = page->title;
  if (article.url.empty()) article.url = page->canonical_url;
  const bool found_date = article.published.empty() && !page->published.empty();
  if (found_date) article.published = page->published;
  article.text = std::move(page->text);
  Document doc = DocumentFromArticle(std::move(article));
  if (found_date && doc.published_source == DateSource::kGiven)
    doc.published_source = DateSource::kFound;
  if (doc.source.empty()) doc.source = page->site_name;
  if (!page->language.empty()) doc.language = page->language;
  doc.published_time = std::move(page->published_time);
  doc.author = std::move(page->author);
  doc.site_name = std::move(page->site_name);
  doc.canonical_url = std::move(page->canonical_url);
  for (std::string& w : page->warnings) doc.warnings.push_back(std::move(w));
  return doc;
}

}  // namespace warta
