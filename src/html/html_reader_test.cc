#include <gumbo.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <fstream>
#include <sstream>
#include <string>

#include "html/body_extractor.h"
#include "html/page_metadata.h"
#include "warta/html.h"

namespace warta {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/tests/fixtures/html/" +
                   name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

TEST(HtmlReaderTest, ArticleWithoutItsBoilerplate) {
  StatusOr<HtmlPage> page = ReadHtmlPage(Fixture("article-with-boilerplate.html"));
  ASSERT_TRUE(page.ok()) << page.status().message();
  const std::string& text = page->text;
  // All five paragraphs, in order, as paragraphs.
  size_t a = text.find("SUKAMAJU, KABAR CONTOH - Puluhan warga");
  size_t b = text.find("Jembatan itu menggantikan");
  size_t c = text.find("\"Kami tidak bisa menunggu");
  size_t d = text.find("Menurut Ahmad, pekerjaan");
  size_t e = text.find("Pemerintah kabupaten berjanji");
  ASSERT_NE(a, std::string::npos) << text;
  ASSERT_NE(e, std::string::npos) << text;
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_LT(c, d);
  EXPECT_LT(d, e);
  EXPECT_TRUE(Contains(text, "ke sekolah.\n\n\"Kami")) << text;
  // Nothing around it.
  for (std::string_view junk :
       {"Beranda", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga",
        "BACA JUGA", "Banjir Rendam", "Harga Bambu", "Bagikan", "WhatsApp",
        "Foto:", "tiang bambu", "Editor:", "Penulis:", "Berita Terkait",
        "Jalan Desa Rusak", "Komentar", "Terpopuler", "Hak cipta",
        "bukan teks", "color: black", "jembatan\n"}) {
    EXPECT_FALSE(Contains(text, junk)) << junk << " in:\n" << text;
  }
  EXPECT_EQ(page->title,
            "Warga Desa Sukamaju Bangun Jembatan Bambu Secara Gotong Royong");
  EXPECT_EQ(page->published, "2024-02-12");
  EXPECT_EQ(page->published_time, "2024-02-12T09:30:00+07:00");
  EXPECT_EQ(page->author, "Rina Lestari");
  EXPECT_EQ(page->site_name, "Kabar Contoh");
  EXPECT_EQ(page->canonical_url,
            "https://kabar.contoh.id/daerah/jembatan-bambu-sukamaju");
  EXPECT_EQ(page->language, "id");
}

TEST(HtmlReaderTest, JsonLdGraph) {
  StatusOr<HtmlPage> page = ReadHtmlPage(Fixture("jsonld-graph.html"));
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->title, "Harga Cabai Rawit Turun di Pasar Induk");
  // 23:45 UTC is the next morning in Jakarta.
  EXPECT_EQ(page->published, "2023-03-03");
  EXPECT_EQ(page->published_time, "2023-03-02T23:45:00+00:00");
  EXPECT_EQ(page->author, "Dewi Anggraini, Yusuf Hakim");
  EXPECT_EQ(page->site_name, "Warta Uji");
  EXPECT_EQ(page->canonical_url, "https://uji.contoh.id/ekonomi/harga-cabai");
  EXPECT_TRUE(Contains(page->text, "panen raya")) << page->text;
  EXPECT_TRUE(Contains(page->text, "berlangsung.\n\nPedagang")) << page->text;
  EXPECT_FALSE(Contains(page->text, "Harga Cabai Rawit Turun")) << page->text;
}

TEST(HtmlReaderTest, OnlyAVisibleDate) {
  StatusOr<HtmlPage> page = ReadHtmlPage(Fixture("visible-date-only.html"));
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->title, "Nelayan Kembali Melaut Setelah Cuaca Membaik");
  EXPECT_EQ(page->published, "2022-03-03");
  EXPECT_EQ(page->published_time, "2022-03-03T10:15:00+08:00");
  EXPECT_EQ(page->language, "");
  // Paragraphs split by <br><br> stay paragraphs.
  EXPECT_TRUE(Contains(page->text, "mereda.\n\nPetugas")) << page->text;
  EXPECT_FALSE(Contains(page->text, "Beranda")) << page->text;
}

TEST(HtmlReaderTest, BrokenMarkupIsReadAsBrowsersDo) {
  StatusOr<HtmlPage> page = ReadHtmlPage(Fixture("broken-markup.html"));
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->title, "Pasar Malam Ramai Dikunjungi");
  EXPECT_TRUE(Contains(page->text, "sementara anak-anak menikmati wahana"))
      << page->text;
  EXPECT_TRUE(Contains(page->text, "lima ribu orang")) << page->text;
  EXPECT_FALSE(Contains(page->text, "tidak ikut")) << page->text;
}

// The scorer prefers many comma-rich paragraphs under one parent to a longer
// list of links, whatever comes first.
TEST(HtmlReaderTest, ScorerChoosesTheParagraphsOverLinks) {
  std::string html = "<html><body><div class='x'><ul>";
  for (int i = 0; i < 12; ++i)
    html += "<li><a href='/'>Judul berita lain yang cukup panjang untuk "
            "dibaca nomor " + std::to_string(i) + "</a></li>";
  html += "</ul></div><div class='y'>";
  for (int i = 0; i < 4; ++i)
    html += "<p>Kalimat pertama paragraf ini, dengan koma, dan beberapa kata "
            "lagi, ditulis untuk menguji pemilihan isi berita nomor " +
            std::to_string(i) + ".</p>";
  html += "</div></body></html>";
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(Contains(page->text, "nomor 0.\n\nKalimat")) << page->text;
  EXPECT_TRUE(Contains(page->text, "nomor 3.")) << page->text;
  EXPECT_FALSE(Contains(page->text, "Judul berita lain")) << page->text;
}

TEST(HtmlReaderTest, ClassHints) {
  EXPECT_GT(html::ClassWeight("detail__body-text"), 0);
  EXPECT_GT(html::ClassWeight("read__content"), 0);
  EXPECT_LT(html::ClassWeight("share-bar"), 0);
  EXPECT_LT(html::ClassWeight("box-related"), 0);
  EXPECT_LT(html::ClassWeight("ads top"), 0);
  EXPECT_LT(html::ClassWeight("site-nav"), 0);
  EXPECT_EQ(html::ClassWeight("shadow"), 0);  // "ad" only as a whole word
}

TEST(HtmlReaderTest, BoilerplateBlocks) {
  for (std::string_view b :
       {"Baca juga: Banjir Rendam Tiga Kecamatan", "BACA JUGA: Harga Naik",
        "Simak juga video berikut", "Lihat juga: galeri", "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT", "Editor: Budi Santoso",
        "Penulis: Rina", "(Foto: Antara)", "Iklan"})
    EXPECT_TRUE(html::IsBoilerplateBlock(b)) << b;
  for (std::string_view b :
       {"Iklan rokok dilarang tayang di televisi sebelum pukul 21.30 menurut "
        "aturan itu.",
        "Warga membaca juga koran pagi."})
    EXPECT_FALSE(html::IsBoilerplateBlock(b)) << b;
}

TEST(HtmlReaderTest, TitlePrecedence) {
  html::PageMetadata meta;
  meta.title_tag = "Judul di Tag Title - Situs";
  EXPECT_EQ(html::ChooseTitle(meta, "Situs"), "Judul di Tag Title");
  meta.h1 = "Judul di H1";
  EXPECT_EQ(html::ChooseTitle(meta, "Situs"), "Judul di H1");
  meta.twitter_title = "Judul Twitter";
  EXPECT_EQ(html::ChooseTitle(meta, "Situs"), "Judul Twitter");
  meta.og_title = "Judul Open Graph | Situs";
  EXPECT_EQ(html::ChooseTitle(meta, "Situs"), "Judul Open Graph");
  // The h1 that the chosen title contains is the headline without the
  // decoration.
  meta.h1 = "Judul Open Graph";
  meta.og_title = "FOTO: Judul Open Graph";
  EXPECT_EQ(html::ChooseTitle(meta, ""), "Judul Open Graph");
  EXPECT_EQ(html::StripSiteName("Gempa Guncang Lombok - Kompas.com", ""),
            "Gempa Guncang Lombok");
  EXPECT_EQ(html::StripSiteName("Gempa Guncang Lombok | ANTARA News", ""),
            "Gempa Guncang Lombok");
  EXPECT_EQ(html::StripSiteName("Liga 1 - Persib Menang Tipis", ""),
            "Liga 1 - Persib Menang Tipis");
}

TEST(HtmlReaderTest, DatePrecedence) {
  html::PageMetadata meta;
  meta.body_text = "Menu Beranda Senin, 1 Januari 2024 Judul Berita Ini "
                   "Selasa, 2 Januari 2024 | 10:00 WIB Isi berita.";
  meta.visible_dates = {"Rabu, 3 Januari 2024"};
  auto day = [&] {
    auto d = html::ChoosePublished(meta, "Judul Berita Ini");
    return d ? html::FormatDay(*d) : std::string("none");
  };
  EXPECT_EQ(day(), "2024-01-02");  // next to the headline
  meta.time_datetime = "2024-01-04";
  EXPECT_EQ(day(), "2024-01-04");
  meta.meta_published = "2024-01-05T08:00:00+07:00";
  EXPECT_EQ(day(), "2024-01-05");
  meta.jsonld_published = "2024-01-06T08:00:00+07:00";
  EXPECT_EQ(day(), "2024-01-06");
}

TEST(HtmlReaderTest, DocumentTakesGivenMetadataFirst) {
  Article article;
  article.text = Fixture("jsonld-graph.html");
  article.title = "Judul dari Pemanggil";
  StatusOr<Document> doc = DocumentFromHtml(article);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Judul dari Pemanggil");
  EXPECT_EQ(doc->published, "2023-03-03");
  EXPECT_EQ(doc->published_source, DateSource::kFound);
  EXPECT_EQ(doc->url, "https://uji.contoh.id/ekonomi/harga-cabai");
  EXPECT_EQ(doc->source, "Warta Uji");
  EXPECT_TRUE(Contains(doc->raw, "panen raya"));
  article.published = "2023-01-01";
  doc = DocumentFromHtml(article);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->published, "2023-01-01");
  EXPECT_EQ(doc->published_source, DateSource::kGiven);
}

// The reader cuts script bodies and unused attributes before parsing; what
// the readers need (style, hidden, class, content, JSON-LD) must survive,
// quoted '>' included.
TEST(HtmlReaderTest, LeanMarkupKeepsWhatTheReadersUse) {
  StatusOr<HtmlPage> page = ReadHtmlPage(
      "<html><head><meta property='og:title' content='Judul &gt; Uji'>"
      "<script>var s = '<p>bukan</p>';</script><!-- <p>komentar</p> -->"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2020-05-01T10:00:00+07:00\"}</script></head>"
      "<body><div class=\"detail\" data-x=\"a > b\" onclick=\"f('>')\">"
      "<img src=\"a.jpg\" alt=\"gambar > foto\"><p title='t>'>Paragraf "
      "pertama yang cukup panjang, dengan koma, untuk dibaca.</p>"
      "<p style=\"display: none\">Paragraf tersembunyi yang tidak boleh ikut, "
      "walau panjang.</p><p hidden>Paragraf lain yang juga tersembunyi, "
      "dengan koma.</p></div></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Judul > Uji");
  EXPECT_EQ(page->published, "2020-05-01");
  EXPECT_EQ(page->text,
            "Paragraf pertama yang cukup panjang, dengan koma, untuk dibaca.");
}

TEST(HtmlReaderTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("  <html lang=id>"));
  EXPECT_FALSE(LooksLikeHtml("Jakarta - Harga <b>naik</b>."));
}

// Found by fuzz/html_reader_fuzzer: gumbo copies the stack of open
// elements into every parse error it records, so deeply nested unclosed
// elements took memory quadratic in the depth (15,000 <div>s: 1.7 GB;
// 100,000: more than 20 GB). The reader records no parse errors now.
TEST(HtmlReaderTest, DeeplyNestedUnclosedElementsTakeLittleMemory) {
  std::string html =
      "<html><body><article><p>Warga desa membangun jembatan bambu di atas "
      "sungai yang meluap.</p>";
  for (int i = 0; i < 15000; ++i) html += "<div>";
  html += "<p>Teks sedalam ini juga dibaca.</p>";
  rusage before{}, after{};
  getrusage(RUSAGE_SELF, &before);
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  getrusage(RUSAGE_SELF, &after);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_TRUE(Contains(page->text, "jembatan bambu")) << page->text;
  EXPECT_TRUE(Contains(page->text, "sedalam ini")) << page->text;
  EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 256 * 1024);  // KiB
}

// 200,000 nested <div>s kept gumbo busy for three minutes (it looks through
// the open elements at each tag), and the text below the readers' depth
// was lost ("page has no text"). Tags nested beyond html::kMaxNesting are
// left out now, and the text inside them is read.
TEST(HtmlReaderTest, TextBelowHundredsOfThousandsOfNestedElementsIsRead) {
  std::string html =
      "<html><head><title>Jembatan</title></head><body><article>"
      "<p>Warga desa membangun jembatan bambu di atas sungai yang meluap.</p>";
  for (int i = 0; i < 200000; ++i) html += "<div class=x>";
  html += "<p>Jembatan itu selesai dalam dua minggu, kata kepala desa.</p>";
  for (int i = 0; i < 200000; ++i) html += "</div>";
  html += "<p>Paragraf sesudahnya juga dibaca.</p></article></body></html>";
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_TRUE(Contains(page->text, "jembatan bambu")) << page->text;
  EXPECT_TRUE(Contains(page->text, "dua minggu")) << page->text;
  EXPECT_TRUE(Contains(page->text, "Paragraf sesudahnya")) << page->text;
  ASSERT_FALSE(page->warnings.empty());
  EXPECT_TRUE(Contains(page->warnings.back(), "nested 200001 deep")) << page->warnings.back();
}

TEST(HtmlReaderTest, OrdinaryNestingIsLeftAsItIs) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 100; ++i) html += "<div><section>";
  html += "<p>Warga desa membangun jembatan bambu di atas sungai yang meluap.";
  for (int i = 0; i < 100; ++i) html += "</section></div>";
  html += "</article></body></html>";
  StatusOr<HtmlPage> page = ReadHtmlPage(html);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_TRUE(Contains(page->text, "jembatan bambu"));
  for (const std::string& w : page->warnings) EXPECT_FALSE(Contains(w, "nested")) << w;
}

}  // namespace
}  // namespace warta
