#include "server/api_routes.h"

#include <algorithm>
#include <charconv>
#include <exception>
#include <initializer_list>
#include <optional>

#include "server/actor_network.h"
#include "server/event_timeline.h"
#include "server/json_response.h"
#include "warta/article.h"
#include "warta/html.h"
#include "warta/writer.h"

namespace warta::server {
namespace {

constexpr std::string_view kIngestInput = "POST /v1/articles";

enum class Route {
  kHealth, kAnnotate, kArticles, kArticle, kSearch, kQuotes, kEvents,
  kEntities, kEntity, kStories, kFacets, kNetwork, kTimeline,
};

// The route of `path`, with the {id} segment of the two item routes.
std::optional<Route> MatchRoute(std::string_view path, std::string_view* id) {
  static constexpr std::pair<std::string_view, Route> kFixed[] = {
      {"/healthz", Route::kHealth},       {"/v1/annotate", Route::kAnnotate},
      {"/v1/articles", Route::kArticles}, {"/v1/search", Route::kSearch},
      {"/v1/quotes", Route::kQuotes},     {"/v1/events", Route::kEvents},
      {"/v1/entities", Route::kEntities}, {"/v1/stories", Route::kStories},
      {"/v1/facets", Route::kFacets},     {"/v1/network", Route::kNetwork},
      {"/v1/timeline", Route::kTimeline},
  };
  for (const auto& [pattern, route] : kFixed) {
    if (path == pattern) return route;
  }
  for (auto [prefix, route] : {std::pair{std::string_view("/v1/articles/"), Route::kArticle},
                               std::pair{std::string_view("/v1/entities/"), Route::kEntity}}) {
    if (path.size() > prefix.size() && path.starts_with(prefix) &&
        path.find('/', prefix.size()) == std::string_view::npos) {
      *id = path.substr(prefix.size());
      return route;
    }
  }
  return std::nullopt;
}

bool IsPost(Route route) { return route == Route::kAnnotate || route == Route::kArticles; }

ApiResponse Json(int status, std::string body) {
  ApiResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

ApiResponse Error(int status, std::string_view message) {
  return Json(status, ErrorBody(message));
}

ApiResponse FromStatus(const Status& status) {
  return Error(HttpStatusFor(status.code()), status.message());
}

// "application/json; charset=utf-8" -> "application/json".
std::string MediaType(std::string_view header) {
  std::string_view type = header.substr(0, header.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string out(type);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsJsonLines(std::string_view media) {
  return media == "application/x-ndjson" || media == "application/jsonl" ||
         media == "application/x-jsonlines";
}

// The query parameters of one request, checked against what its route reads.
class Params {
 public:
  explicit Params(const std::vector<std::pair<std::string, std::string>>& params)
      : params_(params) {}

  // kInvalidArgument naming the first parameter the route does not know,
  // or one given twice.
  Status Check(std::initializer_list<std::string_view> known) const {
    for (size_t i = 0; i < params_.size(); ++i) {
      const std::string& name = params_[i].first;
      bool found = false;
      for (std::string_view k : known) found = found || k == name;
      if (!found) return InvalidArgumentError("unknown parameter \"" + name + "\"");
      for (size_t j = 0; j < i; ++j) {
        if (params_[j].first == name) {
          return InvalidArgumentError("parameter \"" + name + "\" given twice");
        }
      }
    }
    return Status::Ok();
  }

  std::string Get(std::string_view name) const {
    for (const auto& [key, value] : params_) {
      if (key == name) return value;
    }
    return "";
  }

  // A decimal number in [min, max]; `fallback` when absent or empty.
  Status Number(std::string_view name, size_t fallback, size_t min, size_t max,
                size_t* out) const {
    const std::string text = Get(name);
    if (text.empty()) {
      *out = fallback;
      return Status::Ok();
    }
    size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < min ||
        value > max) {
      std::string message(name);
      message.append(" must be a whole number from ")
          .append(std::to_string(min))
          .append(" to ")
          .append(std::to_string(max));
      return InvalidArgumentError(std::move(message));
    }
    *out = value;
    return Status::Ok();
  }

  Status Date(std::string_view name, std::string* out) const {
    *out = Get(name);
    Status s = ValidatePublishedDate(*out);
    if (!s.ok()) {
      std::string message(name);
      message.append(": ").append(s.message());
      return InvalidArgumentError(std::move(message));
    }
    return Status::Ok();
  }

 private:
  const std::vector<std::pair<std::string, std::string>>& params_;
};

// The filters every list route shares (those the route accepts are
// checked by Params::Check before this).
Status ReadFilter(const Params& params, ArchiveFilter* filter) {
  if (Status s = params.Date("from", &filter->from); !s.ok()) return s;
  if (Status s = params.Date("to", &filter->to); !s.ok()) return s;
  filter->site = params.Get("site");
  filter->entity = params.Get("entity");
  filter->speaker = params.Get("speaker");
  filter->event_type = params.Get("type");
  for (char& c : filter->event_type) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  size_t story = 0;
  if (Status s = params.Number("story", 0, 1, size_t{1} << 62, &story); !s.ok()) return s;
  filter->story_id = static_cast<int64_t>(story);
  if (Status s = params.Number("limit", 20, 1, kMaxLimit, &filter->limit); !s.ok()) return s;
  return params.Number("offset", 0, 0, size_t{1} << 40, &filter->offset);
}

// Up to `max_events` events of `filter` (its limit and offset aside) and
// `actor`, newest first, read a page at a time; `*complete` is false when
// there were more.
StatusOr<std::vector<EventRecord>> ReadEvents(Store& store, ArchiveFilter filter,
                                              std::string_view actor, size_t max_events,
                                              bool* complete) {
  std::vector<EventRecord> events;
  *complete = true;
  filter.offset = 0;
  while (true) {
    // One more than wanted tells whether there are more.
    filter.limit = std::min(kMaxLimit, max_events + 1 - events.size());
    StatusOr<std::vector<EventRecord>> page = store.Events(filter, actor);
    if (!page.ok()) return page.status();
    const size_t got = page->size();
    for (EventRecord& e : *page) events.push_back(std::move(e));
    if (events.size() > max_events) {
      events.resize(max_events);
      *complete = false;
      break;
    }
    if (got < filter.limit) break;
    filter.offset += got;
  }
  return events;
}

// A positive decimal id, or nullopt.
std::optional<int64_t> ParseId(std::string_view text) {
  int64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

// The Scratch of this worker thread (the pipeline's working memory).
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// An article of a request body, read and annotated.
StatusOr<Document> AnnotateArticle(const Pipeline& pipeline, std::string_view json,
                                   std::string* doc_id) {
  StatusOr<warta::Article> article = ParseArticleJson(json);
  if (!article.ok()) return article.status();
  *doc_id = article->id;
  // The library keeps a bad date as a warning (a scraped feed should not
  // lose an article over it); a client of the API is told, so it can fix it.
  if (Status s = ValidatePublishedDate(article->published); !s.ok()) {
    return InvalidArgumentError("\"published\": " + s.message());
  }
  StatusOr<Document> doc = ReadArticle(std::move(*article));
  if (!doc.ok()) return doc.status();
  if (Status s = pipeline.Process(*doc, ThreadScratch()); !s.ok()) return s;
  return doc;
}

// A store call's failure; a connection that failed is not reused.
ApiResponse StoreFailure(StorePool::Lease& store, const Status& status) {
  if (status.code() == StatusCode::kUnavailable) store.Discard();
  return FromStatus(status);
}

// One record by the id in its path: 400 for an id that is not a positive
// whole number, 404 (from the store) for one that names nothing.
template <typename Fetch, typename Write>
ApiResponse ById(const ApiRequest& request, std::string_view id_text, const char* bad_id,
                 StorePool& stores, Fetch fetch, Write write) {
  if (Status s = Params(request.params).Check({}); !s.ok()) return FromStatus(s);
  std::optional<int64_t> id = ParseId(id_text);
  if (!id) return Error(400, bad_id);
  StatusOr<StorePool::Lease> store = stores.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  auto record = fetch(**store, *id);
  if (!record.ok()) return StoreFailure(*store, record.status());
  JsonBuilder out;
  write(*record, out);
  return Json(200, out.Take());
}

template <typename Record, typename Write>
ApiResponse List(std::string_view name, const StatusOr<std::vector<Record>>& records,
                 const ArchiveFilter& filter, StorePool::Lease& store, Write write) {
  if (!records.ok()) return StoreFailure(store, records.status());
  JsonBuilder out;
  out.w().StartObject();
  out.Field("limit", uint64_t{filter.limit});
  out.Field("offset", uint64_t{filter.offset});
  out.Key(name);
  out.w().StartArray();
  for (const Record& r : *records) write(r, out);
  out.w().EndArray();
  out.w().EndObject();
  return Json(200, out.Take());
}

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Every byte of the longer string is looked at whatever the contents.
  const size_t n = a.size() > b.size() ? a.size() : b.size();
  unsigned diff = a.size() == b.size() ? 0u : 1u;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

ApiRoutes::ApiRoutes(const Pipeline& pipeline, StorePool& stores, std::string token)
    : pipeline_(pipeline), stores_(stores), token_(std::move(token)) {}

bool ApiRoutes::IsRoute(std::string_view path) const {
  std::string_view id;
  return MatchRoute(path, &id).has_value();
}

std::string ApiRoutes::Allow(std::string_view path) const {
  std::string_view id;
  std::optional<Route> route = MatchRoute(path, &id);
  if (!route) return "";
  return IsPost(*route) ? "POST" : "GET, HEAD";
}

ApiResponse ApiRoutes::Handle(const ApiRequest& request) const noexcept {
  try {
    return Dispatch(request);
  } catch (const std::exception& e) {
    try {
      return Error(500, std::string("internal error: ") + e.what());
    } catch (...) {
    }
  } catch (...) {
  }
  // Nothing could be allocated: a fixed body.
  ApiResponse response;
  response.status = 500;
  response.body = R"({"error":"internal error"})";
  return response;
}

ApiResponse ApiRoutes::Dispatch(const ApiRequest& request) const {
  std::string_view id;
  std::optional<Route> route = MatchRoute(request.path, &id);
  if (!route) return Error(404, "no such route: " + request.path);
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  if (request.method == "OPTIONS") {
    ApiResponse response;
    response.status = 204;
    response.headers.emplace_back("Allow", Allow(request.path));
    return response;
  }
  if (IsPost(*route) ? !post : !get) {
    ApiResponse response = Error(405, request.method + " is not allowed on " + request.path);
    response.headers.emplace_back("Allow", Allow(request.path));
    return response;
  }
  switch (*route) {
    case Route::kHealth: return Health();
    case Route::kAnnotate: return Annotate(request);
    case Route::kArticles: return IngestArticles(request);
    case Route::kArticle: return Article(request, id);
    case Route::kSearch: return Search(request);
    case Route::kQuotes: return Quotes(request);
    case Route::kEvents: return Events(request);
    case Route::kEntities: return Entities(request);
    case Route::kEntity: return Entity(request, id);
    case Route::kStories: return Stories(request);
    case Route::kFacets: return Facets(request);
    case Route::kNetwork: return Network(request);
    case Route::kTimeline: return Timeline(request);
  }
  return Error(404, "no such route: " + request.path);
}

bool ApiRoutes::Authorized(const ApiRequest& request) const {
  if (token_.empty()) return true;
  constexpr std::string_view kBearer = "Bearer ";
  std::string_view header = request.authorization;
  if (!header.starts_with(kBearer)) return false;
  return ConstantTimeEquals(header.substr(kBearer.size()), token_);
}

ApiResponse ApiRoutes::Health() const {
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  JsonBuilder out;
  out.w().StartObject();
  out.Field("status", "ok");
  out.Field("backend", (*store)->backend());
  out.Field("schema_version", int64_t{kStoreSchemaVersion});
  out.w().EndObject();
  return Json(200, out.Take());
}

ApiResponse ApiRoutes::Annotate(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"tokens"}); !s.ok()) return FromStatus(s);
  const std::string tokens = params.Get("tokens");
  if (!tokens.empty() && tokens != "true" && tokens != "false") {
    return Error(400, "tokens must be true or false");
  }
  const std::string media = MediaType(request.content_type);
  if (!media.empty() && media != "application/json") {
    return Error(415, "the body must be a JSON object (Content-Type: application/json)");
  }
  std::string doc_id;
  StatusOr<Document> doc = AnnotateArticle(pipeline_, request.body, &doc_id);
  if (!doc.ok()) return FromStatus(doc.status());
  JsonWriteOptions options;
  options.tokens = tokens != "false";
  std::string body;
  AppendJson(*doc, options, &body);
  return Json(200, std::move(body));
}

ApiResponse ApiRoutes::IngestArticles(const ApiRequest& request) const {
  if (!Authorized(request)) {
    ApiResponse response = Error(401, token_.empty() || request.authorization.empty()
                                          ? "this route needs Authorization: Bearer TOKEN"
                                          : "wrong token");
    response.headers.emplace_back("WWW-Authenticate", "Bearer");
    return response;
  }
  if (Status s = Params(request.params).Check({}); !s.ok()) return FromStatus(s);
  const std::string media = MediaType(request.content_type);
  const bool batch = IsJsonLines(media);
  if (!batch && !media.empty() && media != "application/json") {
    return Error(415, "the body must be one JSON article (application/json) or JSON Lines "
                      "(application/x-ndjson)");
  }

  // Every article of the body, in order: its document or its error.
  struct Item {
    uint64_t line = 0;
    std::string id;
    std::string error;
    size_t doc = 0;  // index into docs when error is empty
  };
  std::vector<Item> items;
  std::vector<Document> docs;
  auto read = [&](std::string_view json, uint64_t line) {
    Item item;
    item.line = line;
    StatusOr<Document> doc = AnnotateArticle(pipeline_, json, &item.id);
    if (!doc.ok()) {
      item.error = doc.status().message();
    } else if (doc->text.find_first_not_of(" \t\r\n") == std::string::npos) {
      item.error = "no text left after cleaning";
    } else {
      doc->raw.clear();  // not stored
      item.doc = docs.size();
      docs.push_back(std::move(*doc));
    }
    items.push_back(std::move(item));
  };
  if (batch) {
    std::string_view body = request.body;
    uint64_t line = 0;
    while (!body.empty()) {
      const size_t end = body.find('\n');
      std::string_view text = body.substr(0, end);
      body = end == std::string_view::npos ? std::string_view() : body.substr(end + 1);
      ++line;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      read(text, line);
    }
    if (items.empty()) return Error(400, "the body holds no articles");
  } else {
    read(request.body, 0);
  }

  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  std::vector<IngestOutcome> outcomes;
  if (!docs.empty()) {
    StatusOr<std::vector<IngestOutcome>> stored = (*store)->Ingest(docs);
    if (!stored.ok()) return StoreFailure(*store, stored.status());
    outcomes = std::move(*stored);
  }
  std::vector<IngestError> errors;
  for (const Item& item : items) {
    if (!item.error.empty()) {
      errors.push_back({std::string(kIngestInput), item.line, item.id, item.error});
    }
  }
  // The client is told of every error in the response, so a failure to keep
  // the error records does not fail the request (the articles are stored).
  if (!errors.empty()) (void)(*store)->RecordErrors(errors);

  auto write_item = [&](const Item& item, JsonBuilder& out) {
    out.w().StartObject();
    if (batch) out.Field("line", item.line);
    out.Field("id", item.id);
    if (!item.error.empty()) {
      out.Field("outcome", "error");
      out.Field("error", item.error);
    } else {
      const IngestOutcome& o = outcomes[item.doc];
      out.Field("outcome", o.kind == IngestOutcome::Kind::kAdded ? "added" : "duplicate");
      out.Field("article_id", o.article_id);
      out.Field("story_id", o.story_id);
    }
    out.w().EndObject();
  };
  JsonBuilder out;
  if (!batch) {
    const Item& item = items.front();
    write_item(item, out);
    if (!item.error.empty()) return Json(400, out.Take());
    return Json(outcomes[item.doc].kind == IngestOutcome::Kind::kAdded ? 201 : 200, out.Take());
  }
  uint64_t added = 0;
  for (const IngestOutcome& o : outcomes) added += o.kind == IngestOutcome::Kind::kAdded;
  out.w().StartObject();
  out.Field("added", added);
  out.Field("duplicates", uint64_t{outcomes.size() - added});
  out.Field("errors", uint64_t{errors.size()});
  out.Key("results");
  out.w().StartArray();
  for (const Item& item : items) write_item(item, out);
  out.w().EndArray();
  out.w().EndObject();
  return Json(200, out.Take());
}

ApiResponse ApiRoutes::Search(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"q", "from", "to", "site", "entity", "speaker", "type",
                               "story", "limit", "offset"});
      !s.ok()) {
    return FromStatus(s);
  }
  SearchQuery query;
  query.text = params.Get("q");
  if (Status s = ReadFilter(params, &query.filter); !s.ok()) return FromStatus(s);
  query.highlight_open = kSnippetOpen;
  query.highlight_close = kSnippetClose;
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  StatusOr<SearchResult> result = (*store)->Search(query);
  if (!result.ok()) return StoreFailure(*store, result.status());
  JsonBuilder out;
  out.w().StartObject();
  out.Field("query", query.text);
  out.Field("total", result->total);
  out.Field("limit", uint64_t{query.filter.limit});
  out.Field("offset", uint64_t{query.filter.offset});
  out.Key("hits");
  out.w().StartArray();
  for (const SearchHit& hit : result->hits) WriteSearchHit(hit, out);
  out.w().EndArray();
  out.w().EndObject();
  return Json(200, out.Take());
}

ApiResponse ApiRoutes::Article(const ApiRequest& request, std::string_view id_text) const {
  return ById(
      request, id_text, "an article id is a positive whole number", stores_,
      [](Store& store, int64_t id) { return store.Article(id); }, WriteStoredArticle);
}

ApiResponse ApiRoutes::Quotes(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"speaker", "from", "to", "site", "entity", "story", "limit",
                               "offset"});
      !s.ok()) {
    return FromStatus(s);
  }
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  return List("quotes", (*store)->Quotes(filter), filter, *store, WriteQuote);
}

ApiResponse ApiRoutes::Events(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"actor", "type", "from", "to", "site", "entity", "story",
                               "limit", "offset"});
      !s.ok()) {
    return FromStatus(s);
  }
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  const std::string actor = params.Get("actor");
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  return List("events", (*store)->Events(filter, actor), filter, *store, WriteEvent);
}

ApiResponse ApiRoutes::Entities(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"name", "limit", "offset"}); !s.ok()) return FromStatus(s);
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  const std::string name = params.Get("name");
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  return List("entities", (*store)->Entities(filter, name), filter, *store, WriteEntity);
}

ApiResponse ApiRoutes::Entity(const ApiRequest& request, std::string_view id_text) const {
  return ById(
      request, id_text, "an entity id is a positive whole number", stores_,
      [](Store& store, int64_t id) { return store.Entity(id); }, WriteEntity);
}

ApiResponse ApiRoutes::Stories(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"min", "from", "to", "site", "story", "limit", "offset"});
      !s.ok()) {
    return FromStatus(s);
  }
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  size_t min_articles = 2;
  if (Status s = params.Number("min", 2, 1, size_t{1} << 30, &min_articles); !s.ok()) {
    return FromStatus(s);
  }
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  return List("stories", (*store)->Stories(filter, min_articles), filter, *store, WriteStory);
}

ApiResponse ApiRoutes::Facets(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"q", "from", "to", "site", "entity", "speaker", "type",
                               "story", "limit"});
      !s.ok()) {
    return FromStatus(s);
  }
  SearchQuery query;
  query.text = params.Get("q");
  if (Status s = ReadFilter(params, &query.filter); !s.ok()) return FromStatus(s);
  size_t limit = 10;
  if (Status s = params.Number("limit", 10, 1, kMaxLimit, &limit); !s.ok()) return FromStatus(s);
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  StatusOr<SearchFacets> facets = (*store)->Facets(query, limit);
  if (!facets.ok()) return StoreFailure(*store, facets.status());
  JsonBuilder out;
  out.w().StartObject();
  out.Field("query", query.text);
  out.Field("limit", uint64_t{limit});
  WriteFacets(*facets, out);
  out.w().EndObject();
  return Json(200, out.Take());
}

ApiResponse ApiRoutes::Network(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"actor", "type", "from", "to", "site", "entity", "story",
                               "nodes", "max_events"});
      !s.ok()) {
    return FromStatus(s);
  }
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  size_t max_nodes = 50, max_events = kDefaultEventsRead;
  if (Status s = params.Number("nodes", 50, 1, 500, &max_nodes); !s.ok()) return FromStatus(s);
  if (Status s = params.Number("max_events", kDefaultEventsRead, 1, kMaxEventsRead, &max_events);
      !s.ok()) {
    return FromStatus(s);
  }
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  bool complete = true;
  StatusOr<std::vector<EventRecord>> events =
      ReadEvents(**store, filter, params.Get("actor"), max_events, &complete);
  if (!events.ok()) return StoreFailure(*store, events.status());
  const ActorNetwork network = BuildActorNetwork(*events, max_nodes);
  JsonBuilder out;
  out.w().StartObject();
  out.Field("events_read", uint64_t{events->size()});
  out.Field("complete", complete);
  WriteNetwork(network, out);
  out.w().EndObject();
  return Json(200, out.Take());
}

ApiResponse ApiRoutes::Timeline(const ApiRequest& request) const {
  Params params(request.params);
  if (Status s = params.Check({"actor", "type", "from", "to", "site", "entity", "story",
                               "bucket", "max_events"});
      !s.ok()) {
    return FromStatus(s);
  }
  ArchiveFilter filter;
  if (Status s = ReadFilter(params, &filter); !s.ok()) return FromStatus(s);
  size_t max_events = kDefaultEventsRead;
  if (Status s = params.Number("max_events", kDefaultEventsRead, 1, kMaxEventsRead, &max_events);
      !s.ok()) {
    return FromStatus(s);
  }
  std::optional<TimeBucket> bucket;
  const std::string bucket_name = params.Get("bucket");
  if (bucket_name == "day") {
    bucket = TimeBucket::kDay;
  } else if (bucket_name == "month") {
    bucket = TimeBucket::kMonth;
  } else if (!bucket_name.empty() && bucket_name != "auto") {
    return Error(400, "bucket must be day, month or auto");
  }
  StatusOr<StorePool::Lease> store = stores_.Acquire();
  if (!store.ok()) return FromStatus(store.status());
  bool complete = true;
  StatusOr<std::vector<EventRecord>> events =
      ReadEvents(**store, filter, params.Get("actor"), max_events, &complete);
  if (!events.ok()) return StoreFailure(*store, events.status());
  const EventTimeline timeline = BuildEventTimeline(*events, bucket);
  JsonBuilder out;
  out.w().StartObject();
  out.Field("events_read", uint64_t{events->size()});
  out.Field("complete", complete);
  WriteTimeline(timeline, out);
  out.w().EndObject();
  return Json(200, out.Take());
}

}  // namespace warta::server
