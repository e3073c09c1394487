// The PostgreSQL backend of Store: libpq, one transaction per batch,
// tsvector over root words with a GIN index for search.
#ifndef WARTA_STORE_POSTGRES_STORE_H_
#define WARTA_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "warta/store.h"

namespace warta::store {

// `uri` is a libpq connection URI ("postgresql://user@localhost/warta").
StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri,
                                                   const StoreOptions& options);

}  // namespace warta::store

#endif  // WARTA_STORE_POSTGRES_STORE_H_
