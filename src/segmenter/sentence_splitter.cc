#include "segmenter/sentence_splitter.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "text/ascii.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/utf8.h"

namespace warta::segmenter {
namespace {

std::string_view TokenText(std::string_view text, const SurfaceToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

char32_t FirstChar(std::string_view s) {
  if (s.empty()) return 0;
  char32_t cp;
  if (text::DecodeUtf8(s, 0, &cp) == 0) return 0xFFFD;
  return cp;
}

enum class Terminal { kNone, kPeriod, kEllipsis, kQuestionOrExclamation };

Terminal TerminalKind(std::string_view t) {
  if (t == ".") return Terminal::kPeriod;
  if (t == "\xE2\x80\xA6") return Terminal::kEllipsis;  // …
  bool dots = true, marks = true;
  for (char c : t) {
    dots &= c == '.';
    marks &= c == '?' || c == '!';
  }
  if (dots) return Terminal::kEllipsis;  // "..", "...", "...."
  if (marks) return Terminal::kQuestionOrExclamation;
  return Terminal::kNone;
}

bool IsClosing(std::string_view t) {
  char32_t cp = FirstChar(t);
  if (cp == ')' || cp == ']' || cp == '}') return true;
  // Straight quotes and typographic closing quotes; an opening “ never
  // closes a sentence.
  return text::IsQuoteMark(cp) && cp != 0x201C && cp != 0x2018 &&
         cp != 0x201E && cp != 0x00AB;
}

bool IsSingleCapital(std::string_view w) {
  char32_t cp;
  size_t n = text::DecodeUtf8(w, 0, &cp);
  return n != 0 && n == w.size() && text::IsUpper(cp);
}

}  // namespace

bool SentenceSplitter::EndsAfter(std::string_view text,
                                 const std::vector<SurfaceToken>& tokens,
                                 size_t terminal, size_t last,
                                 size_t next) const {
  if (next >= tokens.size() || tokens[next].newline_before) return true;
  Terminal kind = TerminalKind(TokenText(text, tokens[terminal]));
  if (last > terminal) {
    // "..." written as periods; "?!" and "!!" end like "?".
    kind = kind == Terminal::kPeriod ? Terminal::kEllipsis
                                     : Terminal::kQuestionOrExclamation;
  }
  char32_t first = FirstChar(TokenText(text, tokens[next]));
  const bool next_lower = text::IsLower(first);
  const bool next_upper = text::IsUpper(first);
  // The sentence goes on after a comma or semicolon ("et al.,").
  if (first == ',' || first == ';' || first == ':') return false;
  // A lowercase word after a quotation, "?" or "!" continues the sentence
  // ("\"Apa?\" tanya dia", "\"Siap.\" kata dia"); after a bare period it
  // does only when the period closes an abbreviation ("dkk. mengatakan"),
  // otherwise the writer forgot a capital.
  if (next_lower && (kind != Terminal::kPeriod || next > last + 1))
    return false;
  switch (kind) {
    case Terminal::kQuestionOrExclamation:
      return true;
    case Terminal::kEllipsis:
      return next_upper || text::IsQuoteMark(first);
    case Terminal::kPeriod:
      break;
    case Terminal::kNone:
      return false;
  }
  // A period glued to the word before it may belong to an abbreviation.
  if (terminal > 0 && !tokens[terminal].space_before &&
      tokens[terminal - 1].kind == TokenKind::kWord) {
    std::string_view w = TokenText(text, tokens[terminal - 1]);
    switch (abbreviations_.Lookup(w)) {
      case AbbreviationKind::kTitle:
        return false;
      case AbbreviationKind::kAny:
        return next_upper || text::IsQuoteMark(first);
      case AbbreviationKind::kNone:
        break;
    }
    // An initial: "R. Tjetje Somantri", "M. Yamin", "P. oxalicum".
    if (IsSingleCapital(w)) return false;
  }
  return true;
}

namespace {

// Function words that Indonesian writes lowercase inside a sentence
// (lexicons/sentence-openers.tsv).
bool OpensSentence(std::string_view w) {
  static const std::unordered_set<std::string> kOpeners = [] {
    std::unordered_set<std::string> words;
    text::ForEachLexiconEntry(lexicons::SentenceOpeners(),
                              [&](const std::vector<std::string_view>& f, size_t) {
                                if (!f.empty()) words.emplace(f[0]);
                              });
    return words;
  }();
  return kOpeners.count(text::AsciiLower(w)) > 0;
}

// For a paragraph that begins at token k with a subheading whose line
// break was lost ("Pesan ketua MPR dan ketua DPR Di tempat terpisah, ..."):
// the token where the sentence after it begins, a capitalised function
// word after words that are lowercase or acronyms only; 0 if none.
size_t AfterSubheading(std::string_view text, const std::vector<SurfaceToken>& tokens,
                       size_t k) {
  const size_t n = tokens.size();
  if (tokens[k].kind != TokenKind::kWord) return 0;
  const std::string_view first = TokenText(text, tokens[k]);
  if (first.empty() || !(first[0] >= 'A' && first[0] <= 'Z')) return 0;
  for (size_t j = k + 1; j < n && j <= k + 7; ++j) {
    const SurfaceToken& t = tokens[j];
    if (t.newline_before || t.kind != TokenKind::kWord) return 0;
    const std::string_view w = TokenText(text, t);
    if (w.empty()) return 0;
    const bool capital = w[0] >= 'A' && w[0] <= 'Z';
    if (capital && OpensSentence(w)) return j > k + 1 ? j : 0;
    const bool acronym = std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (capital && !acronym) return 0;
  }
  return 0;
}

}  // namespace

void SentenceSplitter::Split(
    std::string_view text, const std::vector<SurfaceToken>& tokens,
    uint32_t forced_break,
    std::vector<std::pair<uint32_t, uint32_t>>* out) const {
  out->clear();
  const size_t n = tokens.size();
  size_t start = 0;
  auto close = [&](size_t end) {
    if (end > start) out->push_back({static_cast<uint32_t>(start),
                                     static_cast<uint32_t>(end)});
    start = end;
  };
  size_t subheading_end = 0;
  for (size_t k = 0; k < n; ++k) {
    const SurfaceToken& t = tokens[k];
    const bool at_forced_break =
        k > 0 && t.begin >= forced_break && tokens[k - 1].end <= forced_break;
    if (k > start && (t.newline_before || at_forced_break))
      close(k);
    if (k == subheading_end && k > start) close(k);
    if (k == 0 || t.newline_before) subheading_end = AfterSubheading(text, tokens, k);
    if (k - start >= kMaxSentenceTokens) close(k);
    if (t.kind != TokenKind::kPunctuation ||
        TerminalKind(TokenText(text, t)) == Terminal::kNone)
      continue;
    // A run of marks ("...", "?!", "!!!") ends a sentence as one.
    size_t last = k;
    while (last + 1 < n && !tokens[last + 1].space_before &&
           tokens[last + 1].kind == TokenKind::kPunctuation &&
           TerminalKind(TokenText(text, tokens[last + 1])) != Terminal::kNone)
      ++last;
    size_t next = last + 1;
    while (next < n && !tokens[next].space_before &&
           !tokens[next].newline_before && IsClosing(TokenText(text, tokens[next])))
      ++next;
    if (EndsAfter(text, tokens, k, last, next)) {
      close(next);
    }
    k = next - 1;
  }
  close(n);
}

}  // namespace warta::segmenter
