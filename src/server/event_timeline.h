// EventTimeline: how many events of each type were reported per day or per
// month (GET /v1/timeline), from a list of events.
//
// An event is dated by the publication day of its article (every stored
// article has one when it was found, given or inferred; the event's own
// date, when the text gives one, is often missing). Periods run without
// gaps from the first dated event to the last, so a chart's axis is even;
// events of articles without a date are counted apart.
//
// A plain function of its input; thread-safe.
#ifndef WARTA_SERVER_EVENT_TIMELINE_H_
#define WARTA_SERVER_EVENT_TIMELINE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "warta/store.h"

namespace warta::server {

enum class TimeBucket { kDay, kMonth };

// "day" or "month".
std::string_view BucketName(TimeBucket bucket);

// Periods of one day at most this long; a longer span is counted by month.
inline constexpr size_t kMaxDayBuckets = 3660;
// The bucket chosen when none is asked for: days up to this many, else months.
inline constexpr size_t kAutoDayBuckets = 92;

struct TimelinePeriod {
  std::string period;  // "2023-10-09" or "2023-10"
  uint64_t total = 0;
  std::vector<std::pair<std::string, uint64_t>> types;  // PLOVER type -> events, by type
};

struct EventTimeline {
  TimeBucket bucket = TimeBucket::kDay;
  std::vector<std::string> types;  // every type counted, most events first
  std::vector<TimelinePeriod> periods;
  uint64_t events = 0;   // dated events counted
  uint64_t undated = 0;  // events of articles with no (valid) date
};

// `bucket`: nullopt chooses days for spans of up to kAutoDayBuckets days,
// months beyond; days are never used for more than kMaxDayBuckets periods.
EventTimeline BuildEventTimeline(std::span<const EventRecord> events,
                                 std::optional<TimeBucket> bucket);

}  // namespace warta::server

#endif  // WARTA_SERVER_EVENT_TIMELINE_H_
