// The SQLite backend of Store: one file, WAL journal, one transaction per
// batch, FTS5 over root words for search.
#ifndef WARTA_STORE_SQLITE_STORE_H_
#define WARTA_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "warta/store.h"

namespace warta::store {

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                                 const StoreOptions& options);

}  // namespace warta::store

#endif  // WARTA_STORE_SQLITE_STORE_H_
