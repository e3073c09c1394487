#include "cleaner/boilerplate_remover.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/ascii.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace warta::cleaner {
namespace {

using text::AsciiLower;

// Lowercase words that Indonesian headlines keep in lowercase ("Putin di
// China untuk Bertemu ..."). A headline runs until the first lowercase word
// that is not one of these.
constexpr std::array<std::string_view, 48> kHeadlineFunctionWords = {
    "di",    "ke",    "dari",  "untuk", "dan",    "yang",  "soal",  "dengan",
    "pada",  "atau",  "ini",   "itu",   "jadi",   "usai",  "saat",  "akan",
    "bagi",  "oleh",  "tak",   "tidak", "hingga", "sampai", "demi", "jelang",
    "vs",    "karena", "agar", "sebagai", "per",  "tapi",  "meski", "ala",
    "dalam", "jika",  "kala",  "lagi",  "pun",    "belum", "sudah", "masih",
    "bisa",  "harus", "mau",   "dia",   "ia",     "ada",   "usai",  "bukan"};

bool IsFunctionWord(std::string_view lower_word) {
  return std::find(kHeadlineFunctionWords.begin(), kHeadlineFunctionWords.end(),
                   lower_word) != kHeadlineFunctionWords.end();
}

// Strips quotes, brackets and trailing punctuation around a word.
std::string_view StripWordPunctuation(std::string_view w) {
  auto edge = [](char32_t cp) {
    return !text::IsAlnum(cp);
  };
  while (!w.empty()) {
    char32_t cp;
    size_t n = text::DecodeUtf8(w, 0, &cp);
    if (n == 0 || !edge(cp)) break;
    w.remove_prefix(n);
  }
  while (!w.empty()) {
    char32_t cp = 0;
    size_t n = text::DecodeUtf8Before(w, w.size(), &cp);
    if (!edge(cp)) break;
    w.remove_suffix(n);
  }
  return w;
}

bool IsHeadlineWord(std::string_view word) {
  std::string_view core = StripWordPunctuation(word);
  if (core.empty()) return true;  // punctuation: "-", "|", "..."
  char32_t cp;
  if (text::DecodeUtf8(core, 0, &cp) == 0) return false;
  if (text::IsUpper(cp) || text::IsDigit(cp)) return true;
  return IsFunctionWord(AsciiLower(core));
}

struct WordPos {
  size_t begin;
  size_t end;
};

std::vector<WordPos> SplitWords(std::string_view line) {
  std::vector<WordPos> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    words.push_back({b, i});
  }
  return words;
}

bool EndsSentence(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty()) return true;
  char32_t cp = 0;
  text::DecodeUtf8Before(before, before.size(), &cp);
  return cp == '.' || cp == '!' || cp == '?' || cp == '"' || cp == 0x201D ||
         cp == 0x2019 || cp == '\'' || cp == ')';
}

void TrimSpaces(std::string* s) {
  size_t b = s->find_first_not_of(' ');
  if (b == std::string::npos) {
    s->clear();
    return;
  }
  size_t e = s->find_last_not_of(' ');
  *s = s->substr(b, e - b + 1);
}

// The first four bytes of a word, case-folded, as one number.
uint32_t WordKey(std::string_view s, size_t pos) {
  uint32_t key = 0;
  for (size_t i = 0; i < 4; ++i)
    key = key << 8 | (static_cast<unsigned char>(s[pos + i]) | 0x20u);
  return key;
}

}  // namespace

BoilerplateRemover::BoilerplateRemover() {
  text::ForEachLexiconEntry(
      lexicons::LinkMarkers(),
      [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 2) return;
        if (f[1] == "related_link") {
          link_markers_.push_back(AsciiLower(f[0]));
        } else if (f[1] == "advertising") {
          advertising_.insert(AsciiLower(f[0]));
        }
      });
  for (const std::string& m : link_markers_)
    if (!m.empty() && marker_initials_.find(m[0]) == std::string::npos)
      marker_initials_.push_back(m[0]);
  for (const std::string& m : link_markers_) {
    if (m.size() < 4) continue;
    const uint32_t key = WordKey(m, 0);
    if (std::find(marker_prefixes_.begin(), marker_prefixes_.end(), key) ==
        marker_prefixes_.end())
      marker_prefixes_.push_back(key);
  }
  // Longest first, so "baca berita terkait" wins over "berita terkait".
  std::sort(link_markers_.begin(), link_markers_.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
  text::ForEachLexiconEntry(
      lexicons::CamelCaseNames(),
      [this](const std::vector<std::string_view>& f, size_t) {
        camel_names_.insert(std::string(f[0]));
      });
}

size_t BoilerplateRemover::MatchLinkMarker(std::string_view line,
                                           size_t pos) const {
  if (pos >= line.size()) return 0;
  const char first = text::AsciiLowerChar(line[pos]);
  if (marker_initials_.find(first) == std::string::npos) return 0;
  for (const std::string& marker : link_markers_) {
    if (line.size() - pos < marker.size() || marker[0] != first) continue;
    std::string_view cand = line.substr(pos, marker.size());
    if (!text::EqualsIgnoreAsciiCase(cand, marker)) continue;
    size_t i = pos + marker.size();
    if (i < line.size() && text::IsAlnum(static_cast<unsigned char>(line[i])))
      continue;  // "Baca jugalah": not a marker
    bool all_caps = std::none_of(cand.begin(), cand.end(), [](char c) {
      return c >= 'a' && c <= 'z';
    });
    while (i < line.size() && line[i] == ' ') ++i;
    bool separator = false;
    if (i < line.size() && (line[i] == ':' || line[i] == '-')) {
      separator = true;
      ++i;
    }
    // A plain "Baca juga buku ini" inside a sentence is not a marker: ask
    // for a colon, a dash, capitals, or nothing after it.
    if (!separator && !all_caps && i < line.size()) continue;
    while (i < line.size() && line[i] == ' ') ++i;
    return i - pos;
  }
  return 0;
}

size_t BoilerplateRemover::FindLinkMarker(const std::string& line,
                                          size_t* len) const {
  // A marker starts the line or follows a sentence end and a space. Sentence
  // ends are rare bytes, found with strcspn (vectorised in glibc); only the
  // word after one is looked at, first by its first four letters.
  // The set holds the last bytes of ” (E2 80 9D) and ’ (E2 80 99) too;
  // EndsSentence confirms every candidate.
  static constexpr char kEnds[] = ".!?\"')\x9d\x99";
  const size_t n = line.size();
  const char* data = line.c_str();
  size_t pos = 0;  // a word start to try
  while (true) {
    if (pos + 4 <= n) {
      const uint32_t key = WordKey(line, pos);
      for (uint32_t prefix : marker_prefixes_) {
        if (key != prefix) continue;
        *len = MatchLinkMarker(line, pos);
        if (*len && (pos == 0 || EndsSentence(std::string_view(line).substr(0, pos))))
          return pos;
        break;
      }
    }
    if (pos >= n) break;
    size_t end = pos + std::strcspn(data + pos, kEnds);
    if (end >= n) break;
    pos = end + 1;
    if (pos >= n || data[pos] != ' ') continue;
    ++pos;
  }
  *len = 0;
  return std::string_view::npos;
}

bool BoilerplateRemover::IsAdvertising(std::string_view line) const {
  while (!line.empty() && (line.back() == '.' || line.back() == ':' ||
                           line.back() == ' ' || line.back() == '!'))
    line.remove_suffix(1);
  if (line.empty() || line.size() > 48) return false;
  return advertising_.count(AsciiLower(line)) > 0;
}

size_t BoilerplateRemover::HeadlineEnd(std::string_view line,
                                       bool headline_only_line,
                                       bool* uncertain) const {
  *uncertain = false;
  std::vector<WordPos> words = SplitWords(line);
  size_t first_plain = words.size();  // first word that is not headline-like
  for (size_t k = 0; k < words.size(); ++k) {
    if (!IsHeadlineWord(line.substr(words[k].begin,
                                    words[k].end - words[k].begin))) {
      first_plain = k;
      break;
    }
  }
  // The last seam (lowercase/digit/closing mark followed by Capital+lowercase)
  // among the headline-like words is where the scraper glued the next
  // sentence on.
  size_t seam = std::string_view::npos;
  for (size_t k = 0; k < first_plain; ++k) {
    std::string_view w =
        line.substr(words[k].begin, words[k].end - words[k].begin);
    size_t i = 0;
    char32_t prev = 0;
    while (i < w.size()) {
      char32_t cp;
      size_t n = text::DecodeUtf8(w, i, &cp);
      if (n == 0) n = 1, cp = 0xFFFD;
      if (i > 0 && text::IsUpper(cp) && i + n < w.size()) {
        char32_t next = 0;
        text::DecodeUtf8(w, i + n, &next);
        bool prev_ok = text::IsLower(prev) || text::IsDigit(prev) ||
                       prev == ')' || prev == '"' || prev == '\'' ||
                       prev == 0x201D || prev == 0x2019 || prev == '?' ||
                       prev == '!';
        if (prev_ok && text::IsLower(next) && !InsideCamelName(w, i)) {
          seam = words[k].begin + i;
        }
      }
      prev = cp;
      i += n;
    }
  }
  if (seam != std::string_view::npos) return seam;
  if (headline_only_line || first_plain == words.size())
    return std::string_view::npos;
  // Headline and sentence separated by a space: the sentence most likely
  // starts with the capitalised word just before the first plain word.
  *uncertain = true;
  if (first_plain == 0) return 0;
  return words[first_plain >= 2 ? first_plain - 1 : first_plain].begin;
}

bool BoilerplateRemover::InsideCamelName(std::string_view word,
                                         size_t pos) const {
  if (pos >= 2 && word.substr(pos - 2, 2) == "Mc") return true;
  for (const std::string& name : camel_names_) {
    size_t at = word.find(name);
    while (at != std::string_view::npos) {
      if (pos > at && pos < at + name.size()) return true;
      at = word.find(name, at + 1);
    }
  }
  return false;
}

void BoilerplateRemover::RemoveInlineLinks(
    std::string* line, std::vector<Removal>* removed) const {
  size_t open = line->find('(');
  while (open != std::string::npos) {
    size_t len = MatchLinkMarker(*line, open + 1);
    size_t close = len ? line->find(')', open + 1 + len) : std::string::npos;
    if (close == std::string::npos) {
      open = line->find('(', open + 1);
      continue;
    }
    removed->push_back(
        {"related_link", line->substr(open, close + 1 - open)});
    size_t b = open, e = close + 1;
    if (b > 0 && (*line)[b - 1] == ' ') {
      --b;
    } else if (e < line->size() && (*line)[e] == ' ') {
      ++e;
    }
    line->erase(b, e - b);
    open = line->find('(', b);
  }
}

void BoilerplateRemover::RemoveEditorInitials(
    std::vector<std::string>* lines, std::vector<Removal>* removed) const {
  auto last = std::find_if(lines->rbegin(), lines->rend(),
                           [](const std::string& l) { return !l.empty(); });
  if (last == lines->rend()) return;
  std::string& line = *last;
  char close = line.back();
  if (close != ')' && close != ']') return;
  char open_char = close == ')' ? '(' : '[';
  size_t open = line.rfind(open_char);
  if (open == std::string::npos) return;
  std::string_view inner(line.data() + open + 1, line.size() - open - 2);
  // letters{1,8} ( "/" letters{1,8} ){0,4}
  size_t groups = 0, run = 0, lower = 0, upper = 0;
  for (char c : inner) {
    if (c == '/') {
      if (run == 0) return;
      ++groups;
      run = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (++run > 8) return;
      (c >= 'a' ? lower : upper)++;
    } else {
      return;
    }
  }
  if (run == 0 || groups > 4) return;
  std::string_view before(line.data(), open);
  if (!before.empty() && before.back() != ' ') return;
  if (groups == 0) {
    // "(EVY)", "(sfl)": only after a finished sentence, so that an acronym
    // such as "... bahan bakar minyak (BBM)" is never taken for initials.
    if (inner.size() < 2 || inner.size() > 5) return;
    if (lower != 0 && upper != 0) return;
    if (!EndsSentence(before)) return;
  }
  removed->push_back({"editor_initials", line.substr(open)});
  line.erase(open);
  TrimSpaces(&line);
}

void BoilerplateRemover::Apply(const CleanerOptions& options,
                               std::vector<std::string>* lines,
                               std::vector<Removal>* removed,
                               std::vector<std::string>* warnings) const {
  for (size_t i = 0; i < lines->size(); ++i) {
    std::string& line = (*lines)[i];
    if (line.empty()) continue;
    if (options.remove_advertising && IsAdvertising(line)) {
      removed->push_back({"advertising", line});
      line.clear();
      continue;
    }
    if (!options.remove_related_links) continue;
    RemoveInlineLinks(&line, removed);
    // A marker at the start of the line or right after a sentence.
    size_t len = 0;
    const size_t at = FindLinkMarker(line, &len);
    if (at == std::string::npos) continue;
    std::string prefix = line.substr(0, at);
    TrimSpaces(&prefix);
    std::string marker = line.substr(at, len);
    TrimSpaces(&marker);
    std::string_view rest = std::string_view(line).substr(at + len);
    bool uncertain = false;
    if (rest.empty()) {
      // The headline is on the next line that is not empty.
      size_t j = i + 1;
      while (j < lines->size() && (*lines)[j].empty()) ++j;
      std::string headline;
      if (j < lines->size()) {
        std::string& next = (*lines)[j];
        size_t cut = HeadlineEnd(next, /*headline_only_line=*/true, &uncertain);
        headline = next.substr(0, cut);
        next = cut == std::string::npos ? std::string() : next.substr(cut);
      }
      removed->push_back({"related_link", marker + " " + headline});
      line = prefix;
      continue;
    }
    size_t cut = HeadlineEnd(rest, /*headline_only_line=*/false, &uncertain);
    std::string headline(rest.substr(0, cut));
    TrimSpaces(&headline);
    removed->push_back({"related_link", marker + " " + headline});
    std::string resumed =
        cut == std::string_view::npos ? std::string() : std::string(rest.substr(cut));
    if (uncertain) {
      warnings->push_back("the end of the linked headline \"" + headline +
                          "\" was guessed");
    }
    line = prefix.empty() || resumed.empty() ? prefix + resumed
                                             : prefix + " " + resumed;
  }
  if (options.remove_editor_initials) RemoveEditorInitials(lines, removed);
}

}  // namespace warta::cleaner
