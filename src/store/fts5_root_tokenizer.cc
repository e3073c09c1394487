#include "store/fts5_root_tokenizer.h"

#include <string>

#include "store/filter_terms.h"

namespace warta::store {
namespace {

// FTS5 hands the tokenizer object back to xTokenize; ours is the IndexWords.
int Create(void* user_data, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(user_data);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer*) {}

int Tokenize(Fts5Tokenizer* tokenizer, void* ctx, int /*flags*/, const char* text,
             int size, int (*emit)(void*, int, const char*, int, int, int)) {
  auto* words = reinterpret_cast<IndexWords*>(tokenizer);
  if (size <= 0 || !text) return SQLITE_OK;
  if (text[0] == kFilterTermMarker) {
    // Filter terms (store/filter_terms.h): as they are, split at spaces.
    int begin = 1;
    for (int i = 1; i <= size; ++i) {
      if (i < size && text[i] != ' ') continue;
      if (i > begin) {
        if (int rc = emit(ctx, 0, text + begin, i - begin, begin, i); rc != SQLITE_OK) return rc;
      }
      begin = i + 1;
    }
    return SQLITE_OK;
  }
  int rc = SQLITE_OK;
  words->ForEach(std::string_view(text, static_cast<size_t>(size)),
                 [&](size_t begin, size_t end, std::string_view root) {
                   rc = emit(ctx, 0, root.data(), static_cast<int>(root.size()),
                             static_cast<int>(begin), static_cast<int>(end));
                   return rc == SQLITE_OK;
                 });
  return rc;
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return nullptr;
  }
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterRootTokenizer(sqlite3* db, IndexWords* words) {
  fts5_api* api = Fts5Api(db);
  if (!api) return InternalError("this SQLite has no FTS5 (full-text search)");
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  int rc = api->xCreateTokenizer(api, kRootTokenizerName, words, &tokenizer, nullptr);
  if (rc != SQLITE_OK) {
    return InternalError(std::string("cannot register the search tokenizer: ") +
                         sqlite3_errstr(rc));
  }
  return Status::Ok();
}

}  // namespace warta::store
