// EventCoder: the events stage. Codes who did what to whom as PLOVER events
// (with the nearest CAMEO code) from trigger words in
// lexicons/event-triggers.tsv, matched by root word so every affixed form
// counts:
//  * source and target: the entity before a verb and the one after it;
//    passive "di-" forms swap them, "oleh X" names the doer, and in a
//    relative clause ("senjata yang dipasok oleh X") the target is what
//    "yang" follows; a noun trigger's doer follows it ("lawatan Lavrov ke
//    Pyongyang"), "antara X dan Y" gives both, and a noun followed by
//    "itu"/"tersebut" is an event told before, not a new one;
//  * pronouns stand for actors: "ia", "dia", "beliau" for the last person
//    named, "saya" for the speaker of the statement they are in, "kami",
//    "kita", "pihaknya" for the speaker's organisation (or the speaker);
//  * where no entity is the source or target, a group named by a common
//    noun is (lexicons/group-actors.tsv: "mengimbau masyarakat");
//  * events with neither source nor target are left out, and so are those
//    in a condition or a question ("jika Rusia menyerang ...", "akankah
//    Pertamina membantu ...");
//  * an accusation's content is the accuser's claim, and the one it is
//    about is its target ("AS menuduh Korut menyediakan amunisi");
//  * negation: "tidak", "tak", "bukan", "belum" just before the trigger;
//  * claims: an event inside a reported statement is claimed by its
//    speaker, not asserted by the narrator;
//  * date: the time expression of the event's sentence; else the last day
//    the article named before it; else the publication date.
// Requires tokens, lemmas, entities, quotes and timex. Thread-safe.
#ifndef WARTA_EVENTS_EVENT_CODER_H_
#define WARTA_EVENTS_EVENT_CODER_H_

#include <string>
#include <unordered_map>
#include <vector>

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
  enum class TriggerKind : uint8_t {
    kVerbRoot,  // a root word: any affixed verb form of it
    kVerbForm,  // one word form, as a verb ("menyayangkan")
    kNoun,      // one word form naming the event ("lawatan")
    kNot,       // one word form that is never a trigger ("ditemui")
  };
  struct Trigger {
    std::string type, cameo;
    TriggerKind kind = TriggerKind::kVerbRoot;
    // Conditions (the lexicon's fifth column): only when negated, and the
    // refusal is then the event ("tidak mengomentari": REJECT); only with
    // one of these words among the next two ("berharap agar": REQUEST).
    bool only_negated = false;
    std::vector<std::string> next_words;
  };
  // The trigger a token is, or null.
  const Trigger* TriggerAt(const Document& doc, const Token& t, const std::string& form) const;

  std::unordered_map<std::string, Trigger> roots_;  // kVerbRoot entries
  std::unordered_map<std::string, Trigger> forms_;  // the other kinds
  std::unordered_map<std::string, std::string> groups_;  // noun -> actor code
};

}  // namespace warta::events

#endif  // WARTA_EVENTS_EVENT_CODER_H_
