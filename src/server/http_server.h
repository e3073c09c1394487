// HttpServer: ApiRoutes and the web interface's StaticAssets on HTTP/1.1,
// over cpp-httplib.
//
//   HttpServer server(options, routes, /*assets=*/nullptr);
//   StatusOr<int> port = server.Bind();    // the port, also when options.port is 0
//   Status s = server.Serve();             // until Stop()
//
// What the HTTP layer adds to the routes:
//  * Bodies over ServerOptions::max_body_bytes are refused with 413, by the
//    length a client announces (the body is then skipped, not kept) or, for
//    a chunked body, once it grows past the limit (the rest is read and
//    dropped, up to four times the limit). Memory held for a body never
//    exceeds the limit.
//  * Read and write timeouts: a client that stops sending a request, or
//    stops reading its response, is dropped after the timeout; a client that
//    goes away midway is dropped without a response. Neither stops the
//    server, and other requests are answered meanwhile (one worker thread
//    per request, ServerOptions::threads of them).
//  * Every API response and every error is JSON with its Content-Type, also
//    the errors the library raises itself (400 malformed request, 413, 414
//    URI too long).
//  * A GET path that is not an API route is looked up in the static assets
//    (after AssetPath refuses any path that tries to leave their root); 404
//    when there is none. Assets carry a Content-Security-Policy that allows
//    only the server's own scripts, styles and requests.
//  * An exception from a handler becomes a 500 with its reason.
//
// Thread-safety: Stop() may be called from any thread; the rest from one.
#ifndef WARTA_SERVER_HTTP_SERVER_H_
#define WARTA_SERVER_HTTP_SERVER_H_

#include <memory>

#include "server/api_routes.h"
#include "server/server_options.h"
#include "server/static_assets.h"
#include "warta/status.h"

namespace warta::server {

class HttpServer {
 public:
  // REQUIRES: `routes` (and `assets` when not null) outlive the server.
  HttpServer(const ServerOptions& options, const ApiRoutes& routes,
             const StaticAssets* assets);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds options.host:options.port; returns the port bound (the one the
  // system chose when options.port is 0). kUnavailable when it cannot.
  StatusOr<int> Bind();

  // Answers requests until Stop(). REQUIRES: Bind() succeeded.
  Status Serve();

  // Makes Serve() return once the requests in flight are answered.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace warta::server

#endif  // WARTA_SERVER_HTTP_SERVER_H_
