// DocumentContext: what the event coder knows about one document while it
// codes its events: which entity each token mentions, and which actor a
// pronoun stands for.
#ifndef WARTA_EVENTS_ACTOR_CONTEXT_H_
#define WARTA_EVENTS_ACTOR_CONTEXT_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_index.h"
#include "text/ascii.h"
#include "warta/document.h"

namespace warta::events {

// Pronouns that stand for an actor: the third person for the last person
// named; the first person for the speaker of the statement they are in
// ("kami", "pihaknya": the speaker's side, so their organisation if known).
enum class Pronoun { kNone, kThird, kFirstSingular, kFirstPlural };
inline Pronoun PronounOf(std::string_view w) {
  if (w == "ia" || w == "dia" || w == "beliau") return Pronoun::kThird;
  if (w == "saya" || w == "aku") return Pronoun::kFirstSingular;
  if (w == "kami" || w == "kita" || w == "pihaknya") return Pronoun::kFirstPlural;
  return Pronoun::kNone;
}

// What the coder knows about one document while it codes its events.
class DocumentContext final {
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

  // The last person named in the 80 tokens before k.
  uint32_t LastPersonBefore(uint32_t k) const {
    for (uint32_t j = k; j-- > 0 && k - j <= 80;) {
      const uint32_t e = entity_at_[j];
      if (e != kNoIndex && doc_.entities[e].type == EntityType::kPerson) return e;
    }
    return kNoIndex;
  }

 private:
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

}  // namespace warta::events

#endif  // WARTA_EVENTS_ACTOR_CONTEXT_H_
