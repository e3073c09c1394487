// Indonesian calendar words shared by the stages that read dates.
#ifndef WARTA_TEXT_CALENDAR_H_
#define WARTA_TEXT_CALENDAR_H_

#include <array>
#include <string_view>

#include "text/ascii.h"

namespace warta::text {

// The month (1-12) a full Indonesian month name stands for, in any case
// ("Januari", "OKTOBER"); 0 for any other word.
inline int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "januari", "februari", "maret",     "april",   "mei",      "juni",
      "juli",    "agustus",  "september", "oktober", "november", "desember"};
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (EqualsIgnoreAsciiCase(word, kMonths[i])) return static_cast<int>(i) + 1;
  return 0;
}

}  // namespace warta::text

#endif  // WARTA_TEXT_CALENDAR_H_
