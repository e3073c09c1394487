#include "events/event_coder.h"

#include <algorithm>
#include <map>
#include <vector>

#include "entities/entity_index.h"
#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::events {
namespace {

bool IsNegation(std::string_view w) {
  return w == "tidak" || w == "tak" || w == "bukan" || w == "belum";
}

// Words that open a condition: what follows in the clause has not happened.
bool IsCondition(std::string_view w) {
  return w == "jika" || w == "kalau" || w == "apabila" || w == "bila" || w == "seandainya" ||
         w == "andaikan" || w == "andaikata" || w == "asalkan";
}

// The question particle -kah, split off its word by the segmenter
// ("akankah" = akan + kah): "akankah Pertamina membantu" asks, it does not
// tell.
bool IsQuestion(std::string_view w) { return w == "kah"; }

// Pronouns that stand for an actor: the third person for the last person
// named; the first person for the speaker of the statement they are in
// ("kami", "pihaknya": the speaker's side, so their organisation if known).
enum class Pronoun { kNone, kThird, kFirstSingular, kFirstPlural };
Pronoun PronounOf(std::string_view w) {
  if (w == "ia" || w == "dia" || w == "beliau") return Pronoun::kThird;
  if (w == "saya" || w == "aku") return Pronoun::kFirstSingular;
  if (w == "kami" || w == "kita" || w == "pihaknya") return Pronoun::kFirstPlural;
  return Pronoun::kNone;
}

// What the coder knows about one document while it codes its events.
class DocumentContext {
 public:
  explicit DocumentContext(const Document& doc)
      : doc_(doc), entity_at_(entities::EntityOfEachToken(doc)) {
    for (uint32_t e = 0; e < doc.entities.size(); ++e)
      by_name_.emplace(text::AsciiLower(doc.entities[e].name), e);
  }

  const Document& doc() const { return doc_; }
  uint32_t EntityAt(uint32_t k) const { return entity_at_[k]; }
  std::string Lower(uint32_t k) const { return text::AsciiLower(doc_.Form(doc_.tokens[k])); }

  // The actor a token names: an entity, or the one a pronoun stands for.
  uint32_t ActorAt(uint32_t k) const {
    if (entity_at_[k] != kNoIndex) return entity_at_[k];
    std::string word = Lower(k);
    // "pihaknya" reaches here split, as "pihak" + "nya".
    if (word == "nya" && k > 0 && Lower(k - 1) == "pihak") word = "pihaknya";
    switch (PronounOf(word)) {
      case Pronoun::kNone: return kNoIndex;
      case Pronoun::kThird: return LastPersonBefore(k);
      case Pronoun::kFirstSingular: return SpeakerAt(k);
      case Pronoun::kFirstPlural: {
        const uint32_t speaker = SpeakerAt(k);
        return speaker == kNoIndex ? kNoIndex : SideOf(speaker);
      }
    }
    return kNoIndex;
  }

  // The speaker of the statement token k is in, if any.
  uint32_t SpeakerAt(uint32_t k) const {
    const Span at = doc_.tokens[k].span;
    for (const Quote& q : doc_.quotes) {
      if (q.content.begin > at.begin) break;
      if (at.end <= q.content.end) return q.speaker;
    }
    return kNoIndex;
  }

 private:
  // The last person named in the 80 tokens before k.
  uint32_t LastPersonBefore(uint32_t k) const {
    for (uint32_t j = k; j-- > 0 && k - j <= 80;) {
      const uint32_t e = entity_at_[j];
      if (e != kNoIndex && doc_.entities[e].type == EntityType::kPerson) return e;
    }
    return kNoIndex;
  }

  // A speaker's side: the organisation they belong to, when it is an
  // entity of the article; else the speaker.
  uint32_t SideOf(uint32_t speaker) const {
    const std::string& affiliation = doc_.entities[speaker].affiliation;
    if (!affiliation.empty()) {
      if (auto it = by_name_.find(text::AsciiLower(affiliation)); it != by_name_.end())
        return it->second;
    }
    return speaker;
  }

  const Document& doc_;
  std::vector<uint32_t> entity_at_;
  std::map<std::string, uint32_t> by_name_;
};

// Finds the actors of one trigger in one sentence.
class ActorFinder {
 public:
  ActorFinder(const DocumentContext& context, const Sentence& sentence, uint32_t trigger)
      : c_(context), s_(sentence), k_(trigger) {}

  // The nearest actor before the trigger (12 tokens at most).
  uint32_t Before() const {
    for (uint32_t j = k_; j-- > s_.token_begin && k_ - j <= 12;)
      if (uint32_t a = c_.ActorAt(j); a != kNoIndex) return a;
    return kNoIndex;
  }

  // For a verb in a relative clause ("senjata yang dipasok oleh X"): the
  // actor right before "yang", or none if the clause is about a thing.
  // Returns false when the verb is not in such a clause.
  bool RelativeClauseHead(uint32_t* head) const {
    for (uint32_t j = k_; j-- > s_.token_begin && k_ - j <= 4;) {
      if (c_.EntityAt(j) != kNoIndex) return false;
      if (c_.Lower(j) != "yang") continue;
      *head = j > s_.token_begin ? c_.ActorAt(j - 1) : kNoIndex;
      return true;
    }
    return false;
  }

  // The first actor from token `from` on (10 tokens at most), stopping at
  // a clause boundary.
  // "Pemimpin Korea Utara Kim Jong Un": a place right before a person is
  // the person's country, and the person is the actor.
  uint32_t After(uint32_t from) const {
    for (uint32_t j = from; j < s_.token_end && j - from <= 10; ++j) {
      const std::string w = c_.Lower(j);
      if (w == "bahwa" || w == "yang" || w == ";") break;
      const uint32_t a = c_.ActorAt(j);
      if (a == kNoIndex) continue;
      uint32_t end = j + 1;
      while (end < s_.token_end && c_.EntityAt(end) == a) ++end;
      const Document& doc = c_.doc();
      if (doc.entities[a].type == EntityType::kLocation && end < s_.token_end &&
          c_.EntityAt(end) != kNoIndex &&
          doc.entities[c_.EntityAt(end)].type == EntityType::kPerson)
        return c_.EntityAt(end);
      return a;
    }
    return kNoIndex;
  }

  // The first token from `from` on (within `span` tokens) whose lowercase
  // form is one of `words`, or kNoIndex.
  template <typename Words>
  uint32_t FindAny(uint32_t from, uint32_t span, const Words& words) const {
    for (uint32_t d = from; d < s_.token_end && d - from <= span; ++d) {
      const std::string w = c_.Lower(d);
      if (std::find(words.begin(), words.end(), w) != words.end()) return d;
    }
    return kNoIndex;
  }
  uint32_t Find(uint32_t from, uint32_t span, std::initializer_list<std::string_view> words) const {
    return FindAny(from, span, words);
  }

 private:
  const DocumentContext& c_;
  const Sentence& s_;
  uint32_t k_;
};

}  // namespace

EventCoder::EventCoder() {
  text::ForEachLexiconEntry(
      lexicons::EventTriggers(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 4) return;
        Trigger t;
        t.type = std::string(f[1]);
        t.cameo = std::string(f[2]);
        if (f[3] == "noun") t.kind = TriggerKind::kNoun;
        else if (f[3] == "form") t.kind = TriggerKind::kVerbForm;
        else if (f[3] == "not") t.kind = TriggerKind::kNot;
        if (f.size() > 4) {
          if (f[4] == "negated") {
            t.only_negated = true;
          } else if (f[4].rfind("next=", 0) == 0) {
            std::string_view list = f[4].substr(5);
            while (!list.empty()) {
              const size_t bar = list.find('|');
              t.next_words.emplace_back(list.substr(0, bar));
              list = bar == std::string_view::npos ? "" : list.substr(bar + 1);
            }
          }
        }
        (t.kind == TriggerKind::kVerbRoot ? roots_ : forms_)[std::string(f[0])] = std::move(t);
      });
  text::ForEachLexiconEntry(
      lexicons::GroupActors(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 2) groups_[std::string(f[0])] = std::string(f[1]);
      });
}

namespace {

// The group noun nearest to the trigger in [begin, end) when scanning
// backwards (or forwards), stopping at an entity or a clause boundary.
GroupActor FindGroup(const DocumentContext& c,
                     const std::unordered_map<std::string, std::string>& groups,
                     uint32_t begin, uint32_t end, bool backwards) {
  for (uint32_t n = 0; n < end - begin; ++n) {
    const uint32_t j = backwards ? end - 1 - n : begin + n;
    if (c.EntityAt(j) != kNoIndex) break;
    const std::string w = c.Lower(j);
    if (w == "bahwa" || w == ";" || (backwards && w == ",")) break;
    if (auto it = groups.find(w); it != groups.end())
      return GroupActor{c.doc().tokens[j].span, it->second};
  }
  return GroupActor{};
}

}  // namespace

const EventCoder::Trigger* EventCoder::TriggerAt(const Document& doc, const Token& t,
                                                 const std::string& form) const {
  if (auto it = forms_.find(form); it != forms_.end())
    return it->second.kind == TriggerKind::kNot ? nullptr : &it->second;
  const std::string_view lemma = doc.Lemma(t);
  if (form == lemma || !(t.upos == Upos::kVerb || t.upos == Upos::kNone)) return nullptr;
  auto it = roots_.find(std::string(lemma));
  return it == roots_.end() ? nullptr : &it->second;  // an affixed verb: menuduh, dituduh
}

Status EventCoder::Process(Document& doc, Scratch& /*scratch*/) const {
  doc.events.clear();
  const DocumentContext context(doc);

  // Time expressions are in text order, like sentences: walk them along.
  size_t next_timex = 0;
  // The day the story was last told to be on ("Kamis (17/10)"), which the
  // sentences after it keep until another day is named.
  std::string story_day;
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
    // Without a time expression of its own, an event is on the story's day,
    // else on the publication date.
    if (date.size() == 10) story_day = date;
    if (date.empty()) date = story_day.empty() ? doc.published : story_day;
    const size_t first_event = doc.events.size();
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind != TokenKind::kWord || context.EntityAt(k) != kNoIndex) continue;
      const std::string form = context.Lower(k);
      const Trigger* trigger = TriggerAt(doc, t, form);
      if (trigger == nullptr) continue;
      const bool noun = trigger->kind == TriggerKind::kNoun;
      const ActorFinder find(context, s, k);
      bool negated = false;
      for (uint32_t d = k; d-- > s.token_begin && k - d <= 2;)
        if (IsNegation(context.Lower(d))) negated = true;
      // "jika Rusia menyerang ...", "akankah Pertamina membantu ...": a
      // condition or a question, not an event.
      bool conditional = false;
      for (uint32_t d = k; d-- > s.token_begin && k - d <= 8;) {
        const std::string w = context.Lower(d);
        if (w == "," || w == ";") break;
        if (IsCondition(w) || IsQuestion(w)) conditional = true;
      }
      if (conditional) continue;
      if (trigger->only_negated && !negated) continue;
      if (!trigger->next_words.empty() &&
          find.FindAny(k + 1, 1, trigger->next_words) == kNoIndex)
        continue;
      Event ev;
      ev.type = trigger->type;
      ev.cameo = trigger->cameo;
      ev.sentence = si;
      ev.trigger = t.span;
      if (noun) {
        // "Lawatan Lavrov itu", "tuduhan tersebut": an event told before.
        if (find.Find(k + 1, 2, {"itu", "tersebut", "ini"}) != kNoIndex) continue;
        // "pertemuan (puncak) antara X dan Y".
        if (uint32_t between = find.Find(k + 1, 2, {"antara"}); between != kNoIndex) {
          ev.source = find.After(between + 1);
          if (uint32_t d = find.Find(between + 1, 12, {"dan"}); d != kNoIndex)
            ev.target = find.After(d + 1);
        } else {
          // "melakukan lawatan": the doer is the verb's subject; otherwise
          // the name right after the noun ("kunjungan Lavrov").
          const std::string prev = k > s.token_begin ? context.Lower(k - 1) : std::string();
          const bool light_verb = prev == "melakukan" || prev == "mengadakan" || prev == "menggelar";
          if (!light_verb && k + 1 < s.token_end) ev.source = context.EntityAt(k + 1);
          if (ev.source == kNoIndex) ev.source = find.Before();
          if (uint32_t d = find.Find(k + 1, 8, {"ke", "dengan", "kepada", "terhadap", "atas"});
              d != kNoIndex)
            ev.target = find.After(d + 1);
        }
      } else if (form.rfind("di", 0) == 0 && trigger->kind == TriggerKind::kVerbRoot) {
        // Passive: "Korut dituduh AS", "... dikirim oleh X".
        uint32_t head = kNoIndex;
        ev.target = find.RelativeClauseHead(&head) ? head : find.Before();
        if (uint32_t d = find.Find(k + 1, 8, {"oleh"}); d != kNoIndex) ev.source = find.After(d + 1);
      } else {
        ev.source = find.Before();
        ev.target = find.After(k + 1);
        // "Lavrov dan Kim membahas": the first acts on the second.
        for (uint32_t d = k; d-- > s.token_begin + 1 && k - d <= 6;) {
          if (context.EntityAt(d) != ev.source || ev.source == kNoIndex) continue;
          uint32_t first = d;
          while (first > s.token_begin && context.EntityAt(first - 1) == ev.source) --first;
          if (first >= s.token_begin + 2 && context.Lower(first - 1) == "dan" &&
              context.EntityAt(first - 2) != kNoIndex && context.EntityAt(first - 2) != ev.source) {
            if (ev.target == kNoIndex) ev.target = ev.source;
            ev.source = context.EntityAt(first - 2);
          }
          break;
        }
        // "mengirim munisi ke Rusia": what is given goes to the one after
        // "ke"; for other events the object is the target.
        if (trigger->type == "AID") {
          for (uint32_t d = k + 1; d < s.token_end && d - k <= 20; ++d) {
            const std::string w = context.Lower(d);
            if (w == "bahwa") break;
            if (w == "ke" || w == "kepada") {
              if (uint32_t r = find.After(d + 1); r != kNoIndex) ev.target = r;
              break;
            }
          }
        }
      }
      if (ev.source == ev.target) ev.target = kNoIndex;
      // Groups named by a common noun where no entity acts or is acted on.
      if (ev.source == kNoIndex)
        ev.source_group = FindGroup(context, groups_, k > s.token_begin + 12 ? k - 12 : s.token_begin,
                                    k, /*backwards=*/true);
      if (ev.target == kNoIndex && !noun)
        ev.target_group = FindGroup(context, groups_, k + 1, std::min(s.token_end, k + 8),
                                    /*backwards=*/false);
      // Nobody doing anything to anybody is no event a reader can use.
      if (ev.source == kNoIndex && ev.target == kNoIndex && ev.source_group.empty() &&
          ev.target_group.empty())
        continue;
      ev.negated = negated && !trigger->only_negated;
      // "membantah klaim Amerika Serikat bahwa Korea Utara mengirim ...":
      // an event after "bahwa" following a claim, accusation or report
      // is claimed by the one named there.
      for (uint32_t b = k; b-- > s.token_begin && k - b <= 15;) {
        if (context.Lower(b) != "bahwa") continue;
        bool claim_word = false;
        uint32_t claimant = kNoIndex;
        for (uint32_t c = b; c-- > s.token_begin && b - c <= 6;) {
          const std::string_view lemma = doc.Lemma(doc.tokens[c]);
          if (lemma == "klaim" || lemma == "tuduh" || lemma == "lapor" || lemma == "sebut" ||
              lemma == "kata" || lemma == "yakin" || lemma == "tuduhan")
            claim_word = true;
          if (claimant == kNoIndex && context.EntityAt(c) != kNoIndex) claimant = context.EntityAt(c);
        }
        if (claim_word && claimant != kNoIndex) ev.claimed_by = claimant;
        break;
      }
      // An event inside a reported statement is the speaker's claim, unless
      // the speaker tells of their own act ("Saya tidak mengomentari rumor").
      if (ev.claimed_by == kNoIndex) ev.claimed_by = context.SpeakerAt(k);
      if (ev.claimed_by == ev.source) ev.claimed_by = kNoIndex;
      ev.date = date;
      // One event of a type a sentence: "membahas ... dan membahas ...".
      bool repeat = false;
      for (size_t o = doc.events.size(); o-- > 0 && doc.events[o].sentence == si;)
        repeat |= doc.events[o].type == ev.type;
      if (!repeat) doc.events.push_back(std::move(ev));
    }
    // "AS menuduh Korea Utara menyediakan amunisi": what an accusation
    // says happened is the accuser's claim, and its doer is the accused.
    for (size_t a = first_event; a < doc.events.size(); ++a) {
      Event& accusation = doc.events[a];
      if (accusation.type != "ACCUSE" || accusation.source == kNoIndex) continue;
      for (size_t b = a + 1; b < doc.events.size(); ++b) {
        Event& content = doc.events[b];
        if (content.claimed_by == kNoIndex || content.claimed_by == accusation.claimed_by)
          content.claimed_by = accusation.source;
        if (accusation.target == kNoIndex && content.source != kNoIndex &&
            content.source != accusation.source)
          accusation.target = content.source;
      }
    }
  }
  return Status::Ok();
}

}  // namespace warta::events
