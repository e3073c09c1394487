#include "quotes/quote_extractor.h"

#include <algorithm>
#include <vector>

#include "entities/entity_index.h"
#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::quotes {
namespace {

bool IsOpening(std::string_view f) { return f == "\xE2\x80\x9C" || f == "``"; }        // “
bool IsClosing(std::string_view f) { return f == "\xE2\x80\x9D" || f == "''"; }        // ”
bool IsStraight(std::string_view f) { return f == "\""; }
bool IsQuoteMark(std::string_view f) { return IsOpening(f) || IsClosing(f) || IsStraight(f); }

bool IsPronoun(std::string_view lower) {
  return lower == "dia" || lower == "ia" || lower == "beliau" || lower == "nya";
}

bool IsPunct(const Token& t) { return t.kind == TokenKind::kPunctuation; }

// Facts about the document the extractor looks up repeatedly.
struct Index {
  const Document& doc;
  std::vector<uint32_t> entity_at;  // per token: entity or kNoIndex
  std::vector<bool> paragraph_start;  // per token: first token of a line

  explicit Index(const Document& d) : doc(d), entity_at(entities::EntityOfEachToken(d)) {
    const size_t n = d.tokens.size();
    paragraph_start.assign(n, false);
    // One pass: the next line break is always at or after the previous
    // token's end, as tokens never hold one.
    size_t newline = d.text.find('\n');
    for (size_t k = 0; k < n; ++k) {
      const size_t begin = d.tokens[k].span.begin;
      paragraph_start[k] = k == 0 || newline < begin;
      while (newline != std::string::npos && newline < begin)
        newline = d.text.find('\n', newline + 1);
    }
  }
  std::string Lower(uint32_t k) const { return text::AsciiLower(doc.Form(doc.tokens[k])); }
  bool IsPerson(uint32_t e) const {
    return e != kNoIndex && doc.entities[e].type == EntityType::kPerson;
  }
};

// The person a pronoun at token `k` stands for: the person named last
// before it, or the speaker of the last quote if that came later.
uint32_t ResolvePronoun(const Index& ix, uint32_t k, uint32_t last_speaker,
                        uint32_t last_speaker_token) {
  // A pronoun refers back a few paragraphs at most.
  constexpr uint32_t kMaxLookBack = 400;
  const uint32_t stop = k > kMaxLookBack ? k - kMaxLookBack : 0;
  for (uint32_t j = k; j-- > stop;) {
    if (last_speaker != kNoIndex && j < last_speaker_token) return last_speaker;
    if (ix.IsPerson(ix.entity_at[j])) return ix.entity_at[j];
  }
  return last_speaker;
}

}  // namespace

QuoteExtractor::QuoteExtractor() {
  text::ForEachLexiconEntry(
      lexicons::SpeechCues(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 2) return;
        uint8_t use = f[1] == "after" ? kAfter : f[1] == "before" ? kBefore : kAfter | kBefore;
        cues_[std::string(f[0])] = use;
      });
}

uint8_t QuoteExtractor::CueOf(const Document& doc, uint32_t k) const {
  const Token& t = doc.tokens[k];
  if (t.kind != TokenKind::kWord) return 0;
  auto it = cues_.find(std::string(doc.Lemma(t)));
  if (it == cues_.end()) return 0;
  uint8_t use = it->second;
  // Before a statement only an affixed verb introduces it ("mengatakan",
  // "menegaskan"): the bare roots are other words too ("jelas" clear,
  // "sampai" until, "aku" I).
  const std::string form = text::AsciiLower(doc.Form(t));
  if (form == doc.Lemma(t)) use &= static_cast<uint8_t>(~kBefore);
  // After a quotation the cue is bare or takes -nya: "kata", "ujarnya",
  // "tambah dia"; an affixed form works too ("jelas" as "menjelaskan").
  return use;
}

Status QuoteExtractor::Process(Document& doc, Scratch& /*scratch*/) const {
  doc.quotes.clear();
  const Index ix(doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<bool> in_quote(n, false);
  uint32_t last_speaker = kNoIndex, last_speaker_token = 0;

  auto speaker_after = [&](uint32_t from, uint32_t limit, uint32_t sentence) -> uint32_t {
    for (uint32_t k = from; k < std::min(limit, n) && doc.tokens[k].sentence == sentence; ++k) {
      if (ix.entity_at[k] != kNoIndex) return ix.entity_at[k];
      if (IsPronoun(ix.Lower(k))) return ResolvePronoun(ix, k, last_speaker, last_speaker_token);
      if (IsPunct(doc.tokens[k]) && doc.Form(doc.tokens[k]) != ",") break;
    }
    return kNoIndex;
  };
  // The speaker before token `to` in its sentence: the nearest named
  // entity or pronoun, skipping an appositive title.
  auto speaker_before = [&](uint32_t to, uint32_t sentence_begin) -> uint32_t {
    for (uint32_t k = to; k-- > sentence_begin && to - k <= 14;) {
      if (ix.entity_at[k] != kNoIndex &&
          doc.entities[ix.entity_at[k]].type != EntityType::kLocation)
        return ix.entity_at[k];
      if (ix.entity_at[k] != kNoIndex && k + 1 == to) return ix.entity_at[k];
      if (IsPronoun(ix.Lower(k))) return ResolvePronoun(ix, k, last_speaker, last_speaker_token);
    }
    for (uint32_t k = to; k-- > sentence_begin && to - k <= 14;)
      if (ix.entity_at[k] != kNoIndex) return ix.entity_at[k];
    return kNoIndex;
  };
  auto cue_span = [&](uint32_t k) -> Span {
    Span s = doc.tokens[k].span;
    if (doc.tokens[k].joined_to_next && k + 1 < n) s.end = doc.tokens[k + 1].span.end;
    return s;
  };
  auto add = [&](QuoteKind kind, uint32_t a, uint32_t b, uint32_t cue, uint32_t speaker) {
    if (b <= a) return;
    Quote q;
    q.kind = kind;
    q.content = {doc.tokens[a].span.begin, doc.tokens[b - 1].span.end};
    if (cue != kNoIndex) q.cue = cue_span(cue);
    q.speaker = speaker;
    doc.quotes.push_back(q);
    if (speaker != kNoIndex) {
      last_speaker = speaker;
      last_speaker_token = b;
    }
  };

  // 1. Direct quotes.
  uint32_t open = kNoIndex;
  bool continued = false;  // the quote goes on from the previous paragraph
  auto close_quote = [&](uint32_t close, bool at_paragraph_end) {
    const uint32_t a = open + 1, b = close;
    for (uint32_t k = open; k <= std::min(close, n - 1); ++k) in_quote[k] = true;
    uint32_t cue = kNoIndex, speaker = kNoIndex;
    const uint32_t sentence_of_open = doc.tokens[open].sentence;
    const uint32_t sentence_begin = doc.sentences[sentence_of_open].token_begin;
    // After: ', kata X' / ', ujarnya' / ' tambah dia'.
    uint32_t k = close + (at_paragraph_end ? 0 : 1);
    while (k < n && !ix.paragraph_start[k] && doc.Form(doc.tokens[k]) == ",") ++k;
    if (!at_paragraph_end && k < n && !ix.paragraph_start[k] && (CueOf(doc, k) & kAfter)) {
      cue = k;
      if (doc.tokens[k].joined_to_next && k + 1 < n && ix.Lower(k + 1) == "nya")
        speaker = ResolvePronoun(ix, open, last_speaker, last_speaker_token);
      else
        speaker = speaker_after(k + 1, k + 8, doc.tokens[k].sentence);
    }
    // Before: 'X mengatakan, "..."', 'Menurut X, "..."', 'X: "..."'.
    if (cue == kNoIndex && open > sentence_begin) {
      for (uint32_t j = open; j-- > sentence_begin && open - j <= 16;) {
        if (in_quote[j]) break;
        const std::string lower = ix.Lower(j);
        if (lower == "menurut") {
          cue = j;
          speaker = speaker_after(j + 1, open, doc.tokens[j].sentence);
          break;
        }
        if (CueOf(doc, j) & kBefore) {
          cue = j;
          speaker = speaker_before(j, sentence_begin);
          break;
        }
      }
      if (cue == kNoIndex && open > 0 && doc.Form(doc.tokens[open - 1]) == ":")
        speaker = speaker_before(open - 1, sentence_begin);
      if (cue == kNoIndex && speaker == kNoIndex) {
        // A partial quote: the subject of its sentence speaks, the verb
        // after the subject is the cue ("Lavrov menggambarkan ... \"x\"").
        for (uint32_t j = sentence_begin; j < open; ++j) {
          if (ix.entity_at[j] == kNoIndex ||
              doc.entities[ix.entity_at[j]].type == EntityType::kLocation)
            continue;
          speaker = ix.entity_at[j];
          for (uint32_t v = j + 1; v < open; ++v)
            if (doc.tokens[v].upos == Upos::kVerb) {
              cue = v;
              break;
            }
          break;
        }
      }
    }
    if (speaker == kNoIndex && continued) speaker = last_speaker;
    // Quotation marks with neither a cue nor a speaker mark a title, a
    // term or irony ("'Sahabatnya'", "Berdamai dengan Covid-19?"), not a
    // statement.
    if (cue != kNoIndex || speaker != kNoIndex) add(QuoteKind::kDirect, a, b, cue, speaker);
    open = kNoIndex;
  };
  for (uint32_t k = 0; k < n; ++k) {
    if (open != kNoIndex && ix.paragraph_start[k]) {
      // A quote still open at the end of its paragraph ends there; it goes
      // on if the next paragraph opens with a quotation mark.
      close_quote(k, /*at_paragraph_end=*/true);
      continued = IsQuoteMark(doc.Form(doc.tokens[k]));
    } else if (ix.paragraph_start[k]) {
      continued = false;
    }
    const std::string_view f = doc.Form(doc.tokens[k]);
    if (!IsQuoteMark(f)) continue;
    if (open == kNoIndex) {
      // Any mark opens when none is open: some sites open quotations with
      // the closing mark ”.
      open = k;
    } else if (IsOpening(f)) {
      open = k;  // a second opening mark: restart
    } else {
      close_quote(k, /*at_paragraph_end=*/false);
      continued = false;
    }
  }
  if (open != kNoIndex) close_quote(n, true);

  // 2. Indirect speech, one statement a sentence, outside direct quotes.
  for (const Sentence& s : doc.sentences) {
    bool quoted = false;
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) quoted |= in_quote[k];
    if (quoted) continue;
    uint32_t end = s.token_end;
    while (end > s.token_begin && IsPunct(doc.tokens[end - 1])) --end;
    bool done = false;
    for (uint32_t j = s.token_begin; j < end && !done; ++j) {
      const std::string lower = ix.Lower(j);
      // 'Menurut X, ...' and '..., menurut X.'
      if (lower == "menurut") {
        uint32_t speaker = speaker_after(j + 1, j + 8, doc.tokens[j].sentence);
        uint32_t comma = j + 1;
        while (comma < end && doc.Form(doc.tokens[comma]) != ",") ++comma;
        if (j == s.token_begin && comma + 3 < end) {
          add(QuoteKind::kIndirect, comma + 1, end, j, speaker);
          done = true;
        } else if (j > s.token_begin + 3 && j > 0 && doc.Form(doc.tokens[j - 1]) == ",") {
          uint32_t stop = j;
          while (stop > s.token_begin && doc.Form(doc.tokens[stop - 1]) == ",") --stop;
          add(QuoteKind::kIndirect, s.token_begin, stop, j, speaker);
          done = true;
        } else if (j > s.token_begin) {
          // Inside the statement: "Hal ini menurut Bambang tidak ... ".
          add(QuoteKind::kIndirect, s.token_begin, end, j, speaker);
          done = true;
        }
        continue;
      }
      const uint8_t use0 = CueOf(doc, j);
      // 'Kata Bambang, ...' at the start, and '..., kata Bambang, ...' in
      // the middle: the statement is the whole sentence around the cue.
      if ((use0 & kAfter) && (j == s.token_begin ||
                              (j > s.token_begin + 1 && doc.Form(doc.tokens[j - 1]) == ","))) {
        uint32_t comma = j + 1;
        while (comma < end && comma < j + 8 && doc.Form(doc.tokens[comma]) != ",") ++comma;
        const bool middle = comma < end && doc.Form(doc.tokens[comma]) == ",";
        uint32_t speaker = kNoIndex;
        if (doc.tokens[j].joined_to_next && j + 1 < n && ix.Lower(j + 1) == "nya")
          speaker = ResolvePronoun(ix, s.token_begin, last_speaker, last_speaker_token);
        else
          speaker = speaker_after(j + 1, comma, doc.tokens[j].sentence);
        if (middle && speaker != kNoIndex && comma + 3 <= end) {
          if (j == s.token_begin) {
            add(QuoteKind::kIndirect, comma + 1, end, j, speaker);
          } else {
            add(QuoteKind::kIndirect, s.token_begin, end, j, speaker);
          }
          done = true;
          continue;
        }
      }
      const uint8_t use = CueOf(doc, j);
      if (use & kBefore) {
        // 'X mengatakan (kepada ...) (bahwa) ...'
        uint32_t speaker = speaker_before(j, s.token_begin);
        uint32_t a = j + 1;
        if (speaker == kNoIndex) a = end;  // no speaker: not a report here
        for (uint32_t b = j + 1; b < std::min(end, j + 9) && a < end; ++b)
          if (ix.Lower(b) == "bahwa") {
            a = b + 1;
            break;
          }
        while (a < end && doc.Form(doc.tokens[a]) == ",") ++a;
        // "mengatakan hal itu, Kamis, di Jakarta" reports that something was
        // said, not what.
        const std::string head = a < end ? ix.Lower(a) : "";
        const bool pointer = head == "hal" || head == "itu" || head == "demikian" ||
                             head == "hal-hal";
        if (a + 3 <= end && !pointer) {
          add(QuoteKind::kIndirect, a, end, j, speaker);
          done = true;
          continue;
        }
      }
      // A cue at the end may close the statement instead.
      if ((use & kAfter) && j + 6 >= end && j > s.token_begin + 4 &&
                 (doc.Form(doc.tokens[j - 1]) == "," || j + 1 == end)) {
        // '..., kata X.' / '..., ujarnya.' / '..., X melaporkan.'
        uint32_t speaker = kNoIndex;
        if (doc.tokens[j].joined_to_next && j + 1 < n && ix.Lower(j + 1) == "nya")
          speaker = ResolvePronoun(ix, s.token_begin, last_speaker, last_speaker_token);
        else
          speaker = speaker_after(j + 1, end, doc.tokens[j].sentence);
        uint32_t comma = j;
        while (comma > s.token_begin && doc.Form(doc.tokens[comma - 1]) != ",") --comma;
        if (comma == j && comma > s.token_begin) --comma;  // ', X, melaporkan.' 
        if (speaker == kNoIndex) speaker = speaker_before(j, s.token_begin);
        if (comma > s.token_begin + 3 && speaker != kNoIndex) {
          // The statement ends at the comma before the speaker's phrase
          // (and its appositions: ", stasiun ..., KCNA, melaporkan").
          uint32_t stop = comma - 1;
          for (uint32_t c = s.token_begin; c < comma - 1; ++c) {
            if (doc.Form(doc.tokens[c]) == "," && ix.entity_at[c + 1] == speaker) stop = c;
          }
          uint32_t first_comma = stop;
          for (uint32_t c = s.token_begin + 3; c < stop; ++c)
            if (doc.Form(doc.tokens[c]) == ",") {
              // An apposition before the speaker: keep the statement before it
              // when the rest up to the speaker has no verb.
              bool verb = false;
              for (uint32_t v = c + 1; v < stop; ++v) verb |= doc.tokens[v].upos == Upos::kVerb;
              if (!verb) {
                first_comma = c;
                break;
              }
            }
          add(QuoteKind::kIndirect, s.token_begin, first_comma, j, speaker);
          done = true;
        }
      }
    }
  }
  std::sort(doc.quotes.begin(), doc.quotes.end(),
            [](const Quote& a, const Quote& b) { return a.content.begin < b.content.begin; });
  return Status::Ok();
}

}  // namespace warta::quotes
