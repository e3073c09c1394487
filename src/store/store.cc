#include "warta/store.h"

#include <string>

#include "store/pg_connection.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace warta {

bool IsPostgresLocation(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string RedactedLocation(std::string_view location) {
  return IsPostgresLocation(location) ? store::RedactedUri(location) : std::string(location);
}

StatusOr<std::unique_ptr<Store>> Store::Open(std::string_view location,
                                             const StoreOptions& options) {
  if (location.empty()) return InvalidArgumentError("no archive given (--db)");
  if (IsPostgresLocation(location)) {
    return store::OpenPostgresStore(std::string(location), options);
  }
  return store::OpenSqliteStore(std::string(location), options);
}

}  // namespace warta
