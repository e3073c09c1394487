// TriggerLexicon: the words and phrases that express PLOVER events
// (lexicons/event-triggers.tsv), and where they occur in a sentence.
//
// Entries are kept by root word, so that every affixed form counts:
//  * a verb root matches any affixed verb form of it (tuduh: menuduh,
//    dituduh, tuduhkan), and its nominalisations by peN-/per-...-an name the
//    same act (tangkap: penangkapan; periksa: pemeriksaan);
//  * "noun" entries match one word as written (lawatan, sanksi);
//  * "form" entries match one verb form whose root means something else
//    (menyayangkan: deplore, from sayang: love);
//  * "phrase" entries match consecutive words, each by its form or its root
//    (unjuk rasa, gencatan senjata);
//  * "not" entries are forms that express no event (ditemui, bertahan).
// The bare verb of an object-focus passive ("kami tangkap", "kami amankan")
// matches its root's entry or the di- form's, whatever its tag.
// A verb of saying followed by "agar" or "supaya" ("menekankan agar",
// "mengingatkan ... supaya") asks for what follows: a REQUEST (020), whether
// or not the lexicon lists the verb (lexicons/speech-cues.tsv).
// An entry may hold only when negated ("tidak mengomentari": REJECT), only
// with one of some words right after it ("mogok kerja": PROTEST), or only
// with a target ("berharap warga mematuhi ...": REQUEST).
//
// Thread-safety: immutable after construction.
#ifndef WARTA_EVENTS_TRIGGER_LEXICON_H_
#define WARTA_EVENTS_TRIGGER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "warta/document.h"

namespace warta::events {

struct Trigger {
  enum class Kind : uint8_t { kVerbRoot, kVerbForm, kNoun, kPhrase, kNot };
  std::string type;   // PLOVER type
  std::string cameo;  // nearest CAMEO code
  Kind kind = Kind::kVerbRoot;
  // Only when negated, and the refusal is then the event.
  bool only_negated = false;
  // Only with one of these words right after the trigger.
  std::vector<std::string> next_words;
  // Only when the act has a target ("berharap warga mematuhi ...").
  bool needs_target = false;
  // kPhrase: the words after the first, each matched by form or root.
  std::vector<std::string> rest;
};

// One trigger found in a sentence: tokens [first, last].
struct TriggerMatch {
  const Trigger* trigger = nullptr;
  uint32_t first = 0, last = 0;
  // Names the act as a noun (a noun entry, a nominalisation, or a phrase
  // whose first word is a noun) rather than as a verb.
  bool nominal = false;

};

class TriggerLexicon {
 public:
  // The lexicon compiled into warta.
  TriggerLexicon();
  // A lexicon from text in the same format (tests).
  explicit TriggerLexicon(std::string_view tsv);

  // The trigger that starts at token k of `doc`, if any (trigger == null
  // otherwise). Tokens up to `end` may belong to a phrase.
  TriggerMatch At(const Document& doc, uint32_t k, uint32_t end) const;

  // Whether some token of sentence s may start a trigger (At() finds one
  // there, whatever the event coder's other conditions say).
  bool AnyIn(const Document& doc, const Sentence& s) const {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k)
      if (At(doc, k, s.token_end).trigger != nullptr) return true;
    return false;
  }

  // Whether a root word is a verb of saying or confirming (mengatakan,
  // membenarkan), whose subject claims what it reports.
  bool IsReportingRoot(std::string_view root) const {
    return speech_roots_.count(std::string(root)) > 0 || root == "benar" || root == "konfirmasi";
  }

 private:
  void Load(std::string_view tsv);

  std::unordered_map<std::string, Trigger> roots_;  // verb roots
  std::unordered_map<std::string, Trigger> forms_;  // forms, nouns, nots
  // Phrases by their first word (form or root), longest first.
  std::unordered_map<std::string, std::vector<Trigger>> phrases_;
  // Roots of verbs of saying, and the request they make with "agar".
  std::unordered_set<std::string> speech_roots_;
  Trigger directive_;
};

// The object-focus passive: a bare verb (the root, or the root with -kan
// or -i) right after a personal pronoun, which is its agent ("tiga
// tersangka kami tangkap", "program itu akan kami lanjutkan"). The index of
// the pronoun before token k, or kNoIndex where k is not such a verb.
uint32_t ObjectFocusAgent(const Document& doc, uint32_t k);

// Whether a word form is a nominalisation of a root by peN-...-an or
// per-...-an ("penangkapan" of "tangkap", "pertemuan" of "temu").
bool IsNominalisation(std::string_view form, std::string_view root);

}  // namespace warta::events

#endif  // WARTA_EVENTS_TRIGGER_LEXICON_H_
