#include "stories/story_fingerprint.h"

#include <gtest/gtest.h>

// Inline XXH3 here: the test checks fixed hash values, and the library links
// xxhash privately.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <string>

namespace warta::stories {
namespace {

// Texts written for these tests.
constexpr std::string_view kBanjir =
    "SEMARANG - Banjir merendam ratusan rumah di tiga kecamatan di Kota "
    "Semarang, Jawa Tengah, sejak Minggu malam setelah hujan deras mengguyur "
    "kota itu selama enam jam. Kepala Badan Penanggulangan Bencana Daerah Kota "
    "Semarang mengatakan ketinggian air mencapai satu meter di beberapa titik "
    "permukiman warga. Sebanyak 420 warga mengungsi ke balai kelurahan dan "
    "masjid terdekat karena rumah mereka tidak bisa ditempati.\n\n"
    "Petugas gabungan dari kepolisian, tentara dan relawan mengevakuasi warga "
    "lanjut usia dan anak-anak dengan perahu karet. Dapur umum didirikan di "
    "halaman kantor kecamatan untuk menyediakan makanan bagi para pengungsi "
    "selama tiga hari ke depan.\n\n"
    "Pemerintah kota meminta warga yang tinggal di bantaran sungai tetap "
    "waspada karena hujan diperkirakan masih turun hingga akhir pekan. Pompa "
    "air di rumah pompa utama dinyalakan penuh untuk mempercepat surutnya "
    "genangan di jalan-jalan utama kota.\n\n"
    "Menurut warga, banjir kali ini lebih parah daripada tahun lalu. Mereka "
    "berharap pemerintah segera memperbaiki tanggul sungai yang jebol di dekat "
    "pasar.";

// The same story as another site would carry it: its own dateline and
// footer, a related-link line, a reworded lead and the third paragraph
// dropped.
constexpr std::string_view kBanjirCopy =
    "Semarang, Kabar Kota -- Ratusan rumah di tiga kecamatan di Kota Semarang "
    "terendam banjir sejak Minggu malam setelah hujan deras mengguyur kota itu "
    "selama enam jam. Kepala Badan Penanggulangan Bencana Daerah Kota Semarang "
    "mengatakan ketinggian air mencapai satu meter di beberapa titik "
    "permukiman warga. Sebanyak 420 warga mengungsi ke balai kelurahan dan "
    "masjid terdekat karena rumah mereka tidak bisa ditempati.\n\n"
    "Baca juga: Harga Beras di Pasar Johar Naik Lagi\n\n"
    "Petugas gabungan dari kepolisian, tentara dan relawan mengevakuasi warga "
    "lanjut usia dan anak-anak dengan perahu karet. Dapur umum didirikan di "
    "halaman kantor kecamatan untuk menyediakan makanan bagi para pengungsi "
    "selama tiga hari ke depan.\n\n"
    "Menurut warga, banjir kali ini lebih parah daripada tahun lalu. Mereka "
    "berharap pemerintah segera memperbaiki tanggul sungai yang jebol di dekat "
    "pasar.\n\n"
    "Simak berita lainnya di kanal kami dan ikuti kabar terbaru setiap hari.";

// Another story on the same topic (a flood), written separately.
constexpr std::string_view kBanjirLain =
    "BANDUNG - Luapan Sungai Citarum menggenangi permukiman di Kabupaten "
    "Bandung pada Selasa pagi. Air setinggi pinggang orang dewasa masuk ke "
    "rumah warga di dua desa dan memutus akses jalan menuju pusat kecamatan. "
    "Camat setempat menyebut sekitar 150 keluarga terdampak dan sebagian "
    "memilih bertahan di lantai dua rumah mereka.\n\n"
    "Relawan membagikan air bersih dan obat-obatan, sementara sekolah di desa "
    "itu diliburkan sampai air surut. Warga mengeluhkan sampah yang menyumbat "
    "saluran air sehingga genangan bertahan lebih lama dari biasanya.";

constexpr std::string_view kSepakBola =
    "Tim nasional Indonesia menang 2-0 atas Vietnam dalam laga persahabatan di "
    "Stadion Gelora Bung Karno, Jakarta, Jumat malam. Dua gol dicetak pada "
    "babak kedua melalui sundulan kepala dan tendangan bebas dari luar kotak "
    "penalti. Pelatih mengatakan kemenangan ini menjadi modal penting sebelum "
    "turnamen di Thailand bulan depan. Puluhan ribu penonton memadati stadion "
    "dan menyanyikan lagu kebangsaan bersama para pemain sebelum pertandingan "
    "dimulai.";

uint64_t XxhOf(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

TEST(StoryFingerprintTest, NormalisesToLowercaseLettersAndDigits) {
  std::string words;
  std::vector<uint32_t> ends;
  internal::NormalisedWords("Presiden RI, Jumat (20/10). ÉCOLE—Łódź!", &words,
                            &ends);
  EXPECT_EQ(words, "presiden ri jumat 20 10 école łódź");
  ASSERT_EQ(ends.size(), 7u);
  EXPECT_EQ(ends[0], 8u);
  EXPECT_EQ(ends.back(), words.size());
}

TEST(StoryFingerprintTest, BytesThatAreNotUtf8SeparateWords) {
  std::string words;
  std::vector<uint32_t> ends;
  // (Split literals: a hex escape would swallow the letters after it.)
  internal::NormalisedWords(
      "harga\xff\xfe"
      "beras\xc3 naik\xe2\x80",
      &words, &ends);
  EXPECT_EQ(words, "harga beras naik");
  // Any bytes at all: no crash, and the same fingerprint every time.
  std::string noise;
  for (int i = 0; i < 4000; ++i) noise += static_cast<char>((i * 7919) % 256);
  const Fingerprint f = FingerprintOf(noise);
  EXPECT_EQ(f, FingerprintOf(noise));
}

TEST(StoryFingerprintTest, PunctuationAndCaseDoNotMatter) {
  const Fingerprint a = FingerprintOf(kBanjir);
  std::string shouted;
  for (char c : kBanjir)
    shouted += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  EXPECT_EQ(FingerprintOf(shouted), a);
}

TEST(StoryFingerprintTest, IdenticalTextIsTheSameStory) {
  const Fingerprint a = FingerprintOf(kBanjir);
  const Fingerprint b = FingerprintOf(std::string(kBanjir));
  ASSERT_FALSE(a.empty);
  EXPECT_EQ(a, b);
  EXPECT_DOUBLE_EQ(EstimatedJaccard(a, b), 1.0);
  EXPECT_DOUBLE_EQ(EstimatedContainment(a, b), 1.0);
  EXPECT_TRUE(SameStory(a, b));
}

TEST(StoryFingerprintTest, EditedCopyIsTheSameStory) {
  const Fingerprint a = FingerprintOf(kBanjir);
  const Fingerprint b = FingerprintOf(kBanjirCopy);
  EXPECT_TRUE(SameStory(a, b))
      << "J " << EstimatedJaccard(a, b) << " C " << EstimatedContainment(a, b);
  EXPECT_TRUE(SameStory(b, a));
  EXPECT_GT(StorySimilarity(a, b), 0.5);
}

TEST(StoryFingerprintTest, UnrelatedTextsStayApart) {
  const Fingerprint banjir = FingerprintOf(kBanjir);
  const Fingerprint lain = FingerprintOf(kBanjirLain);
  const Fingerprint bola = FingerprintOf(kSepakBola);
  EXPECT_FALSE(SameStory(banjir, lain));
  EXPECT_FALSE(SameStory(banjir, bola));
  EXPECT_FALSE(SameStory(lain, bola));
  EXPECT_LT(EstimatedJaccard(banjir, lain), 0.1);
}

TEST(StoryFingerprintTest, ShortTextIsEmptyAndNeverGrouped) {
  for (std::string_view text :
       {std::string_view(""), std::string_view("  ...  "),
        std::string_view("Banjir di Semarang."),
        std::string_view("Foto: warga mengungsi ke balai desa saat "
                         "banjir merendam rumah mereka.")}) {
    const Fingerprint f = FingerprintOf(text);
    EXPECT_TRUE(f.empty) << text;
    EXPECT_FALSE(SameStory(f, f)) << text;
    EXPECT_TRUE(BandKeys(f).empty());
    EXPECT_EQ(EstimatedJaccard(f, f), 0.0);
  }
  const Fingerprint full = FingerprintOf(kBanjir);
  EXPECT_FALSE(SameStory(FingerprintOf("Banjir di Semarang."), full));
  EXPECT_FALSE(SameStory(full, Fingerprint{}));
}

TEST(StoryFingerprintTest, BandKeysOneABandAndSharedByCopies) {
  const Fingerprint a = FingerprintOf(kBanjir);
  const Fingerprint b = FingerprintOf(kBanjirCopy);
  const std::vector<uint64_t> ka = BandKeys(a), kb = BandKeys(b);
  ASSERT_EQ(ka.size(), kBands);
  size_t shared = 0;
  for (size_t i = 0; i < kBands; ++i) shared += ka[i] == kb[i];
  EXPECT_GT(shared, 0u);
  // Equal values in two different bands give different keys.
  Fingerprint flat = a;
  flat.minhash.fill(7);
  const std::vector<uint64_t> kf = BandKeys(flat);
  EXPECT_NE(kf[0], kf[1]);
}

TEST(StoryFingerprintTest, SerializeRoundTrip) {
  for (std::string_view text : {kBanjir, std::string_view("terlalu pendek")}) {
    const Fingerprint f = FingerprintOf(text);
    const std::string bytes = Serialize(f);
    ASSERT_EQ(bytes.size(), kSerializedSize);
    EXPECT_EQ(bytes.substr(0, 4), std::string("WSF\x01", 4));
    const std::optional<Fingerprint> back = Deserialize(bytes);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, f);
  }
}

TEST(StoryFingerprintTest, DeserializeRefusesWrongBytes) {
  const std::string good = Serialize(FingerprintOf(kBanjir));
  EXPECT_FALSE(Deserialize("").has_value());
  EXPECT_FALSE(Deserialize(good.substr(0, good.size() - 1)).has_value());
  EXPECT_FALSE(Deserialize(good + '\0').has_value());
  EXPECT_FALSE(Deserialize(std::string(kSerializedSize, '\0')).has_value());
  std::string bad = good;
  bad[0] = 'X';  // magic
  EXPECT_FALSE(Deserialize(bad).has_value());
  bad = good;
  bad[3] = 2;  // format version
  EXPECT_FALSE(Deserialize(bad).has_value());
  bad = good;
  bad[4] = 2;  // unknown flag
  EXPECT_FALSE(Deserialize(bad).has_value());
  bad = good;
  bad[6] = 1;  // padding
  EXPECT_FALSE(Deserialize(bad).has_value());
}

TEST(StoryFingerprintTest, SerializedLayoutIsLittleEndian) {
  Fingerprint f;
  f.empty = false;
  f.shingles = 0x01020304;
  f.minhash[0] = 0xA1B2C3D4;
  const std::string bytes = Serialize(f);
  EXPECT_EQ(bytes[4], 0);
  EXPECT_EQ(bytes.substr(8, 4), std::string("\x04\x03\x02\x01", 4));
  EXPECT_EQ(bytes.substr(12, 4), std::string("\xD4\xC3\xB2\xA1", 4));
}

// Fixed values: a change here changes every stored fingerprint and band key,
// and needs a new format version.
TEST(StoryFingerprintTest, Deterministic) {
  const std::vector<uint64_t> shingles =
      internal::ShingleHashes("Presiden meresmikan jembatan baru itu", 4);
  ASSERT_EQ(shingles.size(), 2u);
  EXPECT_EQ(XxhOf("presiden meresmikan jembatan baru"), 3090305281153846767ULL);
  EXPECT_EQ(shingles[0], std::min(XxhOf("presiden meresmikan jembatan baru"),
                                  XxhOf("meresmikan jembatan baru itu")));
  const Fingerprint f = FingerprintOf(kBanjir);
  EXPECT_EQ(f.shingles, 149u);
  EXPECT_EQ(f.minhash[0], 15104255u);
  EXPECT_EQ(f.minhash[63], 13068294u);
  EXPECT_EQ(BandKeys(f)[0], 3045336788032281195ULL);
}

}  // namespace
}  // namespace warta::stories
