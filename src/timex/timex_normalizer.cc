#include "timex/timex_normalizer.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "text/ascii.h"
#include "text/calendar.h"

namespace warta::timex {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};

int MonthOf(std::string_view lower) {
  if (const int m = text::MonthNumber(lower)) return m;
  if (lower == "agt" || lower == "agu") return 8;
  if (lower == "okt") return 10;
  if (lower == "des") return 12;
  return 0;
}

int WeekdayOf(std::string_view lower) {
  for (size_t i = 0; i < kWeekdays.size(); ++i)
    if (lower == kWeekdays[i]) return static_cast<int>(i);
  if (lower == "jum'at" || lower == "jum\xE2\x80\x99" "at") return 4;
  if (lower == "ahad") return 6;
  return -1;
}

int NumberWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
      "sepuluh", "sebelas"};
  for (size_t i = 1; i < kWords.size(); ++i)
    if (lower == kWords[i]) return static_cast<int>(i);
  if (lower == "se" || lower == "sehari" || lower == "sepekan" || lower == "sebulan" ||
      lower == "setahun")
    return 1;
  int v = 0;
  if (lower.empty() || lower.size() > 3) return 0;
  for (char c : lower) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithm).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool ValidDay(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m); }

std::string Month(int y, int m) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}
std::string Year(int y) { return std::to_string(y); }

// "20/10" or "19/2/2022" -> day, month, year (0 if absent).
bool ParseDayMonth(std::string_view s, int* d, int* m, int* y) {
  int parts[3] = {0, 0, 0}, n = 0;
  size_t i = 0;
  while (i < s.size() && n < 3) {
    int v = 0, digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      // A part longer than a year is no date ("(5555555555)" would
      // overflow `v`).
      if (++digits > 4) return false;
      v = v * 10 + (s[i++] - '0');
    }
    if (digits == 0) return false;
    parts[n++] = v;
    if (i < s.size() && s[i] != '/') return false;
    ++i;
  }
  if (n < 2) return false;
  *d = parts[0];
  *m = parts[1];
  *y = n == 3 ? (parts[2] < 100 ? 2000 + parts[2] : parts[2]) : 0;
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

// A year of news: four digits from 1900 to 2100.
bool IsYear(std::string_view s) {
  if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string_view::npos) return false;
  const int y = std::atoi(std::string(s).c_str());
  return y >= 1900 && y <= 2100;
}

// "2019-2024": two years (the dash after the fourth digit), the first
// before the second.
bool ParseYearRange(std::string_view s, int* y1, int* y2) {
  if (s.size() != 9 || s[4] != '-' || !IsYear(s.substr(0, 4)) || !IsYear(s.substr(5))) return false;
  *y1 = std::atoi(std::string(s.substr(0, 4)).c_str());
  *y2 = std::atoi(std::string(s.substr(5)).c_str());
  return *y1 < *y2;
}

// The year that puts day/month nearest the reference date.
int NearestYear(const Date& ref, int m, int d) {
  int best = ref.year;
  long best_gap = -1;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    if (!ValidDay(y, m, d)) continue;
    long gap = std::labs(DaysFromCivil(y, m, d) - DaysFromCivil(ref.year, ref.month, ref.day));
    if (best_gap < 0 || gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

Date Today() {
  const auto now = std::chrono::system_clock::now();
  const long days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return CivilFromDays(days);
}

}  // namespace

Date ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
  Date d{std::atoi(std::string(s.substr(0, 4)).c_str()), std::atoi(std::string(s.substr(5, 2)).c_str()),
         std::atoi(std::string(s.substr(8, 2)).c_str())};
  return ValidDay(d.year, d.month, d.day) ? d : Date{};
}

std::string FormatDate(const Date& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

Date AddDays(const Date& d, int days) {
  return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + days);
}

int Weekday(const Date& d) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  long z = DaysFromCivil(d.year, d.month, d.day);
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string IsoWeek(const Date& d) {
  const int wd = Weekday(d);
  const Date thursday = AddDays(d, 3 - wd);  // the week's Thursday fixes its year
  const long first = DaysFromCivil(thursday.year, 1, 1);
  const int week = static_cast<int>((DaysFromCivil(thursday.year, thursday.month, thursday.day) - first) / 7) + 1;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, week);
  return buf;
}

namespace {

// Nouns a number counts ("2020 orang", "1998 kasus"): a number before one
// is no year.
bool IsCountedNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "orang", "unit", "kasus", "ton", "persen", "km", "meter", "hektar", "ha", "rumah", "kg",
      "jiwa", "warga", "peserta", "buah", "lembar", "ekor", "kali", "dosis", "mw", "kwh", "liter",
      "barel", "kendaraan", "personel", "pasien", "siswa", "suara", "kursi", "titik", "desa"};
  for (std::string_view n : kNouns)
    if (w == n) return true;
  return false;
}

// "4-6" or "2-4/4/2021": two days of one month, the first before the
// second.
bool ParseDayRange(std::string_view s, int* d1, int* d2) {
  const size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  auto digits = [](std::string_view t, int* v) {
    if (t.empty() || t.size() > 2) return false;
    *v = 0;
    for (char c : t) {
      if (c < '0' || c > '9') return false;
      *v = *v * 10 + (c - '0');
    }
    return *v >= 1 && *v <= 31;
  };
  std::string_view second = s.substr(dash + 1);
  second = second.substr(0, second.find('/'));
  return digits(s.substr(0, dash), d1) && digits(second, d2);
}

// "Sabtu-Senin": a range of weekdays.
bool IsWeekdayRange(std::string_view s) {
  const size_t dash = s.find('-');
  return dash != std::string_view::npos && WeekdayOf(s.substr(0, dash)) >= 0 &&
         WeekdayOf(s.substr(dash + 1)) >= 0;
}

// Whether the sentence of token k speaks of the future before k ("akan",
// "rencananya", "dijadwalkan").
bool IsToldInTheFuture(const Document& doc, const std::vector<std::string>& lower, uint32_t k) {
  const uint32_t sentence = doc.tokens[k].sentence;
  for (uint32_t j = k; j-- > 0 && doc.tokens[j].sentence == sentence;) {
    const std::string& w = lower[j];
    if (w == "akan" || w == "rencananya" || w == "dijadwalkan" || w == "direncanakan") return true;
  }
  return false;
}

// Whether token k is the first word of its sentence, after any opening
// quotation marks or brackets.
bool OpensItsSentence(const Document& doc, const std::vector<std::string>& lower, uint32_t k) {
  const uint32_t sentence = doc.tokens[k].sentence;
  for (uint32_t j = k; j-- > 0 && doc.tokens[j].sentence == sentence;) {
    const std::string& p = lower[j];
    if (p != "\"" && p != "\xE2\x80\x9C" && p != "\xE2\x80\x9D" && p != "'" && p != "(" &&
        p != "[")
      return false;
  }
  return true;
}

}  // namespace

Status TimexNormalizer::Process(Document& doc, Scratch& /*scratch*/) const {
  doc.timex.clear();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<std::string> lower(n);
  for (uint32_t k = 0; k < n; ++k) lower[k] = text::AsciiLower(doc.Form(doc.tokens[k]));
  // Words the rules read as "lalu" (ago, last): "silam" always ("tiga tahun
  // silam", "Juli silam", "masa silam"); "kemarin" after a unit of time
  // ("pekan kemarin", "tahun kemarin"), where it is not "yesterday".
  for (uint32_t k = 0; k < n; ++k) {
    if (lower[k] == "silam") {
      lower[k] = "lalu";
    } else if (lower[k] == "kemarin" && k > 0) {
      const std::string& unit = lower[k - 1];
      if (unit == "pekan" || unit == "bulan" || unit == "tahun" ||
          (unit == "minggu" && doc.Form(doc.tokens[k - 1])[0] == 'm'))
        lower[k] = "lalu";
    }
  }
  auto at = [&](uint32_t k) -> std::string_view { return k < n ? std::string_view(lower[k]) : ""; };

  Date ref = ParseIsoDate(doc.published);
  if (!ref.valid()) {
    // "Jumat (20/10)": the latest year, not after today, in which that day
    // was that weekday.
    const Date today = Today();
    for (uint32_t k = 0; k + 3 < n && !ref.valid(); ++k) {
      const int wd = WeekdayOf(at(k));
      int d, m, y;
      if (wd < 0 || at(k + 1) != "(" || !ParseDayMonth(at(k + 2), &d, &m, &y)) continue;
      for (int year = y ? y : today.year; year >= today.year - 40 && year >= 1900; --year) {
        if (!ValidDay(year, m, d) || Weekday({year, m, d}) != wd) continue;
        if (DaysFromCivil(year, m, d) > DaysFromCivil(today.year, today.month, today.day)) continue;
        ref = {year, m, d};
        break;
      }
      if (y) break;  // a full date fixes nothing else
    }
    if (ref.valid()) {
      doc.published = FormatDate(ref);
      doc.published_source = DateSource::kInferred;
    }
  }

  // The day the story is telling about: the last full date it named, and
  // the weekday it was named with ("Minggu (13/4/2018)"), to which "malam
  // harinya", "sehari kemudian" and a later bare "Minggu malam" refer.
  Date story_day;
  int story_weekday = -1;
  uint32_t story_sentence = 0;  // the sentence that named story_day
  auto add = [&](uint32_t b, uint32_t e, std::string value) {
    if (value.empty() || e <= b) return;
    if (value.size() >= 10 && value[4] == '-' && value[7] == '-' &&
        (value.size() == 10 || value[10] == 'T')) {
      const Date day = ParseIsoDate(std::string_view(value).substr(0, 10));
      if (day.valid()) {
        story_day = day;
        story_weekday = Weekday(day);
        story_sentence = doc.tokens[b].sentence;
      }
    }
    doc.timex.push_back({{doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}, std::move(value)});
  };
  // The year of day/month without one: the nearest to the publication date,
  // or the latest not after it when the text says it is past ("17 Juni
  // lalu", "sejak 9 Januari").
  auto year_of = [&](int m, int d, bool past) {
    if (!past) return NearestYear(ref, m, d);
    int y = ref.year;
    if (ValidDay(y, m, d) && DaysFromCivil(y, m, d) > DaysFromCivil(ref.year, ref.month, ref.day)) --y;
    return y;
  };
  auto month_near = [&](int m, std::string_view mod) -> std::string {
    if (!ref.valid()) return {};
    int y = ref.year;
    if (mod == "lalu") {
      if (m >= ref.month) --y;
    } else if (mod == "depan" || mod == "mendatang") {
      if (m <= ref.month) ++y;
    } else if (mod == "sejak") {  // since: not after publication
      if (m > ref.month) --y;
    } else if (mod != "ini") {
      if (m - ref.month > 6) --y;
      if (ref.month - m > 6) ++y;
    }
    return Month(y, m);
  };

  for (uint32_t k = 0; k < n; ++k) {
    const std::string_view w = at(k);
    const uint32_t start = k;
    // Vague references.
    if ((w == "saat" || w == "sementara") && at(k + 1) == "ini") {
      add(k, k + 2, "PRESENT_REF"), ++k;
      continue;
    }
    if (w == "sekarang" || (w == "kini" && k > 0)) {
      add(k, k + 1, "PRESENT_REF");
      continue;
    }
    if (w == "dewasa" && at(k + 1) == "ini") {
      add(k, k + 2, "PRESENT_REF"), ++k;
      continue;
    }
    // ("sebelumnya" alone, "before that", is not one: the annotation guide.)
    if (w == "belakangan" ||
        (w == "beberapa" && at(k + 2) == "lalu" &&
         (at(k + 1) == "waktu" || at(k + 1) == "hari" || at(k + 1) == "pekan" ||
          at(k + 1) == "minggu" || at(k + 1) == "bulan" || at(k + 1) == "tahun")) ||
        ((w == "baru-baru" || w == "akhir-akhir") && at(k + 1) == "ini")) {
      const uint32_t e = w == "beberapa" ? k + 3 : w == "belakangan" ? k + 1 : k + 2;
      add(k, e, "PAST_REF");
      k = e - 1;
      continue;
    }
    // "masa depan", "masa mendatang", "dalam waktu dekat", "kelak": the
    // guide's vague future.
    if (w == "masa" && (at(k + 1) == "depan" || at(k + 1) == "mendatang")) {
      add(k, k + 2, "FUTURE_REF"), ++k;
      continue;
    }
    // "Dulu, ..." / "Dahulu ...": formerly, at the head of a sentence (after
    // a verb it is "first": "makan dulu", "terlebih dahulu").
    if ((w == "dulu" || w == "dahulu") && OpensItsSentence(doc, lower, k)) {
      add(k, k + 1, "PAST_REF");
      continue;
    }
    if (w == "masa" && at(k + 1) == "lalu") {
      add(k, k + 2, "PAST_REF"), ++k;
      continue;
    }
    if (w == "dalam" && at(k + 1) == "waktu" && at(k + 2) == "dekat") {
      add(k, k + 3, "FUTURE_REF"), k += 2;
      continue;
    }
    if (w == "kelak") {
      add(k, k + 1, "FUTURE_REF");
      continue;
    }
    // "nanti malam", "nanti sore": later today.
    if (w == "nanti" && ref.valid() &&
        (at(k + 1) == "pagi" || at(k + 1) == "siang" || at(k + 1) == "sore" ||
         at(k + 1) == "malam")) {
      add(k, k + 2, FormatDate(ref)), ++k;
      continue;
    }
    if (w == "nanti" || (w == "nantinya") || (w == "ke" && at(k + 1) == "depan")) {
      const uint32_t e = w == "ke" ? k + 2 : w == "nanti" && at(k + 1) == "nya" ? k + 2 : k + 1;
      add(k, e, "FUTURE_REF");
      k = e - 1;
      continue;
    }
    // Days relative to the day the story tells about: "malam harinya",
    // "pada hari itu", "keesokan harinya", "sehari kemudian|sebelumnya".
    if (story_day.valid()) {
      const bool part = w == "pagi" || w == "siang" || w == "sore" || w == "malam" ||
                        w == "dini";
      uint32_t e = 0;
      int delta = 0;
      // "harinya" is split as UD does: "hari" + "nya".
      const bool harinya = at(k + 1) == "hari" && at(k + 2) == "nya";
      if (part && harinya) {
        e = k + 3;
      } else if ((w == "saat" || w == "waktu" || w == "ketika") && at(k + 1) == "itu" &&
                 doc.tokens[k].sentence <= story_sentence + 1) {
        // "Saat itu": the day just named, in this sentence or the one before
        // (the guide: "saat itu when resolvable").
        e = k + 2;
      } else if (w == "hari" && at(k + 1) == "itu") {
        e = k + 2;
      } else if ((w == "keesokan" || w == "esok") && harinya) {
        e = k + 3, delta = 1;
      } else if (w == "sehari" && (at(k + 1) == "kemudian" || at(k + 1) == "setelahnya" ||
                                   at(k + 1) == "sesudahnya" || at(k + 1) == "sebelumnya")) {
        e = k + 2, delta = at(k + 1) == "sebelumnya" ? -1 : 1;
      }
      if (e) {
        add(k, e, FormatDate(AddDays(story_day, delta)));
        k = e - 1;
        continue;
      }
    }
    // Days relative to the publication date.
    if (ref.valid()) {
      // "tadi malam" (last night: the day before), "tadi pagi", "dini hari
      // tadi", "pagi ini", "malam ini" (the day itself).
      const bool part = w == "pagi" || w == "siang" || w == "sore" || w == "malam";
      if (w == "tadi" && (at(k + 1) == "pagi" || at(k + 1) == "siang" || at(k + 1) == "sore" ||
                          at(k + 1) == "malam")) {
        add(k, k + 2, FormatDate(AddDays(ref, at(k + 1) == "malam" ? -1 : 0)));
        ++k;
        continue;
      }
      // "pagi tadi", "malam tadi" (as "tadi malam").
      if (part && at(k + 1) == "tadi") {
        add(k, k + 2, FormatDate(AddDays(ref, w == "malam" ? -1 : 0)));
        ++k;
        continue;
      }
      if (w == "dini" && at(k + 1) == "hari" && at(k + 2) == "tadi") {
        add(k, k + 3, FormatDate(ref));
        k += 2;
        continue;
      }
      if (part && at(k + 1) == "ini") {
        add(k, k + 2, FormatDate(ref));
        ++k;
        continue;
      }
      if (w == "kemarin" || w == "besok" || w == "lusa" || (w == "hari" && at(k + 1) == "ini")) {
        int delta = w == "kemarin" ? -1 : w == "besok" ? 1 : w == "lusa" ? 2 : 0;
        uint32_t e = w == "hari" ? k + 2 : k + 1;
        // "kemarin (19/11)": the date in brackets wins.
        int d, m, y;
        if (at(e) == "(" && ParseDayMonth(at(e + 1), &d, &m, &y) && at(e + 2) == ")") {
          add(k, e + 3, FormatDate({y ? y : NearestYear(ref, m, d), m, d}));
          k = e + 2;
          continue;
        }
        add(k, e, FormatDate(AddDays(ref, delta)));
        k = e - 1;
        continue;
      }
    }
    // Weekday, possibly with a time of day and a date in brackets.
    const int wd = WeekdayOf(w);
    if (wd >= 0 && !(w == "minggu" && doc.Form(doc.tokens[k])[0] != 'M')) {
      uint32_t e = k + 1;
      if (at(e) == "pagi" || at(e) == "siang" || at(e) == "sore" || at(e) == "malam") ++e;
      int d, m, y;
      if (at(e) == "(" && ParseDayMonth(at(e + 1), &d, &m, &y) && at(e + 2) == ")") {
        if (!y && ref.valid()) y = NearestYear(ref, m, d);
        if (y && ValidDay(y, m, d)) {
          add(k, e + 3, FormatDate({y, m, d}));
          story_weekday = wd;  // as the text names it, even when the calendar disagrees
        }
        k = e + 2;
        continue;
      }
      // "Minggu, 24 Mei 2020", "Rabu, 25 November": the date names the day.
      if (at(e) == "," && k + 3 < n && doc.tokens[e + 1].kind == TokenKind::kNumber) {
        const int dd = NumberWord(at(e + 1));
        const int mm = MonthOf(at(e + 2));
        if (dd >= 1 && dd <= 31 && mm) {
          uint32_t end = e + 3;
          int yy = 0;
          if (end < n && at(end).size() == 4 && doc.tokens[end].kind == TokenKind::kNumber) {
            yy = std::atoi(lower[end].c_str());
            ++end;
          }
          if (!yy && ref.valid()) yy = year_of(mm, dd, false);
          if (yy && ValidDay(yy, mm, dd)) {
            add(k, end, FormatDate({yy, mm, dd}));
            story_weekday = wd;
            k = end - 1;
            continue;
          }
        }
      }
      // The weekday the story has just dated ("Minggu (13/4/2018) pagi …
      // Minggu malam", "Rabu itu") is that day.
      if (story_day.valid() && story_weekday == wd && at(e) != "depan" &&
          at(e) != "mendatang" && at(e) != "lalu" && at(e) != "kemarin" && at(e) != "ini") {
        if (at(e) == "itu") ++e;
        add(k, e, FormatDate(story_day));
        story_weekday = wd;
        k = e - 1;
        continue;
      }
      // "Selasa pekan lalu", "Rabu minggu depan": that day of the week named.
      if (ref.valid() && (at(e) == "pekan" || at(e) == "minggu")) {
        const std::string_view mod = at(e + 1);
        const int dir = mod == "lalu" ? -1 : mod == "ini" ? 0
                        : (mod == "depan" || mod == "mendatang") ? 1 : 9;
        if (dir != 9) {
          const Date monday = AddDays(ref, 7 * dir - Weekday(ref));
          add(k, e + 2, FormatDate(AddDays(monday, wd)));
          k = e + 1;
          continue;
        }
      }
      if (ref.valid()) {
        // A bare weekday in news is the latest such day up to publication;
        // with "depan" or "mendatang", or told in the future ("akan" in the
        // sentence before it), the next one after it; with "ini", the
        // nearest one.
        const int back = (Weekday(ref) - wd + 7) % 7;
        const int ahead = (wd - Weekday(ref) + 7) % 7;
        int delta = -back;
        if (at(e) == "depan" || at(e) == "mendatang") {
          delta = ahead == 0 ? 7 : ahead;
          ++e;
        } else if (at(e) == "lalu" || at(e) == "kemarin" || at(e) == "itu") {
          // "Kamis kemarin", "Senin lalu": the last one before publication.
          delta = back == 0 ? -7 : -back;
          ++e;
        } else if (at(e) == "ini") {
          delta = ahead <= back ? ahead : -back;
          ++e;
        } else if (back != 0 && IsToldInTheFuture(doc, lower, k)) {
          delta = ahead;
        }
        add(k, e, FormatDate(AddDays(ref, delta)));
      }
      k = e - 1;
      continue;
    }
    // Ranges within one month or one week, as the smallest unit holding
    // both ends (the annotation guide): "17-30 Januari 2022" (the month),
    // "Sabtu-Senin (4-6 Juli 2020)", "Jumat-Minggu (2-4/4/2021)" (the week
    // when both days are in one), "13 April-26 Mei 2020" (the year).
    {
      uint32_t b = k;
      const bool weekdays = IsWeekdayRange(w) && at(k + 1) == "(";
      if (weekdays) b = k + 2;
      int d1, d2, m = 0, y = 0;
      uint32_t e = 0;
      // The days as one word ("4-6", "2-4/4/2021") or as the tokenizer
      // splits a range of numbers ("4" "-" "6"); `after` is the word after.
      uint32_t after = 0;
      if (ParseDayRange(at(b), &d1, &d2)) {
        after = b + 1;
      } else if (at(b + 1) == "-" && b + 2 < n && doc.tokens[b].kind == TokenKind::kNumber &&
                 doc.tokens[b + 2].kind == TokenKind::kNumber &&
                 ParseDayRange(std::string(at(b)) + "-" + std::string(at(b + 2)), &d1, &d2)) {
        after = b + 3;
      }
      if (after) {
        // "4-6 Juli 2020" or "2-4/4/2021"
        if (const size_t slash = at(b).find('/'); slash != std::string_view::npos) {
          int dd, yy;
          if (ParseDayMonth(std::string(at(b).substr(at(b).find('-') + 1)), &dd, &m, &yy)) y = yy;
          e = b + 1;
        } else if ((m = MonthOf(at(after))) != 0) {
          e = after + 1;
          if (at(e).size() == 4 && e < n && doc.tokens[e].kind == TokenKind::kNumber)
            y = std::atoi(lower[e].c_str()), ++e;
        }
        if (e && !y && ref.valid()) y = NearestYear(ref, m, d2);
        if (e && weekdays && at(e) == ")") ++e;
        if (e && y && ValidDay(y, m, d1) && ValidDay(y, m, d2) && d1 < d2) {
          const std::string w1 = IsoWeek({y, m, d1}), w2 = IsoWeek({y, m, d2});
          add(k, e, weekdays && w1 == w2 ? w1 : Month(y, m));
          k = e - 1;
          continue;
        }
      }
      // "13 April-26 Mei 2020"
      int d0 = NumberWord(w);
      const std::string_view mid = at(k + 1);
      if (d0 >= 1 && d0 <= 31 && doc.tokens[k].kind == TokenKind::kNumber && mid.find('-') != std::string_view::npos) {
        const std::string_view m1 = mid.substr(0, mid.find('-'));
        const int d3 = NumberWord(mid.substr(mid.find('-') + 1));
        const int mm1 = MonthOf(m1), mm2 = MonthOf(at(k + 2));
        if (mm1 && mm2 && d3 >= 1 && d3 <= 31 && at(k + 3).size() == 4 &&
            doc.tokens[k + 3].kind == TokenKind::kNumber) {
          add(k, k + 4, Year(std::atoi(lower[k + 3].c_str())));
          k += 3;
          continue;
        }
      }
    }
    // Ranges of years, both ends complete, are two expressions (the
    // annotation guide): "periode 2019-2024", "2015 - 2019".
    if (doc.tokens[k].kind == TokenKind::kNumber) {
      int y1 = 0, y2 = 0;
      if (ParseYearRange(w, &y1, &y2)) {
        const Span span = doc.tokens[k].span;
        doc.timex.push_back({{span.begin, span.begin + 4}, Year(y1)});
        doc.timex.push_back({{span.begin + 5, span.end}, Year(y2)});
        continue;
      }
      if (IsYear(w) && at(k + 1) == "-" && k + 2 < n &&
          doc.tokens[k + 2].kind == TokenKind::kNumber && IsYear(at(k + 2)) &&
          std::atoi(lower[k].c_str()) < std::atoi(lower[k + 2].c_str())) {
        add(k, k + 1, Year(std::atoi(lower[k].c_str())));
        add(k + 2, k + 3, Year(std::atoi(lower[k + 2].c_str())));
        k += 2;
        continue;
      }
    }
    // "Januari-Oktober 2020": one expression, the year holding both months
    // (the tokenizer splits the range: "Januari" "-" "Oktober"); without
    // the year, the year of the story's telling.
    if (MonthOf(w) && at(k + 1) == "-" && MonthOf(at(k + 2))) {
      if (k + 3 < n && doc.tokens[k + 3].kind == TokenKind::kNumber && IsYear(at(k + 3))) {
        add(k, k + 4, Year(std::atoi(lower[k + 3].c_str())));
        k += 3;
        continue;
      }
      if (ref.valid() && doc.Form(doc.tokens[k])[0] >= 'A' && doc.Form(doc.tokens[k])[0] <= 'Z') {
        add(k, k + 3, Year(ref.year));
        k += 2;
        continue;
      }
    }
    // Numeric dates without a weekday: "23/2/2022" anywhere, "(19/2)" in
    // brackets (a bare "1/2" may be a fraction).
    if (doc.tokens[k].kind == TokenKind::kDate) {
      int d, m, y;
      const bool bracketed = k > 0 && at(k - 1) == "(" && at(k + 1) == ")";
      if (ParseDayMonth(w, &d, &m, &y) && (y || bracketed)) {
        if (!y && ref.valid()) y = NearestYear(ref, m, d);
        if (y && ValidDay(y, m, d)) add(k, k + 1, FormatDate({y, m, d}));
        continue;
      }
    }
    // Quarters and halves of a year carry the year: "triwulan I-2021",
    // "kuartal II 2020", "semester I/2020".
    if (w == "triwulan" || w == "kuartal" || w == "semester" || w == "caturwulan") {
      std::string_view q = at(k + 1);
      uint32_t e = k + 2;
      int y = 0;
      if (const size_t cut = q.find_first_of("-/"); cut != std::string_view::npos) {
        y = std::atoi(std::string(q.substr(cut + 1)).c_str());
        q = q.substr(0, cut);
      } else if (at(e).size() == 4 && e < n && doc.tokens[e].kind == TokenKind::kNumber) {
        y = std::atoi(lower[e].c_str());
        ++e;
      }
      const bool roman = !q.empty() && q.find_first_not_of("iv1234") == std::string_view::npos;
      if (roman && y >= 1900 && y <= 2100) {
        add(k, e, Year(y));
        k = e - 1;
        continue;
      }
    }
    // Modifiers that may start an expression: "akhir 2013", "awal tahun
    // depan", "pertengahan Juni", "sejak Juni", "penghujung 2013 ini".
    uint32_t j = k;
    uint32_t begin = start;
    const bool since = w == "sejak";
    const bool edge = w == "akhir" || w == "awal" || w == "pertengahan" || w == "penghujung" ||
                      since;
    if (edge) ++j;
    // Prepositions are left out of the span (the annotation guide).
    if (since) begin = j;
    // "bulan Maret": the month word belongs to the expression.
    if (at(j) == "bulan" && MonthOf(at(j + 1)) && !(edge && !since)) {
      if (!edge) begin = j;
      ++j;
    }
    const bool past = since || (k > 0 && at(k - 1) == "sejak");
    // "d Month [yyyy]"
    int day = NumberWord(at(j));
    if (day >= 1 && day <= 31 && doc.tokens[j].kind == TokenKind::kNumber) {
      const int m = MonthOf(at(j + 1));
      // "26 Mei-Juli 2020": a range to another month, the year holding both.
      if (m && at(j + 2) == "-" && MonthOf(at(j + 3))) {
        if (j + 4 < n && doc.tokens[j + 4].kind == TokenKind::kNumber && IsYear(at(j + 4))) {
          add(begin, j + 5, Year(std::atoi(lower[j + 4].c_str())));
          k = j + 4;
          continue;
        }
        if (ref.valid()) {
          add(begin, j + 4, Year(ref.year));
          k = j + 3;
          continue;
        }
      }
      if (m) {
        uint32_t e = j + 2;
        int y = 0;
        if (e < n && at(e).size() == 4 && doc.tokens[e].kind == TokenKind::kNumber) y = std::atoi(lower[e].c_str()), ++e;
        const bool said_past = at(e) == "lalu";
        if (at(e) == "mendatang" || at(e) == "lalu" || at(e) == "ini") ++e;
        if (!y && ref.valid()) y = year_of(m, day, past || said_past);
        if (y && ValidDay(y, m, day)) add(begin, e, FormatDate({y, m, day}));
        k = e - 1;
        continue;
      }
    }
    // "Month [yyyy]" / "Month lalu|depan|ini"
    if (const int m = MonthOf(at(j)); m && (doc.Form(doc.tokens[j])[0] >= 'A' &&
                                            doc.Form(doc.tokens[j])[0] <= 'Z')) {
      uint32_t e = j + 1;
      std::string value;
      if (e < n && at(e).size() == 4 && doc.tokens[e].kind == TokenKind::kNumber) {
        value = Month(std::atoi(lower[e].c_str()), m);
        ++e;
        if (at(e) == "mendatang" || at(e) == "ini" || at(e) == "lalu") ++e;
      } else {
        std::string_view mod = at(e);
        if (mod == "lalu" || mod == "depan" || mod == "mendatang" || mod == "ini") ++e;
        else mod = past ? "sejak" : "";
        value = month_near(m, mod);
      }
      add(begin, e, value);
      k = e - 1;
      continue;
    }
    // Seasons of a year: "musim panas 2019" (TIMEX3 2019-SU), "musim dingin
    // lalu"; the dry and rainy seasons (kemarau, hujan) have no TIMEX3 code,
    // and a season without its year names no time.
    if (w == "musim") {
      const std::string_view name = at(k + 1);
      const char* code = name == "panas"   ? "SU"
                         : name == "dingin" ? "WI"
                         : name == "semi"   ? "SP"
                         : name == "gugur"  ? "FA"
                                            : nullptr;
      if (code != nullptr) {
        uint32_t e = k + 2;
        if (at(e) == "tahun") ++e;
        int y = 0;
        if (e < n && doc.tokens[e].kind == TokenKind::kNumber && IsYear(at(e))) {
          y = std::atoi(lower[e].c_str());
          ++e;
        } else if (e == k + 2 && ref.valid() &&
                   (at(e) == "ini" || at(e) == "lalu" || at(e) == "depan" || at(e) == "mendatang")) {
          y = ref.year + (at(e) == "lalu" ? -1 : at(e) == "ini" ? 0 : 1);
          ++e;
        }
        if (y) {
          add(k, e, Year(y) + "-" + code);
          k = e - 1;
          continue;
        }
      }
    }
    // Decades: "tahun 1970-an", "era 1990-an", "awal 2000-an" (TIMEX3: the
    // first three digits, "197").
    {
      const uint32_t d = at(j) == "tahun" ? j + 1 : j;
      const std::string_view dec = at(d);
      if (d < n && dec.size() == 7 && dec.ends_with("0-an") && IsYear(dec.substr(0, 4))) {
        add(begin, d + 1, std::string(dec.substr(0, 3)));
        k = d;
        continue;
      }
    }
    // Years: "2012", "tahun 2012", "akhir 2013 ini", "tahun ini|lalu|depan".
    if (at(j) == "tahun") {
      const std::string_view mod = at(j + 1);
      // "UU Nomor 2 Tahun 2020", "PP No 99 Tahun 2012": the year of a law's
      // number is no time of the story (the annotation guide).
      const bool law_number =
          k >= 2 && doc.tokens[k - 1].kind == TokenKind::kNumber &&
          (at(k - 2) == "nomor" || at(k - 2) == "no" || at(k - 2) == "no." ||
           at(k - 2) == "nomer" || (k >= 3 && at(k - 2) == "." && at(k - 3) == "no"));
      if (law_number) {
        k = j + 1;
        continue;
      }
      if (mod.size() == 4 && j + 1 < n && doc.tokens[j + 1].kind == TokenKind::kNumber) {
        add(begin, j + 2, mod.data() == nullptr ? "" : std::string(mod));
        k = j + 1;
        continue;
      }
      if (ref.valid() && (mod == "ini" || mod == "lalu" || mod == "depan" || mod == "mendatang")) {
        add(begin, j + 2, Year(ref.year + (mod == "lalu" ? -1 : mod == "ini" ? 0 : 1)));
        k = j + 1;
        continue;
      }
      if (edge && !since && ref.valid()) {  // "akhir tahun" ("sejak tahun" alone says nothing)
        add(start, j + 1, Year(ref.year));
        k = j;
        continue;
      }
    }
    if (j < n && doc.tokens[j].kind == TokenKind::kNumber && at(j).size() == 4) {
      const int y = std::atoi(lower[j].c_str());
      // A bare year ("pada 2012", "Pemilu 2024", "hingga 2030") unless the
      // number counts something ("2020 orang") or is a number of its own
      // ("Rp 2020", "Nomor 2020").
      const std::string_view before = k > 0 ? at(k - 1) : "";
      const std::string_view after = at(j + 1);
      const bool counted = IsCountedNoun(after) || after == "-" || after == "/";
      const bool numbered = before == "rp" || before == "nomor" || before == "no" || before == "no." ||
                            before == "sebanyak" || before == "sejumlah" || before == "pasal" ||
                            before == "pukul" || before == "jam" || before == "kode" || before == "-";
      if (y >= 1900 && y <= 2100 && (edge || (!counted && !numbered))) {
        uint32_t e = j + 1;
        if (at(e) == "ini") ++e;
        add(begin, e, Year(y));
        k = e - 1;
        continue;
      }
    }
    if (!ref.valid()) continue;
    // "pekan|minggu|bulan ini|lalu|depan", "akhir pekan ini", "akhir bulan ini".
    if (at(j) == "pekan" || (at(j) == "minggu" && doc.Form(doc.tokens[j])[0] == 'm') || at(j) == "bulan") {
      const std::string_view mod = at(j + 1);
      int dir = mod == "lalu" ? -1 : mod == "ini" ? 0 : (mod == "depan" || mod == "mendatang") ? 1 : 9;
      // "akhir pekan" alone: the weekend of the week told about.
      const bool weekend = dir == 9 && w == "akhir" && at(j) == "pekan";
      if (weekend) dir = 0;
      if (dir != 9) {
        std::string value;
        if (at(j) == "bulan") {
          int m = ref.month + dir, y = ref.year;
          if (m < 1) m = 12, --y;
          if (m > 12) m = 1, ++y;
          value = Month(y, m);
        } else {
          value = IsoWeek(AddDays(ref, 7 * dir));
        }
        const uint32_t e = weekend ? j + 1 : j + 2;
        add(begin, e, value);
        k = e - 1;
        continue;
      }
    }
    // "dua hari lalu", "3 pekan mendatang", "setahun sebelumnya"
    {
      int count = NumberWord(at(k));
      uint32_t unit = k + 1;
      std::string_view u = at(unit);
      if (w == "sehari" || w == "sepekan" || w == "sebulan" || w == "setahun") {
        u = w.substr(2);
        unit = k;
      }
      if (count > 0 && (u == "hari" || u == "pekan" || u == "minggu" || u == "bulan" || u == "tahun")) {
        // The word that tells the direction ("tiga tahun yang lalu" as
        // "tiga tahun lalu").
        const uint32_t dir_at = at(unit + 1) == "yang" && at(unit + 2) == "lalu" ? unit + 2 : unit + 1;
        const std::string_view dir_word = at(dir_at);
        const int dir = (dir_word == "lalu" || dir_word == "sebelumnya") ? -1
                        : (dir_word == "mendatang" || dir_word == "lagi" || dir_word == "kemudian") ? 1 : 0;
        if (dir != 0) {
          std::string value;
          // "tiga bulan mendatang": the guide's vague future, not a date.
          if (dir_word == "mendatang") value = "FUTURE_REF";
          else if (u == "hari") value = FormatDate(AddDays(ref, dir * count));
          else if (u == "pekan" || u == "minggu") value = IsoWeek(AddDays(ref, dir * 7 * count));
          else if (u == "bulan") {
            int total = ref.year * 12 + (ref.month - 1) + dir * count;
            value = Month(total / 12, total % 12 + 1);
          } else {
            value = Year(ref.year + dir * count);
          }
          add(k, dir_at + 1, value);
          k = dir_at;
          continue;
        }
      }
    }
    // "Minggu (28/12/2014) pukul 06.18 WIB": a time written with a day is
    // part of it; a clock time alone is no time expression (the annotation
    // guide).
    if (w == "pukul" && k + 1 < n &&
        (doc.tokens[k + 1].kind == TokenKind::kTime || doc.tokens[k + 1].kind == TokenKind::kNumber)) {
      uint32_t e = k + 2;
      if (at(e) == "wib" || at(e) == "wita" || at(e) == "wit") ++e;
      if (!doc.timex.empty() && k > 0 &&
          doc.timex.back().span.end == doc.tokens[k - 1].span.end &&
          doc.timex.back().value.size() == 10) {
        std::string time(doc.Form(doc.tokens[k + 1]));
        for (char& c : time)
          if (c == '.') c = ':';
        Timex& dated = doc.timex.back();
        dated.span.end = doc.tokens[e - 1].span.end;
        dated.value += "T" + time;
      }
      k = e - 1;
      continue;
    }
  }
  return Status::Ok();
}

}  // namespace warta::timex
