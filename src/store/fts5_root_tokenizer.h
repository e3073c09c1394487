// The FTS5 tokenizer "warta_root": indexes the root word of every word
// (store/index_words.h), so full-text queries match across affixes. Query
// strings pass through the same tokenizer. A value (or a quoted query
// phrase) that starts with kFilterTermMarker holds filter terms
// (store/filter_terms.h): its space-separated terms are indexed unchanged.
#ifndef WARTA_STORE_FTS5_ROOT_TOKENIZER_H_
#define WARTA_STORE_FTS5_ROOT_TOKENIZER_H_

#include <sqlite3.h>

#include "store/index_words.h"
#include "warta/status.h"

namespace warta::store {

inline constexpr const char* kRootTokenizerName = "warta_root";

// Registers the tokenizer on `db`. `words` must outlive the connection and
// is used only from the connection's thread.
Status RegisterRootTokenizer(sqlite3* db, IndexWords* words);

}  // namespace warta::store

#endif  // WARTA_STORE_FTS5_ROOT_TOKENIZER_H_
