// ApiRoutes: the JSON API of `warta serve` (docs/api.md, docs/openapi.yaml),
// as plain functions of a request, apart from any HTTP library.
//
//   GET  /healthz                 the server and its archive are up
//   POST /v1/annotate             an article in, its warta.document/1 out
//   POST /v1/articles             one article, or JSON Lines, into the archive
//   GET  /v1/search               ranked articles with highlighted snippets
//   GET  /v1/articles/{id}        one stored article with its facts
//   GET  /v1/quotes               statements, by speaker and filters
//   GET  /v1/events               events, by actor, type and dates
//   GET  /v1/entities             entities, by name
//   GET  /v1/entities/{id}        one entity
//   GET  /v1/stories              stories of several articles
//   GET  /v1/facets               a search's counts by site, person, type, month
//   GET  /v1/network              who acts on whom: actors and edges by type
//   GET  /v1/timeline             events per day or month, by type
//
// The routes map a request to library calls and a Status to an HTTP status;
// no extraction logic lives here. Errors are {"error": "reason"}: bad
// parameters or bodies 400, a missing or wrong token 401, an unknown id 404,
// a wrong method 405 (with Allow), a body that is not JSON where JSON is
// expected 415, an archive that cannot be reached 503.
//
// Thread-safety: Handle() may be called from many threads at once; each
// call leases its own Store from the pool and uses a Scratch of its thread.
#ifndef WARTA_SERVER_API_ROUTES_H_
#define WARTA_SERVER_API_ROUTES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/store_pool.h"
#include "warta/pipeline.h"

namespace warta::server {

struct ApiRequest {
  std::string method;  // "GET", "HEAD", "POST", ...
  std::string path;    // percent-decoded, without the query
  std::vector<std::pair<std::string, std::string>> params;  // decoded query
  std::string content_type;   // the Content-Type header, as sent
  std::string authorization;  // the Authorization header, as sent
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // Allow, ...
};

// The most results one list request may ask for (limit).
inline constexpr size_t kMaxLimit = 1000;
// The most events GET /v1/network and /v1/timeline read (max_events), and
// how many they read unless asked otherwise (the newest first).
inline constexpr size_t kMaxEventsRead = 50000;
inline constexpr size_t kDefaultEventsRead = 5000;

class ApiRoutes {
 public:
  // `token`: when not empty, writes need "Authorization: Bearer <token>".
  // REQUIRES: `pipeline` and `stores` outlive this object.
  ApiRoutes(const Pipeline& pipeline, StorePool& stores, std::string token);

  // True when `path` is one of the API's routes (whatever the method).
  bool IsRoute(std::string_view path) const;

  // The methods `path` accepts ("GET, HEAD" or "POST"); empty when it is
  // not a route.
  std::string Allow(std::string_view path) const;

  // Answers one request. Never throws: an exception from anywhere below is
  // a 500 with its reason. A path that is not a route gets 404.
  ApiResponse Handle(const ApiRequest& request) const noexcept;

 private:
  ApiResponse Dispatch(const ApiRequest& request) const;
  ApiResponse Health() const;
  ApiResponse Annotate(const ApiRequest& request) const;
  ApiResponse IngestArticles(const ApiRequest& request) const;
  ApiResponse Search(const ApiRequest& request) const;
  ApiResponse Article(const ApiRequest& request, std::string_view id) const;
  ApiResponse Quotes(const ApiRequest& request) const;
  ApiResponse Events(const ApiRequest& request) const;
  ApiResponse Entities(const ApiRequest& request) const;
  ApiResponse Entity(const ApiRequest& request, std::string_view id) const;
  ApiResponse Stories(const ApiRequest& request) const;
  ApiResponse Facets(const ApiRequest& request) const;
  ApiResponse Network(const ApiRequest& request) const;
  ApiResponse Timeline(const ApiRequest& request) const;
  bool Authorized(const ApiRequest& request) const;

  const Pipeline& pipeline_;
  StorePool& stores_;
  const std::string token_;
};

// True when `a` and `b` are equal, in a time that depends on their lengths
// only, not on where they first differ (for comparing secrets).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace warta::server

#endif  // WARTA_SERVER_API_ROUTES_H_
