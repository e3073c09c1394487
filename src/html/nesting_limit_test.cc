#include "html/nesting_limit.h"

#include <gtest/gtest.h>

namespace warta::html {
namespace {

TEST(NestingLimitTest, KeepsNestingUpToTheLimitAndCutsWhatIsDeeper) {
  NestingLimit limit;
  for (size_t i = 0; i < kMaxNesting; ++i) EXPECT_TRUE(limit.KeepStart("div", false));
  EXPECT_FALSE(limit.KeepStart("DIV", false));
  EXPECT_FALSE(limit.KeepStart("span", false));
  // The end tags of the two left out are left out; the rest are kept.
  EXPECT_FALSE(limit.KeepEnd("span"));
  EXPECT_FALSE(limit.KeepEnd("div"));
  EXPECT_TRUE(limit.KeepEnd("div"));
  EXPECT_TRUE(limit.KeepStart("div", false));
  EXPECT_EQ(limit.deepest(), kMaxNesting + 2);
}

TEST(NestingLimitTest, UnclosedParagraphsCellsAndVoidElementsDoNotCount) {
  NestingLimit limit;
  for (size_t i = 0; i < 3 * kMaxNesting; ++i) {
    EXPECT_TRUE(limit.KeepStart("p", false));
    EXPECT_TRUE(limit.KeepStart("li", false));
    EXPECT_TRUE(limit.KeepStart("td", false));
    EXPECT_TRUE(limit.KeepStart("br", false));
    EXPECT_TRUE(limit.KeepStart("img", true));
    EXPECT_TRUE(limit.KeepStart("script", false));
  }
  EXPECT_EQ(limit.deepest(), 0u);
}

TEST(NestingLimitTest, SelfClosedTagsCloseOnlyInsideSvg) {
  NestingLimit html;
  // An HTML <div/> opens a div, as a parser reads it.
  for (size_t i = 0; i < kMaxNesting; ++i) EXPECT_TRUE(html.KeepStart("div", true));
  EXPECT_FALSE(html.KeepStart("div", true));

  NestingLimit svg;
  EXPECT_TRUE(svg.KeepStart("svg", false));
  for (size_t i = 0; i < 3 * kMaxNesting; ++i) EXPECT_TRUE(svg.KeepStart("path", true));
  EXPECT_TRUE(svg.KeepEnd("svg"));
  EXPECT_EQ(svg.deepest(), 1u);
  // After </svg>, "/>" opens again.
  EXPECT_TRUE(svg.KeepStart("div", true));
  EXPECT_EQ(svg.deepest(), 1u);
  EXPECT_TRUE(svg.KeepStart("div", true));
  EXPECT_EQ(svg.deepest(), 2u);
}

}  // namespace
}  // namespace warta::html
