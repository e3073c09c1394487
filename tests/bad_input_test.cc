// Bad input never crashes the engine: each case gets a clear status or a
// repaired document.
#include <gtest/gtest.h>

#include "warta/article.h"
#include "warta/pipeline.h"

namespace warta {
namespace {

Status Annotate(std::string raw, Document* doc) {
  static const auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  Scratch scratch;
  doc->raw = std::move(raw);
  return pipeline->Process(*doc, scratch);
}

TEST(BadInputTest, EmptyArticle) {
  Document doc;
  Status s = Annotate("", &doc);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "cleaner: article is empty");
}

TEST(BadInputTest, BinaryGarbage) {
  std::string garbage;
  for (int i = 0; i < 1 << 16; ++i) garbage.push_back(static_cast<char>(i * 7919 >> 3));
  Document doc;
  Status s = Annotate(garbage, &doc);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
}

TEST(BadInputTest, InvalidUtf8IsRepairedAndSegmented) {
  Document doc;
  ASSERT_TRUE(Annotate("Caf\xE9 itu ramai. \xC3\x28 Dia datang.", &doc).ok());
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.warnings.size(), 1u);
}

TEST(BadInputTest, FiftyMegabyteSingleLine) {
  std::string line;
  line.reserve(50u << 20);
  const std::string sentence =
      "Gedung Putih mengatakan Korea Utara sudah mengirimkan 1.000 kontainer, "
      "kata Kirby pada Jumat (20/10). ";
  while (line.size() < (50u << 20)) line += sentence;
  Document doc;
  ASSERT_TRUE(Annotate(line, &doc).ok());
  EXPECT_GT(doc.sentences.size(), 400000u);
  EXPECT_EQ(doc.sentences.back().span.end, doc.text.size());
}

TEST(BadInputTest, OneHugeWordWithoutSpaces) {
  Document doc;
  ASSERT_TRUE(Annotate(std::string(1u << 20, 'a'), &doc).ok());
  EXPECT_EQ(doc.tokens.size(), 1u);
}

TEST(BadInputTest, UnknownPublishedDateIsAWarningNotAFailure) {
  Article a;
  a.text = "Dia datang.";
  a.published = "kemarin sore";
  Document doc = DocumentFromArticle(a);
  std::string raw = doc.raw;
  ASSERT_TRUE(Annotate(raw, &doc).ok());
  EXPECT_TRUE(doc.published.empty());
  EXPECT_FALSE(doc.warnings.empty());
}

}  // namespace
}  // namespace warta
