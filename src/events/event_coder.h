// EventCoder: the events stage. Codes who did what to whom as PLOVER events
// (with the nearest CAMEO code) from trigger words in
// lexicons/event-triggers.tsv, matched by root word so every affixed form
// counts:
//  * source and target: the entity before a verb and the one after it;
//    passive "di-" forms swap them, "oleh X" names the doer; a noun
//    trigger's doer follows it ("lawatan Lavrov ke Pyongyang"), and
//    "antara X dan Y" gives both;
//  * negation: "tidak", "tak", "bukan", "belum" just before the trigger;
//  * claims: an event inside a reported statement is claimed by its
//    speaker, not asserted by the narrator;
//  * date: the time expression of the event's sentence, if any.
// Requires tokens, lemmas, entities, quotes and timex. Thread-safe.
#ifndef WARTA_EVENTS_EVENT_CODER_H_
#define WARTA_EVENTS_EVENT_CODER_H_

#include <string>
#include <unordered_map>

#include "warta/stage.h"

namespace warta::events {

class EventCoder : public Stage {
 public:
  EventCoder();

  std::string_view Name() const override { return "events"; }
  Layer Requires() const override {
    return Layer::kTokens | Layer::kLemmas | Layer::kEntities | Layer::kQuotes |
           Layer::kTimex;
  }
  Layer Provides() const override { return Layer::kEvents; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  struct Trigger {
    std::string type, cameo;
    bool noun = false;
  };
  std::unordered_map<std::string, Trigger> triggers_;
};

}  // namespace warta::events

#endif  // WARTA_EVENTS_EVENT_CODER_H_
