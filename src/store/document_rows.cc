#include "store/document_rows.h"

#include "output/offset_map.h"

namespace warta::store {

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out(host);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

ArticleRows RowsOf(const Document& doc) {
  ArticleRows rows;
  rows.doc_id = doc.id;
  rows.url = doc.url;
  rows.site = HostOf(doc.url);
  if (rows.site.empty()) rows.site = !doc.site_name.empty() ? doc.site_name : doc.source;
  rows.title = doc.title;
  rows.published = doc.published;
  rows.published_time = doc.published_time;
  rows.author = doc.author;
  rows.language = doc.language;
  rows.text = doc.text;
  rows.content_hash = doc.ContentHash();

  const output::OffsetMap chars(doc.text);
  auto span_chars = [&](Span s, uint32_t* begin, uint32_t* end) {
    *begin = chars.CharOffset(s.begin);
    *end = chars.CharOffset(s.end);
  };

  rows.entities.reserve(doc.entities.size());
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    ArticleRows::Entity row;
    row.name = entity.name;
    row.type = std::string(EntityTypeName(entity.type));
    row.title = entity.title;
    row.country = entity.country;
    row.actor_code = entity.actor_code;
    row.mentions = static_cast<uint32_t>(entity.mentions.size());
    rows.entities.push_back(std::move(row));
    for (Span m : entity.mentions) {
      ArticleRows::Mention mention;
      mention.entity = e;
      span_chars(m, &mention.begin, &mention.end);
      rows.mentions.push_back(mention);
    }
  }
  for (const Quote& quote : doc.quotes) {
    ArticleRows::Quote row;
    row.kind = quote.kind == QuoteKind::kDirect ? "direct" : "indirect";
    row.content = std::string(doc.Slice(quote.content));
    row.cue = std::string(doc.Slice(quote.cue));
    row.speaker = quote.speaker < doc.entities.size() ? quote.speaker : kNoIndex;
    span_chars(quote.content, &row.begin, &row.end);
    rows.quotes.push_back(std::move(row));
  }
  auto actor = [&](uint32_t entity, const GroupActor& group, std::string* name,
                   std::string* code) {
    if (entity < doc.entities.size()) {
      *name = doc.entities[entity].name;
      *code = doc.entities[entity].actor_code;
    } else if (!group.empty()) {
      *name = std::string(doc.Slice(group.span));
      *code = group.actor_code;
    }
  };
  for (const Event& event : doc.events) {
    ArticleRows::Event row;
    row.type = event.type;
    row.cameo = event.cameo;
    row.trigger = std::string(doc.Slice(event.trigger));
    row.date = event.date;
    if (event.sentence < doc.sentences.size()) {
      row.sentence = std::string(doc.Slice(doc.sentences[event.sentence].span));
    }
    row.source = event.source < doc.entities.size() ? event.source : kNoIndex;
    row.target = event.target < doc.entities.size() ? event.target : kNoIndex;
    row.claimed_by = event.claimed_by < doc.entities.size() ? event.claimed_by : kNoIndex;
    actor(event.source, event.source_group, &row.source_name, &row.source_code);
    actor(event.target, event.target_group, &row.target_name, &row.target_code);
    row.negated = event.negated;
    span_chars(event.trigger, &row.begin, &row.end);
    rows.events.push_back(std::move(row));
  }
  for (const Timex& timex : doc.timex) {
    ArticleRows::Timex row;
    row.text = std::string(doc.Slice(timex.span));
    row.value = timex.value;
    span_chars(timex.span, &row.begin, &row.end);
    rows.timex.push_back(std::move(row));
  }
  return rows;
}

}  // namespace warta::store
