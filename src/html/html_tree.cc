#include "html/html_tree.h"

#include <array>
#include <cstring>

namespace warta::html {
namespace {

struct KindTable {
  std::array<unsigned, GUMBO_TAG_LAST + 1> kinds{};
  KindTable() {
    static constexpr const char* kBlocks[] = {
        "p",       "div",     "section", "article", "main",   "header",
        "li",      "ul",      "ol",      "dl",      "dt",     "dd",
        "table",   "tr",      "td",      "th",      "tbody",  "thead",
        "h1",      "h2",      "h3",      "h4",      "h5",     "h6",
        "blockquote", "pre",  "center",  "body",    "html",   "hr",
        "address", "details", "summary", "caption", "tfoot",  "hgroup"};
    // Never article text. <header> holds the masthead or the headline and
    // byline, which the metadata reader takes from the tree on its own.
    static constexpr const char* kSkips[] = {
        "script",  "style",  "noscript", "template", "figure", "figcaption",
        "aside",   "nav",    "footer",   "form",     "iframe", "svg",
        "button",  "select", "textarea", "input",    "object", "embed",
        "video",   "audio",  "canvas",   "map",      "head",   "picture",
        "img",     "header", "label",    "option",   "math",   "dialog",
        "menu"};
    static constexpr const char* kParagraphs[] = {"p", "blockquote", "pre",
                                                  "li", "dd", "td"};
    for (int t = 0; t < GUMBO_TAG_LAST; ++t) {
      const char* name = gumbo_normalized_tagname(static_cast<GumboTag>(t));
      unsigned k = 0;
      for (const char* b : kBlocks) k |= std::strcmp(name, b) == 0 ? unsigned{kBlock} : 0u;
      for (const char* b : kSkips) k |= std::strcmp(name, b) == 0 ? unsigned{kSkip} : 0u;
      for (const char* b : kParagraphs)
        k |= std::strcmp(name, b) == 0 ? unsigned{kParagraph} : 0u;
      if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2])
        k |= kHeading;
      if (std::strcmp(name, "a") == 0) k |= kLink;
      kinds[t] = k;
    }
  }
};

const KindTable& Kinds() {
  static const KindTable table;
  return table;
}

bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

}  // namespace

std::string_view TagName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  if (piece.data == nullptr) return "";
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

unsigned KindOf(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) {
    return e.tag <= GUMBO_TAG_LAST ? Kinds().kinds[e.tag] : 0;
  }
  std::string name = Lowercase(TagName(e));
  if (name == "main" || name == "section" || name == "article") return kBlock;
  if (name == "template" || name == "picture" || name == "dialog")
    return kSkip;
  return 0;
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string ClassAndId(const GumboElement& e) {
  std::string out = Lowercase(Attr(e, "class"));
  std::string_view id = Attr(e, "id");
  if (!id.empty()) {
    out += ' ';
    out += Lowercase(id);
  }
  return out;
}

bool IsHidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (Lowercase(Attr(e, "aria-hidden")) == "true") return true;
  std::string_view style = Attr(e, "style");
  if (style.empty()) return false;
  std::string s;
  for (char c : style)
    if (!IsSpaceByte(static_cast<unsigned char>(c))) s += c;
  s = Lowercase(s);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

void AppendText(const GumboNode* node, std::string* out, int depth) {
  if (depth > kMaxDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    *out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
    return;
  const GumboElement& e = node->v.element;
  if (KindOf(e) & kSkip) return;
  if (KindOf(e) & kBlock) *out += ' ';
  if (e.tag == GUMBO_TAG_BR) *out += ' ';
  for (unsigned i = 0; i < e.children.length; ++i)
    AppendText(static_cast<const GumboNode*>(e.children.data[i]), out,
               depth + 1);
  if (KindOf(e) & kBlock) *out += ' ';
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = IsSpaceByte(c);
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace warta::html
