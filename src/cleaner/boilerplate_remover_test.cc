#include "cleaner/boilerplate_remover.h"

#include <gtest/gtest.h>

namespace warta::cleaner {
namespace {

struct Result {
  std::vector<std::string> lines;
  std::vector<Removal> removed;
  std::vector<std::string> warnings;
};

Result Apply(std::vector<std::string> lines) {
  static const BoilerplateRemover remover;
  Result r;
  r.lines = std::move(lines);
  remover.Apply(CleanerOptions{}, &r.lines, &r.removed, &r.warnings);
  return r;
}

TEST(BoilerplateRemoverTest, HeadlineOnNextLineGluedToSentence) {
  Result r = Apply({"Polisi menutup jalan itu.", "BACA JUGA:",
                    "Banjir Rendam Tiga Desa di 'Kota Hujan' BogorWarga "
                    "mengungsi ke masjid sejak Senin."});
  EXPECT_EQ(r.lines[1], "");
  EXPECT_EQ(r.lines[2], "Warga mengungsi ke masjid sejak Senin.");
  ASSERT_EQ(r.removed.size(), 1u);
  EXPECT_EQ(r.removed[0].kind, "related_link");
  EXPECT_EQ(r.removed[0].text,
            "BACA JUGA: Banjir Rendam Tiga Desa di 'Kota Hujan' Bogor");
}

TEST(BoilerplateRemoverTest, HeadlineOnSameLineGluedToSentence) {
  Result r = Apply({"BACA JUGA: Menteri Tinjau Gudang Beras di Sejumlah "
                    "Pasar BesarSetelah dia tiba, menteri berbicara."});
  EXPECT_EQ(r.lines[0], "Setelah dia tiba, menteri berbicara.");
}

TEST(BoilerplateRemoverTest, HeadlineAloneOnItsLineIsDropped) {
  Result r = Apply({"Baca juga: Harga Cabai Naik Jelang Lebaran",
                    "Pedagang mengeluh."});
  EXPECT_EQ(r.lines[0], "");
  EXPECT_EQ(r.lines[1], "Pedagang mengeluh.");
}

TEST(BoilerplateRemoverTest, InlineInsertInBrackets) {
  Result r = Apply({"Dia menolak (Baca juga: Ketua Partai Mundur) tawaran "
                    "itu."});
  EXPECT_EQ(r.lines[0], "Dia menolak tawaran itu.");
  ASSERT_EQ(r.removed.size(), 1u);
  EXPECT_EQ(r.removed[0].text, "(Baca juga: Ketua Partai Mundur)");
}

TEST(BoilerplateRemoverTest, MarkerAfterSentenceOnSameLine) {
  Result r = Apply({"Dia pulang. BACA JUGA: Gempa Guncang PaluWarga panik."});
  EXPECT_EQ(r.lines[0], "Dia pulang. Warga panik.");
}

TEST(BoilerplateRemoverTest, KnownCamelCaseNameIsNotASeam) {
  Result r = Apply({"BACA JUGA: Video YouTube Viral Soal Banjir JakartaWarga "
                    "mengeluh."});
  EXPECT_EQ(r.lines[0], "Warga mengeluh.");
}

TEST(BoilerplateRemoverTest, PlainPhraseBacaJugaIsKept) {
  Result r = Apply({"Baca juga buku panduan sebelum memilih."});
  EXPECT_EQ(r.lines[0], "Baca juga buku panduan sebelum memilih.");
  EXPECT_TRUE(r.removed.empty());
}

TEST(BoilerplateRemoverTest, EditorInitialsAtTheEnd) {
  for (const char* tail : {" [ft/ah]", " (ant/ulf)", " (EVY)", " (sfl)"}) {
    Result r = Apply({"Kalimat pertama.", std::string("Kalimat terakhir.") + tail});
    EXPECT_EQ(r.lines[1], "Kalimat terakhir.") << tail;
    ASSERT_EQ(r.removed.size(), 1u) << tail;
    EXPECT_EQ(r.removed[0].kind, "editor_initials");
  }
}

TEST(BoilerplateRemoverTest, InitialsOnTheirOwnLine) {
  Result r = Apply({"Kalimat terakhir.", "(ant/ulf)"});
  EXPECT_EQ(r.lines[1], "");
}

TEST(BoilerplateRemoverTest, AcronymAtTheEndIsNotInitials) {
  Result r = Apply({"Dia membeli bahan bakar minyak (BBM)"});
  EXPECT_EQ(r.lines[0], "Dia membeli bahan bakar minyak (BBM)");
  r = Apply({"Dia ke kantor Komisi Pemilihan Umum (KPU)."});
  EXPECT_EQ(r.lines[0], "Dia ke kantor Komisi Pemilihan Umum (KPU).");
}

TEST(BoilerplateRemoverTest, AdvertisingLines) {
  Result r = Apply({"Paragraf satu.", "ADVERTISEMENT",
                    "SCROLL TO CONTINUE WITH CONTENT", "Paragraf dua."});
  EXPECT_EQ(r.lines[1], "");
  EXPECT_EQ(r.lines[2], "");
  EXPECT_EQ(r.lines[3], "Paragraf dua.");
  EXPECT_EQ(r.removed.size(), 2u);
}

TEST(BoilerplateRemoverTest, HeadlineEndFindsTheLastSeamBeforePlainWords) {
  BoilerplateRemover remover;
  bool uncertain = false;
  std::string_view line = "Putin Bertemu 'Sahabatnya' XiGedung Putih berkata";
  EXPECT_EQ(remover.HeadlineEnd(line, true, &uncertain), line.find("Gedung"));
  EXPECT_FALSE(uncertain);
}

TEST(BoilerplateRemoverTest, HeadlineWithoutSeamIsGuessedAndReported) {
  Result r = Apply({"BACA JUGA: Harga Emas Turun Lagi Pedagang mengeluh "
                    "sepi."});
  EXPECT_EQ(r.lines[0], "Pedagang mengeluh sepi.");
  EXPECT_EQ(r.warnings.size(), 1u);
}

}  // namespace
}  // namespace warta::cleaner
