#include "output/offset_map.h"

#include <gtest/gtest.h>

#include <string>

namespace warta::output {
namespace {

TEST(OffsetMapTest, AsciiIsIdentity) {
  OffsetMap map("abc def");
  EXPECT_EQ(map.CharOffset(0), 0u);
  EXPECT_EQ(map.CharOffset(7), 7u);
}

TEST(OffsetMapTest, CountsCodePointsAcrossCheckpoints) {
  // Reference implementation: count non-continuation bytes.
  std::string text;
  for (int i = 0; i < 100; ++i) text += i % 3 ? "a" : "\xE2\x80\x9C";  // “
  OffsetMap map(text);
  size_t chars = 0;
  for (size_t b = 0; b <= text.size(); ++b) {
    if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
      EXPECT_EQ(map.CharOffset(static_cast<uint32_t>(b)), chars) << b;
    }
    if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80)
      ++chars;
  }
}

}  // namespace
}  // namespace warta::output
