#include "store/sqlite_store.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/document_rows.h"
#include "store/entity_counts.h"
#include "store/facet_sql.h"
#include "store/filter_sql.h"
#include "store/filter_terms.h"
#include "store/fts5_root_tokenizer.h"
#include "store/index_words.h"
#include "store/search_query.h"
#include "store/snippet.h"
#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"
#include "store/story_match.h"
#include "stories/story_fingerprint.h"
#include "text/ascii.h"

namespace warta::store {
namespace {

// Common queries are ranked among this many most recent matches.
constexpr size_t kRankWindow = 2000;

#define STORY_CANDIDATES "16"
static_assert(kCandidatesPerBand == 16, "STORY_CANDIDATES spells kCandidatesPerBand");

// Columns of ArticleSummary, in this order, from the alias "a".
constexpr const char* kSummaryColumns =
    "a.id, a.doc_id, a.url, a.site, a.title, a.published, a.story_id";
constexpr int kSummaryWidth = 7;

ArticleSummary SummaryAt(const SqliteStatement& row, int first) {
  ArticleSummary s;
  s.id = row.Int(first);
  s.doc_id = row.Text(first + 1);
  s.url = row.Text(first + 2);
  s.site = row.Text(first + 3);
  s.title = row.Text(first + 4);
  s.published = row.Text(first + 5);
  s.story_id = row.Int(first + 6);
  return s;
}

std::string Placeholder(size_t n) { return SqlParameter('?', n); }

FilterSql FilterClauses(const ArchiveFilter& f, int first) {
  return store::FilterClauses(f, static_cast<size_t>(first), '?');
}

class SqliteStore final : public Store {
 public:
  SqliteStore(SqliteDb db, std::unique_ptr<IndexWords> words)
      : db_(std::move(db)), words_(std::move(words)) {}

  Status Prepare();

  std::string_view backend() const override { return "sqlite"; }

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
  // The earliest and latest publication dates in the archive when `filter`
  // has an open date range (from or to alone), which they close; empty
  // strings otherwise, or when no article has a date.
  StatusOr<std::pair<std::string, std::string>> DateBounds(const ArchiveFilter& filter);
  StatusOr<int64_t> JoinStory(const ArticleRows& rows, int64_t article_id,
                              const stories::Fingerprint& fingerprint);
  StatusOr<std::vector<QuoteRecord>> QuotesWhere(const std::string& where,
                                                 const std::vector<std::string>& params,
                                                 size_t limit, size_t offset);
  StatusOr<std::vector<EventRecord>> EventsWhere(const std::string& where,
                                                 const std::vector<std::string>& params,
                                                 size_t limit, size_t offset);
  StatusOr<std::vector<EntityRecord>> EntitiesWhere(const std::string& where,
                                                    const std::vector<std::string>& params,
                                                    size_t limit, size_t offset);

  SqliteDb db_;
  std::unique_ptr<IndexWords> words_;
  // Statements of the ingest path, prepared once.
  SqliteStatement find_duplicate_, insert_article_, insert_story_, grow_story_,
      set_story_, insert_band_, find_band_, insert_search_, fill_search_, clear_search_,
      upsert_entity_,
      link_entity_, insert_mention_, insert_quote_, insert_event_, insert_timex_,
      insert_error_, count_entities_, count_quotes_;
};

Status SqliteStore::Prepare() {
  // A batch's rows of the search index wait here until the batch's last
  // article is stored, then go in with one statement: FTS5 writes the terms
  // it holds to disk at the start of every statement of the transaction
  // that may need undoing, which made a new index segment of each article.
  if (Status s = db_.Exec("CREATE TEMP TABLE IF NOT EXISTS pending_search("
                          "id INTEGER PRIMARY KEY, title TEXT, text TEXT, terms TEXT)");
      !s.ok())
    return s;
  const std::string count_entities = CountArticleEntitiesSql('?');
  const std::string count_quotes = CountArticleQuotesSql('?');
  struct {
    SqliteStatement* statement;
    const char* sql;
  } const statements[] = {
      {&find_duplicate_,
       "SELECT id, story_id FROM articles WHERE content_hash = ?1 "
       "UNION ALL SELECT id, story_id FROM articles WHERE url = ?2 AND url <> '' LIMIT 1"},
      {&insert_article_,
       "INSERT INTO articles(doc_id, url, site, title, published, published_time, "
       "author, language, content_hash, fingerprint, text) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&insert_story_,
       "INSERT INTO stories(first_article_id, title, first_published, articles) "
       "VALUES (?1, ?2, ?3, 1)"},
      {&grow_story_,
       "UPDATE stories SET articles = articles + 1, "
       "first_published = CASE WHEN first_published = '' OR (?2 <> '' AND ?2 < first_published) "
       "THEN ?2 ELSE first_published END WHERE id = ?1"},
      {&set_story_, "UPDATE articles SET story_id = ?2 WHERE id = ?1"},
      {&insert_band_, "INSERT INTO story_bands(band_key, article_id) VALUES (?1, ?2)"},
      {&find_band_,
       "SELECT a.id, a.story_id, a.fingerprint FROM (SELECT article_id FROM story_bands "
       "WHERE band_key = ?1 ORDER BY article_id DESC LIMIT " STORY_CANDIDATES ") b "
       "JOIN articles a ON a.id = b.article_id"},
      {&insert_search_,
       "INSERT INTO temp.pending_search(id, title, text, terms) VALUES (?1, ?2, ?3, ?4)"},
      {&fill_search_,
       "INSERT INTO article_search(rowid, title, text, terms) "
       "SELECT id, title, text, terms FROM temp.pending_search ORDER BY id"},
      {&clear_search_, "DELETE FROM temp.pending_search"},
      {&upsert_entity_,
       "INSERT INTO entities(name, name_key, type, country, actor_code) "
       "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(name_key, type) DO UPDATE SET "
       "country = CASE WHEN country = '' THEN excluded.country ELSE country END, "
       "actor_code = CASE WHEN actor_code = '' THEN excluded.actor_code ELSE actor_code END "
       "RETURNING id"},
      {&link_entity_,
       "INSERT INTO article_entities(article_id, entity_id, title, mentions) "
       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(article_id, entity_id) DO UPDATE SET "
       "mentions = mentions + excluded.mentions"},
      {&insert_mention_,
       "INSERT INTO mentions(article_id, entity_id, begin_char, end_char) "
       "VALUES (?1, ?2, ?3, ?4)"},
      {&insert_quote_,
       "INSERT INTO quotes(article_id, kind, content, cue, speaker_id, begin_char, end_char) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&insert_event_,
       "INSERT INTO events(article_id, type, cameo, trigger, source_id, source_name, "
       "source_code, target_id, target_name, target_code, claimed_by_id, negated, date, "
       "sentence, begin_char, end_char) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"},
      {&insert_timex_,
       "INSERT INTO timex(article_id, text, value, begin_char, end_char) "
       "VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&insert_error_,
       "INSERT INTO ingest_errors(input, line, doc_id, message) VALUES (?1, ?2, ?3, ?4)"},
      {&count_entities_, count_entities.c_str()},
      {&count_quotes_, count_quotes.c_str()},
  };
  for (const auto& s : statements) {
    StatusOr<SqliteStatement> prepared = db_.Prepare(s.sql);
    if (!prepared.ok()) return prepared.status();
    *s.statement = std::move(*prepared);
  }
  return Status::Ok();
}

StatusOr<std::vector<IngestOutcome>> SqliteStore::Ingest(std::span<const Document> docs) {
  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) {
    return Status(s.code(), "cannot start a transaction: " + s.message());
  }
  std::vector<IngestOutcome> outcomes;
  outcomes.reserve(docs.size());
  for (const Document& doc : docs) {
    StatusOr<IngestOutcome> outcome = IngestOne(doc);
    if (!outcome.ok()) {
      (void)db_.Exec("ROLLBACK");
      std::string message = "cannot store";
      if (!doc.id.empty()) message += " " + doc.id;
      message += ": ";
      message += outcome.status().message();
      return Status(outcome.status().code(), std::move(message));
    }
    outcomes.push_back(*outcome);
  }
  Status filled = fill_search_.Run();
  if (filled.ok()) filled = clear_search_.Run();
  if (!filled.ok()) {
    (void)db_.Exec("ROLLBACK");
    return Status(filled.code(), "cannot index the batch for search: " + filled.message());
  }
  if (Status s = db_.Exec("COMMIT"); !s.ok()) {
    (void)db_.Exec("ROLLBACK");
    return Status(s.code(), "cannot commit the batch: " + s.message());
  }
  return outcomes;
}

StatusOr<int64_t> SqliteStore::JoinStory(const ArticleRows& rows, int64_t article_id,
                                         const stories::Fingerprint& fingerprint) {
  const std::vector<int64_t> keys = StoryBandKeys(fingerprint);
  std::vector<StoryCandidate> candidates;
  for (int64_t key : keys) {
    find_band_.Bind(1, key);
    while (find_band_.Step()) {
      const int64_t id = find_band_.Int(0);
      if (std::any_of(candidates.begin(), candidates.end(),
                      [&](const StoryCandidate& c) { return c.article_id == id; })) {
        continue;
      }
      candidates.push_back({id, find_band_.Int(1), std::string(find_band_.Blob(2))});
    }
    Status s = find_band_.status();
    find_band_.Reset();
    if (!s.ok()) return s;
  }
  int64_t story = ChooseStory(fingerprint, candidates);
  if (story == 0) {
    insert_story_.Bind(1, article_id).Bind(2, rows.title).Bind(3, rows.published);
    if (Status s = insert_story_.Run(); !s.ok()) return s;
    story = sqlite3_last_insert_rowid(db_.handle());
  } else {
    grow_story_.Bind(1, story).Bind(2, rows.published);
    if (Status s = grow_story_.Run(); !s.ok()) return s;
  }
  for (int64_t key : keys) {
    insert_band_.Bind(1, key).Bind(2, article_id);
    if (Status s = insert_band_.Run(); !s.ok()) return s;
  }
  set_story_.Bind(1, article_id).Bind(2, story);
  if (Status s = set_story_.Run(); !s.ok()) return s;
  return story;
}

StatusOr<IngestOutcome> SqliteStore::IngestOne(const Document& doc) {
  const ArticleRows rows = RowsOf(doc);
  IngestOutcome outcome;
  find_duplicate_.Bind(1, rows.content_hash).Bind(2, rows.url);
  if (find_duplicate_.Step()) {
    outcome.kind = IngestOutcome::Kind::kDuplicate;
    outcome.article_id = find_duplicate_.Int(0);
    outcome.story_id = find_duplicate_.Int(1);
    find_duplicate_.Reset();
    return outcome;
  }
  if (Status s = find_duplicate_.status(); !s.ok()) return s;
  find_duplicate_.Reset();

  const stories::Fingerprint fingerprint = stories::FingerprintOf(rows.text);
  const std::string fingerprint_bytes = stories::Serialize(fingerprint);
  insert_article_.Bind(1, rows.doc_id).Bind(2, rows.url).Bind(3, rows.site)
      .Bind(4, rows.title).Bind(5, rows.published).Bind(6, rows.published_time)
      .Bind(7, rows.author).Bind(8, rows.language).Bind(9, rows.content_hash)
      .BindBlob(10, fingerprint_bytes).Bind(11, rows.text);
  if (Status s = insert_article_.Run(); !s.ok()) return s;
  const int64_t id = sqlite3_last_insert_rowid(db_.handle());
  outcome.article_id = id;

  StatusOr<int64_t> story = JoinStory(rows, id, fingerprint);
  if (!story.ok()) return story.status();
  outcome.story_id = *story;

  insert_search_.Bind(1, id).Bind(2, rows.title).Bind(3, rows.text)
      .Bind(4, FilterTermsColumn(FilterFactsOf(rows)));
  if (Status s = insert_search_.Run(); !s.ok()) return s;

  std::vector<int64_t> entity_ids(rows.entities.size(), 0);
  for (size_t e = 0; e < rows.entities.size(); ++e) {
    const ArticleRows::Entity& entity = rows.entities[e];
    upsert_entity_.Bind(1, entity.name).Bind(2, text::AsciiLower(entity.name))
        .Bind(3, entity.type).Bind(4, entity.country).Bind(5, entity.actor_code);
    if (upsert_entity_.Step()) entity_ids[e] = upsert_entity_.Int(0);
    Status s = upsert_entity_.status();
    upsert_entity_.Reset();
    if (!s.ok()) return s;
    link_entity_.Bind(1, id).Bind(2, entity_ids[e]).Bind(3, entity.title)
        .Bind(4, static_cast<int64_t>(entity.mentions));
    if (Status l = link_entity_.Run(); !l.ok()) return l;
  }
  auto entity_id = [&](uint32_t index) -> int64_t {
    return index < entity_ids.size() ? entity_ids[index] : 0;
  };
  for (const ArticleRows::Mention& m : rows.mentions) {
    insert_mention_.Bind(1, id).Bind(2, entity_id(m.entity)).Bind(3, int64_t{m.begin})
        .Bind(4, int64_t{m.end});
    if (Status s = insert_mention_.Run(); !s.ok()) return s;
  }
  for (const ArticleRows::Quote& q : rows.quotes) {
    insert_quote_.Bind(1, id).Bind(2, q.kind).Bind(3, q.content).Bind(4, q.cue)
        .Bind(5, entity_id(q.speaker)).Bind(6, int64_t{q.begin}).Bind(7, int64_t{q.end});
    if (Status s = insert_quote_.Run(); !s.ok()) return s;
  }
  count_entities_.Bind(1, id);
  if (Status s = count_entities_.Run(); !s.ok()) return s;
  if (!rows.quotes.empty()) {
    count_quotes_.Bind(1, id);
    if (Status s = count_quotes_.Run(); !s.ok()) return s;
  }
  for (const ArticleRows::Event& ev : rows.events) {
    insert_event_.Bind(1, id).Bind(2, ev.type).Bind(3, ev.cameo).Bind(4, ev.trigger)
        .Bind(5, entity_id(ev.source)).Bind(6, ev.source_name).Bind(7, ev.source_code)
        .Bind(8, entity_id(ev.target)).Bind(9, ev.target_name).Bind(10, ev.target_code)
        .Bind(11, entity_id(ev.claimed_by)).Bind(12, int64_t{ev.negated ? 1 : 0})
        .Bind(13, ev.date).Bind(14, ev.sentence).Bind(15, int64_t{ev.begin})
        .Bind(16, int64_t{ev.end});
    if (Status s = insert_event_.Run(); !s.ok()) return s;
  }
  for (const ArticleRows::Timex& t : rows.timex) {
    insert_timex_.Bind(1, id).Bind(2, t.text).Bind(3, t.value).Bind(4, int64_t{t.begin})
        .Bind(5, int64_t{t.end});
    if (Status s = insert_timex_.Run(); !s.ok()) return s;
  }
  return outcome;
}

Status SqliteStore::RecordErrors(std::span<const IngestError> errors) {
  if (errors.empty()) return Status::Ok();
  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  for (const IngestError& e : errors) {
    insert_error_.Bind(1, e.input).Bind(2, static_cast<int64_t>(e.line)).Bind(3, e.doc_id)
        .Bind(4, e.message);
    if (Status s = insert_error_.Run(); !s.ok()) {
      (void)db_.Exec("ROLLBACK");
      return s;
    }
  }
  return db_.Exec("COMMIT");
}

StatusOr<std::pair<std::string, std::string>> SqliteStore::DateBounds(
    const ArchiveFilter& filter) {
  std::pair<std::string, std::string> bounds;
  if (filter.from.empty() == filter.to.empty()) return bounds;
  // Two lookups in the articles_published index.
  StatusOr<SqliteStatement> st = db_.Prepare(
      "SELECT (SELECT min(published) FROM articles WHERE published > ''), "
      "(SELECT max(published) FROM articles)");
  if (!st.ok()) return st.status();
  if (st->Step() && !st->IsNull(0)) {
    bounds.first = st->Text(0);
    bounds.second = st->Text(1);
  }
  if (!st->status().ok()) return st->status();
  return bounds;
}

StatusOr<SearchResult> SqliteStore::Search(const SearchQuery& query) {
  const ParsedQuery parsed = ParseSearchQuery(query.text, *words_);
  const bool has_text = !parsed.empty();
  if (!has_text && !query.text.empty() &&
      query.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    return SearchResult{};  // only punctuation or negations: nothing to find
  }
  // With words to match, the filters are filter terms in the same FTS5
  // query (store/filter_terms.h): FTS5 intersects their posting lists, and
  // the articles table is not read until the page of hits is known. A
  // filter that terms cannot say is joined in SQL, FTS5 driving the join
  // (CROSS JOIN keeps SQLite from scanning a site's articles and matching
  // each).
  std::string match = has_text ? ToFts5(parsed) : std::string();
  std::optional<std::string> terms;
  if (has_text) {
    StatusOr<std::pair<std::string, std::string>> dates = DateBounds(query.filter);
    if (!dates.ok()) return dates.status();
    terms = FilterTermsMatch(query.filter, dates->first, dates->second);
    if (terms && !terms->empty()) {
      match = "(" + match;
      match += ") AND ";
      match += *terms;
    }
  }
  FilterSql filter = terms ? FilterSql{} : FilterClauses(query.filter, has_text ? 2 : 1);
  const bool filtered = !filter.where.empty();
  std::string from;
  if (has_text) {
    from = filtered ? " FROM article_search CROSS JOIN articles a ON a.id = article_search.rowid "
                      "WHERE article_search MATCH ?1"
                    : " FROM article_search WHERE article_search MATCH ?1";
  } else {
    from = " FROM articles a WHERE 1";
  }
  from += filter.where;
  auto bind_all = [&](SqliteStatement& st) {
    int index = 1;
    if (has_text) st.Bind(index++, match);
    for (const std::string& p : filter.params) st.Bind(index++, p);
    return index;
  };

  SearchResult result;
  {
    StatusOr<SqliteStatement> count = db_.Prepare("SELECT count(*)" + from);
    if (!count.ok()) return count.status();
    bind_all(*count);
    if (count->Step()) result.total = static_cast<uint64_t>(count->Int(0));
    if (!count->status().ok()) return count->status();
  }
  // A query that matches very many articles is ranked among its most recent
  // matches only (kRankWindow of them, or as many as the page needs): BM25
  // over every match of a common word costs tens of milliseconds on a large
  // archive, and recent news is what such a query is after. The total stays
  // exact.
  int64_t newest_bound = 0;
  const size_t window = std::max(kRankWindow, query.filter.offset + query.filter.limit);
  if (has_text && result.total > window) {
    StatusOr<SqliteStatement> bound = db_.Prepare(
        "SELECT article_search.rowid" + from + " ORDER BY article_search.rowid DESC LIMIT 1 OFFSET " +
        Placeholder(1 + 1 + filter.params.size()));
    if (!bound.ok()) return bound.status();
    const int next = bind_all(*bound);
    bound->Bind(next, static_cast<int64_t>(window - 1));
    if (bound->Step()) newest_bound = bound->Int(0);
    if (!bound->status().ok()) return bound->status();
  }
  const size_t bound_param = 1 + (has_text ? 1 : 0) + filter.params.size();
  const std::string limit = Placeholder(bound_param + 1);
  const std::string offset = Placeholder(bound_param + 2);
  std::string sql;
  if (has_text) {
    // Rank ids and scores only; the page's texts (for snippets) are read
    // afterwards, not carried through the sort of every match.
    sql = std::string("SELECT ") + kSummaryColumns + ", h.score, a.text FROM (SELECT "
          "article_search.rowid AS id, -bm25(article_search, 4.0, 1.0, 0.0) AS score" + from +
          " AND article_search.rowid >= " + Placeholder(bound_param) +
          " ORDER BY score DESC, id LIMIT " + limit + " OFFSET " + offset +
          ") h JOIN articles a ON a.id = h.id ORDER BY h.score DESC, a.id";
  } else {
    sql = std::string("SELECT ") + kSummaryColumns + ", 0.0, a.text" + from + " AND " +
          Placeholder(bound_param) + " = 0 ORDER BY a.published DESC, a.id DESC LIMIT " + limit +
          " OFFSET " + offset;
  }
  StatusOr<SqliteStatement> st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  int next = bind_all(*st);
  st->Bind(next, newest_bound)
      .Bind(next + 1, static_cast<int64_t>(query.filter.limit))
      .Bind(next + 2, static_cast<int64_t>(query.filter.offset));
  const std::vector<std::string> roots = parsed.Roots();
  SnippetOptions snippet;
  snippet.words = query.snippet_words;
  snippet.open = query.highlight_open;
  snippet.close = query.highlight_close;
  while (st->Step()) {
    SearchHit hit;
    hit.article = SummaryAt(*st, 0);
    hit.score = st->Real(kSummaryWidth);
    hit.snippet = MakeSnippet(st->Text(kSummaryWidth + 1), roots, *words_, snippet);
    result.hits.push_back(std::move(hit));
  }
  if (!st->status().ok()) return st->status();
  return result;
}

StatusOr<SearchFacets> SqliteStore::Facets(const SearchQuery& query, size_t limit) {
  const ParsedQuery parsed = ParseSearchQuery(query.text, *words_);
  const bool has_text = !parsed.empty();
  if (!has_text && query.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    return SearchFacets{};  // only punctuation or negations: nothing to find
  }
  const char* match = has_text ? " FROM article_search CROSS JOIN articles a ON a.id = "
                                 "article_search.rowid WHERE article_search MATCH ?1"
                               : "";
  const std::string fts = has_text ? ToFts5(parsed) : std::string();
  SearchFacets facets;
  for (Facet facet : kFacets) {
    FacetStatement q = FacetQuery(facet, query.filter, match, has_text ? 2 : 1, '?', limit);
    StatusOr<SqliteStatement> st = db_.Prepare(q.sql);
    if (!st.ok()) return st.status();
    int index = 1;
    if (has_text) st->Bind(index++, fts);
    for (const std::string& p : q.params) st->Bind(index++, p);
    std::vector<FacetValue>* list = FacetList(facet, facets);
    while (st->Step()) {
      FacetValue v{st->Text(0), st->Int(1), static_cast<uint64_t>(st->Int(2))};
      if (list == nullptr) {
        facets.total = v.articles;
      } else {
        list->push_back(std::move(v));
      }
    }
    if (!st->status().ok()) return st->status();
  }
  return facets;
}

// Columns of QuoteRecord after the summary: kind, content, cue, speaker
// name, speaker id, begin, end.
StatusOr<std::vector<QuoteRecord>> SqliteStore::QuotesWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  const std::string n = Placeholder(params.size() + 1);
  const std::string m = Placeholder(params.size() + 2);
  StatusOr<SqliteStatement> st = db_.Prepare(
      std::string("SELECT ") + kSummaryColumns +
      ", q.kind, q.content, q.cue, coalesce(e.name, ''), q.speaker_id, q.begin_char, "
      "q.end_char FROM quotes q JOIN articles a ON a.id = q.article_id "
      "LEFT JOIN entities e ON e.id = q.speaker_id WHERE 1" + where +
      " ORDER BY a.published DESC, a.id DESC, q.begin_char LIMIT " + n + " OFFSET " + m);
  if (!st.ok()) return st.status();
  int index = 1;
  for (const std::string& p : params) st->Bind(index++, p);
  st->Bind(index, static_cast<int64_t>(limit)).Bind(index + 1, static_cast<int64_t>(offset));
  std::vector<QuoteRecord> out;
  while (st->Step()) {
    QuoteRecord q;
    q.article = SummaryAt(*st, 0);
    const int c = kSummaryWidth;
    q.kind = st->Text(c);
    q.content = st->Text(c + 1);
    q.cue = st->Text(c + 2);
    q.speaker = st->Text(c + 3);
    q.speaker_id = st->Int(c + 4);
    q.begin = static_cast<uint32_t>(st->Int(c + 5));
    q.end = static_cast<uint32_t>(st->Int(c + 6));
    out.push_back(std::move(q));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

StatusOr<std::vector<QuoteRecord>> SqliteStore::Quotes(const ArchiveFilter& filter) {
  ArchiveFilter f = filter;
  const std::string speaker = text::AsciiLower(f.speaker);
  f.speaker.clear();  // applied to the quote itself, not to its article
  FilterSql sql = FilterClauses(f, 1);
  if (!speaker.empty()) sql.Add("e.name_key = " + Placeholder(sql.params.size() + 1), speaker);
  return QuotesWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<std::vector<EventRecord>> SqliteStore::EventsWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  const std::string n = Placeholder(params.size() + 1);
  const std::string m = Placeholder(params.size() + 2);
  StatusOr<SqliteStatement> st = db_.Prepare(
      std::string("SELECT ") + kSummaryColumns +
      ", ev.type, ev.cameo, ev.trigger, ev.source_name, ev.source_code, ev.target_name, "
      "ev.target_code, ev.source_id, ev.target_id, coalesce(c.name, ''), ev.negated, "
      "ev.date, ev.sentence, ev.begin_char, ev.end_char, ev.id, coalesce(s.country, ''), "
      "coalesce(t.country, '') FROM events ev JOIN articles a ON a.id = ev.article_id "
      "LEFT JOIN entities c ON c.id = ev.claimed_by_id "
      "LEFT JOIN entities s ON s.id = ev.source_id "
      "LEFT JOIN entities t ON t.id = ev.target_id WHERE 1" + where +
      " ORDER BY a.published DESC, a.id DESC, ev.begin_char LIMIT " + n + " OFFSET " + m);
  if (!st.ok()) return st.status();
  int index = 1;
  for (const std::string& p : params) st->Bind(index++, p);
  st->Bind(index, static_cast<int64_t>(limit)).Bind(index + 1, static_cast<int64_t>(offset));
  std::vector<EventRecord> out;
  while (st->Step()) {
    EventRecord e;
    e.article = SummaryAt(*st, 0);
    const int c = kSummaryWidth;
    e.type = st->Text(c);
    e.cameo = st->Text(c + 1);
    e.trigger = st->Text(c + 2);
    e.source = st->Text(c + 3);
    e.source_code = st->Text(c + 4);
    e.target = st->Text(c + 5);
    e.target_code = st->Text(c + 6);
    e.source_id = st->Int(c + 7);
    e.target_id = st->Int(c + 8);
    e.claimed_by = st->Text(c + 9);
    e.negated = st->Int(c + 10) != 0;
    e.date = st->Text(c + 11);
    e.sentence = st->Text(c + 12);
    e.begin = static_cast<uint32_t>(st->Int(c + 13));
    e.end = static_cast<uint32_t>(st->Int(c + 14));
    e.id = st->Int(c + 15);
    e.source_country = st->Text(c + 16);
    e.target_country = st->Text(c + 17);
    out.push_back(std::move(e));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

StatusOr<std::vector<EventRecord>> SqliteStore::Events(const ArchiveFilter& filter,
                                                       std::string_view actor) {
  ArchiveFilter f = filter;
  const std::string type = f.event_type;
  f.event_type.clear();  // applied to the event itself
  FilterSql sql = FilterClauses(f, 1);
  if (!type.empty()) sql.Add("ev.type = " + Placeholder(sql.params.size() + 1), type);
  if (!actor.empty()) {
    const std::string p = Placeholder(sql.params.size() + 1);
    sql.Add("(lower(ev.source_name) = " + p + " OR lower(ev.target_name) = " + p + ")",
            text::AsciiLower(actor));
  }
  return EventsWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<std::vector<EntityRecord>> SqliteStore::EntitiesWhere(
    const std::string& where, const std::vector<std::string>& params, size_t limit,
    size_t offset) {
  const std::string n = Placeholder(params.size() + 1);
  const std::string m = Placeholder(params.size() + 2);
  StatusOr<SqliteStatement> st = db_.Prepare(
      "SELECT e.id, e.name, e.type, e.country, e.actor_code, "
      "e.n_articles, e.n_mentions, e.n_quotes FROM entities e WHERE 1" + where +
      " ORDER BY 7 DESC, e.id LIMIT " + n + " OFFSET " + m);
  if (!st.ok()) return st.status();
  int index = 1;
  for (const std::string& p : params) st->Bind(index++, p);
  st->Bind(index, static_cast<int64_t>(limit)).Bind(index + 1, static_cast<int64_t>(offset));
  std::vector<EntityRecord> out;
  while (st->Step()) {
    EntityRecord e;
    e.id = st->Int(0);
    e.name = st->Text(1);
    e.type = st->Text(2);
    e.country = st->Text(3);
    e.actor_code = st->Text(4);
    e.articles = static_cast<uint64_t>(st->Int(5));
    e.mentions = static_cast<uint64_t>(st->Int(6));
    e.quotes = static_cast<uint64_t>(st->Int(7));
    out.push_back(std::move(e));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

StatusOr<std::vector<EntityRecord>> SqliteStore::Entities(const ArchiveFilter& filter,
                                                          std::string_view name) {
  FilterSql sql;
  if (!name.empty()) {
    // instr() rather than LIKE: no wildcards in names to escape.
    sql.Add("instr(e.name_key, ?1) > 0", text::AsciiLower(name));
  }
  // Article filters restrict to entities mentioned in matching articles.
  FilterSql articles = FilterClauses(filter, static_cast<int>(sql.params.size()) + 1);
  if (!articles.where.empty()) {
    sql.where += " AND e.id IN (SELECT ae.entity_id FROM article_entities ae "
                 "JOIN articles a ON a.id = ae.article_id WHERE 1" + articles.where + ")";
    sql.params.insert(sql.params.end(), articles.params.begin(), articles.params.end());
  }
  return EntitiesWhere(sql.where, sql.params, filter.limit, filter.offset);
}

StatusOr<EntityRecord> SqliteStore::Entity(int64_t id) {
  StatusOr<std::vector<EntityRecord>> found =
      EntitiesWhere(" AND e.id = ?1", {std::to_string(id)}, 1, 0);
  if (!found.ok()) return found.status();
  if (found->empty()) return NotFoundError("no entity " + std::to_string(id));
  return std::move(found->front());
}

StatusOr<std::vector<StoryRecord>> SqliteStore::Stories(const ArchiveFilter& filter,
                                                        size_t min_articles) {
  FilterSql sql = FilterClauses(filter, 2);
  StatusOr<SqliteStatement> st = db_.Prepare(
      "SELECT s.id, s.title, s.first_published, s.articles FROM stories s "
      "WHERE s.articles >= ?1 AND s.id IN (SELECT a.story_id FROM articles a WHERE 1" +
      sql.where + ") ORDER BY s.articles DESC, s.first_published DESC, s.id LIMIT " +
      Placeholder(sql.params.size() + 2) + " OFFSET " + Placeholder(sql.params.size() + 3));
  if (!st.ok()) return st.status();
  st->Bind(1, static_cast<int64_t>(std::max<size_t>(1, min_articles)));
  int index = 2;
  for (const std::string& p : sql.params) st->Bind(index++, p);
  st->Bind(index, static_cast<int64_t>(filter.limit))
      .Bind(index + 1, static_cast<int64_t>(filter.offset));
  std::vector<StoryRecord> out;
  while (st->Step()) {
    StoryRecord s;
    s.id = st->Int(0);
    s.title = st->Text(1);
    s.first_published = st->Text(2);
    s.articles = static_cast<uint64_t>(st->Int(3));
    out.push_back(std::move(s));
  }
  if (!st->status().ok()) return st->status();
  StatusOr<SqliteStatement> members = db_.Prepare(
      "SELECT id, site FROM articles WHERE story_id = ?1 ORDER BY published, id");
  if (!members.ok()) return members.status();
  for (StoryRecord& s : out) {
    members->Bind(1, s.id);
    while (members->Step()) {
      s.article_ids.push_back(members->Int(0));
      std::string site = members->Text(1);
      if (std::find(s.sites.begin(), s.sites.end(), site) == s.sites.end()) {
        s.sites.push_back(std::move(site));
      }
    }
    Status status = members->status();
    members->Reset();
    if (!status.ok()) return status;
  }
  return out;
}

StatusOr<StoredArticle> SqliteStore::Article(int64_t id) {
  StatusOr<SqliteStatement> st = db_.Prepare(
      std::string("SELECT ") + kSummaryColumns +
      ", a.author, a.published_time, a.language, a.text FROM articles a WHERE a.id = ?1");
  if (!st.ok()) return st.status();
  st->Bind(1, id);
  if (!st->Step()) {
    if (!st->status().ok()) return st->status();
    return NotFoundError("no article " + std::to_string(id));
  }
  StoredArticle article;
  article.summary = SummaryAt(*st, 0);
  article.author = st->Text(kSummaryWidth);
  article.published_time = st->Text(kSummaryWidth + 1);
  article.language = st->Text(kSummaryWidth + 2);
  article.text = st->Text(kSummaryWidth + 3);

  const std::string key = std::to_string(id);
  StatusOr<std::vector<EntityRecord>> entities = EntitiesWhere(
      " AND e.id IN (SELECT entity_id FROM article_entities WHERE article_id = ?1)", {key},
      10000, 0);
  if (!entities.ok()) return entities.status();
  article.entities = std::move(*entities);
  StatusOr<std::vector<QuoteRecord>> quotes = QuotesWhere(" AND a.id = ?1", {key}, 10000, 0);
  if (!quotes.ok()) return quotes.status();
  article.quotes = std::move(*quotes);
  StatusOr<std::vector<EventRecord>> events = EventsWhere(" AND a.id = ?1", {key}, 10000, 0);
  if (!events.ok()) return events.status();
  article.events = std::move(*events);

  StatusOr<SqliteStatement> timex = db_.Prepare(
      "SELECT text, value, begin_char, end_char FROM timex WHERE article_id = ?1 "
      "ORDER BY begin_char");
  if (!timex.ok()) return timex.status();
  timex->Bind(1, id);
  while (timex->Step()) {
    article.timex.push_back({timex->Text(0), timex->Text(1),
                             static_cast<uint32_t>(timex->Int(2)),
                             static_cast<uint32_t>(timex->Int(3))});
  }
  if (!timex->status().ok()) return timex->status();
  StatusOr<SqliteStatement> mentions = db_.Prepare(
      "SELECT entity_id, begin_char, end_char FROM mentions WHERE article_id = ?1 "
      "ORDER BY begin_char");
  if (!mentions.ok()) return mentions.status();
  mentions->Bind(1, id);
  while (mentions->Step()) {
    article.mentions.push_back({mentions->Int(0), static_cast<uint32_t>(mentions->Int(1)),
                                static_cast<uint32_t>(mentions->Int(2))});
  }
  if (!mentions->status().ok()) return mentions->status();
  return article;
}

StatusOr<std::vector<IngestError>> SqliteStore::Errors() {
  StatusOr<SqliteStatement> st =
      db_.Prepare("SELECT input, line, doc_id, message FROM ingest_errors ORDER BY id");
  if (!st.ok()) return st.status();
  std::vector<IngestError> out;
  while (st->Step()) {
    out.push_back({st->Text(0), static_cast<uint64_t>(st->Int(1)), st->Text(2), st->Text(3)});
  }
  if (!st->status().ok()) return st->status();
  return out;
}

StatusOr<ArchiveStats> SqliteStore::Stats() {
  StatusOr<SqliteStatement> st = db_.Prepare(
      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), "
      "(SELECT count(*) FROM entities), (SELECT count(*) FROM quotes), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM timex), "
      "(SELECT count(*) FROM ingest_errors)");
  if (!st.ok()) return st.status();
  ArchiveStats stats;
  if (st->Step()) {
    stats.articles = static_cast<uint64_t>(st->Int(0));
    stats.stories = static_cast<uint64_t>(st->Int(1));
    stats.entities = static_cast<uint64_t>(st->Int(2));
    stats.quotes = static_cast<uint64_t>(st->Int(3));
    stats.events = static_cast<uint64_t>(st->Int(4));
    stats.timex = static_cast<uint64_t>(st->Int(5));
    stats.errors = static_cast<uint64_t>(st->Int(6));
  }
  if (!st->status().ok()) return st->status();
  StatusOr<int> version = SqliteSchemaVersion(db_);
  if (!version.ok()) return version.status();
  stats.schema_version = *version;
  return stats;
}

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                                 const StoreOptions& options) {
  StatusOr<IndexWords> words = IndexWords::Create(options.morphology);
  if (!words.ok()) return words.status();
  StatusOr<SqliteDb> db = SqliteDb::Open(path, !options.must_exist);
  if (!db.ok()) return db.status();
  sqlite3_busy_timeout(db->handle(), 10000);
  auto owned_words = std::make_unique<IndexWords>(std::move(*words));
  if (Status s = RegisterRootTokenizer(db->handle(), owned_words.get()); !s.ok()) return s;
  // A file that is not SQLite fails here, before anything is written.
  StatusOr<int> version = SqliteSchemaVersion(*db);
  if (!version.ok()) {
    return Status(version.status().code(), path + ": " + version.status().message());
  }
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                             "PRAGMA foreign_keys = OFF", "PRAGMA temp_store = MEMORY"}) {
    if (Status s = db->Exec(pragma); !s.ok()) {
      return Status(s.code(), path + ": " + s.message());
    }
  }
  if (Status s = MigrateSqliteSchema(*db); !s.ok()) {
    return Status(s.code(), path + ": " + s.message());
  }
  auto store = std::make_unique<SqliteStore>(std::move(*db), std::move(owned_words));
  if (Status s = store->Prepare(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace warta::store
