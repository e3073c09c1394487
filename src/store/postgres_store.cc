#include "store/postgres_store.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "store/document_rows.h"
#include "store/entity_counts.h"
#include "store/facet_sql.h"
#include "store/filter_sql.h"
#include "store/index_words.h"
#include "store/pg_connection.h"
#include "store/postgres_schema.h"
#include "store/search_query.h"
#include "store/snippet.h"
#include "store/story_match.h"
#include "stories/story_fingerprint.h"
#include "text/ascii.h"

namespace warta::store {
namespace {

#define STORY_CANDIDATES "16"
static_assert(kCandidatesPerBand == 16, "STORY_CANDIDATES spells kCandidatesPerBand");

// The queries mirror the SQLite store's (sqlite_store.cc) clause for
// clause, so that both backends answer alike; where PostgreSQL would differ
// on its own (collations, a Unicode-aware lower()), the SQL says so.

// Columns of ArticleSummary, in this order, from the alias "a".
constexpr const char* kSummaryColumns =
    "a.id, a.doc_id, a.url, a.site, a.title, a.published, a.story_id";
constexpr int kSummaryWidth = 7;

ArticleSummary SummaryAt(const PgResult& r, int row, int first) {
  ArticleSummary s;
  s.id = r.Int(row, first);
  s.doc_id = r.Text(row, first + 1);
  s.url = r.Text(row, first + 2);
  s.site = r.Text(row, first + 3);
  s.title = r.Text(row, first + 4);
  s.published = r.Text(row, first + 5);
  s.story_id = r.Int(row, first + 6);
  return s;
}

std::string Placeholder(size_t n) { return SqlParameter('$', n); }

// SQL lowercasing `column` in ASCII only, as SQLite's lower() does;
// PostgreSQL's lower() would also fold "Ü", and the backends would disagree.
std::string AsciiLower(std::string_view column) {
  std::string sql = "translate(";
  sql += column;
  sql += ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
  return sql;
}

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

FilterSql FilterClauses(const ArchiveFilter& f, size_t first) {
  return store::FilterClauses(f, first, '$');
}

PgParams ParamsOf(const std::vector<std::string>& values) {
  PgParams params;
  for (const std::string& v : values) params.Add(v);
  return params;
}

class PostgresStore final : public Store {
 public:
  PostgresStore(PgConnection db, std::unique_ptr<IndexWords> words)
      : db_(std::move(db)), words_(std::move(words)) {}

  Status Prepare();

  std::string_view backend() const override { return "postgresql"; }

  StatusOr<std::vector<IngestOutcome>> Ingest(std::span<const Document> docs) override;
  Status RecordErrors(std::span<const IngestError> errors) override;
  StatusOr<SearchResult> Search(const SearchQuery& query) override;
  StatusOr<SearchFacets> Facets(const SearchQuery& query, size_t limit) override;
  StatusOr<std::vector<QuoteRecord>> Quotes(const ArchiveFilter& filter) override;
  StatusOr<std::vector<EventRecord>> Events(const ArchiveFilter& filter,
                                            std::string_view actor) override;
  StatusOr<std::vector<EntityRecord>> Entities(const ArchiveFilter& filter,
                                               std::string_view name) override;
  StatusOr<EntityRecord> Entity(int64_t id) override;
  StatusOr<std::vector<StoryRecord>> Stories(const ArchiveFilter& filter,
                                             size_t min_articles) override;
  StatusOr<StoredArticle> Article(int64_t id) override;
  StatusOr<std::vector<IngestError>> Errors() override;
  StatusOr<ArchiveStats> Stats() override;

 private:
  StatusOr<IngestOutcome> IngestOne(const Document& doc);
  StatusOr<int64_t> JoinStory(const ArticleRows& rows, int64_t article_id,
                              const stories::Fingerprint& fingerprint);
  // The archive's ids of rows.entities, in their order, linked to the article.
  StatusOr<std::vector<int64_t>> StoreEntities(const ArticleRows& rows, int64_t article_id);
  // Mentions, quotes, events and time expressions of article `id`.
  Status StoreFacts(const ArticleRows& rows, int64_t id, const std::vector<int64_t>& entity_ids);
  Status Rollback(Status failure) {
    (void)db_.Exec("ROLLBACK");
    return failure;
  }
  StatusOr<std::vector<QuoteRecord>> QuotesWhere(const std::string& where,
                                                 const std::vector<std::string>& params,
                                                 size_t limit, size_t offset);
  StatusOr<std::vector<EventRecord>> EventsWhere(const std::string& where,
                                                 const std::vector<std::string>& params,
                                                 size_t limit, size_t offset);
  StatusOr<std::vector<EntityRecord>> EntitiesWhere(const std::string& where,
                                                    const std::vector<std::string>& params,
                                                    size_t limit, size_t offset);

  PgConnection db_;
  std::unique_ptr<IndexWords> words_;
};

// Statements of the ingest path, prepared once per connection.
constexpr const char* kFindDuplicate = "warta_find_duplicate";
constexpr const char* kInsertArticle = "warta_insert_article";
constexpr const char* kInsertStory = "warta_insert_story";
constexpr const char* kGrowStory = "warta_grow_story";
constexpr const char* kSetStory = "warta_set_story";
constexpr const char* kInsertBands = "warta_insert_bands";
constexpr const char* kFindBands = "warta_find_bands";
constexpr const char* kUpsertEntities = "warta_upsert_entities";
constexpr const char* kLinkEntities = "warta_link_entities";
constexpr const char* kInsertMentions = "warta_insert_mentions";
constexpr const char* kInsertQuotes = "warta_insert_quotes";
constexpr const char* kInsertEvents = "warta_insert_events";
constexpr const char* kInsertTimex = "warta_insert_timex";
constexpr const char* kInsertError = "warta_insert_error";
constexpr const char* kCountEntities = "warta_count_entities";
constexpr const char* kCountQuotes = "warta_count_quotes";

Status PostgresStore::Prepare() {
  struct {
    const char* name;
    const char* sql;
  } const statements[] = {
      {kFindDuplicate,
       "SELECT id, story_id FROM articles WHERE content_hash = $1::text "
       "UNION ALL SELECT id, story_id FROM articles WHERE url = $2::text AND url <> '' "
       "LIMIT 1"},
      // The search vector: title roots weighted A, text roots D. Concatenated
      // tsvectors number the text's words after the title's, as one text.
      {kInsertArticle,
       "INSERT INTO articles(doc_id, url, site, title, published, published_time, "
       "author, language, content_hash, fingerprint, text, search) "
       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
       "setweight(to_tsvector('simple', $12::text), 'A') || "
       "to_tsvector('simple', $13::text)) RETURNING id"},
      {kInsertStory,
       "INSERT INTO stories(first_article_id, title, first_published, articles) "
       "VALUES ($1, $2, $3, 1) RETURNING id"},
      {kGrowStory,
       "UPDATE stories SET articles = articles + 1, "
       "first_published = CASE WHEN first_published = '' OR "
       "($2::text <> '' AND $2::text < first_published) "
       "THEN $2::text ELSE first_published END WHERE id = $1"},
      {kSetStory, "UPDATE articles SET story_id = $2 WHERE id = $1"},
      {kInsertBands,
       "INSERT INTO story_bands(band_key, article_id) "
       "SELECT unnest($1::bigint[]), $2::bigint"},
      {kFindBands,
       "SELECT DISTINCT a.id, a.story_id, a.fingerprint FROM unnest($1::bigint[]) k(key) "
       "CROSS JOIN LATERAL (SELECT article_id FROM story_bands WHERE band_key = k.key "
       "ORDER BY article_id DESC LIMIT " STORY_CANDIDATES ") b "
       "JOIN articles a ON a.id = b.article_id ORDER BY a.id"},
      {kUpsertEntities,
       "INSERT INTO entities(name, name_key, type, country, actor_code) "
       "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) "
       "ON CONFLICT (name_key, type) DO UPDATE SET "
       "country = CASE WHEN entities.country = '' THEN excluded.country "
       "ELSE entities.country END, "
       "actor_code = CASE WHEN entities.actor_code = '' THEN excluded.actor_code "
       "ELSE entities.actor_code END "
       "RETURNING id, name_key, type"},
      {kLinkEntities,
       "INSERT INTO article_entities(article_id, entity_id, title, mentions) "
       "SELECT $1::bigint, * FROM unnest($2::bigint[], $3::text[], $4::bigint[])"},
      {kInsertMentions,
       "INSERT INTO mentions(article_id, entity_id, begin_char, end_char) "
       "SELECT $1::bigint, * FROM unnest($2::bigint[], $3::integer[], $4::integer[])"},
      {kInsertQuotes,
       "INSERT INTO quotes(article_id, kind, content, cue, speaker_id, begin_char, end_char) "
       "SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], "
       "$6::integer[], $7::integer[])"},
      {kInsertEvents,
       "INSERT INTO events(article_id, type, cameo, trigger, source_id, source_name, "
       "source_code, target_id, target_name, target_code, claimed_by_id, negated, date, "
       "sentence, begin_char, end_char) "
       "SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[], "
       "$6::text[], $7::text[], $8::bigint[], $9::text[], $10::text[], $11::bigint[], "
       "$12::boolean[], $13::text[], $14::text[], $15::integer[], $16::integer[])"},
      {kInsertTimex,
       "INSERT INTO timex(article_id, text, value, begin_char, end_char) "
       "SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::integer[], "
       "$5::integer[])"},
      {kInsertError,
       "INSERT INTO ingest_errors(input, line, doc_id, message) VALUES ($1, $2, $3, $4)"},
  };
  for (const auto& s : statements) {
    if (Status status = db_.Prepare(s.name, s.sql); !status.ok()) return status;
  }
  if (Status s = db_.Prepare(kCountEntities, CountArticleEntitiesSql('$')); !s.ok()) return s;
  return db_.Prepare(kCountQuotes, CountArticleQuotesSql('$'));
}

StatusOr<std::vector<IngestOutcome>> PostgresStore::Ingest(std::span<const Document> docs) {
  if (Status s = db_.Exec("BEGIN"); !s.ok()) {
    std::string message = "cannot start a transaction: ";
    message += s.message();
    return Status(s.code(), std::move(message));
  }
  // One writer at a time per archive: a second process ingesting the same
  // articles waits here, then finds them stored (read committed: every
  // statement after the lock sees what the first one committed).
  if (Status s = LockArchiveForTransaction(db_); !s.ok()) return Rollback(s);
  std::vector<IngestOutcome> outcomes;
  outcomes.reserve(docs.size());
  for (const Document& doc : docs) {
    StatusOr<IngestOutcome> outcome = IngestOne(doc);
    if (!outcome.ok()) {
      std::string message = "cannot store";
      if (!doc.id.empty()) {
        message += ' ';
        message += doc.id;
      }
      message += ": ";
      message += outcome.status().message();
      return Rollback(Status(outcome.status().code(), std::move(message)));
    }
    outcomes.push_back(*outcome);
  }
  if (Status s = db_.Exec("COMMIT"); !s.ok()) {
    std::string message = "cannot commit the batch: ";
    message += s.message();
    return Rollback(Status(s.code(), std::move(message)));
  }
  return outcomes;
}

StatusOr<int64_t> PostgresStore::JoinStory(const ArticleRows& rows, int64_t article_id,
                                           const stories::Fingerprint& fingerprint) {
  const std::vector<int64_t> keys = StoryBandKeys(fingerprint);
  std::vector<StoryCandidate> candidates;
  if (!keys.empty()) {
    StatusOr<PgResult> found = db_.Run(kFindBands, PgParams().AddArray(keys));
    if (!found.ok()) return found.status();
    for (int r = 0; r < found->rows(); ++r) {
      candidates.push_back({found->Int(r, 0), found->Int(r, 1), found->Bytes(r, 2)});
    }
  }
  int64_t story = ChooseStory(fingerprint, candidates);
  if (story == 0) {
    StatusOr<PgResult> created = db_.Run(
        kInsertStory, PgParams().Add(article_id).Add(rows.title).Add(rows.published));
    if (!created.ok()) return created.status();
    story = created->Int(0, 0);
  } else {
    StatusOr<PgResult> grown = db_.Run(kGrowStory, PgParams().Add(story).Add(rows.published));
    if (!grown.ok()) return grown.status();
  }
  if (!keys.empty()) {
    StatusOr<PgResult> banded = db_.Run(kInsertBands, PgParams().AddArray(keys).Add(article_id));
    if (!banded.ok()) return banded.status();
  }
  StatusOr<PgResult> set = db_.Run(kSetStory, PgParams().Add(article_id).Add(story));
  if (!set.ok()) return set.status();
  return story;
}

StatusOr<IngestOutcome> PostgresStore::IngestOne(const Document& doc) {
  const ArticleRows rows = RowsOf(doc);
  IngestOutcome outcome;
  StatusOr<PgResult> duplicate =
      db_.Run(kFindDuplicate, PgParams().Add(rows.content_hash).Add(rows.url));
  if (!duplicate.ok()) return duplicate.status();
  if (duplicate->rows() > 0) {
    outcome.kind = IngestOutcome::Kind::kDuplicate;
    outcome.article_id = duplicate->Int(0, 0);
    outcome.story_id = duplicate->Int(0, 1);
    return outcome;
  }

  const stories::Fingerprint fingerprint = stories::FingerprintOf(rows.text);
  const std::string fingerprint_bytes = stories::Serialize(fingerprint);
  PgParams article;
  article.Add(rows.doc_id).Add(rows.url).Add(rows.site).Add(rows.title).Add(rows.published)
      .Add(rows.published_time).Add(rows.author).Add(rows.language).Add(rows.content_hash)
      .AddBytes(fingerprint_bytes).Add(rows.text).Add(words_->Roots(rows.title))
      .Add(words_->Roots(rows.text));
  StatusOr<PgResult> inserted = db_.Run(kInsertArticle, article);
  if (!inserted.ok()) return inserted.status();
  const int64_t id = inserted->Int(0, 0);
  outcome.article_id = id;

  StatusOr<int64_t> story = JoinStory(rows, id, fingerprint);
  if (!story.ok()) return story.status();
  outcome.story_id = *story;

  StatusOr<std::vector<int64_t>> entity_ids = StoreEntities(rows, id);
  if (!entity_ids.ok()) return entity_ids.status();
  if (Status s = StoreFacts(rows, id, *entity_ids); !s.ok()) return s;
  StatusOr<PgResult> counted = db_.Run(kCountEntities, PgParams().Add(id));
  if (!counted.ok()) return counted.status();
  if (!rows.quotes.empty()) {
    counted = db_.Run(kCountQuotes, PgParams().Add(id));
    if (!counted.ok()) return counted.status();
  }
  return outcome;
}

// One statement for each table: arrays of columns, unnested into rows.
Status PostgresStore::StoreFacts(const ArticleRows& rows, int64_t id,
                                 const std::vector<int64_t>& entity_ids) {
  auto entity_id = [&](uint32_t index) -> int64_t {
    return index < entity_ids.size() ? entity_ids[index] : 0;
  };
  if (!rows.mentions.empty()) {
    std::vector<int64_t> entities, begins, ends;
    for (const ArticleRows::Mention& m : rows.mentions) {
      entities.push_back(entity_id(m.entity));
      begins.push_back(m.begin);
      ends.push_back(m.end);
    }
    StatusOr<PgResult> done = db_.Run(
        kInsertMentions,
        PgParams().Add(id).AddArray(entities).AddArray(begins).AddArray(ends));
    if (!done.ok()) return done.status();
  }
  if (!rows.quotes.empty()) {
    std::vector<std::string> kinds, contents, cues;
    std::vector<int64_t> speakers, begins, ends;
    for (const ArticleRows::Quote& q : rows.quotes) {
      kinds.push_back(q.kind);
      contents.push_back(q.content);
      cues.push_back(q.cue);
      speakers.push_back(entity_id(q.speaker));
      begins.push_back(q.begin);
      ends.push_back(q.end);
    }
    StatusOr<PgResult> done = db_.Run(
        kInsertQuotes, PgParams().Add(id).AddArray(kinds).AddArray(contents).AddArray(cues)
                           .AddArray(speakers).AddArray(begins).AddArray(ends));
    if (!done.ok()) return done.status();
  }
  if (!rows.events.empty()) {
    std::vector<std::string> types, cameos, triggers, source_names, source_codes,
        target_names, target_codes, negated, dates, sentences;
    std::vector<int64_t> sources, targets, claimed_by, begins, ends;
    for (const ArticleRows::Event& ev : rows.events) {
      types.push_back(ev.type);
      cameos.push_back(ev.cameo);
      triggers.push_back(ev.trigger);
      sources.push_back(entity_id(ev.source));
      source_names.push_back(ev.source_name);
      source_codes.push_back(ev.source_code);
      targets.push_back(entity_id(ev.target));
      target_names.push_back(ev.target_name);
      target_codes.push_back(ev.target_code);
      claimed_by.push_back(entity_id(ev.claimed_by));
      negated.push_back(ev.negated ? "t" : "f");
      dates.push_back(ev.date);
      sentences.push_back(ev.sentence);
      begins.push_back(ev.begin);
      ends.push_back(ev.end);
    }
    StatusOr<PgResult> done = db_.Run(
        kInsertEvents,
        PgParams().Add(id).AddArray(types).AddArray(cameos).AddArray(triggers)
            .AddArray(sources).AddArray(source_names).AddArray(source_codes)
            .AddArray(targets).AddArray(target_names).AddArray(target_codes)
            .AddArray(claimed_by).AddArray(negated).AddArray(dates).AddArray(sentences)
            .AddArray(begins).AddArray(ends));
    if (!done.ok()) return done.status();
  }
  if (!rows.timex.empty()) {
    std::vector<std::string> texts, values;
    std::vector<int64_t> begins, ends;
    for (const ArticleRows::Timex& t : rows.timex) {
      texts.push_back(t.text);
      values.push_back(t.value);
      begins.push_back(t.begin);
      ends.push_back(t.end);
    }
    StatusOr<PgResult> done = db_.Run(
        kInsertTimex,
        PgParams().Add(id).AddArray(texts).AddArray(values).AddArray(begins).AddArray(ends));
    if (!done.ok()) return done.status();
  }
  return Status::Ok();
}

StatusOr<std::vector<int64_t>> PostgresStore::StoreEntities(const ArticleRows& rows,
                                                            int64_t article_id) {
  std::vector<int64_t> ids(rows.entities.size(), 0);
  if (rows.entities.empty()) return ids;
  // One row per (name_key, type), merged as the SQLite store's row-by-row
  // upsert merges them: the first non-empty country and actor code, the
  // first title, the mentions summed. (One statement may not update a row
  // twice.)
  struct Merged {
    std::string name, key, type, country, actor_code, title;
    int64_t mentions = 0;
  };
  std::vector<Merged> merged;
  std::vector<size_t> slot(rows.entities.size());
  for (size_t e = 0; e < rows.entities.size(); ++e) {
    const ArticleRows::Entity& entity = rows.entities[e];
    const std::string key = text::AsciiLower(entity.name);
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Merged& m) {
      return m.key == key && m.type == entity.type;
    });
    if (same == merged.end()) {
      merged.push_back({entity.name, key, entity.type, entity.country, entity.actor_code,
                        entity.title, 0});
      same = merged.end() - 1;
    }
    if (same->country.empty()) same->country = entity.country;
    if (same->actor_code.empty()) same->actor_code = entity.actor_code;
    same->mentions += entity.mentions;
    slot[e] = static_cast<size_t>(same - merged.begin());
  }
  std::vector<std::string> names, keys, types, countries, codes, titles;
  std::vector<int64_t> mentions;
  for (const Merged& m : merged) {
    names.push_back(m.name);
    keys.push_back(m.key);
    types.push_back(m.type);
    countries.push_back(m.country);
    codes.push_back(m.actor_code);
    titles.push_back(m.title);
    mentions.push_back(m.mentions);
  }
  StatusOr<PgResult> upserted = db_.Run(
      kUpsertEntities, PgParams().AddArray(names).AddArray(keys).AddArray(types)
                           .AddArray(countries).AddArray(codes));
  if (!upserted.ok()) return upserted.status();
  // RETURNING gives no order: match the rows back by their key.
  std::vector<int64_t> merged_ids(merged.size(), 0);
  for (int r = 0; r < upserted->rows(); ++r) {
    const std::string key = upserted->Text(r, 1);
    const std::string type = upserted->Text(r, 2);
    for (size_t m = 0; m < merged.size(); ++m) {
      if (merged[m].key == key && merged[m].type == type) merged_ids[m] = upserted->Int(r, 0);
    }
  }
  StatusOr<PgResult> linked = db_.Run(
      kLinkEntities,
      PgParams().Add(article_id).AddArray(merged_ids).AddArray(titles).AddArray(mentions));
  if (!linked.ok()) return linked.status();
  for (size_t e = 0; e < ids.size(); ++e) ids[e] = merged_ids[slot[e]];
  return ids;
}

Status PostgresStore::RecordErrors(std::span<const IngestError> errors) {
  if (errors.empty()) return Status::Ok();
  if (Status s = db_.Exec("BEGIN"); !s.ok()) return s;
  for (const IngestError& e : errors) {
    StatusOr<PgResult> recorded = db_.Run(
        kInsertError, PgParams().Add(e.input).Add(static_cast<int64_t>(e.line))
                          .Add(e.doc_id).Add(e.message));
    if (!recorded.ok()) return Rollback(recorded.status());
  }
  if (Status s = db_.Exec("COMMIT"); !s.ok()) return Rollback(s);
  return Status::Ok();
}

StatusOr<SearchResult> PostgresStore::Search(const SearchQuery& query) {
  const ParsedQuery parsed = ParseSearchQuery(query.text, *words_);
  const bool has_text = !parsed.empty();
  if (!has_text && !query.text.empty() &&
      query.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    return SearchResult{};  // only punctuation or negations: nothing to find
  }
  FilterSql filter = FilterClauses(query.filter, has_text ? 2 : 1);
  std::string from = has_text
      ? " FROM articles a, to_tsquery('simple', $1::text) q WHERE a.search @@ q"
      : " FROM articles a WHERE true";
  from += filter.where;
  PgParams params;
  if (has_text) params.Add(ToTsQuery(parsed));
  for (const std::string& p : filter.params) params.Add(p);

  SearchResult result;
  {
    std::string sql = "SELECT count(*)";
    sql += from;
    StatusOr<PgResult> count = db_.Query(sql, params);
    if (!count.ok()) return count.status();
    result.total = static_cast<uint64_t>(count->Int(0, 0));
  }
  std::string sql = "SELECT ";
  sql += kSummaryColumns;
  // Cover density over the weighted vector; normalisation 1 divides by the
  // log of the article's length, so that long articles do not win by length
  // alone (as BM25 does for SQLite).
  sql += has_text ? ", ts_rank_cd(a.search, q, 1)" : ", 0.0";
  sql += ", a.text";
  sql += from;
  sql += has_text ? " ORDER BY 8 DESC, a.id" : " ORDER BY a.published DESC, a.id DESC";
  sql += " LIMIT ";
  sql += Placeholder(params.size() + 1);
  sql += " OFFSET ";
  sql += Placeholder(params.size() + 2);
  params.Add(static_cast<int64_t>(query.filter.limit))
      .Add(static_cast<int64_t>(query.filter.offset));
  StatusOr<PgResult> rows = db_.Query(sql, params);
  if (!rows.ok()) return rows.status();
  const std::vector<std::string> roots = parsed.Roots();
  SnippetOptions snippet;
  snippet.words = query.snippet_words;
  snippet.open = query.highlight_open;
  snippet.close = query.highlight_close;
  for (int r = 0; r < rows->rows(); ++r) {
    SearchHit hit;
    hit.article = SummaryAt(*rows, r, 0);
    hit.score = rows->Real(r, kSummaryWidth);
    hit.snippet = MakeSnippet(rows->Text(r, kSummaryWidth + 1), roots, *words_, snippet);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

StatusOr<SearchFacets> PostgresStore::Facets(const SearchQuery& query, size_t limit) {
  const ParsedQuery parsed = ParseSearchQuery(query.text, *words_);
  const bool has_text = !parsed.empty();
  if (!has_text && query.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    return SearchFacets{};  // only punctuation or negations: nothing to find
  }
  const char* match = has_text
      ? " FROM articles a, to_tsquery('simple', $1::text) q WHERE a.search @@ q"
      : "";
  SearchFacets facets;
  for (Facet facet : kFacets) {
    FacetStatement q = FacetQuery(facet, query.filter, match, has_text ? 2 : 1, '$', limit);
    PgParams params;
    if (has_text) params.Add(ToTsQuery(parsed));
    for (const std::string& p : q.params) params.Add(p);
    StatusOr<PgResult> rows = db_.Query(q.sql, params);
    if (!rows.ok()) return rows.status();
    std::vector<FacetValue>* list = FacetList(facet, facets);
    for (int r = 0; r < rows->rows(); ++r) {
      FacetValue v{rows->Text(r, 0), rows->Int(r, 1), static_cast<uint64_t>(rows->Int(r, 2))};
      if (list == nullptr) {
        facets.total = v.articles;
      } else {
        list->push_back(std::move(v));
      }
    }
  }
  return facets;
}

// Columns of QuoteRecord after the summary: kind, content, cue, speaker
// name, speaker id, begin, end.
StatusOr<std::vector<QuoteRecord>> PostgresStore::QuotesWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  std::string sql = "SELECT ";
  sql += kSummaryColumns;
  sql += ", q.kind, q.content, q.cue, coalesce(e.name, ''), q.speaker_id, q.begin_char, "
         "q.end_char FROM quotes q JOIN articles a ON a.id = q.article_id "
         "LEFT JOIN entities e ON e.id = q.speaker_id WHERE true";
  sql += where;
  sql += " ORDER BY a.published DESC, a.id DESC, q.begin_char LIMIT ";
  sql += Placeholder(params.size() + 1);
  sql += " OFFSET ";
  sql += Placeholder(params.size() + 2);
  StatusOr<PgResult> rows = db_.Query(
      sql, ParamsOf(params).Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
  if (!rows.ok()) return rows.status();
  std::vector<QuoteRecord> out;
  for (int r = 0; r < rows->rows(); ++r) {
    QuoteRecord q;
    q.article = SummaryAt(*rows, r, 0);
    const int c = kSummaryWidth;
    q.kind = rows->Text(r, c);
    q.content = rows->Text(r, c + 1);
    q.cue = rows->Text(r, c + 2);
    q.speaker = rows->Text(r, c + 3);
    q.speaker_id = rows->Int(r, c + 4);
    q.begin = static_cast<uint32_t>(rows->Int(r, c + 5));
    q.end = static_cast<uint32_t>(rows->Int(r, c + 6));
    out.push_back(std::move(q));
  }
  return out;
}

StatusOr<std::vector<QuoteRecord>> PostgresStore::Quotes(const ArchiveFilter& filter) {
  ArchiveFilter f = filter;
  const std::string speaker = text::AsciiLower(f.speaker);
  f.speaker.clear();  // applied to the quote itself, not to its article
  FilterSql sql = FilterClauses(f, 1);
  if (!speaker.empty()) {
    sql.Add(Cat({"e.name_key = ", Placeholder(sql.params.size() + 1)}), speaker);
  }
  return QuotesWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<std::vector<EventRecord>> PostgresStore::EventsWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  std::string sql = "SELECT ";
  sql += kSummaryColumns;
  sql += ", ev.type, ev.cameo, ev.trigger, ev.source_name, ev.source_code, ev.target_name, "
         "ev.target_code, ev.source_id, ev.target_id, coalesce(c.name, ''), ev.negated, "
         "ev.date, ev.sentence, ev.begin_char, ev.end_char, ev.id, coalesce(s.country, ''), "
         "coalesce(t.country, '') FROM events ev JOIN articles a ON a.id = ev.article_id "
         "LEFT JOIN entities c ON c.id = ev.claimed_by_id "
         "LEFT JOIN entities s ON s.id = ev.source_id "
         "LEFT JOIN entities t ON t.id = ev.target_id WHERE true";
  sql += where;
  sql += " ORDER BY a.published DESC, a.id DESC, ev.begin_char LIMIT ";
  sql += Placeholder(params.size() + 1);
  sql += " OFFSET ";
  sql += Placeholder(params.size() + 2);
  StatusOr<PgResult> rows = db_.Query(
      sql, ParamsOf(params).Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
  if (!rows.ok()) return rows.status();
  std::vector<EventRecord> out;
  for (int r = 0; r < rows->rows(); ++r) {
    EventRecord e;
    e.article = SummaryAt(*rows, r, 0);
    const int c = kSummaryWidth;
    e.type = rows->Text(r, c);
    e.cameo = rows->Text(r, c + 1);
    e.trigger = rows->Text(r, c + 2);
    e.source = rows->Text(r, c + 3);
    e.source_code = rows->Text(r, c + 4);
    e.target = rows->Text(r, c + 5);
    e.target_code = rows->Text(r, c + 6);
    e.source_id = rows->Int(r, c + 7);
    e.target_id = rows->Int(r, c + 8);
    e.claimed_by = rows->Text(r, c + 9);
    e.negated = rows->Bool(r, c + 10);
    e.date = rows->Text(r, c + 11);
    e.sentence = rows->Text(r, c + 12);
    e.begin = static_cast<uint32_t>(rows->Int(r, c + 13));
    e.end = static_cast<uint32_t>(rows->Int(r, c + 14));
    e.id = rows->Int(r, c + 15);
    e.source_country = rows->Text(r, c + 16);
    e.target_country = rows->Text(r, c + 17);
    out.push_back(std::move(e));
  }
  return out;
}

StatusOr<std::vector<EventRecord>> PostgresStore::Events(const ArchiveFilter& filter,
                                                         std::string_view actor) {
  ArchiveFilter f = filter;
  const std::string type = f.event_type;
  f.event_type.clear();  // applied to the event itself
  FilterSql sql = FilterClauses(f, 1);
  if (!type.empty()) sql.Add(Cat({"ev.type = ", Placeholder(sql.params.size() + 1)}), type);
  if (!actor.empty()) {
    const std::string p = Placeholder(sql.params.size() + 1);
    sql.Add(Cat({"(", AsciiLower("ev.source_name"), " = ", p, " OR ",
                 AsciiLower("ev.target_name"), " = ", p, ")"}),
            text::AsciiLower(actor));
  }
  return EventsWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<std::vector<EntityRecord>> PostgresStore::EntitiesWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  std::string sql =
      "SELECT e.id, e.name, e.type, e.country, e.actor_code, "
      "e.n_articles, e.n_mentions, e.n_quotes "
      "FROM entities e WHERE true";
  sql += where;
  sql += " ORDER BY 7 DESC, e.id LIMIT ";
  sql += Placeholder(params.size() + 1);
  sql += " OFFSET ";
  sql += Placeholder(params.size() + 2);
  StatusOr<PgResult> rows = db_.Query(
      sql, ParamsOf(params).Add(static_cast<int64_t>(limit)).Add(static_cast<int64_t>(offset)));
  if (!rows.ok()) return rows.status();
  std::vector<EntityRecord> out;
  for (int r = 0; r < rows->rows(); ++r) {
    EntityRecord e;
    e.id = rows->Int(r, 0);
    e.name = rows->Text(r, 1);
    e.type = rows->Text(r, 2);
    e.country = rows->Text(r, 3);
    e.actor_code = rows->Text(r, 4);
    e.articles = static_cast<uint64_t>(rows->Int(r, 5));
    e.mentions = static_cast<uint64_t>(rows->Int(r, 6));
    e.quotes = static_cast<uint64_t>(rows->Int(r, 7));
    out.push_back(std::move(e));
  }
  return out;
}

StatusOr<std::vector<EntityRecord>> PostgresStore::Entities(const ArchiveFilter& filter,
                                                            std::string_view name) {
  FilterSql sql;
  if (!name.empty()) {
    // strpos() rather than LIKE: no wildcards in names to escape.
    sql.Add("strpos(e.name_key, $1) > 0", text::AsciiLower(name));
  }
  // Article filters restrict to entities mentioned in matching articles.
  FilterSql articles = FilterClauses(filter, sql.params.size() + 1);
  if (!articles.where.empty()) {
    sql.where += " AND e.id IN (SELECT ae.entity_id FROM article_entities ae "
                 "JOIN articles a ON a.id = ae.article_id WHERE true";
    sql.where += articles.where;
    sql.where += ')';
    sql.params.insert(sql.params.end(), articles.params.begin(), articles.params.end());
  }
  return EntitiesWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<EntityRecord> PostgresStore::Entity(int64_t id) {
  StatusOr<std::vector<EntityRecord>> found =
      EntitiesWhere(" AND e.id = $1", {std::to_string(id)}, 1, 0);
  if (!found.ok()) return found.status();
  if (found->empty()) return NotFoundError("no entity " + std::to_string(id));
  return std::move(found->front());
}

StatusOr<std::vector<StoryRecord>> PostgresStore::Stories(const ArchiveFilter& filter,
                                                          size_t min_articles) {
  FilterSql sql = FilterClauses(filter, 2);
  std::string query =
      "SELECT s.id, s.title, s.first_published, s.articles FROM stories s "
      "WHERE s.articles >= $1 AND s.id IN (SELECT a.story_id FROM articles a WHERE true";
  query += sql.where;
  query += ") ORDER BY s.articles DESC, s.first_published DESC, s.id LIMIT ";
  query += Placeholder(sql.params.size() + 2);
  query += " OFFSET ";
  query += Placeholder(sql.params.size() + 3);
  PgParams params;
  params.Add(static_cast<int64_t>(std::max<size_t>(1, min_articles)));
  for (const std::string& p : sql.params) params.Add(p);
  params.Add(static_cast<int64_t>(filter.limit)).Add(static_cast<int64_t>(filter.offset));
  StatusOr<PgResult> rows = db_.Query(query, params);
  if (!rows.ok()) return rows.status();
  std::vector<StoryRecord> out;
  for (int r = 0; r < rows->rows(); ++r) {
    StoryRecord s;
    s.id = rows->Int(r, 0);
    s.title = rows->Text(r, 1);
    s.first_published = rows->Text(r, 2);
    s.articles = static_cast<uint64_t>(rows->Int(r, 3));
    out.push_back(std::move(s));
  }
  for (StoryRecord& s : out) {
    StatusOr<PgResult> members = db_.Query(
        "SELECT id, site FROM articles WHERE story_id = $1 ORDER BY published, id",
        PgParams().Add(s.id));
    if (!members.ok()) return members.status();
    for (int r = 0; r < members->rows(); ++r) {
      s.article_ids.push_back(members->Int(r, 0));
      std::string site = members->Text(r, 1);
      if (std::find(s.sites.begin(), s.sites.end(), site) == s.sites.end()) {
        s.sites.push_back(std::move(site));
      }
    }
  }
  return out;
}

StatusOr<StoredArticle> PostgresStore::Article(int64_t id) {
  std::string sql = "SELECT ";
  sql += kSummaryColumns;
  sql += ", a.author, a.published_time, a.language, a.text FROM articles a WHERE a.id = $1";
  StatusOr<PgResult> row = db_.Query(sql, PgParams().Add(id));
  if (!row.ok()) return row.status();
  if (row->rows() == 0) return NotFoundError("no article " + std::to_string(id));
  StoredArticle article;
  article.summary = SummaryAt(*row, 0, 0);
  article.author = row->Text(0, kSummaryWidth);
  article.published_time = row->Text(0, kSummaryWidth + 1);
  article.language = row->Text(0, kSummaryWidth + 2);
  article.text = row->Text(0, kSummaryWidth + 3);

  const std::string key = std::to_string(id);
  StatusOr<std::vector<EntityRecord>> entities = EntitiesWhere(
      " AND e.id IN (SELECT entity_id FROM article_entities WHERE article_id = $1)", {key},
      10000, 0);
  if (!entities.ok()) return entities.status();
  article.entities = std::move(*entities);
  StatusOr<std::vector<QuoteRecord>> quotes = QuotesWhere(" AND a.id = $1", {key}, 10000, 0);
  if (!quotes.ok()) return quotes.status();
  article.quotes = std::move(*quotes);
  StatusOr<std::vector<EventRecord>> events = EventsWhere(" AND a.id = $1", {key}, 10000, 0);
  if (!events.ok()) return events.status();
  article.events = std::move(*events);

  StatusOr<PgResult> timex = db_.Query(
      "SELECT text, value, begin_char, end_char FROM timex WHERE article_id = $1 "
      "ORDER BY begin_char",
      PgParams().Add(id));
  if (!timex.ok()) return timex.status();
  for (int r = 0; r < timex->rows(); ++r) {
    article.timex.push_back({timex->Text(r, 0), timex->Text(r, 1),
                             static_cast<uint32_t>(timex->Int(r, 2)),
                             static_cast<uint32_t>(timex->Int(r, 3))});
  }
  StatusOr<PgResult> mentions = db_.Query(
      "SELECT entity_id, begin_char, end_char FROM mentions WHERE article_id = $1 "
      "ORDER BY begin_char",
      PgParams().Add(id));
  if (!mentions.ok()) return mentions.status();
  for (int r = 0; r < mentions->rows(); ++r) {
    article.mentions.push_back({mentions->Int(r, 0), static_cast<uint32_t>(mentions->Int(r, 1)),
                                static_cast<uint32_t>(mentions->Int(r, 2))});
  }
  return article;
}

StatusOr<std::vector<IngestError>> PostgresStore::Errors() {
  StatusOr<PgResult> rows =
      db_.Query("SELECT input, line, doc_id, message FROM ingest_errors ORDER BY id");
  if (!rows.ok()) return rows.status();
  std::vector<IngestError> out;
  for (int r = 0; r < rows->rows(); ++r) {
    out.push_back({rows->Text(r, 0), static_cast<uint64_t>(rows->Int(r, 1)), rows->Text(r, 2),
                   rows->Text(r, 3)});
  }
  return out;
}

StatusOr<ArchiveStats> PostgresStore::Stats() {
  StatusOr<PgResult> row = db_.Query(
      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), "
      "(SELECT count(*) FROM entities), (SELECT count(*) FROM quotes), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM timex), "
      "(SELECT count(*) FROM ingest_errors)");
  if (!row.ok()) return row.status();
  ArchiveStats stats;
  stats.articles = static_cast<uint64_t>(row->Int(0, 0));
  stats.stories = static_cast<uint64_t>(row->Int(0, 1));
  stats.entities = static_cast<uint64_t>(row->Int(0, 2));
  stats.quotes = static_cast<uint64_t>(row->Int(0, 3));
  stats.events = static_cast<uint64_t>(row->Int(0, 4));
  stats.timex = static_cast<uint64_t>(row->Int(0, 5));
  stats.errors = static_cast<uint64_t>(row->Int(0, 6));
  StatusOr<int> version = PostgresSchemaVersion(db_);
  if (!version.ok()) return version.status();
  stats.schema_version = *version;
  return stats;
}

// "postgresql://…: message", the password left out.
Status AtUri(const std::string& uri, const Status& status) {
  std::string message = RedactedUri(uri);
  message += ": ";
  message += status.message();
  return Status(status.code(), std::move(message));
}

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& uri,
                                                   const StoreOptions& options) {
  // The server first: a wrong URI fails before the dictionary is loaded.
  StatusOr<PgConnection> db = PgConnection::Open(uri);
  if (!db.ok()) return db.status();
  StatusOr<IndexWords> words = IndexWords::Create(options.morphology);
  if (!words.ok()) return words.status();
  StatusOr<int> version = PostgresSchemaVersion(*db);
  if (!version.ok()) return AtUri(uri, version.status());
  if (*version == 0 && options.must_exist) {
    return AtUri(uri, NotFoundError("no warta archive there"));
  }
  if (Status s = MigratePostgresSchema(*db); !s.ok()) return AtUri(uri, s);
  auto store = std::make_unique<PostgresStore>(
      std::move(*db), std::make_unique<IndexWords>(std::move(*words)));
  if (Status s = store->Prepare(); !s.ok()) return AtUri(uri, s);
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace warta::store
