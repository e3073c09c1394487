#include "html/page_date.h"

#include <array>
#include <cstdint>
#include <cstdio>

namespace warta::html {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  return kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

bool ValidDay(int y, int m, int d) {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysIn(y, m);
}

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's
// algorithms, proleptic Gregorian).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = int(doy - (153 * mp + 2) / 5 + 1);
  *m = int(mp < 10 ? mp + 3 : mp - 9);
  *y = int(yoe + era * 400 + (*m <= 2));
}

// Reads exactly `n` digits at s[*i].
bool Digits(std::string_view s, size_t* i, int n, int* out) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *out = v;
  return true;
}

// Reads 1..max digits.
bool Number(std::string_view s, size_t* i, int max_digits, int* out,
            int* len = nullptr) {
  size_t j = *i;
  int v = 0;
  while (j < s.size() && IsDigit(s[j]) && int(j - *i) < max_digits) {
    v = v * 10 + (s[j] - '0');
    ++j;
  }
  if (j == *i || (j < s.size() && IsDigit(s[j]))) return false;
  if (len) *len = int(j - *i);
  *i = j;
  *out = v;
  return true;
}

bool ValidTime(int h, int m, int s) {
  return h >= 0 && h <= 23 && m >= 0 && m <= 59 && s >= 0 && s <= 60;
}

// Zone after a time: Z, +HH:MM, +HHMM, +HH. Returns false on a malformed
// zone.
bool IsoZone(std::string_view s, size_t* i, PageDate* d) {
  if (*i >= s.size()) return true;
  char c = s[*i];
  if (c == 'Z' || c == 'z') {
    ++*i;
    d->has_offset = true;
    d->offset_minutes = 0;
    return true;
  }
  if (c != '+' && c != '-') return true;
  ++*i;
  int hh = 0, mm = 0;
  if (!Digits(s, i, 2, &hh)) return false;
  if (*i < s.size() && s[*i] == ':') ++*i;
  if (*i < s.size() && IsDigit(s[*i]) && !Digits(s, i, 2, &mm)) return false;
  if (hh > 14 || mm > 59) return false;
  d->has_offset = true;
  d->offset_minutes = (c == '-' ? -1 : 1) * (hh * 60 + mm);
  return true;
}

struct MonthName {
  const char* name;
  int month;
};
// Full and abbreviated names, Indonesian and English, longest first where
// one is a prefix of another is not needed: whole words are compared.
constexpr std::array<MonthName, 44> kMonths = {{
    {"januari", 1},   {"january", 1},  {"jan", 1},
    {"februari", 2},  {"pebruari", 2}, {"february", 2}, {"feb", 2},
    {"peb", 2},       {"maret", 3},    {"march", 3},    {"mar", 3},
    {"april", 4},     {"apr", 4},      {"mei", 5},      {"may", 5},
    {"juni", 6},      {"june", 6},     {"jun", 6},      {"juli", 7},
    {"july", 7},      {"jul", 7},      {"agustus", 8},  {"august", 8},
    {"agu", 8},       {"agt", 8},      {"ags", 8},      {"aug", 8},
    {"september", 9}, {"sep", 9},      {"sept", 9},     {"oktober", 10},
    {"october", 10},  {"okt", 10},     {"oct", 10},     {"november", 11},
    {"nopember", 11}, {"nov", 11},     {"desember", 12}, {"december", 12},
    {"des", 12},      {"dec", 12},     {"agust", 8},    {"okto", 10},
    {"mart", 3},
}};

// A month name as a whole word at s[*i] (a trailing '.' is taken too).
int MonthWord(std::string_view s, size_t* i) {
  size_t j = *i;
  while (j < s.size() && IsAlpha(s[j])) ++j;
  if (j == *i || j - *i > 9) return 0;
  std::string word;
  for (size_t k = *i; k < j; ++k) word += Lower(s[k]);
  for (const MonthName& m : kMonths) {
    if (word == m.name) {
      if (j < s.size() && s[j] == '.') ++j;
      *i = j;
      return m.month;
    }
  }
  return 0;
}

void SkipSpace(std::string_view s, size_t* i) {
  while (*i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[*i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++*i;
    } else if (c == 0xC2 && *i + 1 < s.size() &&
               static_cast<unsigned char>(s[*i + 1]) == 0xA0) {
      *i += 2;  // no-break space
    } else {
      break;
    }
  }
}

bool WordIs(std::string_view s, size_t i, std::string_view word,
            size_t* end) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (Lower(s[i + k]) != word[k]) return false;
  size_t j = i + word.size();
  if (j < s.size() && IsAlpha(s[j])) return false;
  *end = j;
  return true;
}

// What may follow a date: separators, "pukul"/"jam", a time HH:MM[:SS] or
// HH.MM, am/pm, and a zone. Fills d; leaves it without a time when none.
void TimeAfter(std::string_view s, size_t i, PageDate* d) {
  for (int step = 0; step < 4; ++step) {
    SkipSpace(s, &i);
    if (i < s.size() && (s[i] == ',' || s[i] == '|' || s[i] == '-' ||
                         s[i] == '/' || s[i] == '\xE2')) {
      if (s[i] == '\xE2') {  // en or em dash, bullet
        if (i + 2 >= s.size()) return;
        i += 3;
      } else {
        ++i;
      }
      continue;
    }
    size_t end = 0;
    if (WordIs(s, i, "pukul", &end) || WordIs(s, i, "jam", &end) ||
        WordIs(s, i, "at", &end)) {
      i = end;
      continue;
    }
    break;
  }
  int h = 0, m = 0, sec = 0, len = 0;
  size_t j = i;
  if (!Number(s, &j, 2, &h, &len)) return;
  if (j >= s.size() || (s[j] != ':' && s[j] != '.')) return;
  ++j;
  if (!Digits(s, &j, 2, &m)) return;
  if (j + 2 < s.size() && s[j] == ':' && IsDigit(s[j + 1])) {
    ++j;
    if (!Digits(s, &j, 2, &sec)) return;
  }
  if (j < s.size() && IsDigit(s[j])) return;
  size_t k = j;
  SkipSpace(s, &k);
  size_t end = 0;
  if (WordIs(s, k, "pm", &end) || WordIs(s, k, "p.m", &end)) {
    if (h < 12) h += 12;
    j = end;
  } else if (WordIs(s, k, "am", &end) || WordIs(s, k, "a.m", &end)) {
    if (h == 12) h = 0;
    j = end;
  }
  if (!ValidTime(h, m, sec)) return;
  d->hour = h;
  d->minute = m;
  d->second = sec;
  k = j;
  SkipSpace(s, &k);
  if (k < s.size() && (s[k] == '+' || s[k] == '-' || s[k] == 'Z') &&
      (s[k] == 'Z' || (k + 1 < s.size() && IsDigit(s[k + 1])))) {
    PageDate zone;
    size_t z = k;
    if (IsoZone(s, &z, &zone) && zone.has_offset) {
      d->has_offset = true;
      d->offset_minutes = zone.offset_minutes;
    }
  } else if (WordIs(s, k, "wita", &end)) {
    d->has_offset = true;
    d->offset_minutes = 8 * 60;
  } else if (WordIs(s, k, "wib", &end)) {
    d->has_offset = true;
    d->offset_minutes = 7 * 60;
  } else if (WordIs(s, k, "wit", &end)) {
    d->has_offset = true;
    d->offset_minutes = 9 * 60;
  } else if (WordIs(s, k, "gmt", &end) || WordIs(s, k, "utc", &end)) {
    d->has_offset = true;
    d->offset_minutes = 0;
    size_t z = end;
    if (z < s.size() && (s[z] == '+' || s[z] == '-')) {
      char sign = s[z++];
      int hh = 0;
      if (Number(s, &z, 2, &hh) && hh <= 14)
        d->offset_minutes = (sign == '-' ? -60 : 60) * hh;
    }
  }
}

// A date starting at s[i] (i at a word start). Returns true and fills d.
bool DateAt(std::string_view s, size_t i, PageDate* d) {
  size_t j = i;
  int a = 0, len = 0;
  if (IsDigit(s[i])) {
    if (!Number(s, &j, 4, &a, &len)) return false;
    if (len == 4 && j < s.size() && (s[j] == '-' || s[j] == '/')) {
      // YYYY-MM-DD
      char sep = s[j++];
      int m = 0, day = 0;
      if (!Number(s, &j, 2, &m) || j >= s.size() || s[j] != sep) return false;
      ++j;
      if (!Number(s, &j, 2, &day) || !ValidDay(a, m, day)) return false;
      *d = PageDate{};
      d->year = a, d->month = m, d->day = day;
      if (j + 1 < s.size() && s[j] == 'T' && IsDigit(s[j + 1])) ++j;
      TimeAfter(s, j, d);
      return true;
    }
    if (len > 2) return false;
    if (j < s.size() && (s[j] == '/' || s[j] == '-' || s[j] == '.')) {
      // DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY)
      char sep = s[j++];
      int m = 0, y = 0, ylen = 0;
      if (!Number(s, &j, 2, &m) || j >= s.size() || s[j] != sep) return false;
      ++j;
      if (!Number(s, &j, 4, &y, &ylen) || ylen != 4 || !ValidDay(y, m, a))
        return false;
      *d = PageDate{};
      d->year = y, d->month = m, d->day = a;
      TimeAfter(s, j, d);
      return true;
    }
    // DD Month YYYY
    SkipSpace(s, &j);
    int m = MonthWord(s, &j);
    if (!m) return false;
    SkipSpace(s, &j);
    if (j < s.size() && s[j] == ',') ++j;
    SkipSpace(s, &j);
    int y = 0, ylen = 0;
    if (!Number(s, &j, 4, &y, &ylen) || ylen != 4 || !ValidDay(y, m, a))
      return false;
    *d = PageDate{};
    d->year = y, d->month = m, d->day = a;
    TimeAfter(s, j, d);
    return true;
  }
  // Month DD, YYYY
  int m = MonthWord(s, &j);
  if (!m) return false;
  SkipSpace(s, &j);
  int day = 0, y = 0, ylen = 0;
  if (!Number(s, &j, 2, &day)) return false;
  if (j + 1 < s.size() && (s.substr(j, 2) == "st" || s.substr(j, 2) == "nd" ||
                           s.substr(j, 2) == "rd" || s.substr(j, 2) == "th"))
    j += 2;
  if (j < s.size() && s[j] == ',') ++j;
  SkipSpace(s, &j);
  if (!Number(s, &j, 4, &y, &ylen) || ylen != 4 || !ValidDay(y, m, day))
    return false;
  *d = PageDate{};
  d->year = y, d->month = m, d->day = day;
  TimeAfter(s, j, d);
  return true;
}

}  // namespace

std::optional<PageDate> ParseIsoDate(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  PageDate d;
  size_t i = 0;
  if (!Digits(s, &i, 4, &d.year) || i >= s.size() || s[i] != '-') return {};
  ++i;
  if (!Digits(s, &i, 2, &d.month) || i >= s.size() || s[i] != '-') return {};
  ++i;
  if (!Digits(s, &i, 2, &d.day) || !ValidDay(d.year, d.month, d.day))
    return {};
  if (i == s.size()) return d;
  if (s[i] != 'T' && s[i] != ' ' && s[i] != 't') return {};
  ++i;
  int h = 0, m = 0, sec = 0;
  if (!Digits(s, &i, 2, &h) || i >= s.size() || s[i] != ':') return {};
  ++i;
  if (!Digits(s, &i, 2, &m)) return {};
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!Digits(s, &i, 2, &sec)) return {};
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && IsDigit(s[i])) ++i;
    }
  }
  if (!ValidTime(h, m, sec)) return {};
  d.hour = h, d.minute = m, d.second = sec;
  while (i < s.size() && s[i] == ' ') ++i;
  if (!IsoZone(s, &i, &d) || i != s.size()) return {};
  return d;
}

std::optional<PageDate> FindTextDate(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!IsDigit(c) && !IsAlpha(c)) continue;
    if (i > 0 && (IsDigit(s[i - 1]) || IsAlpha(s[i - 1]))) continue;
    PageDate d;
    if (DateAt(s, i, &d)) return d;
  }
  return {};
}

PageDate LocalDay(const PageDate& date, int local_offset_minutes) {
  if (!date.has_offset || date.offset_minutes != 0 || !date.has_time())
    return date;
  int64_t minutes = DaysFromCivil(date.year, date.month, date.day) * 1440 +
                    date.hour * 60 + date.minute + local_offset_minutes;
  int64_t days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
  int64_t rest = minutes - days * 1440;
  PageDate out = date;
  CivilFromDays(days, &out.year, &out.month, &out.day);
  out.hour = int(rest / 60);
  out.minute = int(rest % 60);
  out.offset_minutes = local_offset_minutes;
  return out;
}

std::string FormatDay(const PageDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatDateTime(const PageDate& d) {
  if (!d.has_time()) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year,
                d.month, d.day, d.hour, d.minute, d.second);
  std::string out = buf;
  if (d.has_offset) {
    int off = d.offset_minutes;
    char sign = off < 0 ? '-' : '+';
    if (off < 0) off = -off;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
    out += buf;
  }
  return out;
}

}  // namespace warta::html
