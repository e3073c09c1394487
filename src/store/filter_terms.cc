#include "store/filter_terms.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>

#include "text/ascii.h"

namespace warta::store {
namespace {

struct Day {
  int year = 0, month = 0, day = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::optional<Day> ParseDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t at, size_t n, int* out) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  Day d;
  if (!digits(0, 4, &d.year) || !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysIn(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

bool Before(const Day& a, const Day& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

std::string YearTerm(int y) { return "zy" + Digits(y, 4); }
std::string MonthTerm(int y, int m) {
  std::string t = "zm" + Digits(y, 4);
  t += Digits(m, 2);
  return t;
}
std::string DayTerm(const Day& d) {
  std::string t = MonthTerm(d.year, d.month);
  t[1] = 'd';
  t += Digits(d.day, 2);
  return t;
}

// `key` as the filters compare it: a site exactly, a name lowercased.
std::string HashTerm(char kind, std::string_view key) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  std::string t = "z";
  t += kind;
  t += buf;
  return t;
}
std::string SiteTerm(std::string_view site) { return HashTerm('s', site); }
std::string NameTerm(char kind, std::string_view name) {
  return HashTerm(kind, text::AsciiLower(name));
}

// One term as an FTS5 phrase on the terms column.
std::string Phrase(const std::string& term) {
  std::string p = "terms : \"";
  p += kFilterTermMarker;
  p += term;
  p += '"';
  return p;
}

}  // namespace

FilterFacts FilterFactsOf(const ArticleRows& rows) {
  FilterFacts facts;
  facts.site = rows.site;
  facts.published = rows.published;
  for (const ArticleRows::Entity& e : rows.entities) facts.entity_names.push_back(e.name);
  for (const ArticleRows::Quote& q : rows.quotes) {
    if (q.speaker < rows.entities.size()) {
      facts.speaker_names.push_back(rows.entities[q.speaker].name);
    }
  }
  for (const ArticleRows::Event& ev : rows.events) facts.event_types.push_back(ev.type);
  return facts;
}

std::string FilterTermsColumn(const FilterFacts& facts) {
  std::vector<std::string> terms;
  if (!facts.site.empty()) terms.push_back(SiteTerm(facts.site));
  if (std::optional<Day> d = ParseDay(facts.published)) {
    terms.push_back(YearTerm(d->year));
    terms.push_back(MonthTerm(d->year, d->month));
    terms.push_back(DayTerm(*d));
  }
  for (const std::string& n : facts.entity_names) terms.push_back(NameTerm('e', n));
  for (const std::string& n : facts.speaker_names) terms.push_back(NameTerm('q', n));
  for (const std::string& t : facts.event_types) {
    if (!t.empty() && t.find(' ') == std::string::npos) terms.push_back("zt" + t);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  std::string column(1, kFilterTermMarker);
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i) column += ' ';
    column += terms[i];
  }
  return column;
}

std::vector<std::string> DateRangeTerms(std::string_view from, std::string_view to) {
  std::vector<std::string> terms;
  std::optional<Day> a = ParseDay(from), b = ParseDay(to);
  if (!a || !b || Before(*b, *a)) return terms;
  Day d = *a;
  while (!Before(*b, d)) {
    // A whole year, a whole month, or one day, whichever fits from d.
    if (d.month == 1 && d.day == 1 && (b->year > d.year || (b->month == 12 && b->day == 31))) {
      terms.push_back(YearTerm(d.year));
      d = Day{d.year + 1, 1, 1};
    } else if (d.day == 1 &&
               (b->year > d.year || b->month > d.month ||
                b->day == DaysIn(d.year, d.month))) {
      terms.push_back(MonthTerm(d.year, d.month));
      d = d.month == 12 ? Day{d.year + 1, 1, 1} : Day{d.year, d.month + 1, 1};
    } else {
      terms.push_back(DayTerm(d));
      if (d.day < DaysIn(d.year, d.month)) {
        ++d.day;
      } else {
        d = d.month == 12 ? Day{d.year + 1, 1, 1} : Day{d.year, d.month + 1, 1};
      }
    }
    if (d.year > 9999) break;
  }
  return terms;
}

std::optional<std::string> FilterTermsMatch(const ArchiveFilter& filter, std::string_view first,
                                            std::string_view last) {
  // A story's articles change stories as syndicated copies arrive: the
  // story filter stays in SQL.
  if (filter.story_id != 0) return std::nullopt;
  std::vector<std::string> parts;
  if (!filter.from.empty() || !filter.to.empty()) {
    if ((!filter.from.empty() && !ParseDay(filter.from)) ||
        (!filter.to.empty() && !ParseDay(filter.to))) {
      return std::nullopt;
    }
    std::string_view from = filter.from.empty() ? first : std::string_view(filter.from);
    std::string_view to = filter.to.empty() ? last : std::string_view(filter.to);
    // Days outside the archive's own dates hold no article: the range is
    // cut to them, which keeps the number of terms small.
    if (!first.empty() && from < first) from = first;
    if (!last.empty() && to > last) to = last;
    std::vector<std::string> days = DateRangeTerms(from, to);
    if (days.empty()) {
      parts.push_back(Phrase("znone"));  // no day: nothing matches
    } else {
      std::string any = "(";
      for (size_t i = 0; i < days.size(); ++i) {
        if (i) any += " OR ";
        any += Phrase(days[i]);
      }
      any += ')';
      parts.push_back(std::move(any));
    }
  }
  if (!filter.site.empty()) parts.push_back(Phrase(SiteTerm(filter.site)));
  if (!filter.entity.empty()) parts.push_back(Phrase(NameTerm('e', filter.entity)));
  if (!filter.speaker.empty()) parts.push_back(Phrase(NameTerm('q', filter.speaker)));
  if (!filter.event_type.empty()) {
    if (filter.event_type.find_first_of(" \"") != std::string::npos) return std::nullopt;
    parts.push_back(Phrase("zt" + filter.event_type));
  }
  std::string match;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) match += " AND ";
    match += parts[i];
  }
  return match;
}

}  // namespace warta::store
