// A processed Document as the rows a store keeps: strings cut out of the
// text, spans as character offsets (as in the JSON documents), entities
// with their mention counts. Shared by every backend so that each stores
// exactly the same facts.
#ifndef WARTA_STORE_DOCUMENT_ROWS_H_
#define WARTA_STORE_DOCUMENT_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "warta/document.h"

namespace warta::store {

struct ArticleRows {
  std::string doc_id, url, site, title, published, published_time, author,
      language, text, content_hash;

  struct Entity {
    std::string name, type, title, country, actor_code;
    uint32_t mentions = 0;
  };
  struct Mention {
    uint32_t entity = 0;  // index into entities
    uint32_t begin = 0, end = 0;
  };
  struct Quote {
    std::string kind, content, cue;
    uint32_t speaker = kNoIndex;  // index into entities
    uint32_t begin = 0, end = 0;
  };
  struct Event {
    std::string type, cameo, trigger, date, sentence;
    uint32_t source = kNoIndex, target = kNoIndex, claimed_by = kNoIndex;
    // Names and codes of the actors, entity or group (empty when none).
    std::string source_name, source_code, target_name, target_code;
    bool negated = false;
    uint32_t begin = 0, end = 0;
  };
  struct Timex {
    std::string text, value;
    uint32_t begin = 0, end = 0;
  };
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<Timex> timex;
};

ArticleRows RowsOf(const Document& doc);

// "nasional.kompas.com" for "https://nasional.kompas.com/read/…"; empty when
// `url` has no host.
std::string HostOf(std::string_view url);

}  // namespace warta::store

#endif  // WARTA_STORE_DOCUMENT_ROWS_H_
