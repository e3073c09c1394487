#include "warta/article.h"

#include <gtest/gtest.h>

namespace warta {
namespace {

TEST(ArticleReaderTest, ReadsAllFields) {
  auto a = ParseArticleJson(
      R"({"id":"x1","url":"https://a.id/1","title":"Judul","published":"2023-10-20","text":"Isi.","extra":1})");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "x1");
  EXPECT_EQ(a->url, "https://a.id/1");
  EXPECT_EQ(a->title, "Judul");
  EXPECT_EQ(a->published, "2023-10-20");
  EXPECT_EQ(a->text, "Isi.");
}

TEST(ArticleReaderTest, NumericIdAndNullFields) {
  auto a = ParseArticleJson(R"({"id":42,"title":null,"text":"Isi."})");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->id, "42");
  EXPECT_EQ(a->title, "");
}

TEST(ArticleReaderTest, ClearErrors) {
  const std::pair<const char*, const char*> cases[] = {
      {"{not json", "not valid JSON"},
      {"[1,2]", "not a JSON object"},
      {R"({"id":"a"})", "no \"text\" field"},
      {R"({"text":null})", "no \"text\" field"},
      {R"({"text":5})", "\"text\" is not a string"},
      {R"({"title":[],"text":"x"})", "\"title\" is not a string"},
      {"", "not valid JSON"},
  };
  for (const auto& [line, message] : cases) {
    auto a = ParseArticleJson(line);
    ASSERT_FALSE(a.ok()) << line;
    EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(a.status().message().find(message), std::string::npos)
        << line << " -> " << a.status().message();
  }
}

TEST(ArticleReaderTest, ValidatesDates) {
  EXPECT_TRUE(ValidatePublishedDate("").ok());
  EXPECT_TRUE(ValidatePublishedDate("2024-02-29").ok());
  EXPECT_FALSE(ValidatePublishedDate("2023-02-29").ok());
  EXPECT_FALSE(ValidatePublishedDate("2023-13-01").ok());
  EXPECT_FALSE(ValidatePublishedDate("20/10/2023").ok());
  EXPECT_FALSE(ValidatePublishedDate("kemarin").ok());
}

TEST(ArticleReaderTest, DocumentKeepsDatePartOfTimestampAndWarnsOnBadDate) {
  Article a;
  a.published = "2023-10-20T08:15:00+07:00";
  Document d = DocumentFromArticle(a);
  EXPECT_EQ(d.published, "2023-10-20");
  EXPECT_EQ(d.published_source, DateSource::kGiven);
  Article b;
  b.published = "Jumat lalu";
  Document e = DocumentFromArticle(b);
  EXPECT_EQ(e.published, "");
  ASSERT_EQ(e.warnings.size(), 1u);
  EXPECT_NE(e.warnings[0].find("not a date"), std::string::npos);
}

// Found by fuzz/jsonl_reader_fuzzer and fuzz/timex_fuzzer: the message
// quoted the first 40 bytes of a bad date, cutting an "é" in two or copying
// bytes that are not UTF-8, and the warning made the document's JSON
// invalid. The quote now ends between characters and shows such bytes as
// U+FFFD.
TEST(ArticleReaderTest, BadDateMessageStaysUtf8) {
  Status cut = ValidatePublishedDate(
      "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
      "1\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
      "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
  EXPECT_EQ(cut.message(),
            "\"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
            "1\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
            "\xC3\xA9\xC3\xA9\" is not a date (YYYY-MM-DD)");
  Status raw = ValidatePublishedDate("9999-1\xFF\xFF-30");
  EXPECT_EQ(raw.message(),
            "\"9999-1\xEF\xBF\xBD\xEF\xBF\xBD-30\" is not a date (YYYY-MM-DD)");
  Article article;
  article.published = "2023-1\xE2\x82";
  Document doc = DocumentFromArticle(article);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0],
            "published date ignored: \"2023-1\xEF\xBF\xBD\xEF\xBF\xBD\" is not a "
            "date (YYYY-MM-DD)");
}

}  // namespace
}  // namespace warta
