#include "parser/transition_system.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "parser/treebank.h"

namespace warta::parser {
namespace {

// Gold heads as the oracle reads them: n for the root.
std::vector<int32_t> OracleHeads(const std::vector<int32_t>& heads) {
  std::vector<int32_t> out;
  for (int32_t h : heads) out.push_back(h < 0 ? static_cast<int32_t>(heads.size()) : h);
  return out;
}

// A random projective tree over words [begin, end) whose root hangs from
// `head`: a root word is picked, and each side is split into subtrees.
void RandomProjective(int32_t begin, int32_t end, int32_t head, std::mt19937* rng,
                      std::vector<int32_t>* heads) {
  if (begin >= end) return;
  const int32_t root = begin + static_cast<int32_t>((*rng)() % static_cast<uint32_t>(end - begin));
  (*heads)[static_cast<size_t>(root)] = head;
  // Left of the root: consecutive spans, each a subtree of the root.
  for (int32_t b = begin; b < root;) {
    const int32_t e = b + 1 + static_cast<int32_t>((*rng)() % static_cast<uint32_t>(root - b));
    RandomProjective(b, e, root, rng, heads);
    b = e;
  }
  for (int32_t b = root + 1; b < end;) {
    const int32_t e = b + 1 + static_cast<int32_t>((*rng)() % static_cast<uint32_t>(end - b));
    RandomProjective(b, e, root, rng, heads);
    b = e;
  }
}

// Runs `choose` from the start to the end; returns the heads built (n for
// the root), or {} if it took more than 2n moves or an invalid one.
template <typename Choose>
std::vector<int32_t> RunMoves(size_t n, Choose&& choose) {
  Configuration c;
  c.Reset(n);
  for (size_t step = 0; !c.Terminal(); ++step) {
    const Move m = choose(c);
    if (step >= 2 * n || !c.Valid(m)) return {};
    c.Apply(m, 0);
  }
  std::vector<int32_t> heads;
  for (size_t i = 0; i < n; ++i) heads.push_back(c.word(static_cast<int32_t>(i)).head);
  return heads;
}

std::vector<std::vector<int32_t>> TestTrees() {
  std::vector<std::vector<int32_t>> trees;
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/tests/fixtures/tiny-dep.conllu");
  std::vector<Tree> fixture;
  EXPECT_TRUE(ReadTrees(in, "tiny-dep.conllu", &fixture).ok());
  for (const Tree& t : fixture) trees.push_back(OracleHeads(t.heads));
  std::mt19937 rng(7);
  for (int k = 0; k < 300; ++k) {
    const auto n = static_cast<int32_t>(1 + rng() % 25);
    std::vector<int32_t> heads(static_cast<size_t>(n));
    RandomProjective(0, n, n, &rng, &heads);
    trees.push_back(heads);
  }
  return trees;
}

TEST(TransitionSystemTest, StaticOracleReproducesEveryProjectiveTree) {
  for (const auto& gold : TestTrees()) {
    ASSERT_TRUE(IsProjective(gold));
    EXPECT_EQ(RunMoves(gold.size(), [&](const Configuration& c) { return StaticOracle(c, gold); }),
              gold);
  }
}

TEST(TransitionSystemTest, ZeroCostMovesReproduceEveryProjectiveTree) {
  // Any move of cost 0 keeps the gold tree reachable: taking the last such
  // move (RIGHT before LEFT before SHIFT) must still build it.
  for (const auto& gold : TestTrees()) {
    auto choose = [&](const Configuration& c) {
      for (int m = kNumMoves - 1; m >= 0; --m) {
        const auto move = static_cast<Move>(m);
        if (c.Valid(move) && MoveCost(c, move, gold) == 0) return move;
      }
      return Move::kShift;
    };
    EXPECT_EQ(RunMoves(gold.size(), choose), gold);
  }
}

TEST(TransitionSystemTest, DynamicOracleCostsOnAHandTree) {
  // Words a b c d; a <- b, c <- d, d <- b, b is the root (head 4).
  const std::vector<int32_t> gold = {1, 4, 3, 1};
  Configuration c;
  c.Reset(4);
  c.Apply(Move::kShift, 0);  // stack [a], buffer b c d root
  EXPECT_EQ(MoveCost(c, Move::kLeft, gold), 0);   // a <- b
  EXPECT_EQ(MoveCost(c, Move::kShift, gold), 1);  // loses a <- b
  EXPECT_FALSE(c.Valid(Move::kRight));
  c.Apply(Move::kLeft, 0);   // stack [], buffer b c d root
  c.Apply(Move::kShift, 0);  // stack [b], buffer c d root
  EXPECT_EQ(MoveCost(c, Move::kShift, gold), 0);
  EXPECT_EQ(MoveCost(c, Move::kLeft, gold), 2);  // b <- c: loses d <- b and b's root arc
  c.Apply(Move::kShift, 0);  // stack [b c], buffer d root
  EXPECT_EQ(MoveCost(c, Move::kLeft, gold), 0);   // c <- d
  EXPECT_EQ(MoveCost(c, Move::kRight, gold), 1);  // b -> c instead of d -> c
  EXPECT_EQ(MoveCost(c, Move::kShift, gold), 2);  // loses c <- d and d <- b
  // A wrong move makes a config whose costs count only what is still
  // reachable: after b -> c, c's arc is lost already and costs nothing more.
  Configuration wrong = c;
  wrong.Apply(Move::kRight, 0);  // stack [b], buffer d root
  EXPECT_EQ(MoveCost(wrong, Move::kShift, gold), 0);
  EXPECT_EQ(MoveCost(wrong, Move::kLeft, gold), 2);
}

TEST(TransitionSystemTest, AnUnknownHeadCostsNothing) {
  // As above, but c's head is unknown (the punctuation of older trees):
  // no move loses c's arc; d's arcs still count.
  const std::vector<int32_t> gold = {1, 4, kUnknownHead, 1};
  Configuration c;
  c.Reset(4);
  c.Apply(Move::kShift, 0);
  c.Apply(Move::kLeft, 0);
  c.Apply(Move::kShift, 0);
  c.Apply(Move::kShift, 0);  // stack [b c], buffer d root
  EXPECT_EQ(MoveCost(c, Move::kLeft, gold), 0);
  EXPECT_EQ(MoveCost(c, Move::kRight, gold), 0);
  EXPECT_EQ(MoveCost(c, Move::kShift, gold), 1);  // only d <- b is lost
}

TEST(TransitionSystemTest, OnlyOneWordTakesTheRoot) {
  Configuration c;
  c.Reset(2);
  c.Apply(Move::kShift, 0);
  c.Apply(Move::kShift, 0);  // stack [0 1], buffer root
  EXPECT_FALSE(c.Valid(Move::kShift));
  EXPECT_FALSE(c.Valid(Move::kLeft));  // 1 -> root would leave 0 a second root
  EXPECT_TRUE(c.Valid(Move::kRight));
  c.Apply(Move::kRight, 0);
  EXPECT_TRUE(c.Valid(Move::kLeft));
  c.Apply(Move::kLeft, 0);
  EXPECT_TRUE(c.Terminal());
  EXPECT_EQ(c.word(0).head, 2);
  EXPECT_EQ(c.word(1).head, 0);
}

TEST(TransitionSystemTest, NonProjectiveTreesAreLiftedForTraining) {
  // 0 <- 2, 1 <- 3, 3 <- 2, 2 is the root (4): the arc 3 -> 1 spans word 2,
  // which 3 does not dominate. Lifting hangs 1 from 3's head, 2.
  std::vector<int32_t> heads = {2, 3, 4, 2};
  EXPECT_FALSE(IsProjective(heads));
  EXPECT_EQ(Projectivize(&heads), 1);
  EXPECT_EQ(heads, (std::vector<int32_t>{2, 2, 4, 2}));
  EXPECT_TRUE(IsProjective(heads));
  // A word inside an arc's span that is the root is not dominated either.
  std::vector<int32_t> around_root = {2, 4, 1, 1};  // 0 <- 2 spans the root word 1
  EXPECT_FALSE(IsProjective(around_root));
  Projectivize(&around_root);
  EXPECT_TRUE(IsProjective(around_root));
  EXPECT_EQ(around_root, (std::vector<int32_t>{1, 4, 1, 1}));
}

}  // namespace
}  // namespace warta::parser
