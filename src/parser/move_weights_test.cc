#include "parser/move_weights.h"

#include <gtest/gtest.h>

#include <vector>

namespace warta::parser {
namespace {

// splitmix64, for keys and weights that are the same on every run.
uint64_t Next(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

TEST(FeatureFilterTest, KeepsEveryKeyAndTurnsAwayMostOthers) {
  FeatureFilter filter;
  filter.Reset(20000);
  uint64_t state = 1;
  std::vector<uint64_t> keys;
  for (int i = 0; i < 20000; ++i) keys.push_back(Next(&state));
  for (uint64_t k : keys) filter.Add(k);
  for (uint64_t k : keys) ASSERT_TRUE(filter.MayHave(k));
  int passed = 0;
  for (int i = 0; i < 100000; ++i) passed += filter.MayHave(Next(&state));
  EXPECT_LT(passed, 10000);  // about 5 %
}

// A model of `num_tags` classes whose features have 1 to num_tags weights.
tagger::LinearModel RandomModel(size_t num_tags, size_t num_features, uint64_t* state,
                                std::vector<uint64_t>* features) {
  tagger::LinearModel model(num_tags);
  std::vector<tagger::LinearModel::Pair> pairs;
  for (size_t i = 0; i < num_features; ++i) {
    const uint64_t f = Next(state);
    features->push_back(f);
    pairs.clear();
    const size_t n = 1 + Next(state) % num_tags;
    for (size_t t = 0; t < num_tags && pairs.size() < n; ++t)
      if (Next(state) % 2 == 0 || num_tags - t <= n - pairs.size())
        pairs.push_back({static_cast<uint8_t>(t),
                         static_cast<float>(static_cast<int64_t>(Next(state) % 2001) - 1000) / 997});
    model.AddFeature(f, pairs);
  }
  model.Finish();
  return model;
}

TEST(MoveWeightsTest, ScoresAsTheLinearModel) {
  uint64_t state = 2;
  std::vector<uint64_t> features;
  const tagger::LinearModel model = RandomModel(kNumMoves, 5000, &state, &features);
  const MoveWeights weights(model);
  for (int i = 0; i < 200; ++i) features.push_back(Next(&state));  // not in the model
  for (size_t start = 0; start + 59 <= features.size(); start += 37) {
    const std::span<const uint64_t> some(features.data() + start, 59);
    float want[kNumMoves] = {0, 0, 0}, got[kNumMoves] = {0, 0, 0};
    model.Score(some, want);
    weights.Score(some, got);
    for (int m = 0; m < kNumMoves; ++m) ASSERT_EQ(got[m], want[m]);
  }
}

TEST(LabelWeightsTest, ScoresAsTheLinearModelWithRowsAndPairs) {
  uint64_t state = 3;
  std::vector<uint64_t> features;
  const size_t num_tags = 45;
  const tagger::LinearModel model = RandomModel(num_tags, 3000, &state, &features);
  const LabelWeights weights(model);
  ASSERT_EQ(weights.stride(), 48u);
  for (int i = 0; i < 100; ++i) features.push_back(Next(&state));
  for (size_t start = 0; start + 24 <= features.size(); start += 17) {
    const std::span<const uint64_t> some(features.data() + start, 24);
    std::vector<float> want(weights.stride()), got(weights.stride());
    model.ScoreSparse(some, want.data());
    weights.Prefetch(some);
    weights.Score(some, got.data());
    ASSERT_EQ(got, want);
  }
}

}  // namespace
}  // namespace warta::parser
