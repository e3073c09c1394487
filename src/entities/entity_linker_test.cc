#include "entities/entity_linker.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "entities/country_table.h"
#include "testing/default_pipeline.h"

namespace warta::entities {
namespace {

TEST(CountryTableTest, IndonesianNamesAliasesAndMetonyms) {
  CountryTable table;
  ASSERT_NE(table.Find("Amerika Serikat"), nullptr);
  EXPECT_EQ(table.Find("AS")->alpha3, "USA");
  EXPECT_EQ(table.Find("Washington")->name, "Amerika Serikat");
  EXPECT_EQ(table.Find("Korut")->alpha3, "PRK");
  EXPECT_EQ(table.Find("Tiongkok")->alpha3, "CHN");
  EXPECT_EQ(table.Find("Kremlin")->alpha3, "RUS");
  EXPECT_EQ(table.Find("Pyongyang"), nullptr);
  EXPECT_TRUE(table.BeginsAName("Korea"));  // Korea Utara, Korea Selatan
  EXPECT_TRUE(table.BeginsAName("amerika"));
  EXPECT_FALSE(table.BeginsAName("Utara"));
  EXPECT_FALSE(table.BeginsAName("Joko"));
}

TEST(CountryTableTest, ReadsDebianIsoCodesWhenPresent) {
  if (!std::filesystem::exists("/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo"))
    GTEST_SKIP() << "iso-codes is not installed";
  CountryTable table;
  EXPECT_GT(table.size(), 300u);
  const Country* c = table.Find("Jerman");  // also in our aliases
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->alpha3, "DEU");
  ASSERT_NE(table.Find("Islandia"), nullptr);  // only in iso-codes
  EXPECT_EQ(table.Find("Islandia")->alpha3, "ISL");
}

// Tests through the default pipeline (skipped without hunspell-id).
class EntityLinkerTest : public testing::DefaultPipelineTest {
 protected:
  static std::map<std::string, Entity> ByName(const Document& doc) {
    std::map<std::string, Entity> by_name;
    for (const Entity& e : doc.entities) by_name[e.name] = e;
    return by_name;
  }
  // The entities of `text` after the default pipeline, by name.
  static std::map<std::string, Entity> EntitiesByName(const std::string& text) {
    return ByName(testing::AnnotateWithDefaultPipeline(text));
  }
};

TEST_F(EntityLinkerTest, GroupsNamesAcronymsCountriesAndTitles) {
  auto by_name = EntitiesByName(
      "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang. Lavrov "
      "bertemu Kim Jong Un. Kantor berita Korean Central News Agency (KCNA) "
      "melaporkan pertemuan itu. Kim Jong-un tersenyum. KCNA juga memuat foto.");
  ASSERT_TRUE(by_name.count("Sergey Lavrov"));
  const Entity& lavrov = by_name["Sergey Lavrov"];
  EXPECT_EQ(lavrov.mentions.size(), 2u);
  EXPECT_EQ(lavrov.title, "Menteri Luar Negeri");
  EXPECT_EQ(lavrov.country, "RUS");
  EXPECT_EQ(lavrov.actor_code, "RUSGOV");
  ASSERT_TRUE(by_name.count("Kim Jong Un")) << "spelling variants are one person";
  EXPECT_EQ(by_name["Kim Jong Un"].mentions.size(), 2u);
  ASSERT_TRUE(by_name.count("Korean Central News Agency"));
  EXPECT_EQ(by_name["Korean Central News Agency"].mentions.size(), 3u);
  ASSERT_TRUE(by_name.count("Pyongyang"));
  EXPECT_EQ(by_name["Pyongyang"].type, EntityType::kLocation) << "a capital stays a place";
  EXPECT_EQ(by_name["Pyongyang"].country, "PRK") << "in its country";
}

// Local government and police titles: a village head, a sub-district
// police chief.
TEST_F(EntityLinkerTest, TitlesOfLocalGovernmentAndPolice) {
  auto by_name = EntitiesByName(
      "Lurah Kebon Jeruk Hendra Gunawan diperiksa. Kapolsek Cibeureum Andi "
      "Wijaya menutup jalan. Wakil Wali Kota Bandung Yana Mulyana hadir.");
  ASSERT_TRUE(by_name.count("Hendra Gunawan"));
  EXPECT_EQ(by_name["Hendra Gunawan"].title, "Lurah");
  EXPECT_EQ(by_name["Hendra Gunawan"].affiliation, "Kebon Jeruk");
  ASSERT_TRUE(by_name.count("Andi Wijaya"));
  EXPECT_EQ(by_name["Andi Wijaya"].title, "Kapolsek");
  ASSERT_TRUE(by_name.count("Yana Mulyana"));
  EXPECT_EQ(by_name["Yana Mulyana"].title, "Wakil Wali Kota");
}

// A rank or an academic title between the office's unit and the name
// belongs to neither: the unit ends before it.
TEST_F(EntityLinkerTest, ARankBeforeTheNameEndsTheAffiliation) {
  auto by_name = EntitiesByName(
      "Kepala Polres Bogor Ajun Komisaris Besar Hendra Gunawan menutup jalan. Kepala "
      "Dinas Kesehatan Kota Bandung dr Rina Wulandari hadir.");
  ASSERT_TRUE(by_name.count("Hendra Gunawan"));
  EXPECT_EQ(by_name["Hendra Gunawan"].title, "Kepala");
  EXPECT_EQ(by_name["Hendra Gunawan"].affiliation, "Polres Bogor");
  ASSERT_TRUE(by_name.count("Rina Wulandari"));
  EXPECT_EQ(by_name["Rina Wulandari"].affiliation, "Dinas Kesehatan Kota Bandung");
}

// A province's short name is a place, also where the tagger ran it into
// the name after it.
TEST_F(EntityLinkerTest, AProvincesShortNameIsAPlace) {
  auto by_name = EntitiesByName(
      "Ketua DPD Golkar Sulsel Taufan Pawe menolak usul itu. Gubernur Kalbar Sutarmidji hadir.");
  ASSERT_TRUE(by_name.count("Taufan Pawe"));
  EXPECT_EQ(by_name["Taufan Pawe"].title, "Ketua");
  ASSERT_TRUE(by_name.count("Sulsel"));
  EXPECT_EQ(by_name["Sulsel"].type, EntityType::kLocation);
  ASSERT_TRUE(by_name.count("Kalbar"));
  EXPECT_EQ(by_name["Kalbar"].type, EntityType::kLocation);
}

// A title in the statement before a speech cue is not the speaker's.
TEST_F(EntityLinkerTest, ATitleAcrossAQuotationMarkIsNotTheNamesTitle) {
  auto by_name = EntitiesByName(
      "Budi Santoso menolak rencana itu. \u201dKami menunggu keputusan Bupati Sleman,\u201d "
      "ujar Budi Santoso.");
  ASSERT_TRUE(by_name.count("Budi Santoso"));
  EXPECT_EQ(by_name["Budi Santoso"].title, "");
  EXPECT_EQ(by_name["Budi Santoso"].affiliation, "");
}

// Kompas's way: the name, then its title between commas.
TEST_F(EntityLinkerTest, ATitleInAnAppositionAfterTheName) {
  auto by_name = EntitiesByName(
      "Rudi Hartono, Kepala Dinas Perhubungan Kota Bandung, Senin (3/5/2021), "
      "mengatakan jalan ditutup. Sergey Lavrov, Menteri Luar Negeri Rusia, tiba di "
      "Pyongyang.");
  ASSERT_TRUE(by_name.count("Rudi Hartono"));
  EXPECT_EQ(by_name["Rudi Hartono"].title, "Kepala");
  EXPECT_EQ(by_name["Rudi Hartono"].affiliation, "Dinas Perhubungan Kota Bandung");
  ASSERT_TRUE(by_name.count("Sergey Lavrov"));
  EXPECT_EQ(by_name["Sergey Lavrov"].title, "Menteri Luar Negeri");
  EXPECT_EQ(by_name["Sergey Lavrov"].country, "RUS");
}

// Holidays, diseases and public-health measures are capitalised but name no
// person, organisation or place (lexicons/not-names.tsv, entries of words).
TEST_F(EntityLinkerTest, HolidaysAndDiseasesAreNotEntities) {
  auto by_name = EntitiesByName(
      "Wali Kota Bogor Bima Arya meminta warga tetap waspada terhadap Covid-19 selama "
      "Ramadhan dan Idul Fitri.");
  EXPECT_TRUE(by_name.count("Bima Arya"));
  EXPECT_FALSE(by_name.count("Ramadhan"));
  EXPECT_FALSE(by_name.count("Idul Fitri"));
  EXPECT_FALSE(by_name.count("Covid-19"));
}

// Programmes, laws and products are not entities; the institution that
// runs them is.
TEST_F(EntityLinkerTest, ProgrammesAndLawsAreNotEntities) {
  auto by_name = EntitiesByName(
      "Warga diminta mengunduh aplikasi PeduliLindungi sebelum masuk Mal Kelapa Gading. "
      "Operasi Ketupat Jaya 2021 digelar Polda Metro Jaya selama dua pekan.");
  EXPECT_TRUE(by_name.count("Mal Kelapa Gading"));
  EXPECT_FALSE(by_name.count("PeduliLindungi")) << "an application";
  EXPECT_FALSE(by_name.count("Ketupat Jaya")) << "a police operation";
}

// A place is one entity with or without its rank ("Provinsi", "DKI",
// "Kota"), but a city and a regency of one name are two.
TEST_F(EntityLinkerTest, APlaceWithAndWithoutItsRankIsOneEntity) {
  const Document doc = testing::AnnotateWithDefaultPipeline(
      "Polisi menutup jalan di Provinsi DKI Jakarta sejak Senin. Banjir merendam Jakarta "
      "Selatan. Hujan di Jakarta turun setiap hari. Warga Kota Bekasi dan Kabupaten "
      "Bekasi mengungsi.");
  auto by_name = ByName(doc);
  ASSERT_TRUE(by_name.count("Provinsi DKI Jakarta"));
  EXPECT_EQ(by_name["Provinsi DKI Jakarta"].mentions.size(), 2u) << "Jakarta is DKI Jakarta";
  EXPECT_TRUE(by_name.count("Jakarta Selatan"));
  EXPECT_TRUE(by_name.count("Kota Bekasi"));
  EXPECT_TRUE(by_name.count("Kabupaten Bekasi"));
}

// Hospitals, offices and agencies are organisations, whatever the tagger
// took them for (lexicons/organisation-heads.tsv).
TEST_F(EntityLinkerTest, ANameThatBeginsWithAnInstitutionWordIsAnOrganisation) {
  auto by_name = EntitiesByName("Pasien dirujuk ke RSUD Dr Soetomo di Surabaya.");
  ASSERT_TRUE(by_name.count("RSUD Dr Soetomo"));
  EXPECT_EQ(by_name["RSUD Dr Soetomo"].type, EntityType::kOrganization);
  EXPECT_EQ(by_name["Surabaya"].type, EntityType::kLocation);
}

TEST_F(EntityLinkerTest, NamesDefinedByABracketedAcronymAreWhole) {
  auto by_name = EntitiesByName(
      "Rapat digelar di kantor Kementerian Energi dan Sumber Daya Mineral (ESDM) "
      "kemarin. ESDM menolak. Laporan itu disusun Badan Pusat Statistik (BPS) "
      "pekan lalu. BPS mencatat inflasi naik.");
  ASSERT_TRUE(by_name.count("Energi dan Sumber Daya Mineral")) << "connectors are skipped";
  EXPECT_EQ(by_name["Energi dan Sumber Daya Mineral"].type, EntityType::kOrganization);
  EXPECT_EQ(by_name["Energi dan Sumber Daya Mineral"].mentions.size(), 3u);
  ASSERT_TRUE(by_name.count("Badan Pusat Statistik"));
  EXPECT_EQ(by_name["Badan Pusat Statistik"].mentions.size(), 3u);
}

TEST_F(EntityLinkerTest, CountriesTheTaggerMissedArePlaces) {
  auto by_name = EntitiesByName(
      "Venezuela secara terbuka menyerukan pemangkasan dan Iran mengisyaratkan kebutuhan "
      "untuk mengurangi produksi. Namun, Arab Saudi, produsen minyak terbesar dunia, lebih "
      "memilih menurunkan harga.");
  for (const auto& [name, alpha3] : {std::pair<std::string, std::string>{"Venezuela", "VEN"},
                                     {"Iran", "IRN"},
                                     {"Arab Saudi", "SAU"}}) {
    ASSERT_TRUE(by_name.count(name)) << name;
    EXPECT_EQ(by_name[name].type, EntityType::kLocation) << name;
    EXPECT_EQ(by_name[name].country, alpha3) << name;
  }
}

TEST_F(EntityLinkerTest, CountryNamesCutShortGrowToTheWholeName) {
  // A tagger that ends a name early ("Arab" of "Arab Saudi") is mended.
  Document doc =
      testing::AnnotateWithDefaultPipeline("Namun, Arab Saudi memilih menurunkan harga.");
  constexpr uint8_t kBeginLocation = 5;
  ASSERT_EQ(NerLabelName(kBeginLocation), "B-LOC");
  for (Token& t : doc.tokens) t.ner = doc.Form(t) == "Arab" ? kBeginLocation : 0;
  Scratch scratch;
  ASSERT_TRUE(EntityLinker().Process(doc, scratch).ok());
  auto by_name = ByName(doc);
  ASSERT_TRUE(by_name.count("Arab Saudi"));
  EXPECT_EQ(by_name["Arab Saudi"].country, "SAU");
  EXPECT_FALSE(by_name.count("Arab"));
}

TEST_F(EntityLinkerTest, CapitalisedWordsOfAnEnglishTitleAreNotPeople) {
  // "Vice President Fuel Retail PT Pertamina Hanung Budya": the words between
  // the title and the company name the unit; a tagger may take one for a
  // person.
  Document doc = testing::AnnotateWithDefaultPipeline(
      "Vice President Fuel Retail PT Pertamina Hanung Budya mengatakan hal itu.");
  const std::map<std::string_view, uint8_t> tags = {
      {"Fuel", 1}, {"PT", 3}, {"Pertamina", 4}, {"Hanung", 1}, {"Budya", 2}};
  for (Token& t : doc.tokens) {
    auto it = tags.find(doc.Form(t));
    t.ner = it == tags.end() ? 0 : it->second;
  }
  Scratch scratch;
  ASSERT_TRUE(EntityLinker().Process(doc, scratch).ok());
  auto by_name = ByName(doc);
  EXPECT_FALSE(by_name.count("Fuel"));
  ASSERT_TRUE(by_name.count("Hanung Budya"));
  EXPECT_EQ(by_name["Hanung Budya"].type, EntityType::kPerson);
  EXPECT_TRUE(by_name.count("PT Pertamina") || by_name.count("Pertamina"));
}

TEST_F(EntityLinkerTest, StreetsInstitutionsAndATitledPersonAfterACountry) {
  auto by_name = EntitiesByName(
      "Posko dibuka di Jl Letjen Suprapto dan Jalan Raya Bogor. Gedung Putih "
      "menyambut Pemimpin Korea Utara Kim Jong Un. PT Pertamina dan Vice "
      "President Pertamina hadir.");
  ASSERT_TRUE(by_name.count("Jl Letjen Suprapto"));
  EXPECT_EQ(by_name["Jl Letjen Suprapto"].type, EntityType::kLocation);
  ASSERT_TRUE(by_name.count("Jalan Raya Bogor"));
  ASSERT_TRUE(by_name.count("Gedung Putih"));
  EXPECT_EQ(by_name["Gedung Putih"].type, EntityType::kOrganization);
  EXPECT_EQ(by_name["Gedung Putih"].actor_code, "USAGOV");
  ASSERT_TRUE(by_name.count("Kim Jong Un"));
  EXPECT_EQ(by_name["Kim Jong Un"].type, EntityType::kPerson);
  EXPECT_EQ(by_name["Kim Jong Un"].country, "PRK");
  ASSERT_TRUE(by_name.count("Korea Utara"));
  EXPECT_FALSE(by_name.count("Vice"));
  EXPECT_FALSE(by_name.count("PT"));
}

TEST_F(EntityLinkerTest, TheOrganisationInAPersonsTitleIsAnEntity) {
  auto by_name = EntitiesByName(
      "Kepala Dinas Perhubungan Kota Bandung Rina Kusumawati mengatakan jalan itu "
      "ditutup. Kepala Polres Cimahi Ajun Komisaris Besar Hendra Gunawan hadir.");
  ASSERT_TRUE(by_name.count("Dinas Perhubungan Kota Bandung"));
  EXPECT_EQ(by_name["Dinas Perhubungan Kota Bandung"].type, EntityType::kOrganization);
  EXPECT_FALSE(by_name.count("Kota Bandung")) << "a place inside the organisation's name";
  ASSERT_TRUE(by_name.count("Rina Kusumawati"));
  EXPECT_EQ(by_name["Rina Kusumawati"].affiliation, "Dinas Perhubungan Kota Bandung");
  ASSERT_TRUE(by_name.count("Polres Cimahi")) << "the organisation ends at a rank";
  EXPECT_EQ(by_name["Polres Cimahi"].type, EntityType::kOrganization);
}

// The annotation guide: the dateline's city is a place mention, its news
// organisation is not an entity (a site named by its address is); the
// outlet cited in the body is one.
TEST_F(EntityLinkerTest, TheDatelinesOutletIsNotAnEntityButTheCitedOneIs) {
  auto by_name = EntitiesByName(
      "BANDUNG, KOMPAS — Rina Kusumawati meresmikan pasar baru di Cimahi.");
  EXPECT_FALSE(by_name.count("KOMPAS")) << "the dateline's outlet";
  ASSERT_TRUE(by_name.count("BANDUNG") || by_name.count("Bandung")) << "the dateline's city";
  by_name = EntitiesByName(
      "BANDUNG, KOMPAS — Rina Kusumawati meresmikan pasar baru. \"Pasar ini untuk "
      "warga,\" kata Rina kepada Kompas di Bandung.");
  ASSERT_TRUE(by_name.count("Kompas")) << "the outlet the body cites";
  EXPECT_EQ(by_name["Kompas"].type, EntityType::kOrganization);
  EXPECT_EQ(by_name["Kompas"].mentions.size(), 1u) << "the dateline is not one of its mentions";
  ASSERT_TRUE(by_name.count("BANDUNG"));
  EXPECT_EQ(by_name["BANDUNG"].mentions.size(), 2u) << "the dateline's city once, and the body's";
  by_name = EntitiesByName("BANDUNG, KOMPAS.com - Rina Kusumawati meresmikan pasar baru.");
  ASSERT_TRUE(by_name.count("KOMPAS.com")) << "a web outlet";
  EXPECT_EQ(by_name["KOMPAS.com"].type, EntityType::kOrganization);
}

// The government of a region is an organisation named with the place; a
// country's government is the country.
TEST_F(EntityLinkerTest, TheGovernmentOfARegionIsAnOrganisation) {
  auto by_name = EntitiesByName(
      "Pemerintah Kota Bandung menutup pasar itu. Pemerintah Provinsi Jawa Barat "
      "mendukung langkah tersebut, sedangkan Pemkab Garut belum memutuskan. "
      "Pemerintah Malaysia mengirim bantuan.");
  ASSERT_TRUE(by_name.count("Pemerintah Kota Bandung"));
  EXPECT_EQ(by_name["Pemerintah Kota Bandung"].type, EntityType::kOrganization);
  EXPECT_FALSE(by_name.count("Kota Bandung")) << "the place inside the organisation's name";
  ASSERT_TRUE(by_name.count("Pemerintah Provinsi Jawa Barat"));
  EXPECT_EQ(by_name["Pemerintah Provinsi Jawa Barat"].type, EntityType::kOrganization);
  ASSERT_TRUE(by_name.count("Pemkab Garut"));
  EXPECT_EQ(by_name["Pemkab Garut"].type, EntityType::kOrganization);
  EXPECT_FALSE(by_name.count("Pemerintah Malaysia")) << "a country stands for its government";
  EXPECT_TRUE(by_name.count("Malaysia"));
}

TEST_F(EntityLinkerTest, AnUntaggedNameThatBeginsWithAnInstitutionIsAnOrganisation) {
  auto by_name = EntitiesByName(
      "Satgas Covid Tangguh membagikan masker kepada warga. Kepala Dinas Kesehatan Provinsi "
      "Kalbar Budi Santoso ikut hadir. Dinas Pendidikan Provinsi Kalbar menutup sekolah.");
  ASSERT_TRUE(by_name.count("Satgas Covid Tangguh"));
  EXPECT_EQ(by_name["Satgas Covid Tangguh"].type, EntityType::kOrganization);
  ASSERT_TRUE(by_name.count("Dinas Pendidikan Provinsi Kalbar"))
      << "the place the tagger marked after the institution's words is part of its name";
  EXPECT_EQ(by_name["Dinas Pendidikan Provinsi Kalbar"].type, EntityType::kOrganization);
  EXPECT_TRUE(by_name.count("Budi Santoso"));
  // Kinds of institutions: inspectorates, secretariats, directorates.
  by_name = EntitiesByName(
      "Pemeriksaan dilakukan oleh Inspektorat Wilayah Kota sejak pekan lalu. Sekretariat "
      "Kabinet belum menjawab. Direktorat Lalu Lintas memasang rambu baru.");
  for (const char* name : {"Inspektorat Wilayah Kota", "Sekretariat Kabinet", "Direktorat Lalu Lintas"}) {
    ASSERT_TRUE(by_name.count(name)) << name;
    EXPECT_EQ(by_name[name].type, EntityType::kOrganization) << name;
  }
}

}  // namespace
}  // namespace warta::entities
