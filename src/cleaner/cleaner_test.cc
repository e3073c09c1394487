#include "cleaner/cleaner.h"

#include <gtest/gtest.h>

namespace warta::cleaner {
namespace {

StatusOr<Document> Clean(std::string raw) {
  Cleaner cleaner{CleanerOptions{}};
  Scratch scratch;
  Document doc;
  doc.raw = std::move(raw);
  Status s = cleaner.Process(doc, scratch);
  if (!s.ok()) return s;
  return doc;
}

TEST(CleanerTest, TrimsLinesCollapsesSpacesKeepsParagraphs) {
  auto doc = Clean("  Satu   dua.  \n\n\n  Tiga\t empat.\nLima.  ");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Satu dua.\n\nTiga empat.\nLima.");
  EXPECT_TRUE(Has(doc->layers, Layer::kText));
}

TEST(CleanerTest, RemovedLinesLeaveNoGap) {
  auto doc = Clean("Satu.\nADVERTISEMENT\nDua.");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Satu.\nDua.");
}

TEST(CleanerTest, EmptyInputIsAnError) {
  for (const char* raw : {"", "  \n\t\n "}) {
    auto doc = Clean(raw);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(doc.status().message(), "article is empty");
  }
}

TEST(CleanerTest, OnlyBoilerplateIsAnError) {
  auto doc = Clean("ADVERTISEMENT\n");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("boilerplate"), std::string::npos);
}

TEST(CleanerTest, BinaryInputIsRefused) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245 + 12345;
    garbage.push_back(static_cast<char>(x >> 16));
  }
  auto doc = Clean(garbage);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(doc.status().message().find("not text"), std::string::npos);
}

TEST(CleanerTest, NulByteMeansBinary) {
  auto doc = Clean(std::string("Teks biasa\0lalu", 15));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kDataLoss);
}

TEST(CleanerTest, Windows1252BytesAreRepairedWithAWarning) {
  auto doc = Clean("\x93Siap,\x94 kata Budi. Harga naik 5\x96" "10 persen.");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text,
            "\xE2\x80\x9CSiap,\xE2\x80\x9D kata Budi. Harga naik "
            "5\xE2\x80\x93" "10 persen.");
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_NE(doc->warnings[0].find("Windows-1252"), std::string::npos);
}

TEST(CleanerTest, DatelineIsRecordedAndKept) {
  auto doc = Clean("JAKARTA, KOMPAS.com - Harga beras naik.");
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE(doc->dateline.has_value());
  EXPECT_EQ(doc->Slice(doc->dateline->span), "JAKARTA, KOMPAS.com -");
  EXPECT_EQ(doc->source, "KOMPAS.com");
  EXPECT_EQ(doc->text, "JAKARTA, KOMPAS.com - Harga beras naik.");
}

TEST(CleanerTest, TooLargeInputIsRefused) {
  CleanerOptions options;
  options.max_input_bytes = 10;
  Cleaner cleaner(options);
  Scratch scratch;
  Document doc;
  doc.raw = "Kalimat yang terlalu panjang.";
  Status s = cleaner.Process(doc, scratch);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace warta::cleaner
