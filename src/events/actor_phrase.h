// The actor a phrase of the parse names: an entity (the phrase's head, or a
// person or organisation inside it: "rombongan Kementerian Sosial",
// "Menteri Luar Negeri Rusia Sergey Lavrov"), the one a pronoun stands for,
// or, when no entity is named, the group the phrase describes ("warga
// Surabaya", "dua terduga pelaku", "sejumlah pakar"): a noun of
// lexicons/group-actors.tsv, an agent noun by peN- (pelaku, pengelola), or
// a noun with a plural or quantity word (para, sejumlah, seluruh, dua ...).
#ifndef WARTA_EVENTS_ACTOR_PHRASE_H_
#define WARTA_EVENTS_ACTOR_PHRASE_H_

#include <cstdint>
#include <string>
#include <unordered_map>

#include "events/actor_context.h"
#include "events/sentence_parse.h"
#include "warta/document.h"

namespace warta::events {

struct PhraseActor {
  uint32_t entity = kNoIndex;
  GroupActor group;  // when no entity
  bool empty() const { return entity == kNoIndex && group.empty(); }
};

// `groups`: group noun -> actor code (lexicons/group-actors.tsv).
PhraseActor ActorOfPhrase(const DocumentContext& context, const SentenceParse& parse,
                          const std::unordered_map<std::string, std::string>& groups,
                          uint32_t head);

}  // namespace warta::events

#endif  // WARTA_EVENTS_ACTOR_PHRASE_H_
