// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the root at the end of the buffer (Ballesteros and Nivre 2013),
// its dynamic oracle (Goldberg and Nivre 2013) and a static one.
//
// A sentence of n words is numbered 0..n-1; the artificial root is word n,
// the last item of the buffer. Moves:
//   SHIFT  moves the first buffer word onto the stack;
//   LEFT   pops the stack top s0 and makes the first buffer word (b0) its
//          head; with b0 the root, only when s0 is the stack's only word, so
//          that every sentence gets exactly one root;
//   RIGHT  pops s0 and makes the word below it (s1) its head.
// Parsing ends with an empty stack and only the root left in the buffer:
// 2n moves for n words, every word with a head.
//
// The oracles assume a projective gold tree: training trees are first made
// projective by Projectivize() (lifting the crossing arcs to an ancestor).
#ifndef WARTA_PARSER_TRANSITION_SYSTEM_H_
#define WARTA_PARSER_TRANSITION_SYSTEM_H_

#include <cstdint>
#include <span>
#include <vector>

namespace warta::parser {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kNumMoves = 3;

// What the parser knows about one word (or the root) so far.
struct WordState {
  int32_t head = -1;    // -1 while it has none
  uint8_t label = 0;    // the relation to its head (a label class id)
  // Leftmost and second-leftmost, rightmost and second-rightmost children.
  int32_t left1 = -1, left2 = -1, right1 = -1, right2 = -1;
  uint8_t left_count = 0, right_count = 0;
};

class Configuration {
 public:
  // The start of a sentence of n words: empty stack, buffer 0..n.
  void Reset(size_t n);
  size_t size() const { return n_; }
  int32_t root() const { return static_cast<int32_t>(n_); }

  bool Terminal() const { return stack_.empty() && buffer_ == root(); }
  bool Valid(Move move) const;
  // The head the arc of `move` gives s0 (LEFT: b0, RIGHT: s1).
  // REQUIRES: move is LEFT or RIGHT and valid.
  int32_t HeadOf(Move move) const {
    return move == Move::kLeft ? buffer_ : stack_[stack_.size() - 2];
  }
  // REQUIRES: Valid(move). `label` is kept for a LEFT or RIGHT arc.
  void Apply(Move move, uint8_t label);
  // Relabels the arc that gave `word` its head (the parser makes the move
  // first and labels its arc while it fetches the next move's weights).
  void SetLabel(int32_t word, uint8_t label) { words_[static_cast<size_t>(word)].label = label; }

  // The i-th stack word from the top (0 = s0), or -1.
  int32_t Stack(size_t i) const {
    return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1;
  }
  size_t stack_size() const { return stack_.size(); }
  // The i-th buffer item (0 = b0; the root is the last), or -1.
  int32_t Buffer(size_t i) const {
    const int64_t b = static_cast<int64_t>(buffer_) + static_cast<int64_t>(i);
    return b <= root() ? static_cast<int32_t>(b) : -1;
  }
  const WordState& word(int32_t i) const { return words_[static_cast<size_t>(i)]; }
  const std::vector<int32_t>& stack() const { return stack_; }

 private:
  size_t n_ = 0;
  std::vector<int32_t> stack_;
  int32_t buffer_ = 0;
  std::vector<WordState> words_;  // n + 1: the root last
};

// A gold head that is not known (MoveCost never counts that word's arc).
inline constexpr int32_t kUnknownHead = -2;

// How many arcs of the gold tree `move` makes unreachable from `c` (0: the
// best tree reachable stays as good). gold_heads[i] is word i's head, n for
// the root, or kUnknownHead. REQUIRES: Valid(move); a projective gold tree.
int MoveCost(const Configuration& c, Move move, std::span<const int32_t> gold_heads);

// The move that builds the gold tree: LEFT or RIGHT as soon as s0 has all
// its dependents and its head is there, else SHIFT. REQUIRES: projective.
Move StaticOracle(const Configuration& c, std::span<const int32_t> gold_heads);

// True if no arc crosses another and no arc spans the root word (heads as
// for MoveCost: n for the root).
bool IsProjective(std::span<const int32_t> heads);

// Makes a tree projective by lifting (Nivre and Nilsson 2005): while an arc
// h -> d spans a word h does not dominate, the shortest such arc is
// reattached to h's head. Relations are kept. Returns how many arcs were
// lifted.
int Projectivize(std::vector<int32_t>* heads);

}  // namespace warta::parser

#endif  // WARTA_PARSER_TRANSITION_SYSTEM_H_
