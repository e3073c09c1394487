#include "store/index_words.h"

#include <utility>

#include "text/char_class.h"
#include "text/utf8.h"

namespace warta::store {

StatusOr<IndexWords> IndexWords::Create(const MorphologyOptions& options) {
  StatusOr<RootWordStemmer> stemmer = RootWordStemmer::Create(options);
  if (!stemmer.ok()) return stemmer.status();
  return IndexWords(std::move(*stemmer));
}

void IndexWords::ForEach(
    std::string_view text,
    const std::function<bool(size_t, size_t, std::string_view)>& fn) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    char32_t cp = 0;
    size_t len = text::DecodeUtf8(text, i, &cp);
    if (len == 0) {  // not UTF-8: skip the byte
      ++i;
      continue;
    }
    if (!text::IsAlnum(cp) || text::Classify(cp) == text::CharClass::kMark) {
      i += len;
      continue;
    }
    const size_t begin = i;
    lower_.clear();
    while (i < n) {
      len = text::DecodeUtf8(text, i, &cp);
      if (len == 0 || !text::IsAlnum(cp)) break;
      if (lower_.size() + len <= kMaxIndexWordBytes) {
        if (cp < 128) {
          lower_ += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        } else {
          text::AppendUtf8(text::ToLower(cp), &lower_);
        }
      }
      i += len;
    }
    std::string_view root = stemmer_.Root(lower_);
    if (root.empty()) root = lower_;
    if (!fn(begin, i, root)) return;
  }
}

std::string IndexWords::Roots(std::string_view text) {
  std::string out;
  ForEach(text, [&](size_t, size_t, std::string_view root) {
    if (!out.empty()) out += ' ';
    out += root;
    return true;
  });
  return out;
}

}  // namespace warta::store
