#include "store/postgres_store.h"

namespace warta::store {

StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri,
                                                   const StoreOptions&) {
  return Status(StatusCode::kUnavailable,
                "PostgreSQL archives are not supported by this build: " + uri);
}

}  // namespace warta::store
