// JSON bodies of the HTTP API (docs/api.md): the archive's records written
// as the API shows them, error bodies, and Status codes as HTTP statuses.
//
// Field names follow the CLI's JSON Lines output (tools/warta/
// archive_commands.cc) so that a record reads the same from `warta search
// --format jsonl` and from GET /v1/search. Thread-safe: plain functions.
#ifndef WARTA_SERVER_JSON_RESPONSE_H_
#define WARTA_SERVER_JSON_RESPONSE_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

#include "server/actor_network.h"
#include "server/event_timeline.h"
#include "warta/status.h"
#include "warta/store.h"

namespace warta::server {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Builds one JSON text.
class JsonBuilder {
 public:
  JsonBuilder() : writer_(buffer_) {}
  JsonWriter& w() { return writer_; }
  void Key(std::string_view key);
  void String(std::string_view value);
  void Field(std::string_view key, std::string_view value);
  void Field(std::string_view key, const char* value) { Field(key, std::string_view(value)); }
  void Field(std::string_view key, int64_t value);
  void Field(std::string_view key, uint64_t value);
  void Field(std::string_view key, bool value);
  std::string Take() const { return std::string(buffer_.GetString(), buffer_.GetSize()); }

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
};

// The markers the store is asked to put around matching words; the API
// turns them into <mark>…</mark> after escaping the snippet for HTML. They
// are control characters the cleaner never leaves in a text.
inline constexpr std::string_view kSnippetOpen = "\x02";
inline constexpr std::string_view kSnippetClose = "\x03";

// `snippet` with &, <, >, " and ' escaped for HTML and kSnippetOpen /
// kSnippetClose replaced by <mark> and </mark>: safe to insert as HTML.
std::string HighlightedSnippet(std::string_view snippet);

// Objects (each writes one complete JSON object).
void WriteSummary(const ArticleSummary& a, JsonBuilder& out);
void WriteSearchHit(const SearchHit& hit, JsonBuilder& out);
void WriteQuote(const QuoteRecord& q, JsonBuilder& out);
void WriteEvent(const EventRecord& e, JsonBuilder& out);
void WriteEntity(const EntityRecord& e, JsonBuilder& out);
void WriteStory(const StoryRecord& s, JsonBuilder& out);
void WriteStoredArticle(const StoredArticle& a, JsonBuilder& out);
// Fields (each writes its fields into an object the caller has opened, so
// that a route can add its own).
// "total", "sites", "people", "types", "months": each facet a list of
// {"value", "articles"} (people with "entity_id").
void WriteFacets(const SearchFacets& f, JsonBuilder& out);
// "events", "actors", "nodes", "edges" (edges name nodes by index).
void WriteNetwork(const ActorNetwork& n, JsonBuilder& out);
// "bucket", "events", "undated", "types", "periods".
void WriteTimeline(const EventTimeline& t, JsonBuilder& out);

// {"error": message}
std::string ErrorBody(std::string_view message);

// The HTTP status for a failed library call: kInvalidArgument 400,
// kNotFound 404, kDataLoss 422 (the article cannot be read), kUnavailable
// 503, anything else 500.
int HttpStatusFor(StatusCode code);

}  // namespace warta::server

#endif  // WARTA_SERVER_JSON_RESPONSE_H_
