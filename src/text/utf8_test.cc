#include "text/utf8.h"

#include <gtest/gtest.h>

namespace warta::text {
namespace {

TEST(Utf8Test, DecodesOneToFourByteSequences) {
  char32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("a", 0, &cp), 1u);
  EXPECT_EQ(cp, U'a');
  EXPECT_EQ(DecodeUtf8("\xC3\xA9", 0, &cp), 2u);  // é
  EXPECT_EQ(cp, U'\u00E9');
  EXPECT_EQ(DecodeUtf8("\xE2\x80\x9C", 0, &cp), 3u);  // “
  EXPECT_EQ(cp, U'\u201C');
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, &cp), 4u);  // 😀
  EXPECT_EQ(cp, U'\U0001F600');
}

TEST(Utf8Test, RejectsMalformedSequences) {
  char32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("\x93", 0, &cp), 0u);          // lone continuation
  EXPECT_EQ(DecodeUtf8("\xC0\xAF", 0, &cp), 0u);      // overlong '/'
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, &cp), 0u);  // surrogate
  EXPECT_EQ(DecodeUtf8("\xE2\x80", 0, &cp), 0u);      // truncated
  EXPECT_EQ(DecodeUtf8("\xF4\x90\x80\x80", 0, &cp), 0u);  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("ok \xFF"));
  EXPECT_TRUE(IsValidUtf8("Jum\xE2\x80\x99" "at"));
}

TEST(Utf8Test, DecodesBackwards) {
  char32_t cp = 0;
  std::string s = "a\xE2\x80\x9D";
  EXPECT_EQ(DecodeUtf8Before(s, s.size(), &cp), 3u);
  EXPECT_EQ(cp, U'\u201D');
}

TEST(Utf8Test, EncodesAndCounts) {
  std::string out;
  AppendUtf8(U'\u00E9', &out);
  AppendUtf8(U'\U0001F600', &out);
  EXPECT_EQ(out, "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(CountCodePoints(out), 2u);
}

TEST(Utf8Test, MapsWindows1252Punctuation) {
  EXPECT_EQ(Cp1252ToUnicode(0x93), U'\u201C');
  EXPECT_EQ(Cp1252ToUnicode(0x94), U'\u201D');
  EXPECT_EQ(Cp1252ToUnicode(0x96), U'\u2013');
  EXPECT_EQ(Cp1252ToUnicode(0xE9), U'\u00E9');
  EXPECT_EQ(Cp1252ToUnicode(0x81), U'\uFFFD');
}

}  // namespace
}  // namespace warta::text
