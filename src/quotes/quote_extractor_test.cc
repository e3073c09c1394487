#include "quotes/quote_extractor.h"

#include <gtest/gtest.h>

#include "testing/default_pipeline.h"

namespace warta::quotes {
namespace {

struct Found {
  std::string kind, speaker, cue, content;
};

// Runs the whole default pipeline (the quotes stage needs entities).
std::vector<Found> Quotes(const std::string& text) {
  const Document doc = testing::AnnotateWithDefaultPipeline(text);
  std::vector<Found> out;
  for (const Quote& q : doc.quotes)
    out.push_back({q.kind == QuoteKind::kDirect ? "direct" : "indirect",
                   q.speaker == kNoIndex ? "" : doc.entities[q.speaker].name,
                   std::string(doc.Slice(q.cue)), std::string(doc.Slice(q.content))});
  return out;
}

using QuoteExtractorTest = testing::DefaultPipelineTest;

TEST_F(QuoteExtractorTest, DirectQuoteWithCueAndNameAfter) {
  auto q = Quotes("\"Harga beras akan turun pekan depan,\" kata Joko Widodo di Jakarta.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].content, "Harga beras akan turun pekan depan,");
  EXPECT_EQ(q[0].cue, "kata");
  EXPECT_EQ(q[0].speaker, "Joko Widodo");
}

TEST_F(QuoteExtractorTest, PronounCueResolvesToTheLastPerson) {
  auto q = Quotes("Menteri Keuangan Sri Mulyani datang ke Surabaya.\n"
                  "\xE2\x80\x9CKami tidak akan menaikkan pajak,\xE2\x80\x9D ujarnya.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "ujarnya");
  EXPECT_EQ(q[0].speaker, "Sri Mulyani");
}

TEST_F(QuoteExtractorTest, IndirectSpeechWithBahwa) {
  auto q = Quotes("Joko Widodo mengatakan bahwa pemerintah akan membangun jalan baru.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].cue, "mengatakan");
  EXPECT_EQ(q[0].speaker, "Joko Widodo");
  EXPECT_EQ(q[0].content, "pemerintah akan membangun jalan baru");
}

TEST_F(QuoteExtractorTest, AnAssessmentOrAnEmphasisIsReportedSpeech) {
  // "menilai" (assess) and "menekankan" (emphasise) report what was said.
  auto q = Quotes("Pengamat ekonomi Faisal Basri menilai, harga beras akan naik tahun depan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].cue, "menilai");
  EXPECT_EQ(q[0].speaker, "Faisal Basri");
  q = Quotes("Menteri Kesehatan Budi Gunadi Sadikin menekankan, vaksinasi harus dipercepat.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "menekankan");
  EXPECT_EQ(q[0].speaker, "Budi Gunadi Sadikin");
}

TEST_F(QuoteExtractorTest, MenurutAndKataInTheMiddle) {
  auto q = Quotes("Menurut Joko Widodo, pembangunan jalan itu selesai tahun depan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "Menurut");
  EXPECT_EQ(q[0].speaker, "Joko Widodo");
  EXPECT_EQ(q[0].content, "pembangunan jalan itu selesai tahun depan");
  q = Quotes("Harga minyak, kata Sri Mulyani, akan terus naik.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "kata");
  EXPECT_EQ(q[0].speaker, "Sri Mulyani");
}

TEST_F(QuoteExtractorTest, ScareQuotesAreNotStatements) {
  auto q = Quotes("Film \"Laskar Pelangi\" diputar lagi di bioskop.");
  EXPECT_TRUE(q.empty());
}

TEST_F(QuoteExtractorTest, SaidThatWithoutContentIsNotAStatement) {
  auto q = Quotes("Joko Widodo mengatakan hal itu di Istana, Jumat (20/10).");
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace warta::quotes
