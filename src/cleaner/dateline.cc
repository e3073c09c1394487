#include "cleaner/dateline.h"

#include <vector>

#include "text/ascii.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace warta::cleaner {
namespace {

constexpr size_t kMaxDatelineBytes = 72;
constexpr size_t kMaxDatelineWords = 8;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Where the dash that closes a dateline is: a run of -, – or — with a space
// after it and a space or ")" before it (so "Jong-un" never counts).
// Returns {dash_begin, dash_end} or {npos, npos}.
std::pair<size_t, size_t> FindDatelineDash(std::string_view line) {
  size_t limit = std::min(line.size(), kMaxDatelineBytes + 8);
  size_t i = 0;
  while (i < limit) {
    char32_t cp;
    size_t n = text::DecodeUtf8(line, i, &cp);
    if (n == 0) return {std::string_view::npos, std::string_view::npos};
    if (text::IsDash(cp)) {
      size_t b = i, e = i + n;
      while (e < line.size()) {
        char32_t next;
        size_t m = text::DecodeUtf8(line, e, &next);
        if (m == 0 || !text::IsDash(next)) break;
        e += m;
      }
      bool before_ok = b > 0 && (line[b - 1] == ' ' || line[b - 1] == ')');
      bool after_ok = e < line.size() && line[e] == ' ';
      if (before_ok && after_ok) return {b, e};
      i = e;
      continue;
    }
    i += n;
  }
  return {std::string_view::npos, std::string_view::npos};
}

bool LooksLikeDomain(std::string_view word) {
  std::string lower = text::AsciiLower(word);
  for (std::string_view tld : {".com", ".co", ".id", ".net"}) {
    size_t at = lower.find(tld);
    if (at != std::string::npos && at > 0) return true;
  }
  return false;
}

// Every word of a place name starts with a capital ("Lombok Utara", "NTB").
bool IsPlaceName(std::string_view part) {
  size_t i = 0;
  bool any = false;
  while (i < part.size()) {
    while (i < part.size() && part[i] == ' ') ++i;
    if (i >= part.size()) break;
    char32_t cp;
    if (text::DecodeUtf8(part, i, &cp) == 0 || !text::IsUpper(cp)) return false;
    any = true;
    while (i < part.size() && part[i] != ' ') ++i;
  }
  return any;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (c == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

}  // namespace

DatelineDetector::DatelineDetector() {
  text::ForEachLexiconEntry(
      lexicons::NewsAgencies(),
      [this](const std::vector<std::string_view>& f, size_t) {
        agencies_.insert(text::AsciiLower(f[0]));
      });
}

bool DatelineDetector::IsSource(std::string_view part) const {
  return agencies_.count(text::AsciiLower(part)) > 0 || LooksLikeDomain(part);
}

std::optional<Dateline> DatelineDetector::Detect(std::string_view line) const {
  auto [dash_b, dash_e] = FindDatelineDash(line);
  if (dash_b == std::string_view::npos) return std::nullopt;
  std::string_view prefix = Trim(line.substr(0, dash_b));
  if (prefix.empty() || prefix.size() > kMaxDatelineBytes ||
      CountWords(prefix) > kMaxDatelineWords)
    return std::nullopt;

  // Parts: separated by commas; a parenthesised group is a part of its own.
  std::vector<std::pair<std::string_view, bool>> parts;  // text, in brackets
  size_t i = 0;
  while (i < prefix.size()) {
    if (prefix[i] == ' ' || prefix[i] == ',') {
      ++i;
      continue;
    }
    if (prefix[i] == '(') {
      size_t close = prefix.find(')', i);
      if (close == std::string_view::npos) return std::nullopt;
      parts.push_back({Trim(prefix.substr(i + 1, close - i - 1)), true});
      i = close + 1;
      continue;
    }
    size_t end = prefix.find_first_of(",(", i);
    if (end == std::string_view::npos) end = prefix.size();
    parts.push_back({Trim(prefix.substr(i, end - i)), false});
    i = end;
  }

  Dateline d;
  std::string place;
  for (const auto& [part, bracketed] : parts) {
    if (part.empty()) return std::nullopt;
    if (bracketed || IsSource(part)) {
      if (!d.source.empty()) return std::nullopt;
      d.source = std::string(part);
    } else if (IsPlaceName(part)) {
      if (!place.empty()) place += ", ";
      place += part;
    } else {
      return std::nullopt;
    }
  }
  // Without a news organisation, only a short place name ("Jakarta - ") is
  // taken for a dateline; "Presiden Joko Widodo - yang ..." is not one.
  if (d.source.empty() && (place.empty() || CountWords(place) > 3))
    return std::nullopt;
  d.place = std::move(place);
  d.span = {0, static_cast<uint32_t>(dash_e)};
  return d;
}

}  // namespace warta::cleaner
