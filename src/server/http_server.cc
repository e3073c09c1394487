#include "server/http_server.h"

#include <httplib.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <limits>
#include <string>
#include <utility>

#include "server/json_response.h"

namespace warta::server {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";
constexpr const char* kAssetPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

void Send(const ApiResponse& response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  if (response.status == 204) return;
  res.set_content(response.body, response.content_type);
}

void SendError(int status, std::string_view message, httplib::Response& res) {
  res.status = status;
  res.set_content(ErrorBody(message), kJsonType);
}

// Why the library itself turned a request down, for the error body.
std::string ReasonFor(int status, size_t max_body_bytes) {
  switch (status) {
    case 400: return "malformed HTTP request";
    case 404: return "not found";
    case 413: return "request body larger than " + std::to_string(max_body_bytes) + " bytes";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    default: return "HTTP error " + std::to_string(status);
  }
}

}  // namespace

struct HttpServer::Impl {
  Impl(const ServerOptions& o, const ApiRoutes& r, const StaticAssets* a)
      : options(o), routes(r), assets(a) {}

  void Answer(const httplib::Request& req, std::string body, httplib::Response& res) const;
  void Install();

  const ServerOptions options;
  const ApiRoutes& routes;
  const StaticAssets* const assets;
  httplib::Server server;
};

void HttpServer::Impl::Answer(const httplib::Request& req, std::string body,
                              httplib::Response& res) const {
  if (routes.IsRoute(req.path)) {
    ApiRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [name, value] : req.params) request.params.emplace_back(name, value);
    request.content_type = req.get_header_value("Content-Type");
    request.authorization = req.get_header_value("Authorization");
    request.body = std::move(body);
    Send(routes.Handle(request), res);
    return;
  }
  const bool get = req.method == "GET" || req.method == "HEAD";
  if (get && assets != nullptr) {
    if (std::optional<std::string> path = AssetPath(req.path)) {
      if (const StaticAsset* asset = assets->Find(*path)) {
        res.status = 200;
        // The interface loads nothing from elsewhere and runs no inline
        // script, and may not be framed by another site.
        res.set_header("Content-Security-Policy", kAssetPolicy);
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Referrer-Policy", "no-referrer");
        res.set_header("Cache-Control", "no-cache");
        res.set_content(std::string(asset->bytes), std::string(asset->content_type).c_str());
        return;
      }
    }
  }
  SendError(404, "no such route: " + req.path, res);
}

void HttpServer::Impl::Install() {
  const size_t threads = options.threads ? options.threads : 1;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_timeout(options.keep_alive_seconds);
  // Headers and body go out in separate writes: without TCP_NODELAY the
  // body waits for the client's delayed ACK (40 ms on Linux) on every
  // kept-alive request.
  server.set_tcp_nodelay(true);
  // A connection serves requests until it is idle for keep_alive_seconds:
  // closing busy ones after a count makes clients that send the next
  // request on them before they read the close (wrk, for one) lose it.
  server.set_keep_alive_max_count(std::numeric_limits<size_t>::max());
  // A body announced as longer than this is skipped and answered with 413
  // by the library; chunked bodies are counted in ReadBody below.
  server.set_payload_max_length(options.max_body_bytes);
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

  // Methods the library parses but routes nowhere (TRACE, CONNECT) are
  // answered before anything else.
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    static constexpr std::string_view kRouted[] = {"GET", "HEAD", "POST", "PUT",
                                                   "PATCH", "DELETE", "OPTIONS"};
    for (std::string_view m : kRouted) {
      if (req.method == m) return httplib::Server::HandlerResponse::Unhandled;
    }
    const std::string allow = routes.Allow(req.path);
    if (allow.empty()) {
      SendError(404, "no such route: " + req.path, res);
    } else {
      SendError(405, req.method + " is not allowed on " + req.path, res);
      res.set_header("Allow", allow);
    }
    return httplib::Server::HandlerResponse::Handled;
  });

  auto plain = [this](const httplib::Request& req, httplib::Response& res) {
    Answer(req, req.body, res);
  };
  auto with_body = [this](const httplib::Request& req, httplib::Response& res,
                          const httplib::ContentReader& reader) {
    // A chunked body has no length to check first: it is counted as it
    // comes. Past the limit the rest is read and dropped, so that the
    // connection stays usable for the next request, up to kDrainFactor
    // times the limit; a client that sends still more is cut off (the
    // library then reads what follows as a new request and refuses it).
    constexpr size_t kDrainFactor = 4;
    std::string body;
    size_t dropped = 0;
    const bool read = reader([&](const char* data, size_t length) {
      if (dropped == 0 && body.size() + length <= options.max_body_bytes) {
        body.append(data, length);
        return true;
      }
      dropped += length;
      body.clear();
      body.shrink_to_fit();
      return dropped <= kDrainFactor * options.max_body_bytes;
    });
    if (dropped > 0 || res.status == 413) {
      SendError(413, ReasonFor(413, options.max_body_bytes), res);
      return;
    }
    if (!read) {
      SendError(400, "the request body could not be read", res);
      return;
    }
    Answer(req, std::move(body), res);
  };
  server.Get(".*", plain);
  server.Options(".*", plain);
  server.Post(".*", plain);
  server.Post(".*", with_body);
  server.Put(".*", plain);
  server.Put(".*", with_body);
  server.Patch(".*", plain);
  server.Patch(".*", with_body);
  server.Delete(".*", plain);
  server.Delete(".*", with_body);

  // Statuses the library sets itself (400, 413, 414, ...) get a JSON body
  // like every other error.
  httplib::Server::HandlerWithResponse error_handler =
      [this](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SendError(res.status, ReasonFor(res.status, options.max_body_bytes), res);
        return httplib::Server::HandlerResponse::Handled;
      };
  server.set_error_handler(std::move(error_handler));
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string reason = "internal error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          reason.append(": ").append(e.what());
        } catch (...) {
        }
        res.status = 500;
        res.set_content(ErrorBody(reason), kJsonType);
      });
}

HttpServer::HttpServer(const ServerOptions& options, const ApiRoutes& routes,
                       const StaticAssets* assets)
    : impl_(std::make_unique<Impl>(options, routes, assets)) {
  impl_->Install();
}

HttpServer::~HttpServer() = default;

StatusOr<int> HttpServer::Bind() {
  const ServerOptions& o = impl_->options;
  int port = o.port;
  errno = 0;
  if (o.port == 0) {
    port = impl_->server.bind_to_any_port(o.host);
  } else if (!impl_->server.bind_to_port(o.host, o.port)) {
    port = -1;
  }
  if (port <= 0) {
    std::string message = "cannot listen on ";
    message.append(o.host).append(":").append(std::to_string(o.port));
    if (errno != 0) message.append(": ").append(std::strerror(errno));
    return Status(StatusCode::kUnavailable, std::move(message));
  }
  return port;
}

Status HttpServer::Serve() {
  if (!impl_->server.listen_after_bind()) {
    return Status(StatusCode::kUnavailable, "the server stopped listening");
  }
  return Status::Ok();
}

void HttpServer::Stop() { impl_->server.stop(); }

}  // namespace warta::server
