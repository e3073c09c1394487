// The parser's feature templates, written once for two readers: the
// hashing of parser_features.cc (what the model files key their weights
// by) and the parser's fast scoring (dependency_parser.cc), which looks the
// features made only of small atoms (parts of speech, relations, counts,
// distances) up by index in tables built from the model when it is loaded,
// and hashes only the others.
//
// Each template calls sink.Add() with one to three typed atoms; template
// numbers follow the order of the calls, starting after `first_template`
// templates (as FeatureWriter counts them).
#ifndef WARTA_PARSER_INTERNAL_FEATURE_TEMPLATES_H_
#define WARTA_PARSER_INTERNAL_FEATURE_TEMPLATES_H_

#include <cstdint>

#include "parser/parser_features.h"
#include "parser/transition_system.h"

namespace warta::parser::internal {

enum class AtomKind : uint8_t {
  kWord,      // a hash of a form or root word
  kPos,       // SentenceAtoms::upos(): UPOS + 1 (1..18), 40 the root, 41 none
  kRelation,  // a label class, 255 none
  kCount,     // a number of children, 0..255
  kDistance,  // Distance(): 0..7
  kDirection, // 1 LEFT, 2 RIGHT
  kDistanceDirection,  // Distance() * 4 + direction: 0..31
};

template <AtomKind K>
struct Atom {
  static constexpr AtomKind kKind = K;
  uint64_t value;
};
using WordAtom = Atom<AtomKind::kWord>;
using PosAtom = Atom<AtomKind::kPos>;
using RelationAtom = Atom<AtomKind::kRelation>;
using CountAtom = Atom<AtomKind::kCount>;
using DistanceAtom = Atom<AtomKind::kDistance>;
using DirectionAtom = Atom<AtomKind::kDirection>;
using DistanceDirectionAtom = Atom<AtomKind::kDistanceDirection>;

// The templates and their sinks are many small calls that only pay when
// inlined into one straight run of code.
#define WARTA_PARSER_INLINE inline __attribute__((always_inline))

// One step of a multiplicative hash (the finaliser of MurmurHash3): cheap,
// well mixed, the same everywhere.
WARTA_PARSER_INLINE uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// The start of the hash of template number t (1 for the first).
WARTA_PARSER_INLINE uint64_t TemplateSeed(uint64_t t) { return t * 0x2545F4914F6CDD1Dull; }

// Distance between two words as a small bucket: 1 2 3 4 5-6 7-9 10+.
WARTA_PARSER_INLINE uint64_t Distance(int32_t a, int32_t b) {
  if (a < 0 || b < 0) return 0;
  const int32_t d = b > a ? b - a : a - b;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// A sink that hashes: appends each feature's hash to `out`.
class FeatureWriter {
 public:
  // `first_template`: how many templates come before the first written.
  explicit FeatureWriter(uint64_t* out, uint64_t first_template = 0)
      : out_(out), template_(first_template) {}
  template <typename A>
  WARTA_PARSER_INLINE void Add(A a) {
    Put(Mix(Next(), a.value));
  }
  template <typename A, typename B>
  WARTA_PARSER_INLINE void Add(A a, B b) {
    Put(Mix(Mix(Next(), a.value), b.value));
  }
  template <typename A, typename B, typename C>
  WARTA_PARSER_INLINE void Add(A a, B b, C c) {
    Put(Mix(Mix(Mix(Next(), a.value), b.value), c.value));
  }
  size_t count() const { return count_; }

 private:
  WARTA_PARSER_INLINE uint64_t Next() { return TemplateSeed(++template_); }
  WARTA_PARSER_INLINE void Put(uint64_t f) { out_[count_++] = f; }
  uint64_t* out_;
  size_t count_ = 0;
  uint64_t template_;
};

// The move features after the single words' (template numbers from
// kNumWordMoveFeatures + 1): kNumShapeMoveFeatures of them.
template <typename Sink>
WARTA_PARSER_INLINE void ShapeTemplates(const Configuration& c, const SentenceAtoms& a, Sink& f) {
  const int32_t s0 = c.Stack(0), s1 = c.Stack(1), s2 = c.Stack(2);
  const int32_t b0 = c.Buffer(0), b1 = c.Buffer(1), b2 = c.Buffer(2);
  static const WordState kNoWord;
  auto state = [&](int32_t i) -> const WordState& { return i < 0 ? kNoWord : c.word(i); };
  const WordState& s0s = state(s0);
  const WordState& s1s = state(s1);
  const WordState& b0s = state(b0);

  const WordAtom s0w{a.word(s0)}, s0l{a.lemma(s0)};
  const WordAtom s1w{a.word(s1)}, s1l{a.lemma(s1)};
  const WordAtom b0w{a.word(b0)}, b0l{a.lemma(b0)};
  const PosAtom s0p{a.upos(s0)}, s1p{a.upos(s1)}, b0p{a.upos(b0)};
  const PosAtom b1p{a.upos(b1)}, b2p{a.upos(b2)}, s2p{a.upos(s2)};
  const PosAtom s0L1p{a.upos(s0s.left1)}, s0R1p{a.upos(s0s.right1)};
  const PosAtom s1R1p{a.upos(s1s.right1)}, s1L1p{a.upos(s1s.left1)};
  const PosAtom b0L1p{a.upos(b0s.left1)};

  // Pairs: s0 with b0 (LEFT and SHIFT) and s1 with s0 (RIGHT).
  f.Add(s0w, b0w);
  f.Add(s0p, b0p);
  f.Add(s0w, s0p, b0p);
  f.Add(s0p, b0w, b0p);
  f.Add(s0l, b0l);
  f.Add(s0l, b0p);
  f.Add(s0p, b0l);
  f.Add(s1w, s0w);
  f.Add(s1p, s0p);
  f.Add(s1w, s1p, s0p);
  f.Add(s1p, s0w, s0p);
  f.Add(s1l, s0l);
  f.Add(s1l, s0p);
  f.Add(s1p, s0l);
  f.Add(s1p, b0p);
  f.Add(s1l, b0l);
  // Three parts of speech.
  f.Add(b0p, b1p);
  f.Add(b0p, b1p, b2p);
  f.Add(s0p, b0p, b1p);
  f.Add(s1p, s0p, b0p);
  f.Add(s2p, s1p, s0p);
  f.Add(s0p, s0L1p, b0p);
  f.Add(s0p, s0R1p, b0p);
  f.Add(s0p, b0p, b0L1p);
  f.Add(s1p, s1R1p, s0p);
  f.Add(s1p, s1L1p, s0p);
  f.Add(s1p, s0p, s0R1p);
  f.Add(s1p, s0p, s0L1p);
  // Distance.
  const DistanceAtom d01{Distance(s0, b0)}, d10{Distance(s1, s0)};
  f.Add(d01, s0p, b0p);
  f.Add(d01, s0w, b0p);
  f.Add(d01, s0p, b0w);
  f.Add(d10, s1p, s0p);
  f.Add(d10, s1w, s0p);
  // Valency.
  f.Add(s0p, CountAtom{s0s.left_count}, CountAtom{s0s.right_count});
  f.Add(s0w, CountAtom{s0s.right_count});
  f.Add(s1p, CountAtom{s1s.left_count}, CountAtom{s1s.right_count});
  f.Add(b0p, CountAtom{b0s.left_count});
}

// The last move features: the relations of s0's, s1's and b0's children
// (kNumRelationMoveFeatures).
template <typename Sink>
WARTA_PARSER_INLINE void RelationTemplates(const Configuration& c, const SentenceAtoms& a, Sink& f) {
  const int32_t s0 = c.Stack(0), s1 = c.Stack(1), b0 = c.Buffer(0);
  static const WordState kNoWord;
  auto state = [&](int32_t i) -> const WordState& { return i < 0 ? kNoWord : c.word(i); };
  const WordState& s0s = state(s0);
  const WordState& s1s = state(s1);
  const WordState& b0s = state(b0);
  auto label = [&](int32_t i) { return RelationAtom{i < 0 ? 255u : c.word(i).label}; };
  const WordAtom s0w{a.word(s0)}, s1w{a.word(s1)};
  const PosAtom s0p{a.upos(s0)}, s1p{a.upos(s1)}, b0p{a.upos(b0)};

  f.Add(s0p, label(s0s.left1), label(s0s.left2));
  f.Add(s0p, label(s0s.right1), label(s0s.right2));
  f.Add(s1p, label(s1s.right1), label(s1s.left1));
  f.Add(b0p, label(b0s.left1), label(b0s.left2));
  f.Add(s0w, label(s0s.right1));
  f.Add(s1w, label(s1s.right1));
}

// The relation model's features of the arc head -> dep (dep is s0; `move`
// LEFT or RIGHT), template numbers from 1.
template <typename Sink>
WARTA_PARSER_INLINE void LabelTemplates(const Configuration& c, const SentenceAtoms& a, Move move, Sink& f) {
  const int32_t d = c.Stack(0);
  const int32_t h = c.HeadOf(move);
  const WordState& ds = c.word(d);
  const WordState& hs = c.word(h);
  auto label = [&](int32_t i) { return RelationAtom{i < 0 ? 255u : c.word(i).label}; };
  const uint64_t direction = move == Move::kLeft ? 1 : 2;
  const DirectionAtom dir{direction};
  const WordAtom dw{a.word(d)}, dl{a.lemma(d)};
  const WordAtom hw{a.word(h)}, hl{a.lemma(h)};
  const PosAtom dp{a.upos(d)}, hp{a.upos(h)};
  const int32_t before = d > 0 ? d - 1 : -1;
  const int32_t after = d + 1 < static_cast<int32_t>(a.size()) ? d + 1 : -1;

  f.Add(dir, dp);
  f.Add(dir, dw);
  f.Add(dir, dl);
  f.Add(dir, hp);
  f.Add(dir, hw);
  f.Add(dir, hl);
  f.Add(dir, hp, dp);
  f.Add(dir, hw, dp);
  f.Add(dir, hp, dw);
  f.Add(hl, dl);
  f.Add(dir, hl, dp);
  f.Add(dir, hp, dl);
  f.Add(DistanceDirectionAtom{Distance(h, d) * 4 + direction}, hp, dp);
  // The dependent's own children: a case marker (di, oleh, dengan) or a
  // relative pronoun (yang) decides much.
  f.Add(dp, WordAtom{a.lemma(ds.left1)});
  f.Add(hp, dp, WordAtom{a.lemma(ds.left1)});
  f.Add(dp, label(ds.left1), label(ds.left2));
  f.Add(dp, label(ds.right1), label(ds.right2));
  f.Add(dp, PosAtom{a.upos(ds.left1)}, PosAtom{a.upos(ds.right1)});
  f.Add(dp, CountAtom{ds.left_count}, CountAtom{ds.right_count});
  f.Add(dl, WordAtom{a.lemma(ds.left2)});
  // The head's children so far (a subject or object already there).
  f.Add(dir, hp, label(move == Move::kLeft ? hs.left1 : hs.right1));
  // Neighbours of the dependent.
  f.Add(dp, PosAtom{a.upos(before)}, PosAtom{a.upos(after)});
  f.Add(dw, PosAtom{a.upos(after)});
  f.Add(dir, dp, WordAtom{a.word(before)});
}

}  // namespace warta::parser::internal

#endif  // WARTA_PARSER_INTERNAL_FEATURE_TEMPLATES_H_
