// EventCoder: the events stage. Codes who did what to whom as PLOVER events
// (with the nearest CAMEO code), following the annotation guide's
// conventions:
//  * triggers from lexicons/event-triggers.tsv by root word, their peN-an
//    nominalisations, phrases, and requests made by saying ("menegaskan
//    agar"); see events/trigger_lexicon.h;
//  * source and target read off the dependency parse: subjects, objects,
//    passives and their "oleh" agents, obliques by case marker, shared
//    subjects of controlled, coordinated and relative clauses, nouns with
//    their arguments and light verbs (events/parse_arguments.h); each
//    phrase names an entity, the one a pronoun stands for, or a described
//    group (events/actor_phrase.h);
//  * an event is coded only when it is told as done and names one
//    participant: not in a condition or a question ("jika Rusia
//    menyerang"), a purpose ("untuk mendukung"), under a modal or in the
//    future ("dapat membantu", "akan mengirim"; a promise excepted), or as
//    what a request asks for ("meminta warga menangkap ..."); a noun
//    followed by "itu"/"tersebut" is an event told before;
//  * negation: "tidak", "tak", "bukan", "belum" on the trigger (or on the
//    light verb of a noun trigger);
//  * claims: an event inside a reported statement is claimed by its
//    speaker unless it is the speaker's own speech act; one reported by a
//    verb of saying or confirming ("membenarkan penonaktifan ...") by that
//    verb's subject; one after "klaim X bahwa" by X; an accusation's
//    content by the accuser, and the accused is its target;
//  * date: the time expression of the event's sentence; else the last day
//    the article named before it; else the publication date.
// Requires tokens, lemmas, dependencies, entities, quotes and timex.
// Thread-safe.
#ifndef WARTA_EVENTS_EVENT_CODER_H_
#define WARTA_EVENTS_EVENT_CODER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "events/trigger_lexicon.h"
#include "warta/stage.h"

namespace warta::events {

class DocumentContext;
class SentenceParse;

class EventCoder : public Stage {
 public:
  EventCoder();

  std::string_view Name() const override { return "events"; }
  Layer Requires() const override {
    return Layer::kTokens | Layer::kLemmas | Layer::kDependencies | Layer::kEntities |
           Layer::kQuotes | Layer::kTimex;
  }
  Layer Provides() const override { return Layer::kEvents; }
  Status Process(Document& doc, Scratch& scratch) const override;

  // Whether sentence s holds a word the coder may code an event from: a
  // trigger, or the "harus" of a demand (the pipeline's parser asks, to
  // parse only those: ParserOptions::only_event_sentences).
  bool MayCodeEventsIn(const Document& doc, const Sentence& s) const;

 private:
  // "Pemerintah harus ...", said by a named speaker: the speaker's demand
  // on the subject (the guide: REQUEST 10x). False if token k is none.
  bool CodeDemand(const DocumentContext& context, const SentenceParse& parse, uint32_t k,
                  Event* ev) const;
  // Whether trigger k is what a request or a wish asks for.
  bool IsAskedFor(const Document& doc, const SentenceParse& parse, uint32_t k) const;
  // The subject of the verb of saying that reports trigger k, if any.
  uint32_t ReporterOf(const DocumentContext& context, const SentenceParse& parse,
                      uint32_t k) const;

  TriggerLexicon triggers_;
  std::unordered_map<std::string, std::string> groups_;  // noun -> actor code
};

}  // namespace warta::events

#endif  // WARTA_EVENTS_EVENT_CODER_H_
