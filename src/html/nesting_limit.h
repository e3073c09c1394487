// NestingLimit: keeps the element nesting a page hands to the HTML parser
// bounded. Gumbo looks through the stack of open elements at most tags, so
// its time grows with the number of tags times their depth: 200,000 nested
// <div>s (2 MB) took three minutes, and a page at the size limit would take
// hours. Start tags beyond kMaxNesting open elements (and the end tags that
// close them) are left out; their text stays, inside the deepest element
// kept, where the readers (which descend to html::kMaxDepth) still find it.
//
// The depth is counted on the tags as written, without the parser's rules:
// void elements (<br>, <img>), elements self-closed inside <svg> or <math>
// and elements whose end tag may be left out (<p>, <li>, <td>, <option>,
// ...) do not count, so pages that never close their paragraphs or cells
// do not look deep.
#ifndef WARTA_HTML_NESTING_LIMIT_H_
#define WARTA_HTML_NESTING_LIMIT_H_

#include <cstddef>
#include <string_view>

namespace warta::html {

// Far deeper than any news page nests (the deepest of the pages measured:
// docs/reliability.md), and below kMaxDepth, so deep text is still read.
inline constexpr size_t kMaxNesting = 256;

class NestingLimit {
 public:
  // A start tag named `name` (any case); false: leave it out.
  bool KeepStart(std::string_view name, bool self_closing);
  // An end tag named `name`; false: leave it out.
  bool KeepEnd(std::string_view name);

  // The deepest nesting seen, counted as above (kept tags or not).
  size_t deepest() const { return deepest_; }

 private:
  size_t depth_ = 0;
  size_t deepest_ = 0;
  size_t foreign_from_ = 0;  // depth of the open <svg> or <math>; 0: none
};

// True for elements that never nest as written: void elements, elements of
// text only (<script>, <title>) and those whose end tag the HTML standard
// lets a page leave out.
bool NestsWithoutCount(std::string_view name);

}  // namespace warta::html

#endif  // WARTA_HTML_NESTING_LIMIT_H_
