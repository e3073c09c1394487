// A search query as users type it, parsed once and written out for each
// backend.
//
//   kirim bantuan            both words (as root words), anywhere
//   kirim AND bantuan        the same
//   "kirim bantuan"          the words in this order (a phrase)
//   banjir OR longsor        either
//   -gempa                   articles without the word
//
// Anything else is taken literally: an unbalanced quote ends at the end of
// the query; FTS5 and tsquery operators typed by the user are just words.
#ifndef WARTA_STORE_SEARCH_QUERY_H_
#define WARTA_STORE_SEARCH_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/index_words.h"

namespace warta::store {

// A phrase: root words in order (one word is a phrase of one).
using Phrase = std::vector<std::string>;

struct ParsedQuery {
  // All of these must match; each is a choice between phrases.
  std::vector<std::vector<Phrase>> all_of;
  // None of these may match.
  std::vector<Phrase> none_of;

  bool empty() const { return all_of.empty(); }
  // Every root word the query asks for (for snippets).
  std::vector<std::string> Roots() const;
};

ParsedQuery ParseSearchQuery(std::string_view query, IndexWords& words);

// The query in FTS5 syntax over a column of root words indexed by the
// tokenizer "warta_root" (every root quoted). Empty for an empty query.
std::string ToFts5(const ParsedQuery& query);

// The query as a PostgreSQL tsquery over to_tsvector('simple', roots):
// '&', '|', '!', '<->' with every root quoted as a lexeme.
std::string ToTsQuery(const ParsedQuery& query);

}  // namespace warta::store

#endif  // WARTA_STORE_SEARCH_QUERY_H_
