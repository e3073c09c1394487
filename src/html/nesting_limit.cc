#include "html/nesting_limit.h"

#include <algorithm>

namespace warta::html {
namespace {

bool EqualsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

bool NestsWithoutCount(std::string_view name) {
  // Void elements (HTML Living Standard, 13.1.2), elements of text only,
  // then the elements whose end tags may be omitted (13.1.2.4), html/head/
  // body among them.
  static constexpr std::string_view kUncounted[] = {
      "script", "style", "textarea", "title", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame",
      "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr",
      "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
      "rtc", "rp"};
  return std::any_of(std::begin(kUncounted), std::end(kUncounted),
                     [&](std::string_view u) { return EqualsNoCase(name, u); });
}

bool NestingLimit::KeepStart(std::string_view name, bool self_closing) {
  if (NestsWithoutCount(name)) return true;
  // "/>" closes an element only in SVG and MathML; an HTML <div/> opens one.
  if (self_closing && foreign_from_ != 0) return depth_ < kMaxNesting;
  ++depth_;
  deepest_ = std::max(deepest_, depth_);
  if (foreign_from_ == 0 && (EqualsNoCase(name, "svg") || EqualsNoCase(name, "math")))
    foreign_from_ = depth_;
  return depth_ <= kMaxNesting;
}

bool NestingLimit::KeepEnd(std::string_view name) {
  if (NestsWithoutCount(name)) return true;
  const bool keep = depth_ <= kMaxNesting;
  if (depth_ == foreign_from_) foreign_from_ = 0;
  if (depth_ > 0) --depth_;
  return keep;
}

}  // namespace warta::html
