// Dates and times as news pages write them: ISO 8601 in metadata
// ("2015-11-04T21:04:00+07:00", "2015-11-04 21:04:00") and visible
// Indonesian (or English) dates in the page ("Rabu, 04 Nov 2015 21:04 WIB",
// "04/11/2015, 21:04 WIB", "Kamis, 3 Maret 2022 | 10:15 WIB",
// "November 4, 2015 | 09:04 pm").
#ifndef WARTA_HTML_PAGE_DATE_H_
#define WARTA_HTML_PAGE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace warta::html {

struct PageDate {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;  // hour -1: no time of day
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC: WIB +420

  bool has_time() const { return hour >= 0; }
};

// A whole ISO 8601 date or date-time (leading/trailing space allowed):
// YYYY-MM-DD, then optionally T or space, HH:MM[:SS[.fff]], then Z, +HH:MM,
// +HHMM or +HH. Nothing else may follow.
std::optional<PageDate> ParseIsoDate(std::string_view s);

// The first date in running text, with the time and zone that follow it:
// day month-name year, month-name day year, DD/MM/YYYY, DD-MM-YYYY or
// YYYY-MM-DD; a weekday before it is skipped. Zones: WIB +07:00,
// WITA +08:00, WIT +09:00, GMT/UTC with an optional +H. Month names in
// Indonesian and English, full or abbreviated (Agt, Agu, Ags, Okt, Des).
std::optional<PageDate> FindTextDate(std::string_view text);

// The date in UTC's place when the page gives an offset of zero: news sites
// in Indonesian that write UTC mean a day in Western Indonesia, so the day
// is taken at +07:00 (`local_offset_minutes`). Other offsets keep their day.
PageDate LocalDay(const PageDate& date, int local_offset_minutes);

// "YYYY-MM-DD".
std::string FormatDay(const PageDate& date);
// "YYYY-MM-DDTHH:MM:SS+HH:MM" (no offset when none is known); empty when the
// date has no time of day.
std::string FormatDateTime(const PageDate& date);

}  // namespace warta::html

#endif  // WARTA_HTML_PAGE_DATE_H_
