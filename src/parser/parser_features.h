// Features of the dependency parser: hashed conjunctions of what the
// configuration shows (Zhang and Nivre 2011, trimmed for speed).
//
// Each word is described by three atoms: its form (lowercased), its root
// word (from morphology) and its UPOS (from the tagger). The move model
// reads the atoms of s0, s1, s2, b0, b1, b2 and of the leftmost and
// rightmost children of s0, s1 and b0, the children's relations, the
// distance between s0 and b0 (s1 and s0) and how many children s0, s1 and
// b0 have. The label model, scored only when an arc is made, reads the
// head and the dependent (whose children are all attached by then: arc-hybrid
// pops a word when it is complete).
//
// Hashes are plain arithmetic over XXH3 of the strings: the same on every
// machine, so model files carry them as they are.
#ifndef WARTA_PARSER_PARSER_FEATURES_H_
#define WARTA_PARSER_PARSER_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parser/transition_system.h"
#include "warta/document.h"

namespace warta::parser {

// One sentence as the parser reads it.
struct ParseInput {
  std::span<const std::string_view> words;
  std::span<const std::string_view> lemmas;  // root words; may be empty
  std::span<const Upos> upos;
};

// The atoms of every word of a sentence, the root (index n) and "none"
// (index n + 1), computed once per sentence.
class SentenceAtoms {
 public:
  void Prepare(const ParseInput& input);
  size_t size() const { return upos_.size() - 2; }
  // i = -1 means none.
  uint64_t word(int32_t i) const { return word_[Index(i)]; }
  uint64_t lemma(int32_t i) const { return lemma_[Index(i)]; }
  uint64_t upos(int32_t i) const { return upos_[Index(i)]; }
  // Where word i's atoms are kept: i itself, the root n, "none" (i = -1)
  // n + 1.
  size_t Index(int32_t i) const {
    return i < 0 ? upos_.size() - 1 : static_cast<size_t>(i);
  }

 private:
  std::vector<uint64_t> word_, lemma_, upos_;
  std::string lower_;
};

// Up to this many features a move or a label.
inline constexpr size_t kMaxMoveFeatures = 64;
inline constexpr size_t kMaxLabelFeatures = 32;

// Writes the move model's features of `c` to out (kMaxMoveFeatures room);
// returns how many. They are, in this order, the features of single words
// (WordMoveFeatures), of the stack, buffer and tree shape
// (ShapeMoveFeatures) and of the children's relations
// (RelationMoveFeatures).
size_t MoveFeatures(const Configuration& c, const SentenceAtoms& atoms, uint64_t* out);

// The first features of a move read one word each: s0 (4), s1 (3), b0 (4),
// b1 (3), b2 (1), s2 (1), in this order. Word indices as Configuration's
// Stack() and Buffer() give them (-1: none). Written to
// out[0..kNumWordMoveFeatures). Given one word in every role, they are that
// word's features wherever it stands, which the parser looks up once per
// sentence.
inline constexpr size_t kNumWordMoveFeatures = 16;
void WordMoveFeatures(const SentenceAtoms& atoms, int32_t s0, int32_t s1, int32_t b0, int32_t b1,
                      int32_t b2, int32_t s2, uint64_t* out);

// The move features that combine words, their distance and their
// children's positions and counts, but no relation: they are known as soon
// as a move is made, before its arc is labelled. Writes
// kNumShapeMoveFeatures; returns how many.
inline constexpr size_t kNumShapeMoveFeatures = 37;
size_t ShapeMoveFeatures(const Configuration& c, const SentenceAtoms& atoms, uint64_t* out);

// The move features that read the relations of s0's, s1's and b0's
// children: the last ones. Writes kNumRelationMoveFeatures; returns how
// many.
inline constexpr size_t kNumRelationMoveFeatures = 6;
size_t RelationMoveFeatures(const Configuration& c, const SentenceAtoms& atoms, uint64_t* out);

// Writes the label model's features of the arc head -> dep (dep is s0;
// `move` LEFT or RIGHT) to out (kMaxLabelFeatures room); returns how many.
size_t LabelFeatures(const Configuration& c, const SentenceAtoms& atoms, Move move,
                     uint64_t* out);

}  // namespace warta::parser

#endif  // WARTA_PARSER_PARSER_FEATURES_H_
