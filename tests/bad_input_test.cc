// Bad input never crashes the engine: each case gets a clear status or a
// repaired document.
#include <gtest/gtest.h>

#include "testing/sanitized.h"
#include "warta/article.h"
#include "warta/html.h"
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
  // 8 MB under the sanitizers: the same path, in a fifth of the time.
  const size_t megabytes = testing::kSanitized ? 8 : 50;
  std::string line;
  line.reserve(megabytes << 20);
  const std::string sentence =
      "Gedung Putih mengatakan Korea Utara sudah mengirimkan 1.000 kontainer, "
      "kata Kirby pada Jumat (20/10). ";
  while (line.size() < (megabytes << 20)) line += sentence;
  Document doc;
  ASSERT_TRUE(Annotate(line, &doc).ok());
  EXPECT_GT(doc.sentences.size(), 8000u * megabytes);
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

// HTML pages: an error a user can act on, or a best effort; never a crash.
TEST(BadInputTest, HtmlEmptyPage) {
  StatusOr<HtmlPage> page = ReadHtmlPage("  \n ");
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(page.status().message(), "empty page");
  page = ReadHtmlPage("<html><head><title>x</title></head><body></body></html>");
  EXPECT_EQ(page.status().message(), "page has no text");
}

TEST(BadInputTest, HtmlBinary) {
  std::string garbage = "<html>";
  for (int i = 0; i < 1 << 16; ++i) garbage.push_back(static_cast<char>(i * 7919 >> 3));
  StatusOr<HtmlPage> page = ReadHtmlPage(garbage);
  EXPECT_EQ(page.status().message(), "not HTML: binary data (NUL bytes)");
}

TEST(BadInputTest, HtmlNotUtf8IsReadAsWindows1252) {
  StatusOr<HtmlPage> page =
      ReadHtmlPage("<p>Caf\xE9 itu ramai sekali pada malam minggu.</p>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->text, "Caf\xC3\xA9 itu ramai sekali pada malam minggu.");
  EXPECT_EQ(page->warnings.size(), 1u);
}

TEST(BadInputTest, HtmlDeeplyNested) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "Teks yang sangat dalam, di bawah dua puluh ribu div.";
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  // The tags nested beyond html::kMaxNesting are left out, with a warning;
  // the text inside them is read.
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_NE(page->text.find("di bawah dua puluh ribu div"), std::string::npos) << page->text;
  ASSERT_FALSE(page->warnings.empty());
  EXPECT_NE(page->warnings.back().find("nested 20000 deep"), std::string::npos);
}

TEST(BadInputTest, HtmlHugePage) {
  std::string html = "<html><body>";
  std::string para = "<p>Kalimat yang panjang, dengan koma, terus diulang.</p>";
  while (html.size() < (8u << 20)) html += para;
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  ASSERT_TRUE(page.ok());
  EXPECT_GT(page->text.size(), 4u << 20);
  std::string too_big(kMaxHtmlBytes + 1, 'a');
  page = ReadHtmlPage(too_big);
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(page.status().message(), "page too large (32 MiB; the limit is 32 MiB)");
}

TEST(BadInputTest, HtmlTextWithoutMarkup) {
  StatusOr<HtmlPage> page = ReadHtmlPage("Hanya teks biasa, tanpa tag apa pun.");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->text, "Hanya teks biasa, tanpa tag apa pun.");
}

TEST(BadInputTest, HtmlBrokenJsonLdIsSkipped) {
  StatusOr<HtmlPage> page = ReadHtmlPage(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": }</script><h1>Judul Saja</h1><p>Isi berita yang "
      "cukup panjang untuk dibaca, dengan koma.</p>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Judul Saja");
}

}  // namespace
}  // namespace warta
