#include "parser/punctuation_attachment.h"

#include <cstddef>

namespace warta::parser {
namespace {

bool IsQuotationMark(std::string_view w) {
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "``" || w == "''";
}
bool IsOpeningBracket(std::string_view w) { return w == "(" || w == "["; }
bool IsClosingBracket(std::string_view w) { return w == ")" || w == "]"; }

class Attacher {
 public:
  Attacher(std::span<const std::string_view> words, std::span<const Upos> upos,
           std::vector<int32_t>* heads, std::vector<uint8_t>* deprels, std::vector<bool>* placed)
      : words_(words),
        upos_(upos),
        heads_(*heads),
        deprels_(*deprels),
        placed_(placed),
        punct_(DeprelId("punct")) {}

  void Run() {
    const size_t n = heads_.size();
    // Brackets: each "(" with the first ")" after it.
    for (size_t i = 0; i < n; ++i) {
      if (!IsOpeningBracket(words_[i])) continue;
      for (size_t j = i + 1; j < n; ++j) {
        if (IsOpeningBracket(words_[j])) break;
        if (IsClosingBracket(words_[j])) {
          AttachPair(i, j);
          break;
        }
      }
    }
    // Quotation marks, paired in order.
    size_t open = n;
    for (size_t i = 0; i < n; ++i) {
      if (!IsQuotationMark(words_[i])) continue;
      if (open == n) {
        open = i;
      } else {
        AttachPair(open, i);
        open = n;
      }
    }
    // The last mark, to the root.
    const size_t last = n - 1;
    const std::string_view w = words_[last];
    if (n > 1 && IsPunctuation(last) && !IsQuotationMark(w) && !IsClosingBracket(w)) {
      for (size_t r = 0; r < n; ++r)
        if (heads_[r] < 0) Attach(last, r);
    }
  }

 private:
  bool IsPunctuation(size_t i) const { return i < upos_.size() && upos_[i] == Upos::kPunct; }

  // Both marks of a pair to the one word between them whose head is
  // outside, if there is exactly one.
  void AttachPair(size_t open, size_t close) {
    size_t head = heads_.size();
    for (size_t k = open + 1; k < close; ++k) {
      if (IsPunctuation(k)) continue;
      const int32_t h = heads_[k];
      if (h >= static_cast<int32_t>(open) && h <= static_cast<int32_t>(close)) continue;
      if (head != heads_.size()) return;  // two heads
      head = k;
    }
    if (head == heads_.size()) return;
    Attach(open, head);
    Attach(close, head);
  }

  // Mark p to head h, unless p is the root, or h is p or below it.
  void Attach(size_t p, size_t h) {
    if (!IsPunctuation(p) || heads_[p] < 0) return;
    int32_t up = static_cast<int32_t>(h);
    for (size_t steps = 0; up >= 0 && steps <= heads_.size(); ++steps) {
      if (up == static_cast<int32_t>(p)) return;
      up = heads_[static_cast<size_t>(up)];
    }
    heads_[p] = static_cast<int32_t>(h);
    deprels_[p] = punct_;
    if (placed_ != nullptr) (*placed_)[p] = true;
  }

  std::span<const std::string_view> words_;
  std::span<const Upos> upos_;
  std::vector<int32_t>& heads_;
  std::vector<uint8_t>& deprels_;
  std::vector<bool>* placed_;
  const uint8_t punct_;
};

}  // namespace

void AttachPunctuation(std::span<const std::string_view> words, std::span<const Upos> upos,
                       std::vector<int32_t>* heads, std::vector<uint8_t>* deprels,
                       std::vector<bool>* placed) {
  if (placed != nullptr) placed->assign(heads->size(), false);
  if (heads->empty() || words.size() != heads->size() || deprels->size() != heads->size()) return;
  Attacher(words, upos, heads, deprels, placed).Run();
}

}  // namespace warta::parser
