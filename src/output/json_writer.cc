// JSON output of a Document ("warta.document/1", docs/schema.md), written
// with RapidJSON's streaming Writer straight into the caller's string.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "output/offset_map.h"
#include "warta/writer.h"

namespace warta {
namespace {

// RapidJSON writes into its own StringBuffer (whose unchecked PutUnsafe is
// several times faster than std::string::push_back); the result is appended
// to the caller's string in one copy. One buffer per thread, reused.
using StringSink = rapidjson::StringBuffer;

StringSink& ThreadBuffer() {
  thread_local StringSink buffer;
  buffer.Clear();
  return buffer;
}

void AppendBuffer(const StringSink& buffer, std::string* out) {
  out->append(buffer.GetString(), buffer.GetSize());
}

template <typename Writer>
class DocumentJson {
 public:
  DocumentJson(const Document& doc, const JsonWriteOptions& options,
               Writer* w)
      : doc_(doc), options_(options), w_(*w), offsets_(doc.text) {}

  void Write() {
    w_.StartObject();
    Key("schema");
    String(kDocumentSchema);
    Key("id");
    OptionalString(doc_.id);
    Key("url");
    OptionalString(doc_.url);
    Key("source");
    OptionalString(doc_.source);
    Key("title");
    OptionalString(doc_.title);
    Key("published");
    OptionalString(doc_.published);
    Key("published_source");
    if (doc_.published.empty()) {
      w_.Null();
    } else {
      String(DateSourceName(doc_.published_source));
    }
    Key("published_time");
    OptionalString(doc_.published_time);
    Key("language");
    String(doc_.language);
    Key("author");
    OptionalString(doc_.author);
    Key("site_name");
    OptionalString(doc_.site_name);
    Key("canonical_url");
    OptionalString(doc_.canonical_url);
    Key("content_hash");
    String(doc_.ContentHash());
    Key("dateline");
    WriteDateline();
    Key("text");
    String(doc_.text);
    Key("removed");
    w_.StartArray();
    for (const Removal& r : doc_.removed) {
      w_.StartObject();
      Key("kind");
      String(r.kind);
      Key("text");
      String(r.text);
      w_.EndObject();
    }
    w_.EndArray();
    Key("warnings");
    w_.StartArray();
    for (const std::string& warning : doc_.warnings) String(warning);
    w_.EndArray();
    WriteSentences();
    if (options_.tokens) WriteTokens();
    WriteEntities();
    WriteQuotes();
    WriteEvents();
    WriteTimex();
    w_.EndObject();
  }

 private:
  void Key(std::string_view k) {
    w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }
  void String(std::string_view s) {
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  void OptionalString(std::string_view s) {
    if (s.empty()) {
      w_.Null();
    } else {
      String(s);
    }
  }
  void Offsets(Span span) {
    Key("start");
    w_.Uint(offsets_.CharOffset(span.begin));
    Key("end");
    w_.Uint(offsets_.CharOffset(span.end));
  }
  void EntityRef(uint32_t index) {
    if (index == kNoIndex || index >= doc_.entities.size()) {
      w_.Null();
    } else {
      std::string ref = "E";  // not "E" + ...: GCC 12 -Wrestrict false alarm
      ref += std::to_string(index + 1);
      String(ref);
    }
  }

  // An entity id, or a group no entity names as {"name", "actor_code"}.
  void ActorRef(uint32_t entity, const GroupActor& group) {
    if (entity != kNoIndex || group.empty()) return EntityRef(entity);
    w_.StartObject();
    Key("name");
    String(doc_.Slice(group.span));
    Key("actor_code");
    String(group.actor_code);
    w_.EndObject();
  }

  void WriteDateline() {
    if (!doc_.dateline) {
      w_.Null();
      return;
    }
    w_.StartObject();
    Offsets(doc_.dateline->span);
    Key("place");
    OptionalString(doc_.dateline->place);
    Key("source");
    OptionalString(doc_.dateline->source);
    w_.EndObject();
  }

  void WriteSentences() {
    Key("sentences");
    w_.StartArray();
    for (const Sentence& s : doc_.sentences) {
      w_.StartObject();
      Offsets(s.span);
      Key("token_start");
      w_.Uint(s.token_begin);
      Key("token_end");
      w_.Uint(s.token_end);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteTokens() {
    Key("tokens");
    w_.StartArray();
    const bool lemmas = Has(doc_.layers, Layer::kLemmas);
    const bool upos = Has(doc_.layers, Layer::kUpos);
    const bool ner = Has(doc_.layers, Layer::kNer);
    const bool dependencies = Has(doc_.layers, Layer::kDependencies);
    for (const Token& t : doc_.tokens) {
      w_.StartObject();
      Offsets(t.span);
      Key("text");
      String(doc_.Form(t));
      Key("kind");
      String(TokenKindName(t.kind));
      Key("lemma");
      if (lemmas) {
        String(doc_.Lemma(t));
      } else {
        w_.Null();
      }
      Key("upos");
      if (upos && t.upos != Upos::kNone) {
        String(UposName(t.upos));
      } else {
        w_.Null();
      }
      Key("ner");
      if (ner) {
        String(NerLabelName(t.ner));
      } else {
        w_.Null();
      }
      // The head as an index into `tokens`, like the sentences' token_start.
      Key("head");
      if (dependencies && t.head != kNoIndex) {
        w_.Uint(t.head);
      } else {
        w_.Null();
      }
      Key("deprel");
      if (dependencies && t.deprel != 0) {
        String(DeprelName(t.deprel));
      } else {
        w_.Null();
      }
      Key("space_after");
      w_.Bool(t.space_after);
      Key("join_next");
      w_.Bool(t.joined_to_next);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteEntities() {
    Key("entities");
    w_.StartArray();
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& e = doc_.entities[i];
      w_.StartObject();
      Key("id");
      EntityRef(static_cast<uint32_t>(i));
      Key("type");
      String(EntityTypeName(e.type));
      Key("name");
      String(e.name);
      Key("title");
      OptionalString(e.title);
      Key("affiliation");
      OptionalString(e.affiliation);
      Key("country");
      OptionalString(e.country);
      Key("actor");
      OptionalString(e.actor_code);
      Key("mentions");
      w_.StartArray();
      for (Span m : e.mentions) {
        w_.StartObject();
        Offsets(m);
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteQuotes() {
    Key("quotes");
    w_.StartArray();
    for (const Quote& q : doc_.quotes) {
      w_.StartObject();
      Key("kind");
      String(q.kind == QuoteKind::kDirect ? "direct" : "indirect");
      Offsets(q.content);
      Key("speaker");
      EntityRef(q.speaker);
      Key("cue");
      OptionalString(doc_.Slice(q.cue));
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteEvents() {
    Key("events");
    w_.StartArray();
    for (const Event& e : doc_.events) {
      w_.StartObject();
      Key("type");
      String(e.type);
      Key("cameo");
      OptionalString(e.cameo);
      Key("sentence");
      if (e.sentence == kNoIndex) {
        w_.Null();
      } else {
        w_.Uint(e.sentence);
      }
      Key("trigger");
      w_.StartObject();
      Offsets(e.trigger);
      w_.EndObject();
      Key("source");
      ActorRef(e.source, e.source_group);
      Key("target");
      ActorRef(e.target, e.target_group);
      Key("negated");
      w_.Bool(e.negated);
      Key("claimed_by");
      EntityRef(e.claimed_by);
      Key("date");
      OptionalString(e.date);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteTimex() {
    Key("timex");
    w_.StartArray();
    for (const Timex& t : doc_.timex) {
      w_.StartObject();
      Offsets(t.span);
      Key("value");
      String(t.value);
      w_.EndObject();
    }
    w_.EndArray();
  }

  const Document& doc_;
  const JsonWriteOptions& options_;
  Writer& w_;
  output::OffsetMap offsets_;
};

}  // namespace

void AppendJson(const Document& doc, const JsonWriteOptions& options,
                std::string* out) {
  StringSink& sink = ThreadBuffer();
  if (options.pretty) {
    rapidjson::PrettyWriter<StringSink> writer(sink);
    writer.SetIndent(' ', 1);
    DocumentJson<rapidjson::PrettyWriter<StringSink>>(doc, options, &writer)
        .Write();
  } else {
    rapidjson::Writer<StringSink> writer(sink);
    DocumentJson<rapidjson::Writer<StringSink>>(doc, options, &writer).Write();
  }
  AppendBuffer(sink, out);
}

void AppendErrorRecord(uint64_t line, std::string_view id,
                       std::string_view message, std::string* out) {
  StringSink& sink = ThreadBuffer();
  rapidjson::Writer<StringSink> w(sink);
  w.StartObject();
  if (line != 0) {
    w.Key("line");
    w.Uint64(line);
  }
  if (!id.empty()) {
    w.Key("id");
    w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
  }
  w.Key("error");
  w.String(message.data(), static_cast<rapidjson::SizeType>(message.size()));
  w.EndObject();
  AppendBuffer(sink, out);
}

}  // namespace warta
