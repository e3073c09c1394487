#include "parser/parser_features.h"

#include <xxhash.h>

namespace warta::parser {
namespace {

constexpr uint64_t kNoneAtom = 0x6e6f6e65ull;  // "none"
constexpr uint64_t kRootAtom = 0x726f6f74ull;  // "root"

// One step of a multiplicative hash (the finaliser of MurmurHash3): cheap,
// well mixed, the same everywhere.
inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Distance between two words as a small bucket: 1 2 3 4 5-6 7-9 10+.
inline uint64_t Distance(int32_t a, int32_t b) {
  if (a < 0 || b < 0) return 0;
  const int32_t d = b > a ? b - a : a - b;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// Appends hashed features, each from its template number and up to three
// atoms; template numbers follow the order of the calls.
class FeatureWriter {
 public:
  // `first_template`: how many templates come before the first written.
  explicit FeatureWriter(uint64_t* out, uint64_t first_template = 0)
      : out_(out), template_(first_template) {}
  void Add(uint64_t a) { Put(Mix(Next(), a)); }
  void Add(uint64_t a, uint64_t b) { Put(Mix(Mix(Next(), a), b)); }
  void Add(uint64_t a, uint64_t b, uint64_t c) { Put(Mix(Mix(Mix(Next(), a), b), c)); }
  size_t count() const { return count_; }

 private:
  uint64_t Next() { return ++template_ * 0x2545F4914F6CDD1Dull; }
  void Put(uint64_t f) { out_[count_++] = f; }
  uint64_t* out_;
  size_t count_ = 0;
  uint64_t template_;
};

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
  const uint64_t s0w = a.word(s0), s0p = a.upos(s0), s0l = a.lemma(s0);
  const uint64_t s1w = a.word(s1), s1p = a.upos(s1);
  const uint64_t b0w = a.word(b0), b0p = a.upos(b0), b0l = a.lemma(b0);
  const uint64_t b1w = a.word(b1), b1p = a.upos(b1);
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
  f.Add(a.upos(b2));
  f.Add(a.upos(s2));
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
  const int32_t s0 = c.Stack(0), s1 = c.Stack(1), s2 = c.Stack(2);
  const int32_t b0 = c.Buffer(0), b1 = c.Buffer(1), b2 = c.Buffer(2);
  static const WordState kNoWord;
  auto state = [&](int32_t i) -> const WordState& { return i < 0 ? kNoWord : c.word(i); };
  const WordState& s0s = state(s0);
  const WordState& s1s = state(s1);
  const WordState& b0s = state(b0);

  const uint64_t s0w = a.word(s0), s0p = a.upos(s0), s0l = a.lemma(s0);
  const uint64_t s1w = a.word(s1), s1p = a.upos(s1), s1l = a.lemma(s1);
  const uint64_t b0w = a.word(b0), b0p = a.upos(b0), b0l = a.lemma(b0);
  const uint64_t b1p = a.upos(b1);
  const uint64_t b2p = a.upos(b2), s2p = a.upos(s2);
  const uint64_t s0L1p = a.upos(s0s.left1), s0R1p = a.upos(s0s.right1);
  const uint64_t s1R1p = a.upos(s1s.right1), s1L1p = a.upos(s1s.left1);
  const uint64_t b0L1p = a.upos(b0s.left1);

  // Template numbers go on from the single words'.
  FeatureWriter f(out, kNumWordMoveFeatures);
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
  const uint64_t d01 = Distance(s0, b0), d10 = Distance(s1, s0);
  f.Add(d01, s0p, b0p);
  f.Add(d01, s0w, b0p);
  f.Add(d01, s0p, b0w);
  f.Add(d10, s1p, s0p);
  f.Add(d10, s1w, s0p);
  // Valency.
  f.Add(s0p, s0s.left_count, s0s.right_count);
  f.Add(s0w, s0s.right_count);
  f.Add(s1p, s1s.left_count, s1s.right_count);
  f.Add(b0p, b0s.left_count);
  return f.count();
}

size_t RelationMoveFeatures(const Configuration& c, const SentenceAtoms& a, uint64_t* out) {
  const int32_t s0 = c.Stack(0), s1 = c.Stack(1), b0 = c.Buffer(0);
  static const WordState kNoWord;
  auto state = [&](int32_t i) -> const WordState& { return i < 0 ? kNoWord : c.word(i); };
  const WordState& s0s = state(s0);
  const WordState& s1s = state(s1);
  const WordState& b0s = state(b0);
  auto label = [&](int32_t i) -> uint64_t { return i < 0 ? 255 : c.word(i).label; };
  const uint64_t s0w = a.word(s0), s0p = a.upos(s0);
  const uint64_t s1w = a.word(s1), s1p = a.upos(s1);
  const uint64_t b0p = a.upos(b0);

  FeatureWriter f(out, kNumWordMoveFeatures + kNumShapeMoveFeatures);
  // Children's relations.
  f.Add(s0p, label(s0s.left1), label(s0s.left2));
  f.Add(s0p, label(s0s.right1), label(s0s.right2));
  f.Add(s1p, label(s1s.right1), label(s1s.left1));
  f.Add(b0p, label(b0s.left1), label(b0s.left2));
  f.Add(s0w, label(s0s.right1));
  f.Add(s1w, label(s1s.right1));
  return f.count();
}

size_t LabelFeatures(const Configuration& c, const SentenceAtoms& a, Move move,
                     uint64_t* out) {
  const int32_t d = c.Stack(0);
  const int32_t h = c.HeadOf(move);
  const WordState& ds = c.word(d);
  const WordState& hs = c.word(h);
  auto label = [&](int32_t i) -> uint64_t { return i < 0 ? 255 : c.word(i).label; };
  const uint64_t dir = move == Move::kLeft ? 1 : 2;
  const uint64_t dw = a.word(d), dp = a.upos(d), dl = a.lemma(d);
  const uint64_t hw = a.word(h), hp = a.upos(h), hl = a.lemma(h);
  const int32_t before = d > 0 ? d - 1 : -1;
  const int32_t after = d + 1 < static_cast<int32_t>(a.size()) ? d + 1 : -1;

  FeatureWriter f(out);
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
  f.Add(Distance(h, d) * 4 + dir, hp, dp);
  // The dependent's own children: a case marker (di, oleh, dengan) or a
  // relative pronoun (yang) decides much.
  f.Add(dp, a.lemma(ds.left1));
  f.Add(hp, dp, a.lemma(ds.left1));
  f.Add(dp, label(ds.left1), label(ds.left2));
  f.Add(dp, label(ds.right1), label(ds.right2));
  f.Add(dp, a.upos(ds.left1), a.upos(ds.right1));
  f.Add(dp, ds.left_count, ds.right_count);
  f.Add(dl, a.lemma(ds.left2));
  // The head's children so far (a subject or object already there).
  f.Add(dir, hp, label(move == Move::kLeft ? hs.left1 : hs.right1));
  // Neighbours of the dependent.
  f.Add(dp, a.upos(before), a.upos(after));
  f.Add(dw, a.upos(after));
  f.Add(dir, dp, a.word(before));
  return f.count();
}

}  // namespace warta::parser
