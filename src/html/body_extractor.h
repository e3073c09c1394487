// The article body of a page: blocks of text scored by length, commas,
// link density, their parent's other paragraphs and class/id hints; the
// best-scoring container (with its strong siblings) is the article, and
// boilerplate blocks inside it are dropped.
#ifndef WARTA_HTML_BODY_EXTRACTOR_H_
#define WARTA_HTML_BODY_EXTRACTOR_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace warta::html {

struct ExtractedBody {
  std::string text;      // paragraphs joined by "\n\n"
  bool guessed = false;  // no container stood out: the largest text block
};

// With `keep_figures`, figures and their captions count as text: a photo
// story's text is its captions (the reader retries so when the page has no
// other body).
ExtractedBody ExtractBody(const GumboNode* root, bool keep_figures = false);

// Class/id hints, for tests: > 0 for "article", "content", "detail", "read";
// < 0 for "nav", "footer", "share", "related", "comment", ads.
int ClassWeight(std::string_view class_and_id);

// A block that is never article text: "Baca juga: ...", "ADVERTISEMENT",
// "SCROLL TO CONTINUE WITH CONTENT", "Editor: ...", "Penulis: ...",
// photo credits, share prompts.
bool IsBoilerplateBlock(std::string_view block);

}  // namespace warta::html

#endif  // WARTA_HTML_BODY_EXTRACTOR_H_
