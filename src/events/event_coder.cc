#include "events/event_coder.h"

#include <algorithm>
#include <string>
#include <vector>

#include "events/actor_context.h"
#include "events/actor_phrase.h"
#include "events/parse_arguments.h"
#include "events/sentence_parse.h"
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

// Whether the clause of trigger k tells of an act that took place, not of
// one intended ("untuk mendukung", "guna menangkap"), possible, due or yet
// to come ("dapat membantu", "wajib meminta", "akan mengirim").
bool IsToldAsDone(const SentenceParse& parse, uint32_t k, std::string_view type) {
  auto marked_by = [&](uint32_t w, std::initializer_list<std::string_view> words) {
    for (uint32_t d : parse.Dependents(w)) {
      if (d > w) break;
      const std::string_view rel = parse.UniversalRelation(d);
      if (rel != "mark" && rel != "case" && rel != "aux" && rel != "advmod") continue;
      const std::string f = parse.Lower(d);
      // "Akan tetapi" is "however".
      if (f == "akan" && parse.Contains(d + 1) && parse.Lower(d + 1) == "tetapi") continue;
      if (std::find(words.begin(), words.end(), f) != words.end()) return true;
    }
    return false;
  };
  // A purpose marked on the verb a noun trigger is the object of ("untuk
  // melakukan penyelidikan") or on the first of coordinated verbs ("untuk
  // mengamankan wilayah dan melakukan penyelidikan") holds for it too.
  std::vector<uint32_t> scope = {k};
  for (uint32_t w = k, depth = 0; depth < 3; ++depth) {
    const uint32_t h = parse.Head(w);
    const std::string_view rel = parse.UniversalRelation(w);
    if (h == kNoIndex || (rel != "conj" && !(rel == "obj" && depth == 0))) break;
    scope.push_back(h);
    w = h;
  }
  auto any_marked_by = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(scope.begin(), scope.end(), [&](uint32_t w) { return marked_by(w, words); });
  };
  if (any_marked_by({"untuk", "guna", "demi", "agar", "supaya", "biar"})) return false;
  // A promise is told in the future; other acts that are yet to come did
  // not take place.
  if (type == "AGREE") return true;
  return !marked_by(k, {"dapat", "bisa", "wajib", "harus", "perlu", "mampu", "ingin", "mau",
                        "boleh", "hendak", "akan"});
}

// Acts done by saying (asking, promising, refusing, threatening,
// criticising, praising): told by their own doer, they are the statement
// itself, not a claim about it. Investigations (ACCUSE 09x) are done.
bool IsSpeechAct(const Event& ev) {
  if (ev.type == "ACCUSE") return !ev.cameo.starts_with("09");
  return ev.type == "REQUEST" || ev.type == "AGREE" || ev.type == "REJECT" ||
         ev.type == "THREATEN" || ev.type == "SUPPORT";
}

}  // namespace

// Whether trigger k is what a request, a demand or a wish asks for
// ("meminta warga menangkap ...", "berharap pelaku segera ditangkap"): an
// act that has not taken place.
bool EventCoder::IsAskedFor(const Document& doc, const SentenceParse& parse, uint32_t k) const {
  uint32_t child = k;
  for (int depth = 0; depth < 2; ++depth) {
    const uint32_t head = parse.Head(child);
    if (head == kNoIndex) return false;
    const std::string_view rel = parse.UniversalRelation(child);
    if (rel != "xcomp" && rel != "ccomp" && rel != "advcl") return false;
    if (doc.Lemma(doc.tokens[head]) == "harap") return true;
    const TriggerMatch asking = triggers_.At(doc, head, head + 1);
    if (asking.trigger != nullptr && asking.trigger->type == "REQUEST") return true;
    child = head;
  }
  return false;
}

// The one who reports the act of trigger k: the subject of a verb of
// saying or confirming whose complement or object holds the trigger
// ("Chaidir membenarkan adanya penonaktifan ..."); kNoIndex if none.
uint32_t EventCoder::ReporterOf(const DocumentContext& context, const SentenceParse& parse,
                                uint32_t k) const {
  uint32_t child = k;
  for (int depth = 0; depth < 6; ++depth) {
    const uint32_t head = parse.Head(child);
    if (head == kNoIndex) break;
    const std::string_view rel = parse.UniversalRelation(child);
    const Token& verb = context.doc().tokens[head];
    if ((rel == "ccomp" || rel == "obj" || rel == "parataxis") && verb.upos == Upos::kVerb &&
        triggers_.IsReportingRoot(context.doc().Lemma(verb))) {
      const PhraseActor reporter = ActorOfPhrase(context, parse, groups_, SubjectOf(parse, head));
      return reporter.entity;
    }
    child = head;
  }
  return kNoIndex;
}

bool EventCoder::CodeDemand(const DocumentContext& context, const SentenceParse& parse,
                            uint32_t k, Event* ev) const {
  if (context.Lower(k) != "harus" || parse.UniversalRelation(k) != "aux") return false;
  const uint32_t speaker = context.SpeakerAt(k);
  const uint32_t verb = parse.Head(k);
  if (speaker == kNoIndex || verb == kNoIndex) return false;
  const PhraseActor asked = ActorOfPhrase(context, parse, groups_, SubjectOf(parse, verb));
  if (asked.empty() || asked.entity == speaker) return false;
  ev->type = "REQUEST";
  ev->cameo = "100";
  ev->trigger = context.doc().tokens[k].span;
  ev->source = speaker;
  ev->target = asked.entity;
  ev->target_group = asked.group;
  return true;
}

bool EventCoder::MayCodeEventsIn(const Document& doc, const Sentence& s) const {
  if (triggers_.AnyIn(doc, s)) return true;
  for (uint32_t k = s.token_begin; k < s.token_end; ++k)
    if (text::EqualsIgnoreAsciiCase(doc.Form(doc.tokens[k]), "harus")) return true;
  return false;
}

EventCoder::EventCoder() {
  text::ForEachLexiconEntry(
      lexicons::GroupActors(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 2) groups_[std::string(f[0])] = std::string(f[1]);
      });
}

namespace {

// The sentence's date: its first time expression that names a day, month,
// year or week; "" when it has none.
std::string DateOfSentence(const Document& doc, const Sentence& s, size_t* next_timex) {
  while (*next_timex < doc.timex.size() && doc.timex[*next_timex].span.begin < s.span.begin)
    ++*next_timex;
  for (size_t ti = *next_timex; ti < doc.timex.size() && doc.timex[ti].span.end <= s.span.end;
       ++ti) {
    const Timex& t = doc.timex[ti];
    if (t.value.find("_REF") == std::string::npos) return t.value.substr(0, t.value.find('T'));
  }
  return std::string();
}

// Whether the trigger at k stands in a condition or a question ("jika
// Rusia menyerang ...", "akankah Pertamina membantu ...").
bool IsConditional(const DocumentContext& c, const Sentence& s, uint32_t k) {
  for (uint32_t d = k; d-- > s.token_begin && k - d <= 8;) {
    const std::string w = c.Lower(d);
    if (w == "," || w == ";") break;
    if (IsCondition(w) || IsQuestion(w)) return true;
  }
  return false;
}

// Whether one of `words` is among the `span` tokens from `from` on.
bool AnyWithin(const DocumentContext& c, const Sentence& s, uint32_t from, uint32_t span,
               const std::vector<std::string>& words) {
  for (uint32_t d = from; d < s.token_end && d - from < span; ++d)
    if (std::find(words.begin(), words.end(), c.Lower(d)) != words.end()) return true;
  return false;
}

// Whether one of `words` is in the phrase of the object of trigger k
// ("mengirimkan 1.000 kontainer berisi peralatan militer"), or of what
// else follows it in its clause, three levels down at most.
bool InObject(const DocumentContext& c, const SentenceParse& parse, uint32_t k,
              const std::vector<std::string>& words) {
  std::vector<std::pair<uint32_t, int>> stack;
  for (uint32_t d : parse.Dependents(k)) {
    const std::string_view rel = parse.UniversalRelation(d);
    if (d > k && (rel == "obj" || rel == "iobj" || rel == "parataxis" || rel == "xcomp"))
      stack.emplace_back(d, 0);
  }
  while (!stack.empty()) {
    const auto [j, depth] = stack.back();
    stack.pop_back();
    if (std::find(words.begin(), words.end(), c.Lower(j)) != words.end()) return true;
    if (depth < 3)
      for (uint32_t d : parse.Dependents(j)) stack.emplace_back(d, depth + 1);
  }
  return false;
}

// Whether the trigger (or, for an act named by a light verb's object, that
// verb: "tidak melakukan penangkapan") is negated.
bool IsNegated(const DocumentContext& c, const SentenceParse& parse, const TriggerMatch& match) {
  auto negates = [&](uint32_t w) {
    for (uint32_t d : parse.Dependents(w))
      if (d < w && IsNegation(c.Lower(d))) return true;
    return false;
  };
  const uint32_t k = match.first;
  if (negates(k)) return true;
  return match.nominal && parse.Relation(k) == "obj" && parse.Head(k) != kNoIndex &&
         negates(parse.Head(k));
}

// "membantah klaim Amerika Serikat bahwa Korea Utara mengirim ...": an
// event after "bahwa" following a claim, accusation or report is claimed by
// the one named there; kNoIndex if none.
uint32_t ClaimantBeforeBahwa(const DocumentContext& c, const Sentence& s, uint32_t k) {
  for (uint32_t b = k; b-- > s.token_begin && k - b <= 15;) {
    if (c.Lower(b) != "bahwa") continue;
    bool claim_word = false;
    uint32_t claimant = kNoIndex;
    for (uint32_t w = b; w-- > s.token_begin && b - w <= 6;) {
      const std::string_view lemma = c.doc().Lemma(c.doc().tokens[w]);
      if (lemma == "klaim" || lemma == "tuduh" || lemma == "lapor" || lemma == "sebut" ||
          lemma == "kata" || lemma == "yakin" || lemma == "tuduhan")
        claim_word = true;
      if (claimant == kNoIndex && c.EntityAt(w) != kNoIndex) claimant = c.EntityAt(w);
    }
    return claim_word ? claimant : kNoIndex;
  }
  return kNoIndex;
}

// "AS menuduh Korea Utara menyediakan amunisi": what an accusation says
// happened is the accuser's claim, and its doer is the accused.
void ClaimAccusationsContent(std::vector<Event>& events, size_t first) {
  for (size_t a = first; a < events.size(); ++a) {
    Event& accusation = events[a];
    if (accusation.type != "ACCUSE" || accusation.cameo.starts_with("09") ||
        accusation.source == kNoIndex)
      continue;
    for (size_t b = a + 1; b < events.size(); ++b) {
      Event& content = events[b];
      if (content.claimed_by == kNoIndex || content.claimed_by == accusation.claimed_by)
        content.claimed_by = accusation.source;
      if (accusation.target == kNoIndex && content.source != kNoIndex &&
          content.source != accusation.source)
        accusation.target = content.source;
    }
  }
}

// The actor named by the noun or name right after word `last` (past
// determiners and adverbs), or none.
PhraseActor ActorRightAfter(const DocumentContext& context, const SentenceParse& parse,
                            const std::unordered_map<std::string, std::string>& groups,
                            const Sentence& s, uint32_t last) {
  const Document& doc = context.doc();
  uint32_t j = last + 1;
  while (j < s.token_end && (doc.tokens[j].upos == Upos::kDet || doc.tokens[j].upos == Upos::kAdv))
    ++j;
  if (j >= s.token_end ||
      (doc.tokens[j].upos != Upos::kNoun && doc.tokens[j].upos != Upos::kPropn))
    return PhraseActor{};
  return ActorOfPhrase(context, parse, groups, j);
}

}  // namespace

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
    // Without a time expression of its own, an event is on the story's day,
    // else on the publication date.
    std::string date = DateOfSentence(doc, s, &next_timex);
    if (date.size() == 10) story_day = date;
    if (date.empty()) date = story_day.empty() ? doc.published : story_day;
    const size_t first_event = doc.events.size();
    const SentenceParse parse(doc, s);
    auto has_event_of_type = [&](std::string_view type) {
      for (size_t o = first_event; o < doc.events.size(); ++o)
        if (doc.events[o].type == type) return true;
      return false;
    };
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind != TokenKind::kWord || context.EntityAt(k) != kNoIndex) continue;
      const TriggerMatch match = triggers_.At(doc, k, s.token_end);
      const Trigger* trigger = match.trigger;
      if (trigger == nullptr) {
        Event demand;
        if (!has_event_of_type("REQUEST") && CodeDemand(context, parse, k, &demand)) {
          demand.sentence = si;
          demand.date = date;
          doc.events.push_back(std::move(demand));
        }
        continue;
      }
      const bool negated = IsNegated(context, parse, match);
      if (IsConditional(context, s, k) || !IsToldAsDone(parse, k, trigger->type) ||
          IsAskedFor(doc, parse, k))
        continue;
      if (trigger->only_negated && !negated) continue;
      if (!trigger->next_words.empty() &&
          !AnyWithin(context, s, match.last + 1, 2, trigger->next_words) &&
          !InObject(context, parse, match.last, trigger->next_words))
        continue;
      // "Lawatan Lavrov itu", "tuduhan tersebut": an event told before.
      static const std::vector<std::string> kToldBefore = {"itu", "tersebut", "ini"};
      if (match.nominal && AnyWithin(context, s, match.last + 1, 3, kToldBefore)) continue;
      Event ev;
      ev.type = trigger->type;
      ev.cameo = trigger->cameo;
      ev.sentence = si;
      ev.trigger = Span{t.span.begin, doc.tokens[match.last].span.end};
      const Arguments args = ArgumentsFromParse(parse, match, triggers_);
      auto first_actor = [&](const std::vector<uint32_t>& heads, uint32_t other) {
        for (uint32_t h : heads) {
          PhraseActor a = ActorOfPhrase(context, parse, groups_, h);
          if (!a.empty() && (a.entity == kNoIndex || a.entity != other)) return a;
        }
        return PhraseActor{};
      };
      PhraseActor source = first_actor(args.sources, kNoIndex);
      PhraseActor target = first_actor(args.targets, source.entity);
      // Where the parse gives none: the name or group right after the verb
      // is the target, or the agent of a passive ("diusung Partai Golkar").
      // Not for MOBILIZE, whose object is what is sent.
      if (!match.nominal && ev.type != "MOBILIZE") {
        const bool passive = IsPassive(parse, match.first);
        PhraseActor& missing = passive ? source : target;
        const uint32_t other = passive ? target.entity : source.entity;
        if (missing.empty()) {
          const PhraseActor after = ActorRightAfter(context, parse, groups_, s, match.last);
          if (!after.empty() && (after.entity == kNoIndex || after.entity != other)) missing = after;
        }
      }
      ev.source = source.entity;
      ev.source_group = source.group;
      ev.target = target.entity;
      ev.target_group = target.group;
      // An event is coded when at least one participant is named (the
      // annotation guide); a group may be the other ("Polri meminta warga").
      if (ev.source == kNoIndex && ev.target == kNoIndex) continue;
      if (trigger->needs_target && ev.target == kNoIndex && ev.target_group.empty()) continue;
      ev.negated = negated && !trigger->only_negated;
      // An event inside a reported statement is the speaker's claim, unless
      // it is the speaker's own speech act ("Saya tidak mengomentari
      // rumor"); "X membenarkan penonaktifan ..." reports a claim of X.
      ev.claimed_by = ClaimantBeforeBahwa(context, s, k);
      if (ev.claimed_by == kNoIndex) ev.claimed_by = context.SpeakerAt(k);
      if (ev.claimed_by == kNoIndex) ev.claimed_by = ReporterOf(context, parse, k);
      if (ev.claimed_by == ev.source && IsSpeechAct(ev)) ev.claimed_by = kNoIndex;
      ev.date = date;
      // One event of a type a sentence: "membahas ... dan membahas ...".
      if (!has_event_of_type(ev.type)) doc.events.push_back(std::move(ev));
    }
    ClaimAccusationsContent(doc.events, first_event);
  }
  return Status::Ok();
}

}  // namespace warta::events
