#include "store/pg_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

namespace warta::store {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX sequences decoded; a malformed one is kept as it is.
std::string PercentDecoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 &&
        HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Where the password of a connection URI is, as byte ranges of `uri`: the
// part after "user:" and the value of every password= parameter.
std::vector<std::pair<size_t, size_t>> PasswordRanges(std::string_view uri) {
  std::vector<std::pair<size_t, size_t>> ranges;
  const size_t scheme = uri.find("://");
  if (scheme == std::string_view::npos) return ranges;
  const size_t start = scheme + 3;
  const size_t query = uri.find('?', start);
  const std::string_view authority =
      uri.substr(start, (query == std::string_view::npos ? uri.size() : query) - start);
  // libpq ends the user part at the first '@' before any '/'; a password
  // with an unescaped '@' or '/' is taken up to the last '@' to be safe.
  for (size_t at : {authority.find_first_of("@/"), authority.rfind('@')}) {
    if (at == std::string_view::npos || authority[at] != '@') continue;
    const size_t colon = authority.substr(0, at).find(':');
    if (colon == std::string_view::npos) continue;
    ranges.emplace_back(start + colon + 1, start + at);
  }
  if (query != std::string_view::npos) {
    size_t pos = query + 1;
    while (pos <= uri.size()) {
      size_t amp = uri.find('&', pos);
      if (amp == std::string_view::npos) amp = uri.size();
      const std::string_view pair = uri.substr(pos, amp - pos);
      if (pair.starts_with("password=")) ranges.emplace_back(pos + 9, amp);
      pos = amp + 1;
    }
  }
  return ranges;
}

// Every spelling of the URI's password that a message could carry.
std::vector<std::string> Secrets(std::string_view uri) {
  std::vector<std::string> secrets;
  for (auto [begin, end] : PasswordRanges(uri)) {
    if (end <= begin) continue;
    std::string raw(uri.substr(begin, end - begin));
    secrets.push_back(PercentDecoded(raw));
    secrets.push_back(std::move(raw));
  }
  // Longest first, so that a secret containing another is cut whole.
  std::sort(secrets.begin(), secrets.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return secrets;
}

std::string Redacted(std::string message, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    if (secret.empty()) continue;
    for (size_t at = message.find(secret); at != std::string::npos;
         at = message.find(secret, at + 3)) {
      message.replace(at, secret.size(), "***");
    }
  }
  return message;
}

// libpq's messages end with a newline and may span lines.
std::string Trimmed(const char* message) {
  std::string out = message ? message : "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// The library never writes to stderr; libpq's default notice processor
// does (NOTICE and WARNING messages of the server).
void IgnoreNotice(void*, const char*) {}

struct RawParams {
  std::vector<const char*> values;
  std::vector<int> lengths;
};

RawParams RawOf(const PgParams& params) {
  RawParams raw;
  for (const std::string& v : params.values()) {
    raw.values.push_back(v.c_str());
    raw.lengths.push_back(static_cast<int>(v.size()));
  }
  return raw;
}

}  // namespace

PgParams& PgParams::Add(std::string_view text) {
  // PostgreSQL's text cannot hold NUL (a title read from JSON may): it
  // becomes U+FFFD rather than failing the batch.
  std::string value;
  value.reserve(text.size());
  for (char c : text) {
    if (c == '\0') {
      value += "\xEF\xBF\xBD";
    } else {
      value += c;
    }
  }
  values_.push_back(std::move(value));
  formats_.push_back(0);
  return *this;
}

PgParams& PgParams::Add(int64_t value) {
  values_.push_back(std::to_string(value));
  formats_.push_back(0);
  return *this;
}

PgParams& PgParams::AddBytes(std::string_view bytes) {
  values_.emplace_back(bytes);
  formats_.push_back(1);
  return *this;
}

PgParams& PgParams::AddArray(const std::vector<int64_t>& values) {
  std::string text = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(values[i]);
  }
  text += '}';
  return Add(text);
}

PgParams& PgParams::AddArray(const std::vector<std::string>& values) {
  // Every element quoted, quotes and backslashes escaped: array input syntax.
  std::string text = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) text += ',';
    text += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\') text += '\\';
      text += c;
    }
    text += '"';
  }
  text += '}';
  return Add(text);
}

PgResult& PgResult::operator=(PgResult&& other) noexcept {
  if (this != &other) {
    if (result_) PQclear(result_);
    result_ = other.result_;
    other.result_ = nullptr;
  }
  return *this;
}

PgResult::~PgResult() {
  if (result_) PQclear(result_);
}

int PgResult::rows() const { return result_ ? PQntuples(result_) : 0; }

std::string PgResult::Text(int row, int column) const {
  if (PQgetisnull(result_, row, column)) return "";
  return std::string(PQgetvalue(result_, row, column),
                     static_cast<size_t>(PQgetlength(result_, row, column)));
}

int64_t PgResult::Int(int row, int column) const {
  const char* v = PQgetvalue(result_, row, column);
  int64_t out = 0;
  std::from_chars(v, v + std::strlen(v), out);
  return out;
}

double PgResult::Real(int row, int column) const {
  const char* v = PQgetvalue(result_, row, column);
  double out = 0;
  std::from_chars(v, v + std::strlen(v), out);
  return out;
}

bool PgResult::Bool(int row, int column) const {
  return PQgetvalue(result_, row, column)[0] == 't';
}

std::string PgResult::Bytes(int row, int column) const {
  if (PQgetisnull(result_, row, column)) return "";
  size_t length = 0;
  unsigned char* bytes = PQunescapeBytea(
      reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column)), &length);
  if (!bytes) return "";
  std::string out(reinterpret_cast<const char*>(bytes), length);
  PQfreemem(bytes);
  return out;
}

PgConnection& PgConnection::operator=(PgConnection&& other) noexcept {
  if (this != &other) {
    if (conn_) PQfinish(conn_);
    conn_ = other.conn_;
    other.conn_ = nullptr;
  }
  return *this;
}

PgConnection::~PgConnection() {
  if (conn_) PQfinish(conn_);
}

StatusOr<PgConnection> PgConnection::Open(const std::string& uri) {
  const std::vector<std::string> secrets = Secrets(uri);
  std::string where = "PostgreSQL at ";
  where += RedactedUri(uri);
  where += ": ";
  // Parsed first, so that a malformed URI is told apart from a server that
  // is not there.
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &parse_error);
  if (!options) {
    std::string message = "cannot read the connection URI of ";
    message += where;
    message += Redacted(Trimmed(parse_error ? parse_error : "out of memory"), secrets);
    if (parse_error) PQfreemem(parse_error);
    return InvalidArgumentError(std::move(message));
  }
  PQconninfoFree(options);
  // Defaults the URI may override: it comes last, and expand_dbname makes
  // its parameters replace the earlier ones.
  const char* const keys[] = {"connect_timeout", "client_encoding",
                              "fallback_application_name", "dbname", nullptr};
  const char* const values[] = {"10", "UTF8", "warta", uri.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (!conn) return Status(StatusCode::kUnavailable, where + "out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = "cannot connect to ";
    message += where;
    message += Redacted(Trimmed(PQerrorMessage(conn)), secrets);
    PQfinish(conn);
    return Status(StatusCode::kUnavailable, std::move(message));
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return PgConnection(conn);
}

StatusOr<PgResult> PgConnection::Finish(pg_result* raw) {
  PgResult result(raw);
  const ExecStatusType state = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  if (state == PGRES_COMMAND_OK || state == PGRES_TUPLES_OK) return result;
  const char* sqlstate = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = raw ? PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string message = Trimmed(primary ? primary : PQerrorMessage(conn_));
  if (message.empty()) message = "the statement failed";
  const std::string_view code = sqlstate ? sqlstate : "";
  // Connection lost (08), serialisation failure or deadlock (40), server
  // shutting down (57P): worth trying again later.
  const bool transient = PQstatus(conn_) != CONNECTION_OK || code.starts_with("08") ||
                         code.starts_with("40") || code.starts_with("57P");
  if (!code.empty()) {
    message += " (SQLSTATE ";
    message += code;
    message += ')';
  }
  return Status(transient ? StatusCode::kUnavailable : StatusCode::kInternal,
                std::move(message));
}

Status PgConnection::Exec(std::string_view sql) {
  StatusOr<PgResult> result = Finish(PQexec(conn_, std::string(sql).c_str()));
  return result.ok() ? Status::Ok() : result.status();
}

StatusOr<PgResult> PgConnection::Query(std::string_view sql, const PgParams& params) {
  const RawParams raw = RawOf(params);
  return Finish(PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(params.size()),
                             nullptr, raw.values.data(), raw.lengths.data(),
                             params.formats().data(), 0));
}

Status PgConnection::Prepare(const std::string& name, std::string_view sql) {
  StatusOr<PgResult> result =
      Finish(PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr));
  if (result.ok()) return Status::Ok();
  std::string message = "cannot prepare ";
  message += name;
  message += ": ";
  message += result.status().message();
  return Status(result.status().code(), std::move(message));
}

StatusOr<PgResult> PgConnection::Run(const std::string& name, const PgParams& params) {
  const RawParams raw = RawOf(params);
  return Finish(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()),
                               raw.values.data(), raw.lengths.data(),
                               params.formats().data(), 0));
}

std::string RedactedUri(std::string_view uri) {
  std::string out;
  size_t pos = 0;
  std::vector<std::pair<size_t, size_t>> ranges = PasswordRanges(uri);
  std::sort(ranges.begin(), ranges.end());
  for (auto [begin, end] : ranges) {
    if (begin < pos) {  // the two readings of the user part overlap
      if (end > pos) pos = end;
      continue;
    }
    out.append(uri.substr(pos, begin - pos));
    out += "***";
    pos = end;
  }
  out.append(uri.substr(std::min(pos, uri.size())));
  return out;
}

}  // namespace warta::store
