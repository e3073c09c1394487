// ServerOptions: how `warta serve` listens and what it accepts.
#ifndef WARTA_SERVER_SERVER_OPTIONS_H_
#define WARTA_SERVER_SERVER_OPTIONS_H_

#include <cstddef>
#include <string>

namespace warta::server {

struct ServerOptions {
  // The archive (a SQLite file or a postgresql:// URI), as Store::Open reads it.
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (the one chosen is printed)
  // When not empty, POST /v1/articles needs "Authorization: Bearer <token>".
  std::string token;
  // Request bodies larger than this get 413.
  size_t max_body_bytes = 8u << 20;
  // A client that sends nothing for this long while a request is being read
  // (headers or body), or reads nothing of its response, is dropped.
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  // An idle keep-alive connection is closed after this long.
  int keep_alive_seconds = 5;
  // Worker threads: requests answered at once. Each holds at most one open
  // Store (see StorePool).
  size_t threads = 8;
};

}  // namespace warta::server

#endif  // WARTA_SERVER_SERVER_OPTIONS_H_
