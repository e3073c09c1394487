#include "server/json_response.h"

namespace warta::server {

void JsonBuilder::Key(std::string_view key) {
  writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void JsonBuilder::String(std::string_view value) {
  writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void JsonBuilder::Field(std::string_view key, std::string_view value) {
  Key(key);
  String(value);
}

void JsonBuilder::Field(std::string_view key, int64_t value) {
  Key(key);
  writer_.Int64(value);
}

void JsonBuilder::Field(std::string_view key, uint64_t value) {
  Key(key);
  writer_.Uint64(value);
}

void JsonBuilder::Field(std::string_view key, bool value) {
  Key(key);
  writer_.Bool(value);
}

std::string HighlightedSnippet(std::string_view snippet) {
  std::string out;
  out.reserve(snippet.size() + 32);
  for (char c : snippet) {
    switch (c) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      case '\'': out.append("&#39;"); break;
      default:
        if (c == kSnippetOpen[0]) {
          out.append("<mark>");
        } else if (c == kSnippetClose[0]) {
          out.append("</mark>");
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

namespace {

void SummaryFields(const ArticleSummary& a, JsonBuilder& out) {
  out.Field("article_id", a.id);
  out.Field("doc_id", a.doc_id);
  out.Field("published", a.published);
  out.Field("site", a.site);
  out.Field("title", a.title);
  out.Field("url", a.url);
  out.Field("story_id", a.story_id);
}

}  // namespace

void WriteSummary(const ArticleSummary& a, JsonBuilder& out) {
  out.w().StartObject();
  SummaryFields(a, out);
  out.w().EndObject();
}

void WriteSearchHit(const SearchHit& hit, JsonBuilder& out) {
  out.w().StartObject();
  SummaryFields(hit.article, out);
  out.Key("score");
  out.w().Double(hit.score);
  out.Field("snippet", HighlightedSnippet(hit.snippet));
  out.w().EndObject();
}

void WriteQuote(const QuoteRecord& q, JsonBuilder& out) {
  out.w().StartObject();
  SummaryFields(q.article, out);
  out.Field("speaker", q.speaker);
  out.Field("speaker_id", q.speaker_id);
  out.Field("kind", q.kind);
  out.Field("cue", q.cue);
  out.Field("content", q.content);
  out.Field("begin", int64_t{q.begin});
  out.Field("end", int64_t{q.end});
  out.w().EndObject();
}

void WriteEvent(const EventRecord& e, JsonBuilder& out) {
  out.w().StartObject();
  out.Field("event_id", e.id);
  SummaryFields(e.article, out);
  out.Field("date", e.date);
  out.Field("type", e.type);
  out.Field("cameo", e.cameo);
  out.Field("trigger", e.trigger);
  out.Field("source", e.source);
  out.Field("source_code", e.source_code);
  out.Field("source_country", e.source_country);
  out.Field("source_id", e.source_id);
  out.Field("target", e.target);
  out.Field("target_code", e.target_code);
  out.Field("target_country", e.target_country);
  out.Field("target_id", e.target_id);
  out.Field("claimed_by", e.claimed_by);
  out.Field("negated", e.negated);
  out.Field("sentence", e.sentence);
  out.Field("begin", int64_t{e.begin});
  out.Field("end", int64_t{e.end});
  out.w().EndObject();
}

void WriteEntity(const EntityRecord& e, JsonBuilder& out) {
  out.w().StartObject();
  out.Field("entity_id", e.id);
  out.Field("name", e.name);
  out.Field("type", e.type);
  out.Field("country", e.country);
  out.Field("actor_code", e.actor_code);
  out.Field("articles", e.articles);
  out.Field("mentions", e.mentions);
  out.Field("quotes", e.quotes);
  out.w().EndObject();
}

void WriteStory(const StoryRecord& s, JsonBuilder& out) {
  out.w().StartObject();
  out.Field("story_id", s.id);
  out.Field("title", s.title);
  out.Field("first_published", s.first_published);
  out.Field("articles", s.articles);
  out.Key("sites");
  out.w().StartArray();
  for (const std::string& site : s.sites) out.String(site);
  out.w().EndArray();
  out.Key("article_ids");
  out.w().StartArray();
  for (int64_t id : s.article_ids) out.w().Int64(id);
  out.w().EndArray();
  out.w().EndObject();
}

void WriteStoredArticle(const StoredArticle& a, JsonBuilder& out) {
  out.w().StartObject();
  SummaryFields(a.summary, out);
  out.Field("author", a.author);
  out.Field("published_time", a.published_time);
  out.Field("language", a.language);
  out.Field("text", a.text);
  out.Key("entities");
  out.w().StartArray();
  for (const EntityRecord& e : a.entities) WriteEntity(e, out);
  out.w().EndArray();
  out.Key("mentions");
  out.w().StartArray();
  for (const StoredArticle::MentionRecord& m : a.mentions) {
    out.w().StartObject();
    out.Field("entity_id", m.entity_id);
    out.Field("begin", int64_t{m.begin});
    out.Field("end", int64_t{m.end});
    out.w().EndObject();
  }
  out.w().EndArray();
  out.Key("quotes");
  out.w().StartArray();
  for (const QuoteRecord& q : a.quotes) WriteQuote(q, out);
  out.w().EndArray();
  out.Key("events");
  out.w().StartArray();
  for (const EventRecord& e : a.events) WriteEvent(e, out);
  out.w().EndArray();
  out.Key("timex");
  out.w().StartArray();
  for (const StoredArticle::TimexRecord& t : a.timex) {
    out.w().StartObject();
    out.Field("text", t.text);
    out.Field("value", t.value);
    out.Field("begin", int64_t{t.begin});
    out.Field("end", int64_t{t.end});
    out.w().EndObject();
  }
  out.w().EndArray();
  out.w().EndObject();
}

namespace {

void FacetList(std::string_view name, const std::vector<FacetValue>& values, bool entities,
               JsonBuilder& out) {
  out.Key(name);
  out.w().StartArray();
  for (const FacetValue& v : values) {
    out.w().StartObject();
    out.Field("value", v.value);
    if (entities) out.Field("entity_id", v.entity_id);
    out.Field("articles", v.articles);
    out.w().EndObject();
  }
  out.w().EndArray();
}

}  // namespace

void WriteFacets(const SearchFacets& f, JsonBuilder& out) {
  out.Field("total", f.total);
  FacetList("sites", f.sites, false, out);
  FacetList("people", f.people, true, out);
  FacetList("types", f.types, false, out);
  FacetList("months", f.months, false, out);
}

void WriteNetwork(const ActorNetwork& n, JsonBuilder& out) {
  out.Field("events", n.events);
  out.Field("actors", uint64_t{n.actors});
  out.Key("nodes");
  out.w().StartArray();
  for (size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& node = n.nodes[i];
    out.w().StartObject();
    out.Field("node", uint64_t{i});
    out.Field("name", node.name);
    out.Field("entity_id", node.entity_id);
    out.Field("code", node.code);
    out.Field("country", node.country);
    out.Field("events", node.events);
    out.w().EndObject();
  }
  out.w().EndArray();
  out.Key("edges");
  out.w().StartArray();
  for (const NetworkEdge& e : n.edges) {
    out.w().StartObject();
    out.Field("source", uint64_t{e.source});
    out.Field("target", uint64_t{e.target});
    out.Field("type", e.type);
    out.Field("events", e.events);
    out.w().EndObject();
  }
  out.w().EndArray();
}

void WriteTimeline(const EventTimeline& t, JsonBuilder& out) {
  out.Field("bucket", BucketName(t.bucket));
  out.Field("events", t.events);
  out.Field("undated", t.undated);
  out.Key("types");
  out.w().StartArray();
  for (const std::string& type : t.types) out.String(type);
  out.w().EndArray();
  out.Key("periods");
  out.w().StartArray();
  for (const TimelinePeriod& p : t.periods) {
    out.w().StartObject();
    out.Field("period", p.period);
    out.Field("total", p.total);
    out.Key("types");
    out.w().StartObject();
    for (const auto& [type, count] : p.types) out.Field(type, count);
    out.w().EndObject();
    out.w().EndObject();
  }
  out.w().EndArray();
}

std::string ErrorBody(std::string_view message) {
  JsonBuilder out;
  out.w().StartObject();
  out.Field("error", message);
  out.w().EndObject();
  return out.Take();
}

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kDataLoss:
      return 422;
    case StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

}  // namespace warta::server
