#include "util/probing_table.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace warta::util {
namespace {

struct Slot {
  uint64_t key = 0;
  int value = 0;
};

// Checked against std::map as a reference, through several growths.
TEST(ProbingTableTest, AgreesWithAMapThroughGrowth) {
  ProbingTable<Slot> table;
  std::map<uint64_t, int> reference;
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int n = 0; n < 5000; ++n) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const uint64_t key = x % 3000 == 0 ? 0 : x & 0xFFFFF;  // repeats, and key 0
    bool inserted;
    Slot& s = table.FindOrInsert(key, &inserted);
    EXPECT_EQ(inserted, reference.count(key) == 0);
    s.value += 1;
    reference[key] += 1;
  }
  EXPECT_EQ(table.size(), reference.size());
  EXPECT_LE(table.size() * 8, table.capacity() * 5);
  for (const auto& [key, value] : reference) {
    const Slot* s = table.Find(key);
    ASSERT_NE(s, nullptr) << key;
    EXPECT_EQ(s->value, value);
  }
  EXPECT_EQ(table.Find(0xFFFFFFFFFFull), nullptr);
  size_t seen = 0;
  table.ForEach([&](const Slot&) { ++seen; });
  EXPECT_EQ(seen, reference.size());
}

// Two entries with the same key are told apart by the match predicate
// (tables that keep the original string elsewhere).
TEST(ProbingTableTest, MatchSeparatesCollidingKeys) {
  ProbingTable<Slot> table(4);
  bool inserted;
  table.FindOrInsert(42, &inserted, [](const Slot& s) { return s.value == 1; }).value = 1;
  ASSERT_TRUE(inserted);
  table.FindOrInsert(42, &inserted, [](const Slot& s) { return s.value == 2; }).value = 2;
  ASSERT_TRUE(inserted);
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.Find(42, [](const Slot& s) { return s.value == 2; })->value, 2);
  EXPECT_EQ(table.Find(42, [](const Slot& s) { return s.value == 3; }), nullptr);
  table.Reset();
  EXPECT_TRUE(table.empty());
  EXPECT_EQ(table.Find(42), nullptr);
}

}  // namespace
}  // namespace warta::util
