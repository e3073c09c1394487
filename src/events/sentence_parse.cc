#include "events/sentence_parse.h"

#include <algorithm>

#include "text/ascii.h"

namespace warta::events {

SentenceParse::SentenceParse(const Document& doc, const Sentence& sentence)
    : doc_(doc), begin_(sentence.token_begin), end_(sentence.token_end) {
  const uint32_t n = end_ - begin_;
  offsets_.assign(n + 1, 0);
  for (uint32_t k = begin_; k < end_; ++k)
    if (uint32_t h = Head(k); h != kNoIndex) ++offsets_[h - begin_ + 1];
  for (uint32_t i = 0; i < n; ++i) offsets_[i + 1] += offsets_[i];
  dependents_.assign(offsets_[n], 0);
  std::vector<uint32_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (uint32_t k = begin_; k < end_; ++k)
    if (uint32_t h = Head(k); h != kNoIndex) dependents_[fill[h - begin_]++] = k;
}

uint32_t SentenceParse::Head(uint32_t k) const {
  const uint32_t h = doc_.tokens[k].head;
  return Contains(h) && h != k ? h : kNoIndex;
}

std::span<const uint32_t> SentenceParse::Dependents(uint32_t k) const {
  if (!Contains(k)) return {};
  const uint32_t i = k - begin_;
  return std::span<const uint32_t>(dependents_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
}

uint32_t SentenceParse::Dependent(uint32_t k,
                                  std::initializer_list<std::string_view> relations) const {
  for (uint32_t d : Dependents(k))
    if (std::find(relations.begin(), relations.end(), Relation(d)) != relations.end()) return d;
  return kNoIndex;
}

std::string SentenceParse::CaseOf(uint32_t k) const {
  for (uint32_t d : Dependents(k))
    if (UniversalRelation(d) == "case") return Lower(d);
  return std::string();
}

uint32_t SentenceParse::Marked(uint32_t k, std::string_view relation,
                               std::span<const std::string_view> cases) const {
  for (uint32_t d : Dependents(k)) {
    if (UniversalRelation(d) != relation) continue;
    const std::string c = CaseOf(d);
    if (std::find(cases.begin(), cases.end(), c) != cases.end()) return d;
  }
  return kNoIndex;
}

std::string SentenceParse::Lower(uint32_t k) const {
  return text::AsciiLower(doc_.Form(doc_.tokens[k]));
}

}  // namespace warta::events
