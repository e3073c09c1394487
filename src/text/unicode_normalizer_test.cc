#include "text/unicode_normalizer.h"

#include <gtest/gtest.h>

namespace warta::text {
namespace {

std::string Normalize(std::string_view raw, NormalizationReport* report) {
  std::string out;
  NormalizeUnicode(raw, &out, report);
  return out;
}

TEST(UnicodeNormalizerTest, TurnsUnicodeSpacesIntoSpaces) {
  NormalizationReport r;
  // no-break space, narrow no-break space, em space, tab
  EXPECT_EQ(Normalize("Rp\xC2\xA0" "5\xE2\x80\xAFjuta\xE2\x80\x83ok\tx", &r),
            "Rp 5 juta ok x");
}

TEST(UnicodeNormalizerTest, DropsZeroWidthAndSoftHyphens) {
  NormalizationReport r;
  EXPECT_EQ(Normalize("Ja\xE2\x80\x8Bkar\xC2\xADta\xEF\xBB\xBF", &r),
            "Jakarta");
}

TEST(UnicodeNormalizerTest, NormalisesLineEnds) {
  NormalizationReport r;
  EXPECT_EQ(Normalize("a\r\nb\rc\xE2\x80\xA8" "d", &r), "a\nb\nc\nd");
}

TEST(UnicodeNormalizerTest, ComposesToNfc) {
  NormalizationReport r;
  // "e" + COMBINING ACUTE ACCENT -> "é"
  EXPECT_EQ(Normalize("Andre\xCC\x81", &r), "Andr\xC3\xA9");
  EXPECT_TRUE(r.applied_nfc);
}

TEST(UnicodeNormalizerTest, KeepsTypographicQuotesWithoutTheSlowPath) {
  NormalizationReport r;
  std::string s = "\xE2\x80\x9CSaya tidak mengomentari rumor,\xE2\x80\x9D imbuhnya.";
  EXPECT_EQ(Normalize(s, &r), s);
  EXPECT_FALSE(r.applied_nfc);
}

TEST(UnicodeNormalizerTest, ReadsStrayBytesAsWindows1252) {
  NormalizationReport r;
  EXPECT_EQ(Normalize("\x93Siap\x94 kata dia", &r),
            "\xE2\x80\x9CSiap\xE2\x80\x9D kata dia");
  EXPECT_EQ(r.invalid_bytes, 2u);
}

TEST(UnicodeNormalizerTest, CountsNulAndControlBytes) {
  NormalizationReport r;
  EXPECT_EQ(Normalize(std::string("a\0b\x01" "c", 5), &r), "abc");
  EXPECT_EQ(r.nul_bytes, 1u);
  EXPECT_EQ(r.controls, 1u);
}

}  // namespace
}  // namespace warta::text
