// Which entity each token of a document is a mention of, for the stages
// that read entities (quotes, events).
#ifndef WARTA_ENTITIES_ENTITY_INDEX_H_
#define WARTA_ENTITIES_ENTITY_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "warta/document.h"

namespace warta::entities {

// One entry per token: the index of the entity it mentions, or kNoIndex.
inline std::vector<uint32_t> EntityOfEachToken(const Document& doc) {
  std::vector<uint32_t> out(doc.tokens.size(), kNoIndex);
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    for (Span m : doc.entities[e].mentions) {
      auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.begin,
                                 [](const Token& t, uint32_t b) { return t.span.end <= b; });
      for (; it != doc.tokens.end() && it->span.begin < m.end; ++it)
        out[static_cast<size_t>(it - doc.tokens.begin())] = e;
    }
  }
  return out;
}

}  // namespace warta::entities

#endif  // WARTA_ENTITIES_ENTITY_INDEX_H_
