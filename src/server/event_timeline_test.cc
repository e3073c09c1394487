#include "server/event_timeline.h"

#include <gtest/gtest.h>

namespace warta::server {
namespace {

EventRecord On(std::string published, std::string type) {
  EventRecord e;
  e.article.published = std::move(published);
  e.type = std::move(type);
  return e;
}

uint64_t Count(const TimelinePeriod& p, const std::string& type) {
  for (const auto& [t, n] : p.types) {
    if (t == type) return n;
  }
  return 0;
}

TEST(EventTimelineTest, DaysWithoutGapsForAShortSpan) {
  std::vector<EventRecord> events = {On("2023-10-09", "AID"), On("2023-10-12", "ACCUSE"),
                                     On("2023-10-09", "AID"), On("2023-10-09", "CONSULT"),
                                     On("", "AID"), On("2023-02-30", "AID")};
  EventTimeline t = BuildEventTimeline(events, std::nullopt);
  EXPECT_EQ(t.bucket, TimeBucket::kDay);
  EXPECT_EQ(t.events, 4u);
  EXPECT_EQ(t.undated, 2u);  // no date, and no real one
  ASSERT_EQ(t.periods.size(), 4u);
  EXPECT_EQ(t.periods[0].period, "2023-10-09");
  EXPECT_EQ(t.periods[1].period, "2023-10-10");
  EXPECT_EQ(t.periods[3].period, "2023-10-12");
  EXPECT_EQ(t.periods[0].total, 3u);
  EXPECT_EQ(Count(t.periods[0], "AID"), 2u);
  EXPECT_EQ(Count(t.periods[0], "CONSULT"), 1u);
  EXPECT_EQ(t.periods[1].total, 0u);
  EXPECT_TRUE(t.periods[1].types.empty());
  EXPECT_EQ(Count(t.periods[3], "ACCUSE"), 1u);
  EXPECT_EQ(t.types, (std::vector<std::string>{"AID", "ACCUSE", "CONSULT"}));
}

TEST(EventTimelineTest, MonthsForALongSpanOrWhenAsked) {
  std::vector<EventRecord> events = {On("2023-11-30", "AID"), On("2024-02-01", "AID"),
                                     On("2023-12-31", "REJECT")};
  EventTimeline t = BuildEventTimeline(events, std::nullopt);
  EXPECT_EQ(t.bucket, TimeBucket::kDay);  // 64 days
  EventTimeline months = BuildEventTimeline(events, TimeBucket::kMonth);
  EXPECT_EQ(months.bucket, TimeBucket::kMonth);
  ASSERT_EQ(months.periods.size(), 4u);  // across the turn of the year
  EXPECT_EQ(months.periods[0].period, "2023-11");
  EXPECT_EQ(months.periods[1].period, "2023-12");
  EXPECT_EQ(months.periods[2].period, "2024-01");
  EXPECT_EQ(months.periods[3].period, "2024-02");
  EXPECT_EQ(months.periods[2].total, 0u);
  events.push_back(On("2023-01-15", "AID"));
  EXPECT_EQ(BuildEventTimeline(events, std::nullopt).bucket, TimeBucket::kMonth);
  // Days are not used for more than kMaxDayBuckets periods, even when asked.
  events.push_back(On("2013-01-15", "AID"));
  EventTimeline decade = BuildEventTimeline(events, TimeBucket::kDay);
  EXPECT_EQ(decade.bucket, TimeBucket::kMonth);
  EXPECT_EQ(decade.periods.size(), 11u * 12u + 2u);
  EXPECT_EQ(BucketName(TimeBucket::kDay), "day");
  EXPECT_EQ(BucketName(TimeBucket::kMonth), "month");
}

TEST(EventTimelineTest, NothingDated) {
  EventTimeline t = BuildEventTimeline(std::vector<EventRecord>{On("", "AID")}, TimeBucket::kMonth);
  EXPECT_EQ(t.bucket, TimeBucket::kMonth);
  EXPECT_TRUE(t.periods.empty());
  EXPECT_EQ(t.undated, 1u);
  EXPECT_TRUE(BuildEventTimeline({}, std::nullopt).periods.empty());
}

}  // namespace
}  // namespace warta::server
