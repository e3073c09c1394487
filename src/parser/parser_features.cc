#include "parser/parser_features.h"

#include <xxhash.h>

#include "parser/internal/feature_templates.h"

namespace warta::parser {
namespace {

using internal::FeatureWriter;
using internal::PosAtom;
using internal::WordAtom;

constexpr uint64_t kNoneAtom = 0x6e6f6e65ull;  // "none"
constexpr uint64_t kRootAtom = 0x726f6f74ull;  // "root"

}  // namespace

void SentenceAtoms::Prepare(const ParseInput& input) {
  const size_t n = input.words.size();
  word_.resize(n + 2);
  lemma_.resize(n + 2);
  upos_.resize(n + 2);
  for (size_t i = 0; i < n; ++i) {
    lower_.assign(input.words[i]);
    for (char& ch : lower_)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    word_[i] = XXH3_64bits(lower_.data(), lower_.size());
    const std::string_view lemma = i < input.lemmas.size() ? input.lemmas[i] : std::string_view();
    lemma_[i] = lemma.empty() ? word_[i] : XXH3_64bits_withSeed(lemma.data(), lemma.size(), 0x1e3a);
    upos_[i] = i < input.upos.size() ? static_cast<uint64_t>(input.upos[i]) + 1 : 1;
  }
  word_[n] = lemma_[n] = kRootAtom;
  upos_[n] = 40;
  word_[n + 1] = lemma_[n + 1] = kNoneAtom;
  upos_[n + 1] = 41;
}

void WordMoveFeatures(const SentenceAtoms& a, int32_t s0, int32_t s1, int32_t b0, int32_t b1,
                      int32_t b2, int32_t s2, uint64_t* out) {
  const WordAtom s0w{a.word(s0)}, s0l{a.lemma(s0)}, s1w{a.word(s1)};
  const WordAtom b0w{a.word(b0)}, b0l{a.lemma(b0)}, b1w{a.word(b1)};
  const PosAtom s0p{a.upos(s0)}, s1p{a.upos(s1)}, b0p{a.upos(b0)}, b1p{a.upos(b1)};
  FeatureWriter f(out);
  f.Add(s0w);
  f.Add(s0p);
  f.Add(s0w, s0p);
  f.Add(s0l);
  f.Add(s1w);
  f.Add(s1p);
  f.Add(s1w, s1p);
  f.Add(b0w);
  f.Add(b0p);
  f.Add(b0w, b0p);
  f.Add(b0l);
  f.Add(b1w);
  f.Add(b1p);
  f.Add(b1w, b1p);
  f.Add(PosAtom{a.upos(b2)});
  f.Add(PosAtom{a.upos(s2)});
}

size_t MoveFeatures(const Configuration& c, const SentenceAtoms& a, uint64_t* out) {
  WordMoveFeatures(a, c.Stack(0), c.Stack(1), c.Buffer(0), c.Buffer(1), c.Buffer(2), c.Stack(2),
                   out);
  size_t count = kNumWordMoveFeatures;
  count += ShapeMoveFeatures(c, a, out + count);
  count += RelationMoveFeatures(c, a, out + count);
  return count;
}

size_t ShapeMoveFeatures(const Configuration& c, const SentenceAtoms& a, uint64_t* out) {
  FeatureWriter f(out, kNumWordMoveFeatures);
  internal::ShapeTemplates(c, a, f);
  return f.count();
}

size_t RelationMoveFeatures(const Configuration& c, const SentenceAtoms& a, uint64_t* out) {
  FeatureWriter f(out, kNumWordMoveFeatures + kNumShapeMoveFeatures);
  internal::RelationTemplates(c, a, f);
  return f.count();
}

size_t LabelFeatures(const Configuration& c, const SentenceAtoms& a, Move move,
                     uint64_t* out) {
  FeatureWriter f(out);
  internal::LabelTemplates(c, a, move, f);
  return f.count();
}

}  // namespace warta::parser
