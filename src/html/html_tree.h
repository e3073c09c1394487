// Helpers over gumbo's parse tree shared by the body extractor and the
// metadata reader: tag kinds, attributes, class/id hints, text.
#ifndef WARTA_HTML_HTML_TREE_H_
#define WARTA_HTML_HTML_TREE_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace warta::html {

// The deepest element the readers descend into; deeper content is ignored
// (it keeps recursion bounded on pathological markup).
inline constexpr int kMaxDepth = 400;

enum TagKind : unsigned {
  kBlock = 1u << 0,      // starts a new block of text
  kSkip = 1u << 1,       // never article text: script, nav, figure, form, ...
  kParagraph = 1u << 2,  // a paragraph-like block (p, blockquote, li, ...)
  kHeading = 1u << 3,    // h1-h6
  kLink = 1u << 4,       // a
};

// Kind bits of an element, by its tag (unknown tags by name: "main").
unsigned KindOf(const GumboElement& element);
std::string_view TagName(const GumboElement& element);

// Attribute value, or empty.
std::string_view Attr(const GumboElement& element, const char* name);

// class and id, lowercased, joined by a space.
std::string ClassAndId(const GumboElement& element);

// Hidden by markup: the hidden attribute, aria-hidden="true", or an inline
// style with display:none / visibility:hidden.
bool IsHidden(const GumboElement& element);

// Appends the element's text (descendants, except skipped kinds), with runs
// of white space collapsed to one space.
void AppendText(const GumboNode* node, std::string* out, int depth = 0);

// Collapses white space (including no-break spaces) to single spaces and
// trims.
std::string CollapseSpace(std::string_view s);

// ASCII lowercase copy.
std::string Lowercase(std::string_view s);

}  // namespace warta::html

#endif  // WARTA_HTML_HTML_TREE_H_
