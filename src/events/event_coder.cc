#include "events/event_coder.h"

#include <algorithm>
#include <vector>

#include "entities/entity_index.h"
#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::events {

EventCoder::EventCoder() {
  text::ForEachLexiconEntry(
      lexicons::EventTriggers(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 4) return;
        triggers_[std::string(f[0])] = {std::string(f[1]), std::string(f[2]), f[3] == "noun"};
      });
}

Status EventCoder::Process(Document& doc, Scratch& /*scratch*/) const {
  doc.events.clear();
  const std::vector<uint32_t> entity_at = entities::EntityOfEachToken(doc);
  auto lower = [&](uint32_t k) { return text::AsciiLower(doc.Form(doc.tokens[k])); };

  // Time expressions and quotes are in text order, like sentences: walk
  // them along instead of searching (long texts have many of each).
  size_t next_timex = 0, next_quote = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // The sentence's date, from its first time expression.
    std::string date;
    while (next_timex < doc.timex.size() && doc.timex[next_timex].span.begin < s.span.begin)
      ++next_timex;
    for (size_t ti = next_timex; ti < doc.timex.size() && doc.timex[ti].span.end <= s.span.end; ++ti) {
      const Timex& t = doc.timex[ti];
      if (t.value.find("_REF") == std::string::npos) {
        date = t.value.substr(0, t.value.find('T'));
        break;
      }
    }
    while (next_quote < doc.quotes.size() && doc.quotes[next_quote].content.end <= s.span.begin)
      ++next_quote;
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind != TokenKind::kWord || entity_at[k] != kNoIndex) continue;
      const std::string form = lower(k);
      const Trigger* trigger = nullptr;
      if (auto it = triggers_.find(form); it != triggers_.end() && it->second.noun) {
        trigger = &it->second;
      } else if (auto it2 = triggers_.find(std::string(doc.Lemma(t))); it2 != triggers_.end() &&
                 !it2->second.noun && form != doc.Lemma(t) &&
                 (t.upos == Upos::kVerb || t.upos == Upos::kNone)) {
        trigger = &it2->second;  // an affixed verb: menuduh, dituduh
      }
      if (trigger == nullptr) continue;
      const bool passive = !trigger->noun && form.rfind("di", 0) == 0;
      auto before = [&]() -> uint32_t {
        for (uint32_t j = k; j-- > s.token_begin && k - j <= 12;)
          if (entity_at[j] != kNoIndex) return entity_at[j];
        return kNoIndex;
      };
      auto after = [&](uint32_t from) -> uint32_t {
        for (uint32_t j = from; j < s.token_end && j - from <= 10; ++j) {
          const std::string w = lower(j);
          if (w == "bahwa" || w == "yang" || w == ";") break;
          if (entity_at[j] != kNoIndex) return entity_at[j];
        }
        return kNoIndex;
      };
      Event ev;
      ev.type = trigger->type;
      ev.cameo = trigger->cameo;
      ev.sentence = si;
      ev.trigger = t.span;
      if (trigger->noun) {
        // "lawatan Lavrov ke Pyongyang", "pertemuan antara X dan Y".
        uint32_t j = k + 1;
        if (j < s.token_end && lower(j) == "antara") {
          ev.source = after(j + 1);
          for (uint32_t d = j + 1; d < s.token_end; ++d)
            if (lower(d) == "dan") {
              ev.target = after(d + 1);
              break;
            }
        } else {
          // "melakukan lawatan": the doer is the verb's subject; otherwise
          // the name right after the noun ("kunjungan Lavrov").
          const bool light_verb = k > s.token_begin && (lower(k - 1) == "melakukan" ||
                                                        lower(k - 1) == "mengadakan" ||
                                                        lower(k - 1) == "menggelar");
          if (!light_verb && j < s.token_end && entity_at[j] != kNoIndex) ev.source = entity_at[j];
          if (ev.source == kNoIndex) ev.source = before();
          for (uint32_t d = j; d < s.token_end && d - j <= 8; ++d) {
            const std::string w = lower(d);
            if (w == "ke" || w == "dengan" || w == "kepada" || w == "terhadap" || w == "atas") {
              ev.target = after(d + 1);
              break;
            }
          }
        }
      } else if (passive) {
        ev.target = before();
        for (uint32_t d = k + 1; d < s.token_end && d - k <= 8; ++d)
          if (lower(d) == "oleh") {
            ev.source = after(d + 1);
            break;
          }
      } else {
        ev.source = before();
        ev.target = after(k + 1);
        // "Lavrov dan Kim membahas": the first acts on the second.
        for (uint32_t d = k; d-- > s.token_begin + 1 && k - d <= 6;) {
          if (entity_at[d] != ev.source || ev.source == kNoIndex) continue;
          uint32_t first = d;
          while (first > s.token_begin && entity_at[first - 1] == ev.source) --first;
          if (first >= s.token_begin + 2 && lower(first - 1) == "dan" &&
              entity_at[first - 2] != kNoIndex && entity_at[first - 2] != ev.source) {
            if (ev.target == kNoIndex) ev.target = ev.source;
            ev.source = entity_at[first - 2];
          }
          break;
        }
        // "mengirim munisi ke Rusia": what is given goes to the one after
        // "ke"; for other events the object is the target.
        for (uint32_t d = k + 1; trigger->type == "AID" && d < s.token_end && d - k <= 20; ++d) {
          const std::string w = lower(d);
          if (w == "bahwa") break;
          if (w == "ke" || w == "kepada") {
            if (uint32_t r = after(d + 1); r != kNoIndex) ev.target = r;
            break;
          }
        }
      }
      if (ev.source == ev.target) ev.target = kNoIndex;
      for (uint32_t d = k; d-- > s.token_begin && k - d <= 2;) {
        const std::string w = lower(d);
        if (w == "tidak" || w == "tak" || w == "bukan" || w == "belum") ev.negated = true;
      }
      // "membantah klaim Amerika Serikat bahwa Korea Utara mengirim ...":
      // an event after "bahwa" following a claim, accusation or report
      // is claimed by the one named there.
      for (uint32_t b = k; b-- > s.token_begin && k - b <= 15;) {
        if (lower(b) != "bahwa") continue;
        bool claim_word = false;
        uint32_t claimant = kNoIndex;
        for (uint32_t c = b; c-- > s.token_begin && b - c <= 6;) {
          const std::string lemma(doc.Lemma(doc.tokens[c]));
          if (lemma == "klaim" || lemma == "tuduh" || lemma == "lapor" || lemma == "sebut" ||
              lemma == "kata" || lemma == "yakin" || lemma == "tuduhan")
            claim_word = true;
          if (claimant == kNoIndex && entity_at[c] != kNoIndex) claimant = entity_at[c];
        }
        if (claim_word && claimant != kNoIndex) ev.claimed_by = claimant;
        break;
      }
      // An event inside a reported statement is the speaker's claim.
      for (size_t qi = next_quote; qi < doc.quotes.size() && ev.claimed_by == kNoIndex; ++qi) {
        const Quote& q = doc.quotes[qi];
        if (q.content.begin > t.span.begin) break;
        if (t.span.end <= q.content.end) ev.claimed_by = q.speaker;
      }
      ev.date = date;
      // One event of a type a sentence: "membahas ... dan membahas ...".
      bool repeat = false;
      for (size_t o = doc.events.size(); o-- > 0 && doc.events[o].sentence == si;)
        repeat |= doc.events[o].type == ev.type;
      if (!repeat) doc.events.push_back(std::move(ev));
    }
  }
  return Status::Ok();
}

}  // namespace warta::events
