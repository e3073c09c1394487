// The PostgreSQL archive's schema, by version, and its migration: the
// tables of the SQLite archive (src/store/sqlite_schema.cc), with search as
// a tsvector column of root words under a GIN index. An archive records its
// version in meta('schema_version'); opening one of an older version applies
// the steps up to kStoreSchemaVersion in one transaction.
//
// The archive lives in the connection's current schema (the first of its
// search_path, "public" unless the URI says otherwise: ?options=-csearch_path%3Dnews).
#ifndef WARTA_STORE_POSTGRES_SCHEMA_H_
#define WARTA_STORE_POSTGRES_SCHEMA_H_

#include "store/pg_connection.h"
#include "warta/status.h"

namespace warta::store {

// Creates the schema in an empty database schema, or migrates an older one.
// Fails with kInvalidArgument for a schema holding other tables than
// warta's, or an archive from a newer warta.
Status MigratePostgresSchema(PgConnection& db);

// The version recorded in the archive (0: no tables yet).
StatusOr<int> PostgresSchemaVersion(PgConnection& db);

// Takes the lock that serialises writers of this archive until the end of
// the current transaction: the ingest of one batch, or a migration. The lock
// is named after the archive's schema, so archives in other schemas of the
// same database do not wait for each other.
Status LockArchiveForTransaction(PgConnection& db);

}  // namespace warta::store

#endif  // WARTA_STORE_POSTGRES_SCHEMA_H_
