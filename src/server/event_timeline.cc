#include "server/event_timeline.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <map>

namespace warta::server {
namespace {

namespace chr = std::chrono;

// "YYYY-MM-DD" as a calendar day; nullopt when it is not a real one.
std::optional<chr::year_month_day> ParseDay(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto number = [&](size_t at, size_t len, auto* out) {
    auto [end, error] = std::from_chars(s.data() + at, s.data() + at + len, *out);
    return error == std::errc() && end == s.data() + at + len;
  };
  if (!number(0, 4, &y) || !number(5, 2, &m) || !number(8, 2, &d)) return std::nullopt;
  chr::year_month_day day{chr::year(y), chr::month(m), chr::day(d)};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string TwoDigits(unsigned n) {
  std::string out(1, static_cast<char>('0' + n / 10));
  out.push_back(static_cast<char>('0' + n % 10));
  return out;
}

std::string PeriodName(chr::year_month_day day, TimeBucket bucket) {
  std::string out = std::to_string(static_cast<int>(day.year()));
  out += '-';
  out += TwoDigits(static_cast<unsigned>(day.month()));
  if (bucket == TimeBucket::kDay) {
    out += '-';
    out += TwoDigits(static_cast<unsigned>(day.day()));
  }
  return out;
}

}  // namespace

std::string_view BucketName(TimeBucket bucket) {
  return bucket == TimeBucket::kDay ? "day" : "month";
}

EventTimeline BuildEventTimeline(std::span<const EventRecord> events,
                                 std::optional<TimeBucket> bucket) {
  EventTimeline out;
  std::vector<std::pair<chr::sys_days, const EventRecord*>> dated;
  for (const EventRecord& e : events) {
    if (std::optional<chr::year_month_day> day = ParseDay(e.article.published)) {
      dated.emplace_back(chr::sys_days(*day), &e);
    } else {
      ++out.undated;
    }
  }
  out.events = dated.size();
  if (dated.empty()) {
    out.bucket = bucket.value_or(TimeBucket::kDay);
    return out;
  }
  auto [first, last] = std::minmax_element(
      dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const chr::sys_days begin = first->first, end = last->first;
  const size_t days = static_cast<size_t>((end - begin).count()) + 1;
  out.bucket = bucket.value_or(days <= kAutoDayBuckets ? TimeBucket::kDay : TimeBucket::kMonth);
  if (out.bucket == TimeBucket::kDay && days > kMaxDayBuckets) out.bucket = TimeBucket::kMonth;

  // Every period from the first to the last, then the counts into them.
  std::map<std::string, size_t> position;
  if (out.bucket == TimeBucket::kDay) {
    for (chr::sys_days d = begin; d <= end; d += chr::days(1)) {
      position[PeriodName(chr::year_month_day(d), out.bucket)] = out.periods.size();
      out.periods.push_back({PeriodName(chr::year_month_day(d), out.bucket), 0, {}});
    }
  } else {
    const chr::year_month_day b(begin), e(end);
    for (chr::year_month m = b.year() / b.month(); m <= e.year() / e.month();
         m += chr::months(1)) {
      const std::string name = PeriodName(m / chr::day(1), out.bucket);
      position[name] = out.periods.size();
      out.periods.push_back({name, 0, {}});
    }
  }
  std::vector<std::map<std::string, uint64_t>> counts(out.periods.size());
  std::map<std::string, uint64_t> by_type;
  for (const auto& [day, e] : dated) {
    const size_t at = position.at(PeriodName(chr::year_month_day(day), out.bucket));
    ++counts[at][e->type];
    ++out.periods[at].total;
    ++by_type[e->type];
  }
  for (size_t i = 0; i < counts.size(); ++i) {
    out.periods[i].types.assign(counts[i].begin(), counts[i].end());
  }
  std::vector<std::pair<std::string, uint64_t>> types(by_type.begin(), by_type.end());
  std::stable_sort(types.begin(), types.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& t : types) out.types.push_back(t.first);
  return out;
}

}  // namespace warta::server
