// Store: the archive of annotated articles, behind one interface.
//
//   auto store = warta::Store::Open("warta.db");          // SQLite (default)
//   auto store = warta::Store::Open("postgresql://u@localhost/warta");
//   if (!store.ok()) { ... store.status().message() ... }
//   auto added = (*store)->Ingest(documents);   // one transaction per batch
//   auto hits = (*store)->Search({.text = "kirim bantuan"});
//
// Every backend passes the same conformance suite (src/store/
// store_conformance_test.cc). What a backend keeps: articles (metadata and
// cleaned text), the entities of the archive (one row per canonical name and
// type, shared by every article that mentions it), quotes, events, time
// expressions, stories (syndicated copies grouped by near-duplicate
// fingerprints, src/stories/) and ingest errors. Spans are stored as
// character offsets into the article text, as in the JSON documents
// (docs/schema.md).
//
// Ingest is idempotent: a document whose URL, or whose cleaned text, is
// already in the archive is reported as a duplicate and not stored again.
// A batch is all or nothing: a failure rolls the whole batch back, so an
// interrupted ingest leaves the archive as it was after the last batch.
//
// Search matches root words (src/morphology/): a query for "kirim" finds
// "mengirim", "dikirimkan" and "pengiriman". A query is words (all must
// match), "quoted phrases" (the words in that order) and OR between
// alternatives; results are ranked (SQLite: BM25; PostgreSQL: ts_rank_cd,
// so scores and ties differ between backends), filtered by date range, site,
// entity, speaker and event type, and carry a snippet with the matching
// words between SearchQuery::highlight_open and highlight_close.
//
// Thread-safety: a Store is one connection; use it from one thread at a
// time. Several processes may open the same archive; writes are serialised
// by the database.
#ifndef WARTA_STORE_H_
#define WARTA_STORE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "warta/document.h"
#include "warta/options.h"
#include "warta/status.h"

namespace warta {

// The schema version this warta writes; archives of older versions are
// migrated when opened, archives of newer ones are refused.
inline constexpr int kStoreSchemaVersion = 4;

struct StoreOptions {
  // Root words for the search index (Debian's hunspell-id).
  MorphologyOptions morphology;
  // Open an existing archive only; fail with kNotFound if there is none.
  bool must_exist = false;
};

// What became of one document of a batch.
struct IngestOutcome {
  enum class Kind : uint8_t { kAdded, kDuplicate };
  Kind kind = Kind::kAdded;
  int64_t article_id = 0;  // the new article, or the one already stored
  int64_t story_id = 0;    // the story the article belongs to
};

// A document that could not be read or annotated, kept in the archive so
// that nothing is lost silently.
struct IngestError {
  std::string input;    // file name or "-" for standard input
  uint64_t line = 0;    // JSON Lines line number; 0 for a file
  std::string doc_id;   // the article's id when known
  std::string message;
};

// Filters shared by the queries. Empty strings and zero mean "any".
struct ArchiveFilter {
  std::string from;        // published on or after (YYYY-MM-DD)
  std::string to;          // published on or before (YYYY-MM-DD)
  std::string site;        // exact site ("nasional.kompas.com")
  std::string entity;      // an entity's name (case-insensitive, exact)
  std::string speaker;     // a quote's speaker (case-insensitive, exact)
  std::string event_type;  // PLOVER type ("ACCUSE")
  int64_t story_id = 0;    // articles of this story (syndicated copies)
  size_t limit = 20;
  size_t offset = 0;
};

struct SearchQuery {
  std::string text;  // words, "phrases", OR; empty matches every article
  ArchiveFilter filter;
  std::string highlight_open = "[";
  std::string highlight_close = "]";
  size_t snippet_words = 24;
};

struct ArticleSummary {
  int64_t id = 0;
  std::string doc_id;
  std::string url;
  std::string site;
  std::string title;
  std::string published;
  int64_t story_id = 0;
};

struct SearchHit {
  ArticleSummary article;
  double score = 0;     // higher is better
  std::string snippet;  // with the matching words highlighted
};

struct SearchResult {
  std::vector<SearchHit> hits;
  uint64_t total = 0;  // how many articles match, before limit and offset
};

struct QuoteRecord {
  ArticleSummary article;
  std::string kind;     // "direct" | "indirect"
  std::string content;  // what was said
  std::string cue;      // the speech verb or marker
  std::string speaker;  // the speaker's canonical name; empty if unknown
  int64_t speaker_id = 0;
  uint32_t begin = 0, end = 0;  // content, in characters of the text
};

struct EventRecord {
  int64_t id = 0;  // the event's id in the archive
  ArticleSummary article;
  std::string type;   // PLOVER
  std::string cameo;  // CAMEO code
  std::string trigger;
  std::string source, source_code;  // name (entity or group) and actor code
  std::string target, target_code;
  int64_t source_id = 0, target_id = 0;  // entities; 0 for groups or none
  std::string source_country, target_country;  // ISO alpha-3 of the entities
  std::string claimed_by;
  bool negated = false;
  std::string date;  // the event's date, or empty
  std::string sentence;
  uint32_t begin = 0, end = 0;  // trigger, in characters of the text
};

struct EntityRecord {
  int64_t id = 0;
  std::string name;
  std::string type;  // PER | ORG | LOC
  std::string country;
  std::string actor_code;
  uint64_t articles = 0;  // how many articles mention it
  uint64_t mentions = 0;
  uint64_t quotes = 0;    // how many quotes it is the speaker of
};

struct StoryRecord {
  int64_t id = 0;
  std::string title;           // the first article's title
  std::string first_published;
  uint64_t articles = 0;
  std::vector<std::string> sites;  // outlets, in order of first publication
  std::vector<int64_t> article_ids;
};

// One stored article with its facts.
struct StoredArticle {
  ArticleSummary summary;
  std::string author;
  std::string published_time;
  std::string language;
  std::string text;
  std::vector<EntityRecord> entities;  // with this article's mention counts
  std::vector<QuoteRecord> quotes;
  std::vector<EventRecord> events;
  struct TimexRecord {
    std::string text, value;
    uint32_t begin = 0, end = 0;
  };
  std::vector<TimexRecord> timex;
  struct MentionRecord {
    int64_t entity_id = 0;
    uint32_t begin = 0, end = 0;
  };
  std::vector<MentionRecord> mentions;
};

// One value of a facet and how many matching articles have it.
struct FacetValue {
  std::string value;
  int64_t entity_id = 0;  // people: the entity
  uint64_t articles = 0;
};

// Counts beside a search, for narrowing it: the matching articles by site,
// by person mentioned, by type of the events they report and by month of
// publication.
struct SearchFacets {
  uint64_t total = 0;              // articles matching the whole query
  std::vector<FacetValue> sites;   // most articles first, then by value
  std::vector<FacetValue> people;  // PER entities, most articles first
  std::vector<FacetValue> types;   // PLOVER types, most articles first
  std::vector<FacetValue> months;  // "YYYY-MM" in order; "" for undated
};

struct ArchiveStats {
  uint64_t articles = 0, stories = 0, entities = 0, quotes = 0, events = 0,
           timex = 0, errors = 0;
  int schema_version = 0;
};

class Store {
 public:
  // "postgresql://…" or "postgres://…" opens PostgreSQL (libpq connection
  // URI); anything else is a SQLite file, created when missing (unless
  // options.must_exist). Fails with kInvalidArgument for a file that is not
  // an archive, kUnavailable when the server cannot be reached.
  static StatusOr<std::unique_ptr<Store>> Open(std::string_view location,
                                               const StoreOptions& options = {});
  virtual ~Store() = default;

  virtual std::string_view backend() const = 0;  // "sqlite" | "postgresql"

  // Stores a batch in one transaction; outcomes in the order of `docs`.
  virtual StatusOr<std::vector<IngestOutcome>> Ingest(
      std::span<const Document> docs) = 0;
  virtual Status RecordErrors(std::span<const IngestError> errors) = 0;

  virtual StatusOr<SearchResult> Search(const SearchQuery& query) = 0;
  // How the articles `query` matches (text and filter) divide by site,
  // person, event type and month. Each facet leaves out its own filter
  // (sites ignore filter.site, people filter.entity, types
  // filter.event_type, months filter.from and filter.to), so that it lists
  // the alternatives to a choice already made; `total` applies every
  // filter. At most `limit` values a facet, months excepted. A query with
  // only negations matches nothing, as in Search.
  virtual StatusOr<SearchFacets> Facets(const SearchQuery& query, size_t limit) = 0;
  // Quotes by filter.speaker (and the other filters), newest first.
  virtual StatusOr<std::vector<QuoteRecord>> Quotes(const ArchiveFilter& filter) = 0;
  // Events in which `actor` is source or target (any if empty), of
  // filter.event_type, in the date range; newest first.
  virtual StatusOr<std::vector<EventRecord>> Events(const ArchiveFilter& filter,
                                                    std::string_view actor) = 0;
  // Entities whose name contains `name` (any if empty), most mentioned first.
  virtual StatusOr<std::vector<EntityRecord>> Entities(const ArchiveFilter& filter,
                                                       std::string_view name) = 0;
  virtual StatusOr<EntityRecord> Entity(int64_t id) = 0;
  // Stories with at least `min_articles` articles, largest first.
  virtual StatusOr<std::vector<StoryRecord>> Stories(const ArchiveFilter& filter,
                                                     size_t min_articles) = 0;
  virtual StatusOr<StoredArticle> Article(int64_t id) = 0;
  virtual StatusOr<std::vector<IngestError>> Errors() = 0;
  virtual StatusOr<ArchiveStats> Stats() = 0;
};

// True when `location` names a PostgreSQL server rather than a SQLite file.
bool IsPostgresLocation(std::string_view location);

// `location` fit for a message: a PostgreSQL URI's password replaced by
// "***"; a file name as it is.
std::string RedactedLocation(std::string_view location);

}  // namespace warta

#endif  // WARTA_STORE_H_
