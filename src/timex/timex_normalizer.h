// TimexNormalizer: the time stage. Finds time expressions and gives each a
// TIMEX3 value relative to the publication date:
//   "Jumat (20/10)" -> 2023-10-20    "Senin (29/12/2014)" -> 2014-12-29
//   "kemarin" -> the day before      "pekan lalu" -> 2023-W41
//   "bulan depan" -> 2023-11         "tahun lalu" -> 2022
//   "September" -> the nearest September, "Juni lalu" the last one
//   "dua hari lalu", "akhir pekan ini", "awal 2015", "pukul 10.30 WIB"
//   "saat ini" -> PRESENT_REF, "sebelumnya" -> PAST_REF, "nanti" -> FUTURE_REF
// Without a publication date, a weekday with a day and month ("Jumat
// (20/10)") fixes the year: the latest such year not after today; the
// document's date is then marked inferred.
// Requires tokens; provides timex. Thread-safe.
#ifndef WARTA_TIMEX_TIMEX_NORMALIZER_H_
#define WARTA_TIMEX_TIMEX_NORMALIZER_H_

#include <string>

#include "warta/stage.h"

namespace warta::timex {

// A calendar date (proleptic Gregorian).
struct Date {
  int year = 0, month = 0, day = 0;
  bool valid() const { return year > 0; }
};

Date ParseIsoDate(std::string_view iso);  // "2023-10-20"; invalid if not
std::string FormatDate(const Date& d);      // "2023-10-20"
Date AddDays(const Date& d, int days);
int Weekday(const Date& d);                 // 0 Monday .. 6 Sunday
std::string IsoWeek(const Date& d);         // "2023-W42"

class TimexNormalizer : public Stage {
 public:
  std::string_view Name() const override { return "time"; }
  Layer Requires() const override { return Layer::kTokens; }
  Layer Provides() const override { return Layer::kTimex; }
  Status Process(Document& doc, Scratch& scratch) const override;
};

}  // namespace warta::timex

#endif  // WARTA_TIMEX_TIMEX_NORMALIZER_H_
