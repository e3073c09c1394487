#include "store/sqlite_schema.h"

#include <string>
#include <vector>

#include "store/entity_counts.h"
#include "store/filter_terms.h"
#include "warta/store.h"

namespace warta::store {
namespace {

// Step k turns a version k archive into version k + 1 (step 0 creates it).
constexpr const char* kSteps[] = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  first_article_id INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  first_published TEXT NOT NULL DEFAULT '',
  articles INTEGER NOT NULL DEFAULT 0);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  site TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  published_time TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL UNIQUE,
  story_id INTEGER NOT NULL DEFAULT 0,
  fingerprint BLOB,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url <> '';
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site, published);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE story_bands (band_key INTEGER NOT NULL, article_id INTEGER NOT NULL);
CREATE INDEX story_bands_key ON story_bands(band_key);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  actor_code TEXT NOT NULL DEFAULT '',
  UNIQUE (name_key, type));
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  mentions INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
CREATE TABLE mentions (
  article_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  begin_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  content TEXT NOT NULL,
  cue TEXT NOT NULL DEFAULT '',
  speaker_id INTEGER NOT NULL DEFAULT 0,
  begin_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT NOT NULL DEFAULT '',
  trigger TEXT NOT NULL DEFAULT '',
  source_id INTEGER NOT NULL DEFAULT 0,
  source_name TEXT NOT NULL DEFAULT '',
  source_code TEXT NOT NULL DEFAULT '',
  target_id INTEGER NOT NULL DEFAULT 0,
  target_name TEXT NOT NULL DEFAULT '',
  target_code TEXT NOT NULL DEFAULT '',
  claimed_by_id INTEGER NOT NULL DEFAULT 0,
  negated INTEGER NOT NULL DEFAULT 0,
  date TEXT NOT NULL DEFAULT '',
  sentence TEXT NOT NULL DEFAULT '',
  begin_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source ON events(source_id);
CREATE INDEX events_target ON events(target_id);
CREATE TABLE timex (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  begin_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL);
CREATE INDEX timex_article ON timex(article_id);
CREATE TABLE ingest_errors (
  id INTEGER PRIMARY KEY,
  input TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  doc_id TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, content='', tokenize='warta_root');
INSERT INTO meta(key, value) VALUES ('application', 'warta');
)sql",
    // 2: story candidates are read newest first, a few per band key.
    R"sql(
DROP INDEX story_bands_key;
CREATE INDEX story_bands_recent ON story_bands(band_key, article_id);
)sql",
    // 3: the search index also holds each article's filter terms
    // (store/filter_terms.h); refilled from the stored articles by
    // RefillSearchIndex.
    R"sql(
DROP TABLE article_search;
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, terms, content='', tokenize='warta_root');
)sql",
    // 4: each entity's counts kept with it (store/entity_counts.h); counted
    // from the stored articles by kRecountEntitiesSql.
    R"sql(
ALTER TABLE entities ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX entities_by_mentions ON entities(n_mentions DESC, id);
)sql",
};

// Step 3's search index, filled again from the articles, their entities,
// speakers and events as stored.
Status RefillSearchIndex(SqliteDb& db) {
  StatusOr<SqliteStatement> articles =
      db.Prepare("SELECT id, title, text, site, published FROM articles ORDER BY id");
  StatusOr<SqliteStatement> entities = db.Prepare(
      "SELECT e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
      "WHERE ae.article_id = ?1");
  StatusOr<SqliteStatement> speakers = db.Prepare(
      "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_id "
      "WHERE q.article_id = ?1");
  StatusOr<SqliteStatement> events =
      db.Prepare("SELECT type FROM events WHERE article_id = ?1");
  StatusOr<SqliteStatement> insert = db.Prepare(
      "INSERT INTO article_search(rowid, title, text, terms) VALUES (?1, ?2, ?3, ?4)");
  for (auto* st : {&articles, &entities, &speakers, &events, &insert}) {
    if (!st->ok()) return st->status();
  }
  auto names = [](SqliteStatement& st, int64_t id, std::vector<std::string>* out) {
    st.Reset();
    st.Bind(1, id);
    while (st.Step()) out->push_back(st.Text(0));
    return st.status();
  };
  while (articles->Step()) {
    const int64_t id = articles->Int(0);
    FilterFacts facts;
    facts.site = articles->Text(3);
    facts.published = articles->Text(4);
    for (Status s : {names(*entities, id, &facts.entity_names),
                     names(*speakers, id, &facts.speaker_names),
                     names(*events, id, &facts.event_types)}) {
      if (!s.ok()) return s;
    }
    insert->Reset();
    insert->Bind(1, id).Bind(2, articles->Text(1)).Bind(3, articles->Text(2))
        .Bind(4, FilterTermsColumn(facts));
    if (Status s = insert->Run(); !s.ok()) return s;
  }
  return articles->status();
}
static_assert(std::size(kSteps) == kStoreSchemaVersion,
              "one migration step per schema version");

}  // namespace

StatusOr<int> SqliteSchemaVersion(SqliteDb& db) {
  StatusOr<SqliteStatement> tables =
      db.Prepare("SELECT count(*) FROM sqlite_master");
  if (!tables.ok()) {
    if (tables.status().code() == StatusCode::kDataLoss) {
      return InvalidArgumentError("not a warta archive (not an SQLite database)");
    }
    return tables.status();
  }
  if (!tables->Step()) {
    Status s = tables->status();
    if (s.code() == StatusCode::kDataLoss || s.code() == StatusCode::kInternal) {
      return InvalidArgumentError("not a warta archive (not an SQLite database)");
    }
    return s;
  }
  if (tables->Int(0) == 0) return 0;
  StatusOr<SqliteStatement> version = db.Prepare(
      "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok() || !version->Step()) {
    return InvalidArgumentError(
        "not a warta archive (an SQLite database without warta's tables)");
  }
  return std::stoi(version->Text(0));
}

Status MigrateSqliteSchema(SqliteDb& db) {
  // BEGIN IMMEDIATE: two processes opening a new archive at once must not
  // both create it.
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  StatusOr<int> version = SqliteSchemaVersion(db);
  if (!version.ok()) {
    (void)db.Exec("ROLLBACK");
    return version.status();
  }
  if (*version > kStoreSchemaVersion) {
    (void)db.Exec("ROLLBACK");
    return InvalidArgumentError(
        "the archive has schema version " + std::to_string(*version) +
        ", newer than this warta reads (" + std::to_string(kStoreSchemaVersion) +
        "): use a newer warta");
  }
  for (int step = *version; step < kStoreSchemaVersion; ++step) {
    Status s = db.Exec(kSteps[step]);
    // In a new archive there are no articles yet: the refill is free.
    if (s.ok() && step == 2) s = RefillSearchIndex(db);
    if (s.ok() && step == 3) s = db.Exec(kRecountEntitiesSql);
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return InternalError("cannot migrate the archive to schema version " +
                           std::to_string(step + 1) + ": " + s.message());
    }
  }
  if (*version != kStoreSchemaVersion) {
    Status s = db.Exec(
        "INSERT INTO meta(key, value) VALUES ('schema_version', '" +
        std::to_string(kStoreSchemaVersion) +
        "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return s;
    }
  }
  return db.Exec("COMMIT");
}

}  // namespace warta::store
