#include "timex/timex_normalizer.h"

#include <gtest/gtest.h>

#include "segmenter/segmenter.h"

namespace warta::timex {
namespace {

TEST(DateMathTest, WeekdaysWeeksAndDays) {
  EXPECT_EQ(Weekday({2023, 10, 20}), 4);  // a Friday
  EXPECT_EQ(Weekday({2014, 12, 29}), 0);  // a Monday
  EXPECT_EQ(IsoWeek({2023, 10, 20}), "2023-W42");
  EXPECT_EQ(IsoWeek({2021, 1, 1}), "2020-W53");
  EXPECT_EQ(FormatDate(AddDays({2024, 2, 28}, 1)), "2024-02-29");
  EXPECT_EQ(FormatDate(AddDays({2023, 1, 1}, -1)), "2022-12-31");
  EXPECT_FALSE(ParseIsoDate("2023-02-30").valid());
}

// Timex values of a text published on `published` ("" for none).
std::vector<std::pair<std::string, std::string>> Values(const std::string& text,
                                                       const std::string& published,
                                                       Document* out = nullptr) {
  Document doc;
  doc.text = text;
  doc.published = published;
  doc.layers = Layer::kText;
  Scratch scratch;
  EXPECT_TRUE(segmenter::Segmenter(SegmenterOptions{}).Process(doc, scratch).ok());
  EXPECT_TRUE(TimexNormalizer().Process(doc, scratch).ok());
  std::vector<std::pair<std::string, std::string>> v;
  for (const warta::Timex& t : doc.timex) v.emplace_back(std::string(doc.Slice(t.span)), t.value);
  if (out) *out = std::move(doc);
  return v;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(TimexNormalizerTest, Table) {
  const std::string pub = "2023-10-20";  // a Friday
  EXPECT_EQ(Values("Dia tiba pada Jumat (20/10).", pub), (Pairs{{"Jumat (20/10)", "2023-10-20"}}));
  EXPECT_EQ(Values("Rapat Senin (29/12/2014) ditunda.", pub),
            (Pairs{{"Senin (29/12/2014)", "2014-12-29"}}));
  EXPECT_EQ(Values("Kemarin hujan, besok cerah, lusa mendung.", pub),
            (Pairs{{"Kemarin", "2023-10-19"}, {"besok", "2023-10-21"}, {"lusa", "2023-10-22"}}));
  EXPECT_EQ(Values("Dia datang pekan lalu dan pergi pekan ini.", pub),
            (Pairs{{"pekan lalu", "2023-W41"}, {"pekan ini", "2023-W42"}}));
  EXPECT_EQ(Values("Harga naik bulan depan, turun tahun lalu.", pub),
            (Pairs{{"bulan depan", "2023-11"}, {"tahun lalu", "2022"}}));
  EXPECT_EQ(Values("Mereka bertemu pada September.", pub), (Pairs{{"September", "2023-09"}}));
  EXPECT_EQ(Values("Sejak Juni lalu dan hingga Januari depan.", pub),
            (Pairs{{"Juni lalu", "2023-06"}, {"Januari depan", "2024-01"}}));
  EXPECT_EQ(Values("Dia tiba dua hari lalu.", pub), (Pairs{{"dua hari lalu", "2023-10-18"}}));
  // A clock time is part of the day it is written with; alone it is none
  // (the annotation guide).
  EXPECT_EQ(Values("Rapat Minggu (28/12/2014) pukul 06.18 WIB.", pub),
            (Pairs{{"Minggu (28/12/2014) pukul 06.18 WIB", "2014-12-28T06:18"}}));
  EXPECT_EQ(Values("Rapat pukul 10.30 WIB.", pub), Pairs{});
  EXPECT_EQ(Values("Proyek selesai awal 2015.", pub), (Pairs{{"awal 2015", "2015"}}));
  EXPECT_EQ(Values("Pada 1 Januari 2014 aturan berlaku.", pub),
            (Pairs{{"1 Januari 2014", "2014-01-01"}}));
  EXPECT_EQ(Values("Saat ini harga turun; nanti naik lagi.", pub),
            (Pairs{{"Saat ini", "PRESENT_REF"}, {"nanti", "FUTURE_REF"}}));
  EXPECT_EQ(Values("Dia datang Senin.", pub), (Pairs{{"Senin", "2023-10-16"}}));
}

TEST(TimexNormalizerTest, TheGuidesConventions) {
  const std::string pub = "2023-10-20";  // a Friday
  // Bare years, also inside names; not a count or a number of its own.
  EXPECT_EQ(Values("Pemilu 2024 digelar serentak.", pub), (Pairs{{"2024", "2024"}}));
  EXPECT_EQ(Values("Sebanyak 2020 orang hadir.", pub), Pairs{});
  EXPECT_EQ(Values("Harganya Rp 1999 per lembar.", pub), Pairs{});
  // The year of a law's number is no time.
  EXPECT_EQ(Values("Aturan itu ada di UU Nomor 2 Tahun 2020.", pub), Pairs{});
  // "sebelumnya" alone is left out.
  EXPECT_EQ(Values("Sebelumnya, dia menolak.", pub), Pairs{});
  // Quarters carry the year.
  EXPECT_EQ(Values("Ekonomi tumbuh pada triwulan I-2021 dan kuartal II 2020.", pub),
            (Pairs{{"triwulan I-2021", "2021"}, {"kuartal II 2020", "2020"}}));
  // The vague future and past.
  EXPECT_EQ(Values("Di masa depan dan dalam waktu dekat, kelak.", pub),
            (Pairs{{"masa depan", "FUTURE_REF"}, {"dalam waktu dekat", "FUTURE_REF"},
                   {"kelak", "FUTURE_REF"}}));
  EXPECT_EQ(Values("Pengangguran naik tiga bulan mendatang.", pub),
            (Pairs{{"tiga bulan mendatang", "FUTURE_REF"}}));
  EXPECT_EQ(Values("Luka masa lalu.", pub), (Pairs{{"masa lalu", "PAST_REF"}}));
  EXPECT_EQ(Values("Baru-baru ini harga naik.", pub), (Pairs{{"Baru-baru ini", "PAST_REF"}}));
  EXPECT_EQ(Values("Akhir-akhir ini harga naik, dan dewasa ini turun.", pub),
            (Pairs{{"Akhir-akhir ini", "PAST_REF"}, {"dewasa ini", "PRESENT_REF"}}));
  // Parts of the day told from the publication day.
  EXPECT_EQ(Values("Tadi malam hujan, dini hari tadi reda, pagi ini cerah.", pub),
            (Pairs{{"Tadi malam", "2023-10-19"}, {"dini hari tadi", "2023-10-20"},
                   {"pagi ini", "2023-10-20"}}));
  EXPECT_EQ(Values("Hujan turun malam tadi dan reda pagi tadi.", pub),
            (Pairs{{"malam tadi", "2023-10-19"}, {"pagi tadi", "2023-10-20"}}));
  // "tadi" alone is "the one just named", no time.
  EXPECT_EQ(Values("Dua orang tadi dicegah petugas.", pub), Pairs{});
  // Numeric dates without a weekday; a bare d/m only in brackets.
  EXPECT_EQ(Values("Surat itu bertanggal 23/2/2022.", pub), (Pairs{{"23/2/2022", "2022-02-23"}}));
  EXPECT_EQ(Values("Rapat digelar (19/10) di Jakarta.", pub), (Pairs{{"19/10", "2023-10-19"}}));
  EXPECT_EQ(Values("Setengahnya, 1/2 bagian, hilang.", pub), Pairs{});
  // Weekdays: the last one up to publication, the next one when told in the
  // future or with "depan", the nearest with "ini".
  EXPECT_EQ(Values("Dia datang Rabu.", pub), (Pairs{{"Rabu", "2023-10-18"}}));
  EXPECT_EQ(Values("Rapat akan digelar Minggu.", pub), (Pairs{{"Minggu", "2023-10-22"}}));
  EXPECT_EQ(Values("Sidang ditunda hingga Senin depan.", pub),
            (Pairs{{"Senin depan", "2023-10-23"}}));
  EXPECT_EQ(Values("Sidang dilanjutkan Senin ini.", pub), (Pairs{{"Senin ini", "2023-10-23"}}));
  // Ranges: the smallest unit holding both ends.
  EXPECT_EQ(Values("Pameran digelar 17-30 Januari 2022.", pub),
            (Pairs{{"17-30 Januari 2022", "2022-01"}}));
  EXPECT_EQ(Values("PSBB berlaku 13 April-26 Mei 2020.", pub),
            (Pairs{{"13 April-26 Mei 2020", "2020"}}));
  EXPECT_EQ(Values("Libur Sabtu-Senin (4-6 Juli 2020) usai.", pub),
            (Pairs{{"Sabtu-Senin (4-6 Juli 2020)", "2020-07"}}));
  EXPECT_EQ(Values("Gereja dijaga Jumat-Minggu (2-4/4/2021).", pub),
            (Pairs{{"Jumat-Minggu (2-4/4/2021)", "2021-W13"}}));
  // Ranges of years with both ends complete are two expressions; months
  // of one year, the year.
  EXPECT_EQ(Values("Anggota DPR periode 2019-2024 dilantik.", pub),
            (Pairs{{"2019", "2019"}, {"2024", "2024"}}));
  EXPECT_EQ(Values("Rencana strategis 2015 - 2019 selesai.", pub),
            (Pairs{{"2015", "2015"}, {"2019", "2019"}}));
  EXPECT_EQ(Values("Ekspor Januari-Oktober 2020 naik.", pub),
            (Pairs{{"Januari-Oktober 2020", "2020"}}));
  EXPECT_EQ(Values("Ekspor 26 Mei-Juli 2020 naik; Januari-Maret juga.", pub),
            (Pairs{{"26 Mei-Juli 2020", "2020"}, {"Januari-Maret", "2023"}}));
  // A weekday of the week named: last week's, this week's, next week's.
  EXPECT_EQ(Values("Rapat digelar Selasa pekan lalu dan Kamis minggu depan.", pub),
            (Pairs{{"Selasa pekan lalu", "2023-10-10"}, {"Kamis minggu depan", "2023-10-26"}}));
  // The weekend of the week told about.
  EXPECT_EQ(Values("Wisatawan datang pada akhir pekan.", pub),
            (Pairs{{"akhir pekan", "2023-W42"}}));
}

// Relative expressions refer to the day the story is telling about, once
// it has named one; past words fix the year of a day or month without one.
TEST(TimexNormalizerTest, TheStorysDayAndThePast) {
  const std::string pub = "2020-12-18";  // a Friday
  EXPECT_EQ(Values("Kapal berangkat Sabtu (9/1/2021) pukul 16.30. Namun, pada malam harinya "
                   "kapal terbalik. Keesokan harinya tim SAR tiba, dan sehari kemudian "
                   "bangkai kapal ditemukan.", pub),
            (Pairs{{"Sabtu (9/1/2021) pukul 16.30", "2021-01-09T16:30"},
                   {"malam harinya", "2021-01-09"},
                   {"Keesokan harinya", "2021-01-10"},
                   {"sehari kemudian", "2021-01-11"}}));
  // The weekday the story has dated is that day, even when the text's date
  // and weekday disagree; another weekday is counted from publication.
  EXPECT_EQ(Values("Bom meledak Minggu (13/4/2018) pagi. Minggu malam terdengar ledakan lagi, "
                   "dan Rabu itu polisi menutup jalan.", pub),
            (Pairs{{"Minggu (13/4/2018)", "2018-04-13"},
                   {"Minggu malam", "2018-04-13"},
                   {"Rabu itu", "2020-12-16"}}));
  // Nothing named yet: nothing to refer to.
  EXPECT_EQ(Values("Pada malam harinya hujan turun.", pub), Pairs{});
  // A weekday with a comma and a date is one expression.
  EXPECT_EQ(Values("Idul Fitri jatuh pada Minggu, 24 Mei 2020, dan dia wafat Rabu, 25 November.",
                   pub),
            (Pairs{{"Minggu, 24 Mei 2020", "2020-05-24"}, {"Rabu, 25 November", "2020-11-25"}}));
  // "lalu", "kemarin", "sejak": the past, not the nearest year.
  EXPECT_EQ(Values("Dia positif pada 17 Juni lalu. Arus mudik sejak 13 Desember hingga Kamis "
                   "kemarin.", pub),
            (Pairs{{"17 Juni lalu", "2020-06-17"},
                   {"13 Desember", "2020-12-13"},
                   {"Kamis kemarin", "2020-12-17"}}));
  EXPECT_EQ(Values("Insentif diberikan sejak bulan Maret.", "2021-01-05"),
            (Pairs{{"bulan Maret", "2020-03"}}));
  // A decade, as TIMEX3 writes it ("sejak" is left out of the span).
  EXPECT_EQ(Values("Layanan digital dilakukan sejak tahun 2000-an.", pub),
            (Pairs{{"tahun 2000-an", "200"}}));
  EXPECT_EQ(Values("Hal itu diatur Peraturan Pemerintah No. 84 Tahun 2019.", pub), Pairs{});
}

// Common ways news says "ago" and "later today".
TEST(TimexNormalizerTest, SilamYangLaluAndKemarinAfterAUnit) {
  const std::string pub = "2023-10-20";  // a Friday
  EXPECT_EQ(Values("Gempa itu terjadi tiga tahun silam.", pub),
            (Pairs{{"tiga tahun silam", "2020"}}));
  EXPECT_EQ(Values("Banjir datang Juli silam.", pub), (Pairs{{"Juli silam", "2023-07"}}));
  EXPECT_EQ(Values("Ia menjabat dua tahun yang lalu.", pub),
            (Pairs{{"dua tahun yang lalu", "2021"}}));
  // "kemarin" after a unit of time is "last", not "yesterday".
  EXPECT_EQ(Values("Harga naik pekan kemarin, tahun kemarin juga.", pub),
            (Pairs{{"pekan kemarin", "2023-W41"}, {"tahun kemarin", "2022"}}));
  EXPECT_EQ(Values("Rapat digelar kemarin.", pub), (Pairs{{"kemarin", "2023-10-19"}}));
  EXPECT_EQ(Values("Rapat digelar nanti malam.", pub), (Pairs{{"nanti malam", "2023-10-20"}}));
}

// The guide's vague past: "beberapa waktu lalu" and its kin, and "dulu" /
// "dahulu" opening a sentence (formerly), not after a verb (first).
TEST(TimexNormalizerTest, VaguePast) {
  const std::string pub = "2023-10-20";
  EXPECT_EQ(Values("Beberapa hari lalu ia datang; beberapa tahun lalu ia pergi.", pub),
            (Pairs{{"Beberapa hari lalu", "PAST_REF"}, {"beberapa tahun lalu", "PAST_REF"}}));
  EXPECT_EQ(Values("Dulu pasar ini sepi.", pub), (Pairs{{"Dulu", "PAST_REF"}}));
  EXPECT_EQ(Values("\xE2\x80\x9D" "Dahulu pasar ini sepi,\xE2\x80\x9D katanya.", pub),
            (Pairs{{"Dahulu", "PAST_REF"}}));
  EXPECT_EQ(Values("Kita makan dulu. Ia membayar terlebih dahulu.", pub), Pairs{});
}

// Decades and seasons as TIMEX3 writes them; "saat itu" as the day just
// named (the guide: when it can be resolved), else nothing.
TEST(TimexNormalizerTest, DecadesSeasonsAndSaatItu) {
  const std::string pub = "2023-10-20";
  EXPECT_EQ(Values("Pada tahun 1970-an harga stabil; era 1990-an tidak.", pub),
            (Pairs{{"tahun 1970-an", "197"}, {"1990-an", "199"}}));
  EXPECT_EQ(Values("Ia ke Eropa pada musim panas 2019 dan musim dingin lalu.", pub),
            (Pairs{{"musim panas 2019", "2019-SU"}, {"musim dingin lalu", "2022-WI"}}));
  EXPECT_EQ(Values("Musim hujan datang; musim kemarau 2019 panjang.", pub),
            (Pairs{{"2019", "2019"}}))
      << "no TIMEX3 season for the rainy and the dry season";
  EXPECT_EQ(Values("Banjir datang pada Senin (16/10/2023). Saat itu warga mengungsi.", pub),
            (Pairs{{"Senin (16/10/2023)", "2023-10-16"}, {"Saat itu", "2023-10-16"}}));
  EXPECT_EQ(Values("Saat itu warga mengungsi.", pub), Pairs{}) << "nothing to resolve it by";
  EXPECT_EQ(Values("Banjir datang pada Senin (16/10/2023). Air naik. Sungai meluap. Saat itu "
                   "warga mengungsi.",
                   pub),
            (Pairs{{"Senin (16/10/2023)", "2023-10-16"}}))
      << "a day named sentences before is too far to be sure";
}

TEST(TimexNormalizerTest, InfersThePublicationDateFromWeekdayAndDayMonth) {
  Document doc;
  auto v = Values("Lavrov tiba pada Jumat (20/10). Kemarin dia di Moskwa.", "", &doc);
  EXPECT_EQ(doc.published_source, DateSource::kInferred);
  // 20 October is a Friday in 2023 (and in 2017, 2006, ...): the latest
  // such year not after today.
  EXPECT_EQ(doc.published.substr(5), "10-20");
  EXPECT_EQ(Weekday(ParseIsoDate(doc.published)), 4);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].second, FormatDate(AddDays(ParseIsoDate(doc.published), -1)));
}

TEST(TimexNormalizerTest, NoDateNoRelativeValues) {
  EXPECT_EQ(Values("Kemarin hujan.", ""), Pairs{});
  EXPECT_EQ(Values("Pada 1 Januari 2014 aturan berlaku.", ""),
            (Pairs{{"1 Januari 2014", "2014-01-01"}}));
}

// Found by fuzz/timex_fuzzer: a weekday with a long number in brackets
// overflowed an int while reading it as a day and month (UBSan: signed
// integer overflow in ParseDayMonth). No part of a date has more than four
// digits, so such a number is no date.
TEST(TimexNormalizerTest, LongNumberAfterWeekdayIsNoDate) {
  const std::string pub = "2023-10-20";
  EXPECT_EQ(Values("Rapat digelar Jumat (5555555555).", pub), (Pairs{{"Jumat", "2023-10-20"}}));
  EXPECT_EQ(Values("Rapat digelar Jumat (20/5555555555).", pub),
            (Pairs{{"Jumat", "2023-10-20"}}));
  EXPECT_EQ(Values("Rapat digelar Jumat (20/10/20231).", pub), (Pairs{{"Jumat", "2023-10-20"}}));
}

}  // namespace
}  // namespace warta::timex
