// DatelineDetector: recognises the dateline that opens many Indonesian news
// articles and says which place and news organisation it names:
//   "JAKARTA, KOMPAS.com — ..."          place JAKARTA, source KOMPAS.com
//   "Mataram, NTB (ANTARA News) - ..."   place Mataram, NTB, source ANTARA News
//   "TEMPO.CO, Jakarta - ..."            place Jakarta, source TEMPO.CO
//   "Jakarta - ..."                      place Jakarta
// Thread-safe after construction.
#ifndef WARTA_CLEANER_DATELINE_H_
#define WARTA_CLEANER_DATELINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "warta/document.h"

namespace warta::cleaner {

class DatelineDetector {
 public:
  // Uses the embedded news-agencies lexicon.
  DatelineDetector();

  // The dateline at the start of `line`, if any; its span is relative to
  // `line` and covers the closing dash but not the space after it.
  std::optional<Dateline> Detect(std::string_view line) const;

 private:
  bool IsSource(std::string_view part) const;
  std::unordered_set<std::string> agencies_;  // lowercase
};

}  // namespace warta::cleaner

#endif  // WARTA_CLEANER_DATELINE_H_
