// A thin RAII layer over the SQLite C API: a connection and prepared
// statements with typed binding, as the SQLite store needs them.
#ifndef WARTA_STORE_SQLITE_DB_H_
#define WARTA_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "warta/status.h"

namespace warta::store {

class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  ~SqliteStatement();

  // Parameters are numbered from 1, as in SQL (?1, ?2, …).
  SqliteStatement& Bind(int index, std::string_view text);
  SqliteStatement& Bind(int index, int64_t value);
  SqliteStatement& BindBlob(int index, std::string_view bytes);
  SqliteStatement& BindNull(int index);

  // true: a row is there; false: done (or failed: see status()).
  bool Step();
  // Runs to the end; the first failure, if any.
  Status Run();
  Status status() const { return status_; }
  void Reset();

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const;
  std::string_view Blob(int column) const;
  bool IsNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

class SqliteDb {
 public:
  SqliteDb() = default;
  SqliteDb(SqliteDb&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  SqliteDb& operator=(SqliteDb&&) = delete;
  ~SqliteDb();

  // Opens (and with `create`, creates) the file.
  static StatusOr<SqliteDb> Open(const std::string& path, bool create);

  sqlite3* handle() const { return db_; }
  // Runs statements without results (";"-separated).
  Status Exec(std::string_view sql);
  StatusOr<SqliteStatement> Prepare(std::string_view sql);
  // "what: message of the last error".
  Status Error(std::string_view what) const;

 private:
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// The status an SQLite result code maps to (busy/locked: kUnavailable).
StatusCode SqliteStatusCode(int rc);

}  // namespace warta::store

#endif  // WARTA_STORE_SQLITE_DB_H_
