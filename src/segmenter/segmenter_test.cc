#include "segmenter/segmenter.h"

#include <gtest/gtest.h>

namespace warta::segmenter {
namespace {

Document Segment(std::string text, std::optional<Dateline> dateline = {}) {
  static const Segmenter segmenter{SegmenterOptions{}};
  Scratch scratch;
  Document doc;
  doc.text = std::move(text);
  doc.dateline = std::move(dateline);
  doc.layers = Layer::kText;
  EXPECT_TRUE(segmenter.Process(doc, scratch).ok());
  return doc;
}

// Sentences joined by " || ".
std::string Sentences(std::string text) {
  Document doc = Segment(std::move(text));
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (!out.empty()) out += " || ";
    out += doc.Slice(s.span);
  }
  return out;
}

TEST(SentenceSplitterTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"Dia datang. Mereka pergi.", "Dia datang. || Mereka pergi."},
      {"Apa kabar? Baik! Ya.", "Apa kabar? || Baik! || Ya."},
      // Titles, addresses, initials.
      {"Prof. Dr. Budi, S.H., hadir di Jl. Sudirman No. 5 kemarin.",
       "Prof. Dr. Budi, S.H., hadir di Jl. Sudirman No. 5 kemarin."},
      {"Tari ini identik dengan R. Tjetje Somantri.",
       "Tari ini identik dengan R. Tjetje Somantri."},
      {"Dia ditemani H. Abdul dan Hj. Siti.",
       "Dia ditemani H. Abdul dan Hj. Siti."},
      // "dll." ends a sentence only before a capital.
      {"Ada beras, gula, dll. yang dijual.", "Ada beras, gula, dll. yang dijual."},
      {"Ada beras, gula, dll. Semua murah.",
       "Ada beras, gula, dll. || Semua murah."},
      // Sentences that end inside a quotation.
      {"\"Saya tidak mengomentari rumor,\" imbuhnya. Dia pergi.",
       "\"Saya tidak mengomentari rumor,\" imbuhnya. || Dia pergi."},
      {"Dia berkata, \"Kami siap.\" Lalu dia pergi.",
       "Dia berkata, \"Kami siap.\" || Lalu dia pergi."},
      {"\"Apa?\" tanya dia.", "\"Apa?\" tanya dia."},
      {"\xE2\x80\x9CKami siap.\xE2\x80\x9D Mereka bersorak.",
       "\xE2\x80\x9CKami siap.\xE2\x80\x9D || Mereka bersorak."},
      // Numbers and times do not end sentences.
      {"Harga naik 2,5 persen pada pukul 20.00 WIB. Pasar tutup.",
       "Harga naik 2,5 persen pada pukul 20.00 WIB. || Pasar tutup."},
      {"Dia menunggu... lalu pergi.", "Dia menunggu... lalu pergi."},
      {"Dia menunggu... Lalu pergi.", "Dia menunggu... || Lalu pergi."},
      // Line breaks always end a sentence.
      {"Judul tanpa titik\nIsi berita.", "Judul tanpa titik || Isi berita."},
      {"Dia lahir pada 1879. kemudian pindah.",
       "Dia lahir pada 1879. || kemudian pindah."},
      // A subheading whose line break was lost: a capitalised function word
      // among a paragraph's first words begins the sentence after it.
      {"Harga turun.\n\nBantuan pangan DKI Sementara itu, warga antre beras.",
       "Harga turun. || Bantuan pangan DKI || Sementara itu, warga antre beras."},
      {"Harga turun.\n\nPresiden Joko Widodo Di Istana menerima tamu.",
       "Harga turun. || Presiden Joko Widodo Di Istana menerima tamu."},
      {"Sementara itu, warga antre beras.", "Sementara itu, warga antre beras."},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Sentences(in), want) << in;
}

TEST(SegmenterTest, DatelineIsASentenceOfItsOwn) {
  std::string text = "JAKARTA, KOMPAS.com - Harga beras naik.";
  Dateline d;
  d.span = {0, 21};
  Document doc = Segment(text, d);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.sentences[0].span), "JAKARTA, KOMPAS.com -");
  EXPECT_EQ(doc.Slice(doc.sentences[1].span), "Harga beras naik.");
}

TEST(SegmenterTest, CliticsBecomeWordsOfOneSurfaceToken) {
  Document doc = Segment("Dia membelinya kemarin.");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_EQ(doc.Form(doc.tokens[1]), "membeli");
  EXPECT_TRUE(doc.tokens[1].joined_to_next);
  EXPECT_FALSE(doc.tokens[1].space_after);
  EXPECT_EQ(doc.Form(doc.tokens[2]), "nya");
  EXPECT_FALSE(doc.tokens[2].joined_to_next);
  EXPECT_TRUE(doc.tokens[2].space_after);
}

TEST(SegmenterTest, TokensKnowTheirSentenceAndSpacing) {
  Document doc = Segment("Ya, dia. Tidak.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].token_begin, 0u);
  EXPECT_EQ(doc.sentences[0].token_end, 4u);
  EXPECT_EQ(doc.tokens[4].sentence, 1u);
  EXPECT_FALSE(doc.tokens[0].space_after);  // "Ya" before ","
  EXPECT_TRUE(doc.tokens[1].space_after);
}

TEST(SegmenterTest, ClockTimes) {
  Document doc = Segment("pukul 10.30 dan 20.00 WIB dan 1.000 orang");
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kTime);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kTime);
  EXPECT_EQ(doc.tokens[6].kind, TokenKind::kNumber);
}

TEST(SegmenterTest, UnpunctuatedTextIsCutIntoBoundedSentences) {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "kata ";
  Document doc = Segment(text);
  ASSERT_EQ(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences)
    EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
}

}  // namespace
}  // namespace warta::segmenter
