#include "parser/transition_system.h"

#include <algorithm>
#include <cstdlib>

namespace warta::parser {

void Configuration::Reset(size_t n) {
  n_ = n;
  stack_.clear();
  buffer_ = 0;
  words_.assign(n + 1, WordState{});
}

bool Configuration::Valid(Move move) const {
  switch (move) {
    case Move::kShift:
      return buffer_ < root();
    case Move::kLeft:
      return !stack_.empty() && (buffer_ < root() || stack_.size() == 1);
    case Move::kRight:
      return stack_.size() >= 2;
  }
  return false;
}

void Configuration::Apply(Move move, uint8_t label) {
  if (move == Move::kShift) {
    stack_.push_back(buffer_++);
    return;
  }
  const int32_t dep = stack_.back();
  const int32_t head = HeadOf(move);
  stack_.pop_back();
  WordState& d = words_[static_cast<size_t>(dep)];
  d.head = head;
  d.label = label;
  WordState& h = words_[static_cast<size_t>(head)];
  // Stack words are popped nearest-first: a new left child of b0 is its
  // leftmost so far, a new right child of s1 its rightmost.
  if (move == Move::kLeft) {
    h.left2 = h.left1;
    h.left1 = dep;
    if (h.left_count < 255) ++h.left_count;
  } else {
    h.right2 = h.right1;
    h.right1 = dep;
    if (h.right_count < 255) ++h.right_count;
  }
}

namespace {

// Gold dependents of `w` still in the buffer (b0 and after).
int DependentsInBuffer(const Configuration& c, int32_t w, std::span<const int32_t> gold) {
  int cost = 0;
  for (int32_t d = c.Buffer(0); d >= 0 && d < c.root(); ++d)
    cost += gold[static_cast<size_t>(d)] == w;
  return cost;
}

}  // namespace

int MoveCost(const Configuration& c, Move move, std::span<const int32_t> gold) {
  const int32_t b0 = c.Buffer(0);
  if (move == Move::kShift) {
    // b0 goes onto the stack: it can no longer take a stack word as a
    // dependent, nor a head below s0.
    int cost = 0;
    const std::vector<int32_t>& stack = c.stack();
    for (size_t k = 0; k < stack.size(); ++k) {
      const int32_t s = stack[k];
      cost += gold[static_cast<size_t>(s)] == b0;
      if (k + 1 < stack.size()) cost += gold[static_cast<size_t>(b0)] == s;
    }
    return cost;
  }
  const int32_t s0 = c.Stack(0);
  const int32_t s1 = c.Stack(1);
  const int32_t h = gold[static_cast<size_t>(s0)];
  // s0 leaves the stack: its dependents in the buffer are lost, and its head
  // unless it is the one this move gives.
  int cost = DependentsInBuffer(c, s0, gold);
  if (move == Move::kLeft) {
    cost += h != b0 && (h == s1 || h > b0);
  } else {
    cost += h >= b0;
  }
  return cost;
}

Move StaticOracle(const Configuration& c, std::span<const int32_t> gold) {
  const int32_t s0 = c.Stack(0);
  if (s0 >= 0 && DependentsInBuffer(c, s0, gold) == 0) {
    const int32_t h = gold[static_cast<size_t>(s0)];
    if (h == c.Buffer(0) && c.Valid(Move::kLeft)) return Move::kLeft;
    if (h == c.Stack(1)) return Move::kRight;
  }
  return Move::kShift;
}

namespace {

bool Dominates(std::span<const int32_t> heads, int32_t ancestor, int32_t w) {
  const auto n = static_cast<int32_t>(heads.size());
  for (int32_t steps = 0; w >= 0 && w < n && steps <= n; ++steps) {
    w = heads[static_cast<size_t>(w)];
    if (w == ancestor) return true;
  }
  return false;
}

bool ArcIsProjective(std::span<const int32_t> heads, int32_t d) {
  const int32_t h = heads[static_cast<size_t>(d)];
  for (int32_t k = std::min(h, d) + 1; k < std::max(h, d); ++k)
    if (!Dominates(heads, h, k)) return false;
  return true;
}

}  // namespace

bool IsProjective(std::span<const int32_t> heads) {
  for (int32_t d = 0; d < static_cast<int32_t>(heads.size()); ++d)
    if (!ArcIsProjective(heads, d)) return false;
  return true;
}

int Projectivize(std::vector<int32_t>* heads) {
  std::vector<int32_t>& h = *heads;
  const auto n = static_cast<int32_t>(h.size());
  int lifted = 0;
  while (lifted <= 4 * n) {
    int32_t shortest = -1;
    for (int32_t d = 0; d < n; ++d) {
      if (ArcIsProjective(h, d)) continue;
      if (shortest < 0 || std::abs(h[static_cast<size_t>(d)] - d) <
                              std::abs(h[static_cast<size_t>(shortest)] - shortest))
        shortest = d;
    }
    if (shortest < 0) break;
    const int32_t head = h[static_cast<size_t>(shortest)];
    if (head >= n) break;  // an arc from the root spans nothing it lacks
    h[static_cast<size_t>(shortest)] = h[static_cast<size_t>(head)];
    ++lifted;
  }
  return lifted;
}

}  // namespace warta::parser
