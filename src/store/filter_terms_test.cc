#include "store/filter_terms.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace warta::store {
namespace {

// Every day from 2019 to 2025 as YYYY-MM-DD, in order.
std::vector<std::string> Days() {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::vector<std::string> days;
  for (int y = 2019; y <= 2025; ++y) {
    for (int m = 1; m <= 12; ++m) {
      const bool leap = y % 4 == 0;  // true for 2019-2025
      const int n = m == 2 && leap ? 29 : kDays[m - 1];
      for (int d = 1; d <= n; ++d) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        days.push_back(buf);
      }
    }
  }
  return days;
}

// The days a term covers.
bool Covers(const std::string& term, const std::string& day) {
  const std::string digits = day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2);
  if (term.starts_with("zy")) return term.substr(2) == digits.substr(0, 4);
  if (term.starts_with("zm")) return term.substr(2) == digits.substr(0, 6);
  if (term.starts_with("zd")) return term.substr(2) == digits;
  ADD_FAILURE() << "not a date term: " << term;
  return false;
}

TEST(FilterTermsTest, ADateRangeIsCoveredExactlyByItsTerms) {
  const std::vector<std::string> days = Days();
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> pick(0, days.size() - 1);
  for (int trial = 0; trial < 400; ++trial) {
    size_t a = pick(random), b = pick(random);
    if (trial % 4 == 0) b = std::min(days.size() - 1, a + trial % 40);  // short ranges
    if (a > b) std::swap(a, b);
    const std::vector<std::string> terms = DateRangeTerms(days[a], days[b]);
    for (size_t i = 0; i < days.size(); ++i) {
      int covering = 0;
      for (const std::string& t : terms) covering += Covers(t, days[i]);
      EXPECT_EQ(covering, i >= a && i <= b ? 1 : 0) << days[a] << ".." << days[b] << ": "
                                                      << days[i];
    }
  }
}

TEST(FilterTermsTest, WholeYearsAndMonthsAreOneTerm) {
  EXPECT_EQ(DateRangeTerms("2023-01-01", "2023-12-31"), (std::vector<std::string>{"zy2023"}));
  EXPECT_EQ(DateRangeTerms("2024-02-01", "2024-02-29"), (std::vector<std::string>{"zm202402"}));
  EXPECT_EQ(DateRangeTerms("2023-12-31", "2024-02-01"),
            (std::vector<std::string>{"zd20231231", "zm202401", "zd20240201"}));
  EXPECT_EQ(DateRangeTerms("2023-01-02", "2023-12-30").size(), 30u + 10u + 30u);
  EXPECT_TRUE(DateRangeTerms("2023-10-12", "2023-10-01").empty());
  EXPECT_TRUE(DateRangeTerms("2023-02-29", "2023-03-01").empty());  // no such day
}

TEST(FilterTermsTest, AnArticlesColumnHoldsItsFacts) {
  FilterFacts facts;
  facts.site = "regional.kompas.com";
  facts.published = "2023-10-11";
  facts.entity_names = {"Sutrisno", "Kabupaten Gresik", "Sutrisno"};
  facts.speaker_names = {"Sutrisno"};
  facts.event_types = {"ASSAULT"};
  const std::string column = FilterTermsColumn(facts);
  ASSERT_EQ(column[0], kFilterTermMarker);
  for (const char* term : {"zy2023", "zm202310", "zd20231011", "ztASSAULT"}) {
    EXPECT_NE(column.find(term), std::string::npos) << term;
  }
  // Sorted, each once: year, month and day, site, two entities, one speaker, one type.
  EXPECT_EQ(std::count(column.begin(), column.end(), ' '), 7);
  FilterFacts undated;
  undated.published = "kemarin";
  EXPECT_EQ(FilterTermsColumn(undated), std::string(1, kFilterTermMarker));
}

TEST(FilterTermsTest, AFilterBecomesTermsOrSaysItCannot) {
  ArchiveFilter none;
  EXPECT_EQ(FilterTermsMatch(none, "", ""), std::string());
  ArchiveFilter names;
  names.entity = "Retno Marsudi";
  names.site = "www.kompas.com";
  const std::optional<std::string> match = FilterTermsMatch(names, "", "");
  ASSERT_TRUE(match);
  EXPECT_NE(match->find(" AND "), std::string::npos);
  // Names are compared lowercased, as the SQL filters compare them.
  ArchiveFilter lower = names;
  lower.entity = "retno marsudi";
  EXPECT_EQ(FilterTermsMatch(lower, "", ""), match);
  ArchiveFilter bad;
  bad.from = "2023-10";
  EXPECT_FALSE(FilterTermsMatch(bad, "", ""));
  bad.from = "2023-13-01";
  EXPECT_FALSE(FilterTermsMatch(bad, "", ""));
  // An open range is closed by the archive's own dates.
  ArchiveFilter since;
  since.from = "2023-10-01";
  const std::optional<std::string> open = FilterTermsMatch(since, "2020-05-01", "2023-10-31");
  ASSERT_TRUE(open);
  EXPECT_NE(open->find("zm202310"), std::string::npos);
  EXPECT_EQ(open->find("zy2024"), std::string::npos);
}

}  // namespace
}  // namespace warta::store
