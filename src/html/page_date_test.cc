#include "html/page_date.h"

#include <gtest/gtest.h>

#include <string>

namespace warta::html {
namespace {

// "YYYY-MM-DDTHH:MM:SS+HH:MM" of the first date in the text, or the day
// alone when there is no time, or "none".
std::string Found(std::string_view text) {
  std::optional<PageDate> d = FindTextDate(text);
  if (!d) return "none";
  return d->has_time() ? FormatDateTime(*d) : FormatDay(*d);
}

TEST(PageDateTest, VisibleIndonesianDates) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"Rabu, 04 Nov 2015 21:04 WIB", "2015-11-04T21:04:00+07:00"},
      {"04/11/2015, 21:04 WIB", "2015-11-04T21:04:00+07:00"},
      {"Kamis, 3 Maret 2022 | 10:15 WIB", "2022-03-03T10:15:00+07:00"},
      {"Kamis, 3 Maret 2022 | 10:15 WITA", "2022-03-03T10:15:00+08:00"},
      {"Jumat, 20 Oktober 2023 pukul 08.30 WIT", "2023-10-20T08:30:00+09:00"},
      {"Selasa, 23 Februari 2016 14:39", "2016-02-23T14:39:00"},
      {"Diterbitkan 17 Agt 2021", "2021-08-17"},
      {"November 4, 2015 | 09:04 pm", "2015-11-04T21:04:00"},
      {"Wed, 04 Nov 2015 21:04:00 +0700", "2015-11-04T21:04:00+07:00"},
      {"2015-11-04 21:04 WIB", "2015-11-04T21:04:00+07:00"},
      {"Senin, 15 Februari 2016 20:00 GMT+7", "2016-02-15T20:00:00+07:00"},
      {"dibaca 1.234 kali", "none"},
      {"31 Februari 2020", "none"},
      {"pada 2020", "none"},
  };
  for (const Case& c : cases) EXPECT_EQ(Found(c.text), c.want) << c.text;
}

TEST(PageDateTest, IsoDates) {
  auto iso = [](std::string_view s) {
    std::optional<PageDate> d = ParseIsoDate(s);
    if (!d) return std::string("none");
    return d->has_time() ? FormatDateTime(*d) : FormatDay(*d);
  };
  EXPECT_EQ(iso("2015-11-04T21:04:00+07:00"), "2015-11-04T21:04:00+07:00");
  EXPECT_EQ(iso("2015-11-04T14:04:00Z"), "2015-11-04T14:04:00+00:00");
  EXPECT_EQ(iso("2015-11-04T14:04:00.000+0800"), "2015-11-04T14:04:00+08:00");
  EXPECT_EQ(iso(" 2015-11-04 21:04:00 "), "2015-11-04T21:04:00");
  EXPECT_EQ(iso("2015-11-04"), "2015-11-04");
  EXPECT_EQ(iso("2015-11-04T25:00:00"), "none");
  EXPECT_EQ(iso("04/11/2015"), "none");
  EXPECT_EQ(iso("2015-11-04 oops"), "none");
}

TEST(PageDateTest, UtcTimeIsReadAsADayInWesternIndonesia) {
  PageDate late = *ParseIsoDate("2015-11-04T18:30:00Z");
  EXPECT_EQ(FormatDay(LocalDay(late, 7 * 60)), "2015-11-05");
  EXPECT_EQ(FormatDateTime(LocalDay(late, 7 * 60)),
            "2015-11-05T01:30:00+07:00");
  PageDate new_year = *ParseIsoDate("2023-12-31T17:00:00Z");
  EXPECT_EQ(FormatDay(LocalDay(new_year, 7 * 60)), "2024-01-01");
  // A stated local offset keeps its own day.
  PageDate wita = *ParseIsoDate("2015-11-04T23:30:00+08:00");
  EXPECT_EQ(FormatDay(LocalDay(wita, 7 * 60)), "2015-11-04");
}

}  // namespace
}  // namespace warta::html
