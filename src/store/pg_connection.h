// A thin RAII layer over libpq: a connection, results, and parameter lists
// for PQexecParams / PQexecPrepared, as the PostgreSQL store needs them.
//
// Every value goes to the server as a parameter ($1, $2, …), never pasted
// into SQL text. Errors come back as Status: a lost or refused connection
// (and a serialisation failure or deadlock, which a retry may cure) is
// kUnavailable, anything else kInternal; messages never carry the password
// of the connection URI.
//
// libpq's types are only declared here, so that code using this header (the
// tests among it) needs no libpq include path.
//
// Thread-safety: a PgConnection is used from one thread at a time.
#ifndef WARTA_STORE_PG_CONNECTION_H_
#define WARTA_STORE_PG_CONNECTION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "warta/status.h"

struct pg_conn;    // PGconn
struct pg_result;  // PGresult

namespace warta::store {

// Parameters of one statement, in the order $1, $2, …, sent as text (the
// server infers their types from the statement) or as binary bytes (bytea).
class PgParams {
 public:
  PgParams& Add(std::string_view text);
  PgParams& Add(int64_t value);
  PgParams& AddBytes(std::string_view bytes);
  // Arrays, for `= ANY($n::bigint[])` and for inserting many rows at once
  // with unnest($n::text[], …): one round trip instead of one a row.
  PgParams& AddArray(const std::vector<int64_t>& values);
  PgParams& AddArray(const std::vector<std::string>& values);

  size_t size() const { return values_.size(); }
  const std::vector<std::string>& values() const { return values_; }
  const std::vector<int>& formats() const { return formats_; }

 private:
  std::vector<std::string> values_;
  std::vector<int> formats_;  // 0 text, 1 binary
};

// The rows of one statement. Values are read as text, as libpq gives them.
class PgResult {
 public:
  PgResult() = default;
  explicit PgResult(pg_result* result) : result_(result) {}
  PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
  PgResult& operator=(PgResult&& other) noexcept;
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  ~PgResult();

  int rows() const;
  std::string Text(int row, int column) const;  // "" for NULL
  int64_t Int(int row, int column) const;       // 0 for NULL
  double Real(int row, int column) const;
  bool Bool(int row, int column) const;         // "t"
  std::string Bytes(int row, int column) const;  // a bytea column, decoded

 private:
  pg_result* result_ = nullptr;
};

class PgConnection {
 public:
  PgConnection() = default;
  PgConnection(PgConnection&& other) noexcept : conn_(other.conn_) { other.conn_ = nullptr; }
  PgConnection& operator=(PgConnection&& other) noexcept;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;
  ~PgConnection();

  // Connects to a libpq connection URI ("postgresql://user:pw@host/db").
  // kInvalidArgument when the URI cannot be parsed, kUnavailable when the
  // server cannot be reached or refuses the login (with libpq's message,
  // the password replaced by "***").
  static StatusOr<PgConnection> Open(const std::string& uri);

  // Runs SQL without parameters (several statements may be ";"-separated).
  Status Exec(std::string_view sql);
  // Runs one statement with parameters.
  StatusOr<PgResult> Query(std::string_view sql, const PgParams& params = {});
  // Prepares a named statement once per connection; run it with Run.
  Status Prepare(const std::string& name, std::string_view sql);
  StatusOr<PgResult> Run(const std::string& name, const PgParams& params);

 private:
  explicit PgConnection(pg_conn* conn) : conn_(conn) {}
  // The status of a finished statement: OK for rows or a command, else the
  // server's message.
  StatusOr<PgResult> Finish(pg_result* result);

  pg_conn* conn_ = nullptr;
};

// `uri` with its password replaced by "***" (in the user part and in a
// password= parameter), for messages.
std::string RedactedUri(std::string_view uri);

}  // namespace warta::store

#endif  // WARTA_STORE_PG_CONNECTION_H_
