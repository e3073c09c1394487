#include "segmenter/abbreviations.h"

#include <vector>

#include "text/lexicon.h"

namespace warta::segmenter {
namespace {

std::string WithoutPeriods(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (char c : w)
    if (c != '.') out.push_back(c);
  return out;
}

std::string AsciiUpper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

}  // namespace

AbbreviationTable::AbbreviationTable() {
  text::ForEachLexiconEntry(
      lexicons::Abbreviations(),
      [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 2) return;
        AbbreviationKind kind = f[1] == "title" ? AbbreviationKind::kTitle
                                                : AbbreviationKind::kAny;
        std::string key = WithoutPeriods(f[0]);
        entries_.emplace(key, kind);
        entries_.emplace(AsciiUpper(key), kind);
      });
}

AbbreviationKind AbbreviationTable::Lookup(std::string_view word) const {
  if (word.empty() || word.size() > 16) return AbbreviationKind::kNone;
  std::string key = WithoutPeriods(word);
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second;
  return AbbreviationKind::kNone;
}

}  // namespace warta::segmenter
