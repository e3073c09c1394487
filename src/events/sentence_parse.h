// SentenceParse: the dependency tree of one sentence (Token::head,
// Token::deprel) with each word's dependents, for reading the arguments of
// an event off it.
#ifndef WARTA_EVENTS_SENTENCE_PARSE_H_
#define WARTA_EVENTS_SENTENCE_PARSE_H_

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "warta/document.h"

namespace warta::events {

class SentenceParse {
 public:
  // Token indices are those of Document::tokens.
  SentenceParse(const Document& doc, const Sentence& sentence);

  const Document& doc() const { return doc_; }
  bool Contains(uint32_t k) const { return k >= begin_ && k < end_; }
  // The head word, or kNoIndex for the root.
  uint32_t Head(uint32_t k) const;
  // The relation to the head, in full ("nsubj:pass").
  std::string_view Relation(uint32_t k) const { return DeprelName(doc_.tokens[k].deprel); }
  // The universal part of it ("nsubj").
  std::string_view UniversalRelation(uint32_t k) const {
    return UniversalDeprel(doc_.tokens[k].deprel);
  }
  std::span<const uint32_t> Dependents(uint32_t k) const;
  // The first dependent of k with one of these relations (full names), or
  // kNoIndex.
  uint32_t Dependent(uint32_t k, std::initializer_list<std::string_view> relations) const;
  // The lowercase form of k's case marker ("oleh", "kepada"), or "".
  std::string CaseOf(uint32_t k) const;
  // The first dependent of k with relation `relation` (its universal part)
  // whose case marker is one of `cases`, or kNoIndex.
  uint32_t Marked(uint32_t k, std::string_view relation,
                  std::span<const std::string_view> cases) const;
  uint32_t Marked(uint32_t k, std::string_view relation,
                  std::initializer_list<std::string_view> cases) const {
    return Marked(k, relation, std::span<const std::string_view>(cases.begin(), cases.size()));
  }
  std::string Lower(uint32_t k) const;

 private:
  const Document& doc_;
  uint32_t begin_, end_;
  // Dependents of each word, in text order: offsets_[k - begin_] ..
  // offsets_[k - begin_ + 1] into dependents_.
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> dependents_;
};

}  // namespace warta::events

#endif  // WARTA_EVENTS_SENTENCE_PARSE_H_
