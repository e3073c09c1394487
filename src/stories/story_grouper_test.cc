#include "stories/story_grouper.h"

#include <gtest/gtest.h>

namespace warta::stories {
namespace {

// Texts written for these tests: a story, another site's copy of it (own
// dateline, reworded lead, a paragraph dropped), and two other stories.
constexpr std::string_view kJembatan =
    "PALU - Pemerintah Provinsi Sulawesi Tengah meresmikan jembatan gantung "
    "baru yang menghubungkan dua desa di tepi Sungai Palu pada Kamis siang. "
    "Jembatan sepanjang 120 meter itu dibangun selama delapan bulan dengan "
    "anggaran daerah dan menggantikan jembatan kayu yang hanyut diterjang "
    "banjir tahun lalu.\n\n"
    "Gubernur mengatakan jembatan tersebut akan memudahkan anak-anak berangkat "
    "ke sekolah dan petani membawa hasil kebun ke pasar kecamatan. Selama ini "
    "warga harus memutar sejauh dua belas kilometer atau menyeberang dengan "
    "rakit bambu.\n\n"
    "Kepala desa berharap pemerintah juga memperbaiki jalan menuju jembatan "
    "yang masih berupa tanah dan licin saat hujan. Warga berencana menggelar "
    "syukuran bersama pada akhir pekan untuk merayakan selesainya pembangunan.";
constexpr std::string_view kJembatanCopy =
    "Palu, Warta Nusantara - Jembatan gantung baru yang menghubungkan dua desa "
    "di tepi Sungai Palu diresmikan Pemerintah Provinsi Sulawesi Tengah pada "
    "Kamis siang. Jembatan sepanjang 120 meter itu dibangun selama delapan "
    "bulan dengan anggaran daerah dan menggantikan jembatan kayu yang hanyut "
    "diterjang banjir tahun lalu.\n\n"
    "Gubernur mengatakan jembatan tersebut akan memudahkan anak-anak berangkat "
    "ke sekolah dan petani membawa hasil kebun ke pasar kecamatan. Selama ini "
    "warga harus memutar sejauh dua belas kilometer atau menyeberang dengan "
    "rakit bambu.\n\n"
    "Ikuti berita terkini lainnya di kanal kami setiap hari.";
constexpr std::string_view kPanen =
    "Petani di Kabupaten Sigi mulai memanen padi lebih awal karena khawatir "
    "hujan deras merusak tanaman yang sudah menguning. Harga gabah kering di "
    "tingkat petani turun menjadi lima ribu rupiah per kilogram, lebih rendah "
    "dari bulan lalu. Dinas pertanian menyiapkan mesin pengering untuk "
    "membantu kelompok tani menjaga mutu gabah.";
constexpr std::string_view kPasar =
    "Pedagang Pasar Inpres Manonda menempati kios baru setelah renovasi pasar "
    "selesai dikerjakan. Pemerintah kota menata ulang lorong pasar agar "
    "pembeli lebih leluasa dan saluran air tidak lagi tersumbat. Retribusi "
    "kios tidak naik selama enam bulan pertama agar pedagang bisa memulihkan "
    "usaha mereka setelah pindah sementara.";

TEST(StoryGrouperTest, CopiesJoinTheFirstStory) {
  StoryGrouper grouper;
  EXPECT_EQ(grouper.Add(FingerprintOf(kJembatan)), 0u);
  EXPECT_EQ(grouper.Add(FingerprintOf(kPanen)), 1u);
  EXPECT_EQ(grouper.Add(FingerprintOf(kJembatanCopy)), 0u);
  EXPECT_EQ(grouper.MatchOf(2), 0u);
  EXPECT_EQ(grouper.Add(FingerprintOf(kPasar)), 2u);
  EXPECT_EQ(grouper.Add(FingerprintOf(kJembatan)), 0u);
  EXPECT_EQ(grouper.MatchOf(4),
            0u);  // identical to article 0: the best match, not the copy
  EXPECT_EQ(grouper.article_count(), 5u);
  EXPECT_EQ(grouper.story_count(), 3u);
  EXPECT_EQ(grouper.StoryOf(3), 2u);
  EXPECT_EQ(grouper.MatchOf(1), StoryGrouper::kNoMatch);
}

TEST(StoryGrouperTest, EmptyFingerprintsAreStoriesOfTheirOwn) {
  StoryGrouper grouper;
  const Fingerprint empty = FingerprintOf("Foto: jembatan baru.");
  ASSERT_TRUE(empty.empty);
  EXPECT_EQ(grouper.Add(empty), 0u);
  EXPECT_EQ(grouper.Add(empty), 1u);
  EXPECT_EQ(grouper.Add(Fingerprint{}), 2u);
  EXPECT_EQ(grouper.story_count(), 3u);
}

}  // namespace
}  // namespace warta::stories
