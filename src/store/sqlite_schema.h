// The SQLite archive's schema, by version, and its migration: an archive
// records its version in meta('schema_version'); opening one of an older
// version applies the steps up to kStoreSchemaVersion in one transaction.
#ifndef WARTA_STORE_SQLITE_SCHEMA_H_
#define WARTA_STORE_SQLITE_SCHEMA_H_

#include "store/sqlite_db.h"
#include "warta/status.h"

namespace warta::store {

// Creates the schema in an empty database, or migrates an older one.
// Fails with kInvalidArgument for a database that is not a warta archive
// or comes from a newer warta.
Status MigrateSqliteSchema(SqliteDb& db);

// The version recorded in the archive (0: an empty database).
StatusOr<int> SqliteSchemaVersion(SqliteDb& db);

}  // namespace warta::store

#endif  // WARTA_STORE_SQLITE_SCHEMA_H_
