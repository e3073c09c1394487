// The archive measured on real articles (issue 14, "Must show"): ingest into
// SQLite, and search on an archive of 100,000 articles side by side with
// plain FTS5 and Xapian on the same texts and the same queries.
//
//   archive_benchmark [--articles N] [--dir DIR] [--rebuild] [--store-as-is]
//                     [--ingest-repetitions R] [--search-repetitions R]
//                     [--skip-ingest] [--skip-search] [--per-query]
//                     [--no-diagnostics]
//
// Real text only, read at run time and never stored in the repository:
// ../shared/data/news/articles.jsonl (1,117 articles) and the `text` of every
// whole-article gold file under ../shared/eval/dev (476). When ../shared is
// absent the program says so and exits 0 without measuring anything.
//
// 1. Ingest. The real articles go through Pipeline::CreateDefault and then
//    Store::Ingest in batches of 200, into a fresh SQLite file, on one
//    thread: articles/s for the whole, and the pipeline's and the store's
//    shares of the same run; then the store alone on the documents the
//    pipeline made (a fresh file again), so the split is visible.
//
// 2. Search. The archive is built once and cached under --dir (rebuilt when
//    missing, when --articles differs or with --rebuild): the real articles
//    annotated once, then replicated as new Documents (new id, new URL, and
//    one changed sentence each: a sentence of another real article appended
//    as a last paragraph, so every span stays valid and every content hash
//    differs) until the archive holds --articles articles. Every Document
//    goes through Store::Ingest; the same texts (same ids, titles, sites,
//    dates) go into a plain FTS5 file (unicode61 tokenizer, no root words)
//    and into a Xapian database (Indonesian Snowball stemmer). A fixed set of
//    queries is then timed on each, interleaved query by query so that load
//    from other processes falls on all three alike: warta through
//    Store::Search (limit 20, snippets), the peers with their own ranking
//    and snippets. Reported: p50 and p99 latency (wall and CPU of this
//    thread), how many articles each finds for the root-word queries (and
//    how many of warta's), and archive bytes per article. Diagnostics (left
//    out with --no-diagnostics) tell where warta's time goes: warta's index
//    queried with the plain FTS5 engine's SQL, and Xapian with its default
//    snippet flags.
//
//    The archive is built with one index that the store does not make
//    (AddUrlIndex below says why; --store-as-is builds without it).
//
// Not a unit test: it is built with the benchmarks and run by hand.
#include <simdjson.h>
#include <sqlite3.h>
#include <time.h>

#include <CLI/CLI.hpp>

#ifdef WARTA_HAVE_XAPIAN
#include <xapian.h>
#endif

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/document_rows.h"
#include "store/fts5_root_tokenizer.h"
#include "store/index_words.h"
#include "store/search_query.h"
#include "store/snippet.h"
#include "store/sqlite_db.h"
#include "warta/article.h"
#include "warta/pipeline.h"
#include "warta/store.h"

namespace warta::bench {
namespace {

// The pipeline as `warta ingest` runs it: only the sentences the events
// stage reads are parsed (ParserOptions::only_event_sentences).
PipelineOptions IngestPipelineOptions() {
  PipelineOptions options;
  options.parser.only_event_sentences = true;
  return options;
}

namespace fs = std::filesystem;

constexpr size_t kBatch = 200;  // Store::Ingest batch, as `warta ingest` uses

// Bumped whenever the way the cached archive is made changes, so that an
// archive of an earlier version is rebuilt rather than measured.
constexpr int kArchiveFormat = 1;

// ---------------------------------------------------------------- timing

double WallSeconds() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// CPU time of this thread: on a machine shared with other builds it shows
// the work itself, wall time shows what a user waits.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) +
         static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Elapsed {
  double wall = 0, cpu = 0;
  Elapsed& operator+=(const Elapsed& o) {
    wall += o.wall;
    cpu += o.cpu;
    return *this;
  }
};

class Stopwatch {
 public:
  Stopwatch() : wall_(WallSeconds()), cpu_(CpuSeconds()) {}
  Elapsed Read() const { return {WallSeconds() - wall_, CpuSeconds() - cpu_}; }

 private:
  double wall_, cpu_;
};

double LoadAverage() {
  double load[1] = {0};
  return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// Nearest-rank percentile of `v` (p in (0, 100]).
double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank =
      static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
  return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

double Median(std::vector<double> v) { return Percentile(std::move(v), 50); }

// ---------------------------------------------------------------- files

void RemoveSqliteFile(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    fs::remove(path + suffix, ec);
}

uint64_t PathBytes(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
  uint64_t total = 0;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file(ec)) total += e.file_size(ec);
    }
  }
  return total;
}

uint64_t SqliteBytes(const std::string& path) {
  return PathBytes(path) + PathBytes(path + "-wal");
}

// The store's duplicate check by URL ("... WHERE ?2 <> '' AND url = ?2" in
// src/store/sqlite_store.cc) cannot use the partial index articles_url
// (WHERE url <> ''): SQLite only uses a partial index when the query's WHERE
// implies the index's, and "?2 <> ''" says nothing about url. So every
// ingested article with a URL scans the whole articles table, and ingest
// slows down in proportion to the archive (161 articles/s over the first
// 10,000 articles, 51/s over the next 10,000). Until the store's query
// says "url = ?2 AND url <> ''", the archive can be given an index on url
// that the planner does use: the same plan the fixed query would get. The
// ingest benchmark measures the store both ways; the 100,000-article archive
// is built with it (its bytes are left out of the archive's size).
constexpr const char* kUrlIndexName = "bench_articles_url";

bool AddUrlIndex(const std::string& path) {
  StatusOr<store::SqliteDb> db = store::SqliteDb::Open(path, false);
  if (!db.ok()) return false;
  std::string sql = "CREATE INDEX IF NOT EXISTS ";
  sql += kUrlIndexName;
  sql += " ON articles(url)";
  return db->Exec(sql).ok();
}

// ---------------------------------------------------------------- real
// articles

struct RealArticles {
  std::vector<Article> articles;
  size_t news = 0, dev = 0;
  size_t unreadable = 0;  // JSON Lines records ParseArticleJson refuses
  uint64_t bytes = 0;
};

RealArticles LoadRealArticles(const std::string& shared) {
  RealArticles out;
  std::ifstream news(shared + "/data/news/articles.jsonl");
  std::string line;
  while (std::getline(news, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    StatusOr<Article> article = ParseArticleJson(line);
    if (!article.ok()) {
      ++out.unreadable;
      continue;
    }
    out.bytes += article->text.size();
    out.articles.push_back(std::move(*article));
    ++out.news;
  }
  const std::string dev = shared + "/eval/dev";
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(dev, ec)) {
    for (const auto& e : fs::recursive_directory_iterator(dev, ec)) {
      if (e.path().string().ends_with(".gold.json")) files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  simdjson::dom::parser parser;
  for (const fs::path& path : files) {
    simdjson::dom::element doc;
    if (parser.load(path.string()).get(doc)) continue;
    std::string_view text, value;
    if (doc["text"].get(text) != simdjson::SUCCESS) continue;
    Article article;
    article.text.assign(text);
    if (doc["id"].get(value) == simdjson::SUCCESS) article.id.assign(value);
    if (doc["title"].get(value) == simdjson::SUCCESS)
      article.title.assign(value);
    if (doc["published"].get(value) == simdjson::SUCCESS)
      article.published.assign(value);
    out.bytes += article.text.size();
    out.articles.push_back(std::move(article));
    ++out.dev;
  }
  return out;
}

// ---------------------------------------------------------------- 1. ingest

struct IngestRun {
  Elapsed total, pipeline, store;
  size_t added = 0, duplicates = 0, errors = 0;
  uint64_t bytes = 0;  // archive size afterwards
};

// Stores `batch` and counts the outcomes; false (with a message) on failure.
bool StoreBatch(Store& store, std::vector<Document>& batch, IngestRun* run) {
  if (batch.empty()) return true;
  Stopwatch watch;
  StatusOr<std::vector<IngestOutcome>> outcomes = store.Ingest(batch);
  run->store += watch.Read();
  if (!outcomes.ok()) {
    std::fprintf(stderr, "archive_benchmark: ingest failed: %s\n",
                 outcomes.status().message().c_str());
    return false;
  }
  for (const IngestOutcome& o : *outcomes) {
    (o.kind == IngestOutcome::Kind::kAdded ? run->added : run->duplicates) += 1;
  }
  batch.clear();
  return true;
}

// What `warta ingest` does with each article, timed as a whole and by part.
// The annotated documents are kept in `annotated` when it is not null.
bool RunPipelineAndStore(const Pipeline& pipeline,
                         const std::vector<Article>& articles,
                         const std::string& path, IngestRun* run,
                         std::vector<Document>* annotated) {
  RemoveSqliteFile(path);
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  if (!store.ok()) {
    std::fprintf(stderr, "archive_benchmark: %s\n",
                 store.status().message().c_str());
    return false;
  }
  Scratch scratch;
  std::vector<Document> batch;
  Stopwatch total;
  for (const Article& article : articles) {
    Stopwatch watch;
    Document doc = DocumentFromArticle(article);
    Status s = pipeline.Process(doc, scratch);
    doc.raw.clear();  // not stored (as in `warta ingest`)
    doc.raw.shrink_to_fit();
    run->pipeline += watch.Read();
    if (!s.ok() || doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ++run->errors;
      continue;
    }
    if (annotated) annotated->push_back(doc);
    batch.push_back(std::move(doc));
    if (batch.size() >= kBatch && !StoreBatch(**store, batch, run))
      return false;
  }
  if (!StoreBatch(**store, batch, run)) return false;
  run->total = total.Read();
  store->reset();  // closes the file; SQLite folds the WAL back in
  run->bytes = SqliteBytes(path);
  return true;
}

bool RunStoreOnly(const std::vector<Document>& docs, const std::string& path,
                  bool url_index, IngestRun* run) {
  RemoveSqliteFile(path);
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  if (!store.ok()) {
    std::fprintf(stderr, "archive_benchmark: %s\n",
                 store.status().message().c_str());
    return false;
  }
  // The store's prepared statements are prepared again by SQLite when the
  // schema changes, so they see the new index.
  if (url_index && !AddUrlIndex(path)) return false;
  Stopwatch total;
  for (size_t i = 0; i < docs.size(); i += kBatch) {
    const size_t n = std::min(kBatch, docs.size() - i);
    Stopwatch watch;
    StatusOr<std::vector<IngestOutcome>> outcomes =
        (*store)->Ingest(std::span<const Document>(docs.data() + i, n));
    run->store += watch.Read();
    if (!outcomes.ok()) {
      std::fprintf(stderr, "archive_benchmark: ingest failed: %s\n",
                   outcomes.status().message().c_str());
      return false;
    }
    for (const IngestOutcome& o : *outcomes) {
      (o.kind == IngestOutcome::Kind::kAdded ? run->added : run->duplicates) +=
          1;
    }
  }
  run->total = total.Read();
  store->reset();
  run->bytes = SqliteBytes(path);
  return true;
}

double PerSecond(size_t n, double seconds) {
  return seconds > 0 ? static_cast<double>(n) / seconds : 0;
}

bool IngestBenchmark(const RealArticles& real, const std::string& dir,
                     int repetitions, std::vector<Document>* annotated) {
  std::fprintf(stderr, "ingest: loading the default pipeline...\n");
  Stopwatch load;
  StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(IngestPipelineOptions());
  if (!pipeline.ok()) {
    std::fprintf(stderr, "archive_benchmark: %s\n",
                 pipeline.status().message().c_str());
    return false;
  }
  const Elapsed load_time = load.Read();
  const std::string path = dir + "/ingest.db";
  std::vector<IngestRun> full, store_only, store_url_index;
  for (int r = 0; r < repetitions; ++r) {
    std::fprintf(stderr,
                 "ingest: pipeline + store, run %d of %d (load %.1f)...\n",
                 r + 1, repetitions, LoadAverage());
    IngestRun run;
    if (!RunPipelineAndStore(*pipeline, real.articles, path, &run,
                             r == 0 ? annotated : nullptr)) {
      return false;
    }
    full.push_back(run);
  }
  for (int r = 0; r < repetitions; ++r) {
    std::fprintf(stderr, "ingest: store alone, run %d of %d...\n", r + 1,
                 repetitions);
    IngestRun run;
    if (!RunStoreOnly(*annotated, path, false, &run)) return false;
    store_only.push_back(run);
    IngestRun indexed;
    if (!RunStoreOnly(*annotated, path, true, &indexed)) return false;
    store_url_index.push_back(indexed);
  }
  RemoveSqliteFile(path);

  const size_t n = real.articles.size();
  auto rates = [&](const std::vector<IngestRun>& runs, auto part, bool cpu,
                   size_t count) {
    std::vector<double> v;
    for (const IngestRun& run : runs) {
      const Elapsed e = part(run);
      v.push_back(PerSecond(count, cpu ? e.cpu : e.wall));
    }
    return v;
  };
  auto range = [](std::vector<double> v) {
    char buf[64];
    std::sort(v.begin(), v.end());
    std::snprintf(buf, sizeof buf, "%.0f (%.0f–%.0f)", Median(v), v.front(),
                  v.back());
    return std::string(buf);
  };
  auto total = [](const IngestRun& run) { return run.total; };
  auto pipe = [](const IngestRun& run) { return run.pipeline; };
  auto store = [](const IngestRun& run) { return run.store; };
  const size_t stored = annotated->size();

  std::printf("\n## Ingest into SQLite, one thread\n\n");
  std::printf(
      "%zu real articles (%zu of articles.jsonl, %zu of eval/dev; %zu JSON "
      "Lines "
      "records unreadable and left out), %.2f MB of text; %zu annotated, %zu "
      "stored, %zu duplicates (same cleaned text), %zu pipeline errors. "
      "Pipeline "
      "loaded in %.2f s (not counted). Medians of %d runs (range), articles/s "
      "of the %zu input articles.\n\n",
      n, real.news, real.dev, real.unreadable,
      static_cast<double>(real.bytes) / 1e6, stored, full.front().added,
      full.front().duplicates, full.front().errors, load_time.wall, repetitions,
      n);
  std::printf(
      "| measured | articles/s (wall) | articles/s (CPU) | share of the run "
      "(wall) |\n");
  std::printf("|---|---|---|---|\n");
  std::vector<double> share_p, share_s;
  for (const IngestRun& run : full) {
    share_p.push_back(100 * run.pipeline.wall / run.total.wall);
    share_s.push_back(100 * run.store.wall / run.total.wall);
  }
  std::printf(
      "| pipeline + store (`DocumentFromArticle`, `Process`, `Ingest`) | %s | "
      "%s | "
      "100 %% |\n",
      range(rates(full, total, false, n)).c_str(),
      range(rates(full, total, true, n)).c_str());
  std::printf("| of which the pipeline | %s | %s | %.0f %% |\n",
              range(rates(full, pipe, false, n)).c_str(),
              range(rates(full, pipe, true, n)).c_str(), Median(share_p));
  std::printf("| of which the store (`Store::Ingest`) | %s | %s | %.0f %% |\n",
              range(rates(full, store, false, stored)).c_str(),
              range(rates(full, store, true, stored)).c_str(), Median(share_s));
  std::printf(
      "| store alone, pre-annotated documents, fresh file | %s | %s | — |\n",
      range(rates(store_only, total, false, stored)).c_str(),
      range(rates(store_only, total, true, stored)).c_str());
  std::printf(
      "| store alone, with an index the duplicate check by URL can use | %s | "
      "%s "
      "| — |\n",
      range(rates(store_url_index, total, false, stored)).c_str(),
      range(rates(store_url_index, total, true, stored)).c_str());
  std::printf(
      "\nArchive after ingest: %.1f MB, %.0f bytes per stored article.\n",
      static_cast<double>(full.front().bytes) / 1e6,
      static_cast<double>(full.front().bytes) /
          static_cast<double>(std::max<size_t>(1, full.front().added)));
  std::fflush(stdout);
  return true;
}

// ---------------------------------------------------------------- 2. the
// archive

// Makes the k-th Document of the archive from the annotated real articles:
// round k / n of article k % n; round 0 is the article itself, every later
// round a copy with a new id and URL and one more sentence.
class Replicator {
 public:
  explicit Replicator(const std::vector<Document>& base) : base_(base) {
    // Donor sentences: real sentences of 8 words or more, each once; a
    // dateline ("JAKARTA, KOMPAS.com -") or a caption line would repeat
    // across articles and make copies alike.
    std::unordered_set<std::string> seen;
    for (const Document& doc : base) {
      for (const Sentence& s : doc.sentences) {
        std::string text(doc.Slice(s.span));
        const size_t words = std::count(text.begin(), text.end(), ' ') + 1;
        if (words < 8 || text.size() > 400) continue;
        for (char& c : text) {
          if (c == '\n' || c == '\r') c = ' ';
        }
        if (seen.insert(text).second) sentences_.push_back(std::move(text));
      }
    }
    // A stride prime to the pool's size: the copies of one article take
    // distinct sentences for as many rounds as there are sentences.
    stride_ = 7919;
    while (!sentences_.empty() && std::gcd(stride_, sentences_.size()) != 1)
      ++stride_;
  }

  size_t pool() const { return sentences_.size(); }

  Document Make(size_t k) const {
    const size_t i = k % base_.size(), round = k / base_.size();
    Document doc = base_[i];
    if (round == 0) return doc;
    const std::string tag = std::to_string(round);
    doc.id += "~r";
    doc.id += tag;
    if (!doc.url.empty()) {
      doc.url += doc.url.find('?') == std::string::npos ? "?copy=" : "&copy=";
      doc.url += tag;
    }
    doc.text += "\n\n";
    doc.text += sentences_[(i * 31 + round * stride_) % sentences_.size()];
    return doc;
  }

 private:
  const std::vector<Document>& base_;
  std::vector<std::string> sentences_;
  size_t stride_ = 1;
};

// The site as the store derives it (store/document_rows.cc, RowsOf), so that
// the peers filter on the same value.
std::string SiteOf(const Document& doc) {
  std::string site = store::HostOf(doc.url);
  if (site.empty()) site = !doc.site_name.empty() ? doc.site_name : doc.source;
  return site;
}

struct ArchivePaths {
  std::string dir, warta, fts5, xapian, xapian_compact, manifest;
  explicit ArchivePaths(const std::string& d)
      : dir(d),
        warta(d + "/warta.db"),
        fts5(d + "/fts5-plain.db"),
        xapian(d + "/xapian"),
        xapian_compact(d + "/xapian-compact"),
        manifest(d + "/manifest.txt") {}
};

std::string ManifestText(size_t articles) {
  std::string m = "archive_benchmark format ";
  m += std::to_string(kArchiveFormat);
  m += "\narticles ";
  m += std::to_string(articles);
#ifdef WARTA_HAVE_XAPIAN
  m += "\nxapian yes";
#endif
  m += "\n";
  return m;
}

bool ArchiveCached(const ArchivePaths& paths, size_t articles) {
  std::error_code ec;
  if (!fs::exists(paths.warta, ec) || !fs::exists(paths.fts5, ec)) return false;
#ifdef WARTA_HAVE_XAPIAN
  if (!fs::is_directory(paths.xapian, ec)) return false;
#endif
  std::ifstream in(paths.manifest);
  std::string text((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  return text == ManifestText(articles);
}

// The plain FTS5 archive: the articles' metadata and cleaned text in a table
// as warta keeps them, with the same indexes for the filters, and an FTS5
// index over title and text with SQLite's own unicode61 tokenizer (no root
// words). External content, so FTS5 can make snippets from the table.
constexpr const char* kPlainSchema = R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  site TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site, published);
CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
)sql";

class PlainFts5Writer {
 public:
  static StatusOr<PlainFts5Writer> Create(const std::string& path) {
    RemoveSqliteFile(path);
    StatusOr<store::SqliteDb> db = store::SqliteDb::Open(path, true);
    if (!db.ok()) return db.status();
    for (const char* sql : {"PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL", kPlainSchema}) {
      if (Status s = db->Exec(sql); !s.ok()) return s;
    }
    PlainFts5Writer w(std::move(*db));
    StatusOr<store::SqliteStatement> article = w.db_.Prepare(
        "INSERT INTO articles(id, doc_id, url, site, title, published, text) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!article.ok()) return article.status();
    StatusOr<store::SqliteStatement> search = w.db_.Prepare(
        "INSERT INTO article_search(rowid, title, text) VALUES (?1, ?2, ?3)");
    if (!search.ok()) return search.status();
    w.insert_article_ = std::move(*article);
    w.insert_search_ = std::move(*search);
    return w;
  }

  Status Begin() { return db_.Exec("BEGIN"); }
  Status Commit() { return db_.Exec("COMMIT"); }
  Status Add(int64_t id, const Document& doc) {
    insert_article_.Bind(1, id)
        .Bind(2, doc.id)
        .Bind(3, doc.url)
        .Bind(4, SiteOf(doc))
        .Bind(5, doc.title)
        .Bind(6, doc.published)
        .Bind(7, doc.text);
    if (Status s = insert_article_.Run(); !s.ok()) return s;
    insert_search_.Bind(1, id).Bind(2, doc.title).Bind(3, doc.text);
    return insert_search_.Run();
  }

 private:
  explicit PlainFts5Writer(store::SqliteDb db) : db_(std::move(db)) {}
  store::SqliteDb db_;
  store::SqliteStatement insert_article_, insert_search_;
};

#ifdef WARTA_HAVE_XAPIAN
// Xapian's value slots and term prefixes for this archive.
constexpr Xapian::valueno kPublishedSlot = 0, kTitleSlot = 1, kUrlSlot = 2,
                          kDocIdSlot = 3, kSiteSlot = 4;
constexpr const char* kSitePrefix = "H";  // Xapian's convention for host names
constexpr const char* kXapianLanguage = "indonesian";

// The same articles in Xapian: title (its words counted 4 times, as the FTS5
// tables weigh the title 4:1) and text through the TermGenerator with the
// Indonesian stemmer (stemmed terms beside the words, positions for
// phrases); the text as document data for snippets; the date as a value for
// ranges; the site as a boolean term; docid = warta's article id.
class XapianWriter {
 public:
  explicit XapianWriter(const std::string& path)
      : db_(path, Xapian::DB_CREATE_OR_OVERWRITE) {
    terms_.set_stemmer(Xapian::Stem(kXapianLanguage));
  }
  void Add(int64_t id, const Document& doc) {
    Xapian::Document xd;
    terms_.set_document(xd);
    terms_.index_text(doc.title, 4);
    terms_.increase_termpos();  // no phrase across the title's end
    terms_.index_text(doc.text);
    xd.set_data(doc.text);
    const std::string site = SiteOf(doc);
    xd.add_value(kPublishedSlot, doc.published);
    xd.add_value(kTitleSlot, doc.title);
    xd.add_value(kUrlSlot, doc.url);
    xd.add_value(kDocIdSlot, doc.id);
    xd.add_value(kSiteSlot, site);
    if (!site.empty()) xd.add_boolean_term(std::string(kSitePrefix) + site);
    db_.replace_document(static_cast<Xapian::docid>(id), xd);
  }
  void Commit() { db_.commit(); }

 private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator terms_;
};
#endif

struct BuildReport {
  size_t stored = 0, collisions = 0;
  Elapsed warta, fts5, xapian, replicate;
};

// Builds the three archives of `target` articles from the annotated real
// articles. Progress (and the store's rate as the archive grows) on stderr.
bool BuildArchive(const std::vector<Document>& annotated,
                  const ArchivePaths& paths, size_t target, bool url_index,
                  BuildReport* report) {
  std::error_code ec;
  fs::create_directories(paths.dir, ec);
  fs::remove(paths.manifest, ec);
  RemoveSqliteFile(paths.warta);

  // One base document per distinct text and URL: the store would take a
  // second one as a duplicate, and its copies as copies of the first.
  std::vector<Document> base;
  {
    std::unordered_set<std::string> hashes, urls;
    for (const Document& doc : annotated) {
      if (!hashes.insert(doc.ContentHash()).second) continue;
      if (!doc.url.empty() && !urls.insert(doc.url).second) continue;
      base.push_back(doc);
    }
  }
  const Replicator replicator(base);
  std::fprintf(stderr,
               "archive: %zu distinct real articles, %zu donor sentences, "
               "%zu copies each on average\n",
               base.size(), replicator.pool(),
               target / std::max<size_t>(1, base.size()));

  StatusOr<std::unique_ptr<Store>> store = Store::Open(paths.warta);
  if (!store.ok()) {
    std::fprintf(stderr, "archive_benchmark: %s\n",
                 store.status().message().c_str());
    return false;
  }
  if (url_index && !AddUrlIndex(paths.warta)) return false;
  StatusOr<PlainFts5Writer> plain = PlainFts5Writer::Create(paths.fts5);
  if (!plain.ok()) {
    std::fprintf(stderr, "archive_benchmark: %s: %s\n", paths.fts5.c_str(),
                 plain.status().message().c_str());
    return false;
  }
#ifdef WARTA_HAVE_XAPIAN
  fs::remove_all(paths.xapian, ec);
  XapianWriter xapian(paths.xapian);
#endif

  std::unordered_set<std::string> hashes;
  std::vector<Document> batch;
  size_t k = 0;
  Elapsed last_warta;
  size_t last_report = 0;
  while (report->stored < target) {
    batch.clear();
    {
      Stopwatch watch;
      while (batch.size() < std::min(kBatch, target - report->stored)) {
        Document doc = replicator.Make(k++);
        if (!hashes.insert(doc.ContentHash()).second) {
          ++report->collisions;
          continue;
        }
        batch.push_back(std::move(doc));
      }
      report->replicate += watch.Read();
    }
    Stopwatch watch;
    StatusOr<std::vector<IngestOutcome>> outcomes = (*store)->Ingest(batch);
    report->warta += watch.Read();
    if (!outcomes.ok()) {
      std::fprintf(stderr, "archive_benchmark: ingest failed: %s\n",
                   outcomes.status().message().c_str());
      return false;
    }
    Stopwatch plain_watch;
    if (Status s = plain->Begin(); !s.ok()) return false;
    for (size_t i = 0; i < batch.size(); ++i) {
      if ((*outcomes)[i].kind != IngestOutcome::Kind::kAdded) {
        std::fprintf(stderr, "archive_benchmark: %s was taken as a duplicate\n",
                     batch[i].id.c_str());
        return false;
      }
      if (Status s = plain->Add((*outcomes)[i].article_id, batch[i]); !s.ok()) {
        std::fprintf(stderr, "archive_benchmark: plain FTS5: %s\n",
                     s.message().c_str());
        return false;
      }
    }
    if (Status s = plain->Commit(); !s.ok()) return false;
    report->fts5 += plain_watch.Read();
#ifdef WARTA_HAVE_XAPIAN
    Stopwatch xapian_watch;
    for (size_t i = 0; i < batch.size(); ++i)
      xapian.Add((*outcomes)[i].article_id, batch[i]);
    report->xapian += xapian_watch.Read();
#endif
    report->stored += batch.size();
    if (report->stored - last_report >= 10000 || report->stored == target) {
      const double wall = report->warta.wall - last_warta.wall;
      std::fprintf(
          stderr,
          "archive: %zu articles; store %.0f articles/s over the last %zu "
          "(load %.1f)\n",
          report->stored, PerSecond(report->stored - last_report, wall),
          report->stored - last_report, LoadAverage());
      last_warta = report->warta;
      last_report = report->stored;
    }
  }
#ifdef WARTA_HAVE_XAPIAN
  Stopwatch xapian_watch;
  xapian.Commit();
  report->xapian += xapian_watch.Read();
  // Compacted too, for its size: what a Xapian archive shrinks to when it
  // is not being written (xapian-compact); searches run on the one as built.
  fs::remove_all(paths.xapian_compact, ec);
  try {
    Xapian::Database(paths.xapian).compact(paths.xapian_compact);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "xapian: cannot compact: %s\n",
                 e.get_description().c_str());
  }
#endif
  store->reset();
  std::ofstream(paths.manifest) << ManifestText(target);
  return true;
}

// ---------------------------------------------------------------- queries

struct BenchQuery {
  const char* kind;
  const char* text;  // the same syntax for all three: words, "phrase", OR
  const char* from = "";
  const char* to = "";
  const char* site = "";
};

// Realistic queries over the archive's news (2013–2025, politics, law,
// economy, one day of Kompas and Tribunnews, the Danantara fund): single
// common and rare words, root words whose articles use them inflected, two
// words, phrases, alternatives, and the same kinds with a date range or a
// site. Chosen by hand from words of these articles; fixed, so runs compare.
const std::vector<BenchQuery>& Queries() {
  static const std::vector<BenchQuery> queries = {
      {"common", "pemerintah"},
      {"common", "indonesia"},
      {"common", "jakarta"},
      {"common", "presiden"},
      {"common", "ekonomi"},
      {"common", "investasi"},
      {"common", "menteri"},
      {"common", "laporan"},
      {"rare", "susilaningtyas"},
      {"rare", "kanjuruhan"},
      {"rare", "reshuffle"},
      {"rare", "mangkrak"},
      {"rare", "petitum"},
      {"rare", "lantamal"},
      {"rare", "kogabwilhan"},
      {"rare", "turkiye"},
      {"root", "kirim"},
      {"root", "tangkap"},
      {"root", "bantu"},
      {"root", "periksa"},
      {"root", "tahan"},
      {"root", "tolak"},
      {"root", "dukung"},
      {"root", "pilih"},
      {"root", "lapor"},
      {"root", "serang"},
      {"root", "bangun"},
      {"root", "jual"},
      {"root", "tembak"},
      {"two words", "harga minyak"},
      {"two words", "kpk korupsi"},
      {"two words", "prabowo danantara"},
      {"two words", "polisi tersangka"},
      {"two words", "bantuan korban"},
      {"two words", "kirim bantuan"},
      {"two words", "tangkap pelaku"},
      {"two words", "investasi saham"},
      {"phrase", "\"komisi pemberantasan korupsi\""},
      {"phrase", "\"dewan perwakilan rakyat\""},
      {"phrase", "\"mahkamah konstitusi\""},
      {"phrase", "\"bahan bakar minyak\""},
      {"phrase", "\"richard eliezer\""},
      {"phrase", "\"ferdy sambo\""},
      {"or", "banjir OR longsor"},
      {"or", "gempa OR tsunami"},
      {"date range", "danantara", "2025-01-01", "2025-03-31"},
      {"date range", "investasi", "2024-10-01", "2024-12-31"},
      {"date range", "tangkap", "2023-02-27", "2023-02-27"},
      {"date range", "\"bahan bakar minyak\"", "2013-01-01", "2020-12-31"},
      {"site", "polisi", "", "", "www.tribunnews.com"},
      {"site", "kirim", "", "", "nasional.kompas.com"},
      {"site", "\"ferdy sambo\"", "", "", "nasional.kompas.com"},
      {"site", "bantu", "", "", "www.cnbcindonesia.com"},
      {"site + date", "ekonomi", "2023-01-01", "2023-12-31",
       "money.kompas.com"},
  };
  return queries;
}

// One search backend under test.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual const char* name() const = 0;
  // Runs the query as a user's search would (top 20 with snippets and the
  // number of matches); the number of matches, or -1 on failure.
  virtual int64_t Run(const BenchQuery& q) = 0;
  // Every matching article id (for the root-word counts).
  virtual std::set<int64_t> AllMatches(const char* text) = 0;
  // A variant measured to explain a figure, left out of the match counts.
  virtual bool diagnostic() const { return false; }
};

class WartaEngine final : public Engine {
 public:
  WartaEngine(std::unique_ptr<Store> store, store::SqliteDb raw,
              std::unique_ptr<store::IndexWords> words)
      : store_(std::move(store)),
        raw_(std::move(raw)),
        words_(std::move(words)) {}

  static std::unique_ptr<WartaEngine> Open(const std::string& path) {
    StoreOptions options;
    options.must_exist = true;
    StatusOr<std::unique_ptr<Store>> store = Store::Open(path, options);
    if (!store.ok()) {
      std::fprintf(stderr, "archive_benchmark: %s\n",
                   store.status().message().c_str());
      return nullptr;
    }
    // A second connection of our own, for the full sets of matches: the
    // same FTS5 table and tokenizer, the same query translation.
    StatusOr<store::IndexWords> words =
        store::IndexWords::Create(MorphologyOptions{});
    StatusOr<store::SqliteDb> raw = store::SqliteDb::Open(path, false);
    if (!words.ok() || !raw.ok()) return nullptr;
    auto owned = std::make_unique<store::IndexWords>(std::move(*words));
    if (!store::RegisterRootTokenizer(raw->handle(), owned.get()).ok())
      return nullptr;
    return std::make_unique<WartaEngine>(std::move(*store), std::move(*raw),
                                         std::move(owned));
  }

  const char* name() const override { return "warta (Store::Search)"; }

  int64_t Run(const BenchQuery& q) override {
    SearchQuery query;
    query.text = q.text;
    query.filter.from = q.from;
    query.filter.to = q.to;
    query.filter.site = q.site;
    query.filter.limit = 20;
    StatusOr<SearchResult> result = store_->Search(query);
    if (!result.ok()) return -1;
    return static_cast<int64_t>(result->total);
  }

  std::set<int64_t> AllMatches(const char* text) override {
    std::set<int64_t> ids;
    const std::string match =
        store::ToFts5(store::ParseSearchQuery(text, *words_));
    StatusOr<store::SqliteStatement> st = raw_.Prepare(
        "SELECT rowid FROM article_search WHERE article_search MATCH ?1");
    if (!st.ok()) return ids;
    st->Bind(1, match);
    while (st->Step()) ids.insert(st->Int(0));
    return ids;
  }

  // Bytes of the archive by part (SQLite's dbstat table; empty when this
  // SQLite is built without it).
  std::map<std::string, uint64_t> BytesByPart() {
    return SqliteBytesByPart(raw_);
  }

  static std::map<std::string, uint64_t> SqliteBytesByPart(
      store::SqliteDb& db) {
    std::map<std::string, uint64_t> parts;
    StatusOr<store::SqliteStatement> st =
        db.Prepare("SELECT name, sum(pgsize) FROM dbstat GROUP BY name");
    if (!st.ok()) return parts;
    while (st->Step()) {
      const std::string table = st->Text(0);
      std::string part = "facts, stories and the rest";
      if (table == kUrlIndexName) {
        part = "(the benchmark's index on url, left out)";
      } else if (table.starts_with("article_search")) {
        part = "search index";
      } else if (table == "articles" || table.starts_with("articles_") ||
                 table.starts_with("sqlite_autoindex_articles")) {
        part = "articles (metadata and text)";
      }
      parts[part] += static_cast<uint64_t>(st->Int(1));
    }
    return parts;
  }

 private:
  std::unique_ptr<Store> store_;
  store::SqliteDb raw_;
  std::unique_ptr<store::IndexWords> words_;
};

// Plain FTS5 as one would write it without warta: the same count and the
// top 20 by BM25 (title 4, text 1) with FTS5's own snippet() of 24 tokens;
// ORDER BY rank lets FTS5 sort, so snippets are made for the 20 rows only
// and no other row's text is read.
class PlainFts5Engine final : public Engine {
 public:
  explicit PlainFts5Engine(store::SqliteDb db) : db_(std::move(db)) {}

  static std::unique_ptr<PlainFts5Engine> Open(const std::string& path) {
    StatusOr<store::SqliteDb> db = store::SqliteDb::Open(path, false);
    if (!db.ok()) return nullptr;
    return std::make_unique<PlainFts5Engine>(std::move(*db));
  }

  const char* name() const override { return "plain FTS5 (unicode61)"; }

  int64_t Run(const BenchQuery& q) override {
    // CROSS JOIN: FTS5 drives the join. Left to itself the planner starts
    // from the site index when there is a site filter and runs the MATCH
    // once per article of the site (tens of ms on a large site).
    std::string where =
        " FROM article_search CROSS JOIN articles a ON a.id = "
        "article_search.rowid "
        "WHERE article_search MATCH ?1";
    std::vector<std::string> params = {q.text};
    auto add = [&](const char* clause, const char* value) {
      if (!*value) return;
      params.emplace_back(value);
      where += " AND ";
      where += clause;
      where += std::to_string(params.size());
    };
    add("a.published >= ?", q.from);
    add("a.published <= ?", q.to);
    add("a.site = ?", q.site);
    int64_t total = -1;
    {
      std::string sql = "SELECT count(*)";
      sql += where;
      StatusOr<store::SqliteStatement> st = db_.Prepare(sql);
      if (!st.ok()) return -1;
      for (size_t i = 0; i < params.size(); ++i)
        st->Bind(static_cast<int>(i + 1), params[i]);
      if (st->Step()) total = st->Int(0);
      if (!st->status().ok()) return -1;
    }
    std::string sql =
        "SELECT a.id, a.doc_id, a.url, a.site, a.title, a.published, -rank, "
        "snippet(article_search, 1, '[', ']', '…', 24)";
    sql += where;
    sql += " AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT 20";
    StatusOr<store::SqliteStatement> st = db_.Prepare(sql);
    if (!st.ok()) return -1;
    for (size_t i = 0; i < params.size(); ++i)
      st->Bind(static_cast<int>(i + 1), params[i]);
    while (st->Step()) {
      // What a caller reads of each hit.
      sink_ += st->Text(2).size() + st->Text(4).size() + st->Text(7).size();
    }
    if (!st->status().ok()) return -1;
    return total;
  }

  std::set<int64_t> AllMatches(const char* text) override {
    std::set<int64_t> ids;
    StatusOr<store::SqliteStatement> st = db_.Prepare(
        "SELECT rowid FROM article_search WHERE article_search MATCH ?1");
    if (!st.ok()) return ids;
    st->Bind(1, std::string_view(text));
    while (st->Step()) ids.insert(st->Int(0));
    return ids;
  }

  std::map<std::string, uint64_t> BytesByPart() {
    return WartaEngine::SqliteBytesByPart(db_);
  }

 private:
  store::SqliteDb db_;
  size_t sink_ = 0;
};

// Not a product figure: warta's own archive file and root-word index, queried
// with the SQL of the plain FTS5 engine above (FTS5 drives the join and
// sorts by rank; the text read for the 20 hits only) and warta's snippets.
// What Store::Search would take with that SQL, to tell the cost of root
// words from the cost of the SQL.
class WartaRankOrderEngine final : public Engine {
 public:
  WartaRankOrderEngine(store::SqliteDb db,
                       std::unique_ptr<store::IndexWords> words)
      : db_(std::move(db)), words_(std::move(words)) {}

  static std::unique_ptr<WartaRankOrderEngine> Open(const std::string& path) {
    StatusOr<store::IndexWords> words =
        store::IndexWords::Create(MorphologyOptions{});
    StatusOr<store::SqliteDb> db = store::SqliteDb::Open(path, false);
    if (!words.ok() || !db.ok()) return nullptr;
    auto owned = std::make_unique<store::IndexWords>(std::move(*words));
    if (!store::RegisterRootTokenizer(db->handle(), owned.get()).ok())
      return nullptr;
    return std::make_unique<WartaRankOrderEngine>(std::move(*db),
                                                  std::move(owned));
  }

  const char* name() const override {
    return "diagnostic: warta's index, plain's SQL";
  }
  bool diagnostic() const override { return true; }

  int64_t Run(const BenchQuery& q) override {
    const store::ParsedQuery parsed = store::ParseSearchQuery(q.text, *words_);
    std::string where =
        " FROM article_search CROSS JOIN articles a ON a.id = "
        "article_search.rowid "
        "WHERE article_search MATCH ?1";
    std::vector<std::string> params = {store::ToFts5(parsed)};
    auto add = [&](const char* clause, const char* value) {
      if (!*value) return;
      params.emplace_back(value);
      where += " AND ";
      where += clause;
      where += std::to_string(params.size());
    };
    add("a.published >= ?", q.from);
    add("a.published <= ?", q.to);
    add("a.site = ?", q.site);
    int64_t total = -1;
    {
      std::string sql = "SELECT count(*)";
      sql += where;
      StatusOr<store::SqliteStatement> st = db_.Prepare(sql);
      if (!st.ok()) return -1;
      for (size_t i = 0; i < params.size(); ++i)
        st->Bind(static_cast<int>(i + 1), params[i]);
      if (st->Step()) total = st->Int(0);
      if (!st->status().ok()) return -1;
    }
    std::string sql =
        "SELECT a.id, a.doc_id, a.url, a.site, a.title, a.published, "
        "a.story_id, -rank, "
        "a.text";
    sql += where;
    sql += " AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT 20";
    StatusOr<store::SqliteStatement> st = db_.Prepare(sql);
    if (!st.ok()) return -1;
    for (size_t i = 0; i < params.size(); ++i)
      st->Bind(static_cast<int>(i + 1), params[i]);
    const std::vector<std::string> roots = parsed.Roots();
    double snippet_seconds = 0;
    while (st->Step()) {
      const std::string text = st->Text(8);
      const double start = WallSeconds();
      std::string snippet = store::MakeSnippet(text, roots, *words_, {});
      snippet_seconds += WallSeconds() - start;
      sink_ += st->Text(2).size() + st->Text(4).size() + snippet.size();
    }
    if (!st->status().ok()) return -1;
    snippet_ms_.push_back(snippet_seconds * 1e3);
    return total;
  }

  // Milliseconds spent in MakeSnippet, one entry per query run.
  const std::vector<double>& snippet_ms() const { return snippet_ms_; }

  std::set<int64_t> AllMatches(const char*) override { return {}; }

 private:
  store::SqliteDb db_;
  std::unique_ptr<store::IndexWords> words_;
  std::vector<double> snippet_ms_;
  size_t sink_ = 0;
};

#ifdef WARTA_HAVE_XAPIAN
// Xapian with its defaults for a search box: QueryParser with the
// Indonesian stemmer (STEM_SOME: query words are matched by their stem,
// phrases by the words), AND between words, BM25, top 20 with
// MSet::snippet (about 24 words: 180 bytes) and the estimated number of
// matches (Xapian's default: it does not count every match). Snippets with
// SNIPPET_EXHAUSTIVE, the work warta's snippets do (the best window of the
// whole text); Xapian's default adds SNIPPET_BACKGROUND_MODEL, which looks
// every word of the text up in the index and costs several times more: it
// runs as a diagnostic.
class XapianEngine final : public Engine {
 public:
  XapianEngine(const std::string& path, bool default_snippets)
      : db_(path),
        stem_(kXapianLanguage),
        snippet_flags_(default_snippets
                           ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                 Xapian::MSet::SNIPPET_EXHAUSTIVE
                           : Xapian::MSet::SNIPPET_EXHAUSTIVE),
        default_snippets_(default_snippets) {
    parser_.set_database(db_);
    parser_.set_stemmer(stem_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
  }

  const char* name() const override {
    return default_snippets_ ? "diagnostic: Xapian, default snippet flags"
                             : "Xapian 1.4 (Indonesian stemmer)";
  }
  bool diagnostic() const override { return default_snippets_; }

  Xapian::Query Parse(const BenchQuery& q) {
    Xapian::Query query =
        parser_.parse_query(q.text, Xapian::QueryParser::FLAG_DEFAULT);
    if (*q.from || *q.to) {
      Xapian::Query range =
          !*q.from
              ? Xapian::Query(Xapian::Query::OP_VALUE_LE, kPublishedSlot, q.to)
          : !*q.to ? Xapian::Query(Xapian::Query::OP_VALUE_GE, kPublishedSlot,
                                   q.from)
                   : Xapian::Query(Xapian::Query::OP_VALUE_RANGE,
                                   kPublishedSlot, q.from, q.to);
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, range);
    }
    if (*q.site) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(std::string(kSitePrefix) + q.site));
    }
    return query;
  }

  int64_t Run(const BenchQuery& q) override {
    try {
      Xapian::Enquire enquire(db_);
      enquire.set_query(Parse(q));
      Xapian::MSet mset = enquire.get_mset(0, 20);
      for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
        Xapian::Document doc = it.get_document();
        std::string title = doc.get_value(kTitleSlot),
                    url = doc.get_value(kUrlSlot);
        std::string snippet = mset.snippet(doc.get_data(), 180, stem_,
                                           snippet_flags_, "[", "]", "…");
        sink_ += snippet.size() + title.size() + url.size();
      }
      return static_cast<int64_t>(mset.get_matches_estimated());
    } catch (const Xapian::Error& e) {
      std::fprintf(stderr, "xapian: %s\n", e.get_description().c_str());
      return -1;
    }
  }

  std::set<int64_t> AllMatches(const char* text) override {
    std::set<int64_t> ids;
    Xapian::Enquire enquire(db_);
    BenchQuery q{"", text};
    enquire.set_query(Parse(q));
    const Xapian::doccount all = db_.get_doccount();
    Xapian::MSet mset = enquire.get_mset(0, all, all);
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
      ids.insert(*it);
    return ids;
  }

  // Bytes by table file: document data (the texts) and the rest (index).
  std::map<std::string, uint64_t> BytesByPart(const std::string& path) {
    std::map<std::string, uint64_t> parts;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      const std::string file = e.path().filename().string();
      const char* part = file.starts_with("docdata") ? "document data (text)"
                         : file.starts_with("postlist") ||
                                 file.starts_with("position") ||
                                 file.starts_with("termlist")
                             ? "search index (postings, positions, term lists)"
                             : "other";
      parts[part] += e.file_size(ec);
    }
    return parts;
  }

  std::string StemOf(const std::string& word) { return stem_(word); }

 private:
  Xapian::Database db_;
  Xapian::Stem stem_;
  Xapian::QueryParser parser_;
  const unsigned snippet_flags_;
  const bool default_snippets_;
  size_t sink_ = 0;  // what a caller would read, so that nothing is skipped
};
#endif

struct Samples {
  std::vector<double> wall_ms, cpu_ms;
  std::vector<std::vector<double>> per_query_wall;  // [query][repetition]
  std::vector<int64_t> totals;
};

// A part whose name starts with "(" is not the archive's own (the
// benchmark's index on url) and is taken off the size.
void PrintBytes(const char* name, uint64_t bytes, size_t articles,
                const std::map<std::string, uint64_t>& parts) {
  const double n = static_cast<double>(std::max<size_t>(1, articles));
  for (const auto& [part, b] : parts) {
    if (part.starts_with("(")) bytes -= std::min(bytes, b);
  }
  std::printf("| %s | %.0f MB | **%.0f** |", name,
              static_cast<double>(bytes) / 1e6, static_cast<double>(bytes) / n);
  std::string split;
  for (const auto& [part, b] : parts) {
    if (!split.empty()) split += "; ";
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s %.0f", part.c_str(),
                  static_cast<double>(b) / n);
    split += buf;
  }
  std::printf(" %s |\n", split.empty() ? "—" : split.c_str());
}

bool SearchBenchmark(const ArchivePaths& paths, size_t articles,
                     int repetitions, bool per_query, bool diagnostics,
                     const BuildReport* built) {
  std::vector<std::unique_ptr<Engine>> engines;
  std::unique_ptr<WartaEngine> warta = WartaEngine::Open(paths.warta);
  std::unique_ptr<PlainFts5Engine> plain = PlainFts5Engine::Open(paths.fts5);
  if (!warta || !plain) {
    std::fprintf(stderr,
                 "archive_benchmark: cannot open the archives under %s\n",
                 paths.dir.c_str());
    return false;
  }
  WartaEngine* warta_ptr = warta.get();
  PlainFts5Engine* plain_ptr = plain.get();
  engines.push_back(std::move(warta));
  engines.push_back(std::move(plain));
#ifdef WARTA_HAVE_XAPIAN
  auto xapian = std::make_unique<XapianEngine>(paths.xapian, false);
  XapianEngine* xapian_ptr = xapian.get();
  engines.push_back(std::move(xapian));
#endif
  WartaRankOrderEngine* rank_ptr = nullptr;
  if (diagnostics) {
    std::unique_ptr<WartaRankOrderEngine> rank =
        WartaRankOrderEngine::Open(paths.warta);
    if (!rank) return false;
    rank_ptr = rank.get();
    engines.push_back(std::move(rank));
#ifdef WARTA_HAVE_XAPIAN
    engines.push_back(std::make_unique<XapianEngine>(paths.xapian, true));
#endif
  }
  const std::vector<BenchQuery>& queries = Queries();

  // One warm-up pass (the files into the page cache), then the timed
  // passes; within a pass each query runs on every engine in turn.
  std::vector<Samples> samples(engines.size());
  for (Samples& s : samples) {
    s.per_query_wall.resize(queries.size());
    s.totals.assign(queries.size(), 0);
  }
  std::fprintf(stderr, "search: warm-up pass (load %.1f)\n", LoadAverage());
  for (size_t q = 0; q < queries.size(); ++q) {
    for (size_t e = 0; e < engines.size(); ++e) {
      samples[e].totals[q] = engines[e]->Run(queries[q]);
      if (samples[e].totals[q] < 0) {
        std::fprintf(stderr, "archive_benchmark: %s failed on %s\n",
                     engines[e]->name(), queries[q].text);
        return false;
      }
    }
  }
  const double load_before = LoadAverage();
  for (int r = 0; r < repetitions; ++r) {
    std::fprintf(stderr, "search: pass %d of %d (load %.1f)\n", r + 1,
                 repetitions, LoadAverage());
    for (size_t q = 0; q < queries.size(); ++q) {
      for (size_t e = 0; e < engines.size(); ++e) {
        Stopwatch watch;
        engines[e]->Run(queries[q]);
        const Elapsed t = watch.Read();
        samples[e].wall_ms.push_back(t.wall * 1e3);
        samples[e].cpu_ms.push_back(t.cpu * 1e3);
        samples[e].per_query_wall[q].push_back(t.wall * 1e3);
      }
    }
  }
  const double load_after = LoadAverage();

  std::printf("\n## Search on an archive of %zu articles\n\n", articles);
  if (built) {
    std::printf(
        "Built in this run from %zu real articles (%zu hash collisions "
        "skipped): "
        "store %.0f articles/s (Store::Ingest, batches of %zu, CPU %.0f/s), "
        "plain FTS5 "
        "%.0f/s, Xapian %.0f/s; making the copies %.1f s.\n\n",
        built->stored, built->collisions,
        PerSecond(built->stored, built->warta.wall), kBatch,
        PerSecond(built->stored, built->warta.cpu),
        PerSecond(built->stored, built->fts5.wall),
        PerSecond(built->stored, built->xapian.wall), built->replicate.wall);
  }
  std::printf(
      "%zu queries, %d timed passes after one warm-up pass (%zu samples per "
      "engine); load average %.1f before, %.1f after. Latency in ms per query, "
      "nearest-rank percentiles over all samples.\n\n",
      queries.size(), repetitions,
      queries.size() * static_cast<size_t>(repetitions), load_before,
      load_after);
  std::printf(
      "| engine | p50 wall | p99 wall | max wall | p50 CPU | p99 CPU | slowest "
      "query (median wall) |\n|---|---|---|---|---|---|---|\n");
  for (size_t e = 0; e < engines.size(); ++e) {
    size_t slowest = 0;
    double slowest_ms = 0;
    for (size_t q = 0; q < queries.size(); ++q) {
      const double m = Median(samples[e].per_query_wall[q]);
      if (m > slowest_ms) {
        slowest_ms = m;
        slowest = q;
      }
    }
    std::printf(
        "| %s | **%.2f** | **%.2f** | %.2f | %.2f | %.2f | `%s`%s%s %.1f |\n",
        engines[e]->name(), Percentile(samples[e].wall_ms, 50),
        Percentile(samples[e].wall_ms, 99), Percentile(samples[e].wall_ms, 100),
        Percentile(samples[e].cpu_ms, 50), Percentile(samples[e].cpu_ms, 99),
        queries[slowest].text, *queries[slowest].site ? " site " : "",
        queries[slowest].site, slowest_ms);
  }

  if (rank_ptr) {
    std::printf(
        "\nOf the diagnostic's time, warta's snippets (MakeSnippet over the "
        "texts of the hits, up to 20): p50 %.2f ms, p99 %.2f ms per query.\n",
        Percentile(rank_ptr->snippet_ms(), 50),
        Percentile(rank_ptr->snippet_ms(), 99));
  }

  // By kind of query: the median over the kind's samples.
  std::printf("\nMedian wall ms by kind of query:\n\n| kind | queries |");
  for (const auto& engine : engines) std::printf(" %s |", engine->name());
  std::printf("\n|---|---|");
  for (size_t e = 0; e < engines.size(); ++e) std::printf("---|");
  std::printf("\n");
  std::vector<std::string> kinds;
  for (const BenchQuery& q : queries) {
    if (std::find(kinds.begin(), kinds.end(), q.kind) == kinds.end())
      kinds.push_back(q.kind);
  }
  for (const std::string& kind : kinds) {
    size_t count = 0;
    for (const BenchQuery& q : queries) count += kind == q.kind;
    std::printf("| %s | %zu |", kind.c_str(), count);
    for (size_t e = 0; e < engines.size(); ++e) {
      std::vector<double> v;
      for (size_t q = 0; q < queries.size(); ++q) {
        if (kind != queries[q].kind) continue;
        v.insert(v.end(), samples[e].per_query_wall[q].begin(),
                 samples[e].per_query_wall[q].end());
      }
      std::printf(" %.2f |", Median(v));
    }
    std::printf("\n");
  }

  if (per_query) {
    std::printf(
        "\nEvery query: median wall ms (matches found; Xapian's an "
        "estimate):\n\n"
        "| kind | query | filter |");
    for (const auto& engine : engines) std::printf(" %s |", engine->name());
    std::printf("\n|---|---|---|");
    for (size_t e = 0; e < engines.size(); ++e) std::printf("---|");
    std::printf("\n");
    for (size_t q = 0; q < queries.size(); ++q) {
      std::string filter;
      if (*queries[q].from) {
        filter += queries[q].from;
        filter += "..";
        filter += queries[q].to;
      }
      if (*queries[q].site) {
        if (!filter.empty()) filter += ", ";
        filter += queries[q].site;
      }
      std::printf("| %s | `%s` | %s |", queries[q].kind, queries[q].text,
                  filter.c_str());
      for (size_t e = 0; e < engines.size(); ++e) {
        std::printf(" %.2f (%lld) |", Median(samples[e].per_query_wall[q]),
                    static_cast<long long>(samples[e].totals[q]));
      }
      std::printf("\n");
    }
  }

  // Root-word matches: every article each engine finds for the root-word
  // queries, against warta's (which finds every inflected form of the root).
  std::vector<size_t> counted;
  for (size_t e = 0; e < engines.size(); ++e) {
    if (!engines[e]->diagnostic()) counted.push_back(e);
  }
  std::printf(
      "\nRoot-word queries: articles found (and how many of them warta finds "
      "too); exact counts.\n\n| query |");
  for (size_t e : counted) std::printf(" %s |", engines[e]->name());
  std::printf("\n|---|");
  for (size_t i = 0; i < counted.size(); ++i) std::printf("---|");
  std::printf("\n");
  std::vector<uint64_t> sum(engines.size(), 0), sum_shared(engines.size(), 0);
  for (size_t q = 0; q < queries.size(); ++q) {
    if (std::string_view(queries[q].kind) != "root") continue;
    std::vector<std::set<int64_t>> found(engines.size());
    for (size_t e : counted) found[e] = engines[e]->AllMatches(queries[q].text);
    if (static_cast<int64_t>(found[0].size()) != samples[0].totals[q]) {
      std::fprintf(
          stderr,
          "archive_benchmark: %s: Store::Search counts %lld, the index %zu\n",
          queries[q].text, static_cast<long long>(samples[0].totals[q]),
          found[0].size());
    }
    std::printf("| `%s`", queries[q].text);
#ifdef WARTA_HAVE_XAPIAN
    std::printf(" (Xapian's stem `%s`)",
                xapian_ptr->StemOf(queries[q].text).c_str());
#endif
    std::printf(" |");
    for (size_t e : counted) {
      size_t shared = 0;
      for (int64_t id : found[e]) shared += found[0].count(id);
      sum[e] += found[e].size();
      sum_shared[e] += shared;
      if (e == 0) {
        std::printf(" %zu |", found[e].size());
      } else {
        std::printf(" %zu (%zu) |", found[e].size(), shared);
      }
    }
    std::printf("\n");
  }
  std::printf("| all root-word queries |");
  for (size_t e : counted) {
    const double pct = sum[0] ? 100.0 * static_cast<double>(sum_shared[e]) /
                                    static_cast<double>(sum[0])
                              : 0;
    if (e == 0) {
      std::printf(" **%llu** |", static_cast<unsigned long long>(sum[e]));
    } else {
      std::printf(" **%llu** (%llu: %.0f %% of warta's) |",
                  static_cast<unsigned long long>(sum[e]),
                  static_cast<unsigned long long>(sum_shared[e]), pct);
    }
  }
  std::printf("\n");

  std::printf(
      "\nArchive bytes per article (%zu articles):\n\n| archive | size | bytes "
      "per "
      "article | by part (bytes per article) |\n|---|---|---|---|\n",
      articles);
  PrintBytes("warta (SQLite: text, facts, root-word FTS5)",
             SqliteBytes(paths.warta), articles, warta_ptr->BytesByPart());
  PrintBytes("plain FTS5 (SQLite: text, unicode61 FTS5)",
             SqliteBytes(paths.fts5), articles, plain_ptr->BytesByPart());
#ifdef WARTA_HAVE_XAPIAN
  PrintBytes("Xapian (glass, as built)", PathBytes(paths.xapian), articles,
             xapian_ptr->BytesByPart(paths.xapian));
  if (fs::is_directory(paths.xapian_compact)) {
    PrintBytes("Xapian (glass, compacted)", PathBytes(paths.xapian_compact),
               articles, xapian_ptr->BytesByPart(paths.xapian_compact));
  }
#endif
  std::fflush(stdout);
  return true;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "Archive benchmarks: ingest into SQLite, search beside plain FTS5 and "
      "Xapian"};
  size_t articles = 100000;
  std::string dir = "/tmp/warta-archive-bench";
  std::string shared = std::string(WARTA_SOURCE_DIR) + "/../shared";
  bool rebuild = false, skip_ingest = false, skip_search = false,
       per_query = false, no_diagnostics = false, store_as_is = false;
  int ingest_repetitions = 3, search_repetitions = 5;
  app.add_option("--articles", articles, "articles in the search archive")
      ->check(CLI::Range(size_t{1000}, size_t{10000000}));
  app.add_option("--dir", dir, "where the archives are built and cached");
  app.add_option("--shared", shared, "the shared data folder");
  app.add_flag("--rebuild", rebuild,
               "build the search archive even if it is cached");
  app.add_option("--ingest-repetitions", ingest_repetitions,
                 "runs of the ingest benchmark")
      ->check(CLI::Range(1, 100));
  app.add_option("--search-repetitions", search_repetitions,
                 "timed passes over the queries")
      ->check(CLI::Range(1, 1000));
  app.add_flag("--skip-ingest", skip_ingest, "only the search benchmark");
  app.add_flag("--skip-search", skip_search, "only the ingest benchmark");
  app.add_flag("--per-query", per_query, "a table of every query's latency");
  app.add_flag("--store-as-is", store_as_is,
               "build the search archive without the index on url (slow: see "
               "AddUrlIndex)");
  app.add_flag("--no-diagnostics", no_diagnostics,
               "leave out the variants that explain the figures");
  CLI11_PARSE(app, argc, argv);

  const RealArticles real = LoadRealArticles(shared);
  if (real.news == 0 || real.dev == 0) {
    std::printf(
        "archive_benchmark: no real articles under %s "
        "(data/news/articles.jsonl "
        "and eval/dev/**/*.gold.json; ../shared is absent): nothing to "
        "measure\n",
        shared.c_str());
    return 0;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  const ArchivePaths paths(dir);
  const bool cached = !rebuild && ArchiveCached(paths, articles);
#ifndef WARTA_HAVE_XAPIAN
  std::printf(
      "Xapian was not found at build time (libxapian-dev): no Xapian "
      "column.\n");
#endif

  std::vector<Document> annotated;
  if (!skip_ingest) {
    if (!IngestBenchmark(real, dir, ingest_repetitions, &annotated)) return 1;
  }
  if (skip_search) return 0;
  BuildReport report;
  if (!cached) {
    if (annotated.empty()) {
      std::fprintf(stderr, "archive: annotating the real articles...\n");
      StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(IngestPipelineOptions());
      if (!pipeline.ok()) {
        std::fprintf(stderr, "archive_benchmark: %s\n",
                     pipeline.status().message().c_str());
        return 1;
      }
      Scratch scratch;
      for (const Article& article : real.articles) {
        Document doc = DocumentFromArticle(article);
        if (!pipeline->Process(doc, scratch).ok()) continue;
        doc.raw.clear();
        if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
          continue;
        annotated.push_back(std::move(doc));
      }
    }
    std::fprintf(stderr, "archive: building %zu articles under %s...\n",
                 articles, dir.c_str());
    if (!BuildArchive(annotated, paths, articles, !store_as_is, &report))
      return 1;
  } else {
    std::fprintf(
        stderr,
        "archive: using the cached archive under %s (--rebuild to make "
        "it again)\n",
        dir.c_str());
  }
  annotated.clear();
  annotated.shrink_to_fit();
  return SearchBenchmark(paths, articles, search_repetitions, per_query,
                         !no_diagnostics, cached ? nullptr : &report)
             ? 0
             : 1;
}

}  // namespace
}  // namespace warta::bench

int main(int argc, char** argv) { return warta::bench::Main(argc, argv); }
