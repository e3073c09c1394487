#include "archive_binding.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotator.h"
#include "article_input.h"
#include "pipeline_binding.h"
#include "status_exceptions.h"
#include "warta/store.h"

namespace warta::python {
namespace py = pybind11;
using namespace pybind11::literals;

namespace {

// ---- Rows: every record a flat dict, so that a list of them is a table.

void AddSummary(const ArticleSummary& a, py::dict& row) {
  row["article_id"] = a.id;
  row["doc_id"] = a.doc_id;
  row["url"] = a.url;
  row["site"] = a.site;
  row["title"] = a.title;
  row["published"] = a.published;
  row["story_id"] = a.story_id;
}

py::dict HitRow(const SearchHit& hit) {
  py::dict row;
  AddSummary(hit.article, row);
  row["score"] = hit.score;
  row["snippet"] = hit.snippet;
  return row;
}

py::dict QuoteRow(const QuoteRecord& q, bool with_article) {
  py::dict row;
  if (with_article) AddSummary(q.article, row);
  row["kind"] = q.kind;
  row["content"] = q.content;
  row["cue"] = q.cue;
  row["speaker"] = q.speaker;
  row["speaker_id"] = q.speaker_id;
  row["begin"] = q.begin;
  row["end"] = q.end;
  return row;
}

py::dict EventRow(const EventRecord& e, bool with_article) {
  py::dict row;
  row["event_id"] = e.id;
  if (with_article) AddSummary(e.article, row);
  row["type"] = e.type;
  row["cameo"] = e.cameo;
  row["trigger"] = e.trigger;
  row["source"] = e.source;
  row["source_code"] = e.source_code;
  row["source_id"] = e.source_id;
  row["source_country"] = e.source_country;
  row["target"] = e.target;
  row["target_code"] = e.target_code;
  row["target_id"] = e.target_id;
  row["target_country"] = e.target_country;
  row["claimed_by"] = e.claimed_by;
  row["negated"] = e.negated;
  row["date"] = e.date;
  row["sentence"] = e.sentence;
  row["begin"] = e.begin;
  row["end"] = e.end;
  return row;
}

py::dict EntityRow(const EntityRecord& e) {
  py::dict row;
  row["entity_id"] = e.id;
  row["name"] = e.name;
  row["type"] = e.type;
  row["country"] = e.country;
  row["actor_code"] = e.actor_code;
  row["articles"] = e.articles;
  row["mentions"] = e.mentions;
  row["quotes"] = e.quotes;
  return row;
}

py::dict StoryRow(const StoryRecord& s) {
  py::dict row;
  row["story_id"] = s.id;
  row["title"] = s.title;
  row["first_published"] = s.first_published;
  row["articles"] = s.articles;
  row["sites"] = s.sites;
  row["article_ids"] = s.article_ids;
  return row;
}

py::dict ErrorRow(const IngestError& e) {
  py::dict row;
  row["input"] = e.input;
  row["line"] = e.line;
  row["doc_id"] = e.doc_id;
  row["message"] = e.message;
  return row;
}

template <typename T, typename F>
py::list Rows(const std::vector<T>& records, F row) {
  py::list out;
  for (const T& r : records) out.append(row(r));
  return out;
}

py::list FacetRows(const std::vector<FacetValue>& values, bool with_entity) {
  py::list out;
  for (const FacetValue& v : values) {
    py::dict row;
    row["value"] = v.value;
    if (with_entity) row["entity_id"] = v.entity_id;
    row["articles"] = v.articles;
    out.append(row);
  }
  return out;
}

// ---- Filters: keyword arguments shared by the queries.

constexpr const char* kFilterDoc = R"(
Filters (keyword arguments, all optional): date_from, date_to ("YYYY-MM-DD"
or datetime.date, inclusive), site, entity (a name, exact, any case),
speaker, event_type (PLOVER, "ACCUSE"), story (a story id), limit (default
20), offset.)";

size_t Count(py::handle value, const char* what) {
  if (!PyLong_Check(value.ptr()) || PyBool_Check(value.ptr())) {
    std::string message = what;
    message += " must be an int";
    throw py::type_error(message);
  }
  const long long n = value.cast<long long>();
  if (n < 0) {
    std::string message = what;
    message += " must not be negative";
    ThrowInvalidArgument(message);
  }
  return static_cast<size_t>(n);
}

std::string FilterDate(py::handle value, const char* what) {
  StatusOr<std::string> date = PublishedDate(value);
  if (!date.ok()) {
    // The message names "published"; here the filter is meant.
    std::string message = what;
    std::string_view inner = date.status().message();
    if (inner.starts_with("published")) inner.remove_prefix(std::string_view("published").size());
    message += inner;
    ThrowInvalidArgument(message);
  }
  return std::move(*date);
}

ArchiveFilter FilterFromKwargs(const py::kwargs& kwargs) {
  ArchiveFilter filter;
  for (auto [key, value] : kwargs) {
    const std::string name = py::str(key).cast<std::string>();
    if (name == "date_from") {
      filter.from = FilterDate(value, "date_from");
    } else if (name == "date_to") {
      filter.to = FilterDate(value, "date_to");
    } else if (name == "site") {
      filter.site = OptionalString(value, "site");
    } else if (name == "entity") {
      filter.entity = OptionalString(value, "entity");
    } else if (name == "speaker") {
      filter.speaker = OptionalString(value, "speaker");
    } else if (name == "event_type") {
      filter.event_type = OptionalString(value, "event_type");
    } else if (name == "story") {
      filter.story_id = value.is_none() ? 0 : static_cast<int64_t>(Count(value, "story"));
    } else if (name == "limit") {
      filter.limit = Count(value, "limit");
    } else if (name == "offset") {
      filter.offset = Count(value, "offset");
    } else {
      std::string message = "unexpected keyword argument '";
      message += name;
      message += "' (filters: date_from, date_to, site, entity, speaker, event_type, story, "
                 "limit, offset)";
      throw py::type_error(message);
    }
  }
  return filter;
}

// ---- Ingest.

// One item of Archive.ingest: a document already annotated, or an article.
struct IngestItem {
  std::shared_ptr<const Document> document;
  std::optional<StatusOr<Article>> article;
  std::string id;
  std::string input;  // where it came from, for its error record
  uint64_t line = 0;
};

struct ItemOutcome {
  enum class Kind { kAdded, kDuplicate, kError } kind = Kind::kError;
  std::string id;
  int64_t article_id = 0, story_id = 0;
  std::string error;
};

struct IngestRun {
  std::vector<ItemOutcome> outcomes;
  Status status;  // the archive's failure, which stopped the run
  size_t stored_batches = 0;
};

class Ingester {
 public:
  Ingester(Store& store, const Annotator* annotator, size_t batch, bool record_errors)
      : store_(store), annotator_(annotator), batch_(batch),
        record_errors_(record_errors) {}

  IngestRun Run(std::vector<IngestItem> items) {
    run_.outcomes.resize(items.size());
    for (size_t begin = 0; begin < items.size() && run_.status.ok();
         begin += kArticlesPerChunk) {
      const size_t end = std::min(items.size(), begin + kArticlesPerChunk);
      Chunk(items, begin, end);
    }
    if (run_.status.ok()) Flush();
    return std::move(run_);
  }

 private:
  void Chunk(std::vector<IngestItem>& items, size_t begin, size_t end) {
    std::vector<StatusOr<Article>> articles;
    std::vector<size_t> origin;
    for (size_t i = begin; i < end; ++i) {
      run_.outcomes[i].id = items[i].id;
      if (items[i].article) {
        articles.push_back(std::move(*items[i].article));
        origin.push_back(i);
      }
    }
    std::vector<StatusOr<Document>> annotated;
    if (!articles.empty()) annotated = annotator_->AnnotateBatch(std::move(articles));
    size_t k = 0;
    for (size_t i = begin; i < end && run_.status.ok(); ++i) {
      if (k < origin.size() && origin[k] == i) {
        StatusOr<Document>& doc = annotated[k++];
        if (doc.ok()) {
          Add(i, items[i], std::move(*doc));
        } else {
          Fail(i, items[i], doc.status().message());
        }
      } else {
        Add(i, items[i], Document(*items[i].document));
      }
    }
  }

  void Add(size_t index, const IngestItem& item, Document doc) {
    // As `warta ingest`: a text that cleaning emptied is no article.
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      Fail(index, item, "no text left after cleaning");
      return;
    }
    doc.raw.clear();  // not stored; frees memory while the batch waits
    doc.raw.shrink_to_fit();
    pending_.push_back(std::move(doc));
    pending_index_.push_back(index);
    if (pending_.size() >= batch_) Flush();
  }

  void Fail(size_t index, const IngestItem& item, std::string message) {
    ItemOutcome& outcome = run_.outcomes[index];
    outcome.kind = ItemOutcome::Kind::kError;
    outcome.error = message;
    if (record_errors_) errors_.push_back({item.input, item.line, item.id, std::move(message)});
  }

  void Flush() {
    if (!pending_.empty()) {
      StatusOr<std::vector<IngestOutcome>> stored = store_.Ingest(pending_);
      if (!stored.ok()) {
        run_.status = stored.status();
        return;
      }
      for (size_t k = 0; k < stored->size(); ++k) {
        ItemOutcome& outcome = run_.outcomes[pending_index_[k]];
        const IngestOutcome& o = (*stored)[k];
        outcome.kind = o.kind == IngestOutcome::Kind::kAdded ? ItemOutcome::Kind::kAdded
                                                             : ItemOutcome::Kind::kDuplicate;
        outcome.article_id = o.article_id;
        outcome.story_id = o.story_id;
      }
      ++run_.stored_batches;
      pending_.clear();
      pending_index_.clear();
    }
    if (!errors_.empty()) {
      if (Status s = store_.RecordErrors(errors_); !s.ok()) {
        run_.status = s;
        return;
      }
      errors_.clear();
    }
  }

  Store& store_;
  const Annotator* annotator_;
  const size_t batch_;
  const bool record_errors_;
  IngestRun run_;
  std::vector<Document> pending_;
  std::vector<size_t> pending_index_;
  std::vector<IngestError> errors_;
};

py::dict OutcomeRow(size_t index, const ItemOutcome& o) {
  py::dict row;
  row["index"] = index;
  row["id"] = o.id;
  switch (o.kind) {
    case ItemOutcome::Kind::kAdded: row["status"] = "added"; break;
    case ItemOutcome::Kind::kDuplicate: row["status"] = "duplicate"; break;
    case ItemOutcome::Kind::kError: row["status"] = "error"; break;
  }
  row["article_id"] = o.article_id;
  row["story_id"] = o.story_id;
  row["error"] = o.error;
  return row;
}

constexpr const char* kIngestDoc = R"(Annotates and stores articles; returns one row per item, in order.

items: an iterable of warta.Document (stored as they are), texts, dicts
    with the fields of a JSON Lines record, or (jsonl=True) JSON Lines
    records, as Pipeline.annotate_batch takes them.
pipeline: the warta.Pipeline that annotates; None uses the one
    warta.annotate() shares.
input, lines: where the items came from (a file name, or one name per item,
    and each item's line number), kept in the archive's error records.
batch: documents per transaction (each batch all or nothing).
record_errors: keep an error record in the archive for each item that
    could not be annotated (as `warta ingest` does).

Each row is {"index", "id", "status": "added" | "duplicate" | "error",
"article_id", "story_id", "error"}. The same URL or text twice is stored
once (a duplicate names the article already stored). An archive failure
raises; the batches stored before it stay. Releases the GIL while it
works; the items are read into memory first, so give a large corpus in
parts.)";

class ArchiveHandle {
 public:
  ArchiveHandle(const std::string& location, bool must_exist) {
    StoreOptions options;
    options.must_exist = must_exist;
    StatusOr<std::unique_ptr<Store>> store = [&] {
      py::gil_scoped_release release;
      return Store::Open(location, options);
    }();
    if (!store.ok()) ThrowStatus(store.status());
    store_ = std::move(*store);
    location_ = RedactedLocation(location);
    backend_ = std::string(store_->backend());
  }

  const std::string& location() const { return location_; }
  const std::string& backend() const { return backend_; }

  void Close() {
    py::gil_scoped_release release;
    std::lock_guard lock(mu_);
    store_.reset();
  }

  // Runs `f(store)` with the GIL released and the connection to itself;
  // raises the status of a failure.
  template <typename F>
  auto Call(F f) {
    using Result = decltype(f(std::declval<Store&>()));
    Result result = [&]() -> Result {
      py::gil_scoped_release release;
      std::lock_guard lock(mu_);
      if (!store_) return InvalidArgumentError("the archive is closed");
      try {
        return f(*store_);
      } catch (const std::exception& e) {
        std::string message = "archive: ";
        message += e.what();
        return InternalError(std::move(message));
      }
    }();
    if (!result.ok()) ThrowStatus(result.status());
    return std::move(*result);
  }

  py::list Ingest(py::iterable items, py::object pipeline, bool html, bool jsonl,
                  py::object input, py::object lines, size_t batch, bool record_errors) {
    if (batch == 0) ThrowInvalidArgument("batch must be at least 1");
    std::vector<IngestItem> slots;
    bool need_pipeline = false;
    for (py::handle item : items) {
      IngestItem slot;
      if (py::isinstance<DocumentHandle>(item)) {
        slot.document = item.cast<const DocumentHandle&>().doc;
        slot.id = slot.document->id;
      } else {
        slot.article = ArticleFromItem(item, html, jsonl);
        slot.id = slot.article->ok() ? (*slot.article)->id : ItemId(item);
        need_pipeline = true;
      }
      slots.push_back(std::move(slot));
    }
    if (!lines.is_none()) {
      size_t i = 0;
      for (py::handle line : py::iterable(lines)) {
        if (i >= slots.size()) ThrowInvalidArgument("lines must give one number per item");
        slots[i++].line = Count(line, "a line number");
      }
      if (i != slots.size()) ThrowInvalidArgument("lines must give one number per item");
    }
    if (PyUnicode_Check(input.ptr())) {
      const std::string name = OptionalString(input, "input");
      for (IngestItem& slot : slots) slot.input = name;
    } else {
      size_t i = 0;
      for (py::handle name : py::iterable(input)) {
        if (i >= slots.size()) ThrowInvalidArgument("input must be a str or one name per item");
        slots[i++].input = OptionalString(name, "an input name");
      }
      if (i != slots.size()) ThrowInvalidArgument("input must be a str or one name per item");
    }
    std::shared_ptr<Annotator> annotator;
    if (need_pipeline) {
      if (!pipeline.is_none()) {
        annotator = pipeline.cast<const PipelineHandle&>().annotator;
      } else {
        Status s = [&] {
          py::gil_scoped_release release;
          return Annotator::Default(&annotator);
        }();
        if (!s.ok()) ThrowStatus(s);
      }
    }
    IngestRun run = Call([&](Store& store) -> StatusOr<IngestRun> {
      return Ingester(store, annotator.get(), batch, record_errors).Run(std::move(slots));
    });
    if (!run.status.ok()) {
      std::string message = run.status.message();
      message += " (";
      message += std::to_string(run.stored_batches);
      message += " earlier batches were stored)";
      ThrowStatus(Status(run.status.code(), std::move(message)));
    }
    py::list out;
    for (size_t i = 0; i < run.outcomes.size(); ++i) out.append(OutcomeRow(i, run.outcomes[i]));
    return out;
  }

 private:
  std::mutex mu_;
  std::unique_ptr<Store> store_;
  std::string location_;
  std::string backend_;
};

py::dict ArticleDict(const StoredArticle& a) {
  py::dict out;
  AddSummary(a.summary, out);
  out["author"] = a.author;
  out["published_time"] = a.published_time;
  out["language"] = a.language;
  out["text"] = a.text;
  out["entities"] = Rows(a.entities, EntityRow);
  out["quotes"] = Rows(a.quotes, [](const QuoteRecord& q) { return QuoteRow(q, false); });
  out["events"] = Rows(a.events, [](const EventRecord& e) { return EventRow(e, false); });
  out["timex"] = Rows(a.timex, [](const StoredArticle::TimexRecord& t) {
    py::dict row;
    row["text"] = t.text;
    row["value"] = t.value;
    row["begin"] = t.begin;
    row["end"] = t.end;
    return row;
  });
  out["mentions"] = Rows(a.mentions, [](const StoredArticle::MentionRecord& m) {
    py::dict row;
    row["entity_id"] = m.entity_id;
    row["begin"] = m.begin;
    row["end"] = m.end;
    return row;
  });
  return out;
}

SearchQuery QueryOf(const std::string& text, const py::kwargs& kwargs) {
  SearchQuery query;
  query.text = text;
  query.filter = FilterFromKwargs(kwargs);
  return query;
}

}  // namespace

void BindArchive(py::module_& m) {
  py::class_<ArchiveHandle>(m, "Archive", R"(An archive of annotated articles (include/warta/store.h).

Archive("news.db") opens (or creates) a SQLite file; Archive("postgresql://
user:password@host/db") a PostgreSQL database. must_exist=True refuses to
create one. Queries return rows as lists of flat dicts
(pandas.DataFrame(rows) makes a table of them); article() returns one dict.

One connection: calls from several threads take turns (each releases the
GIL while it waits and works). Several processes may write to one archive:
the store serialises their batches and stores a URL or text once.
Usable as a context manager, which closes it.)")
      .def(py::init<const std::string&, bool>(), "location"_a, py::kw_only(),
           "must_exist"_a = false)
      .def_property_readonly("location", &ArchiveHandle::location,
                             "Where the archive is (a URI's password hidden).")
      .def_property_readonly("backend", &ArchiveHandle::backend, "\"sqlite\" or \"postgresql\".")
      .def("close", &ArchiveHandle::Close, "Closes the connection; later calls raise.")
      .def("__enter__", [](ArchiveHandle& a) -> ArchiveHandle& { return a; },
           py::return_value_policy::reference)
      .def("__exit__",
           [](ArchiveHandle& a, py::object, py::object, py::object) { a.Close(); })
      .def("__repr__",
           [](const ArchiveHandle& a) {
             std::string repr = "<warta.Archive ";
             repr += a.backend();
             repr += ' ';
             repr += py::repr(py::str(a.location())).cast<std::string>();
             repr += '>';
             return repr;
           })
      .def("ingest", &ArchiveHandle::Ingest, "items"_a, "pipeline"_a = py::none(), py::kw_only(),
           "html"_a = false, "jsonl"_a = false, "input"_a = "<python>", "lines"_a = py::none(),
           "batch"_a = 200, "record_errors"_a = true, kIngestDoc)
      .def(
          "search",
          [](ArchiveHandle& a, const std::string& text, const std::string& open,
             const std::string& close, size_t snippet_words, const py::kwargs& kwargs) {
            SearchQuery query = QueryOf(text, kwargs);
            query.highlight_open = open;
            query.highlight_close = close;
            query.snippet_words = snippet_words;
            SearchResult result = a.Call([&](Store& s) { return s.Search(query); });
            return Rows(result.hits, HitRow);
          },
          "text"_a = "", py::kw_only(), "highlight_open"_a = "[", "highlight_close"_a = "]",
          "snippet_words"_a = 24,
          (std::string("Articles matching a query, best first: words by their root, \"phrases\", "
                       "OR, -exclusions (docs/archive.md). Rows: article_id, doc_id, url, site, "
                       "title, published, story_id, score, snippet.") +
           kFilterDoc)
              .c_str())
      .def(
          "count",
          [](ArchiveHandle& a, const std::string& text, const py::kwargs& kwargs) {
            SearchQuery query = QueryOf(text, kwargs);
            query.filter.limit = 1;
            query.filter.offset = 0;
            return a.Call([&](Store& s) { return s.Search(query); }).total;
          },
          "text"_a = "",
          (std::string("How many articles a search matches (limit and offset aside).") +
           kFilterDoc)
              .c_str())
      .def(
          "facets",
          [](ArchiveHandle& a, const std::string& text, size_t limit, const py::kwargs& kwargs) {
            SearchQuery query = QueryOf(text, kwargs);
            SearchFacets f = a.Call([&](Store& s) { return s.Facets(query, limit); });
            py::dict out;
            out["total"] = f.total;
            out["sites"] = FacetRows(f.sites, false);
            out["people"] = FacetRows(f.people, true);
            out["types"] = FacetRows(f.types, false);
            out["months"] = FacetRows(f.months, false);
            return out;
          },
          "text"_a = "", py::kw_only(), "facet_limit"_a = 10,
          (std::string("A search's articles counted by site, person, event type and month: "
                       "{\"total\", \"sites\", \"people\", \"types\", \"months\"}, each a list of "
                       "rows {value, articles}.") +
           kFilterDoc)
              .c_str())
      .def(
          "quotes",
          [](ArchiveHandle& a, const py::kwargs& kwargs) {
            ArchiveFilter filter = FilterFromKwargs(kwargs);
            std::vector<QuoteRecord> quotes = a.Call([&](Store& s) { return s.Quotes(filter); });
            return Rows(quotes, [](const QuoteRecord& q) { return QuoteRow(q, true); });
          },
          (std::string("Quotes, newest first (speaker= a person's statements). Rows: the "
                       "article's columns, kind, content, cue, speaker, speaker_id, begin, end.") +
           kFilterDoc)
              .c_str())
      .def(
          "events",
          [](ArchiveHandle& a, const std::string& actor, const py::kwargs& kwargs) {
            ArchiveFilter filter = FilterFromKwargs(kwargs);
            std::vector<EventRecord> events =
                a.Call([&](Store& s) { return s.Events(filter, actor); });
            return Rows(events, [](const EventRecord& e) { return EventRow(e, true); });
          },
          "actor"_a = "",
          (std::string("Events, newest first; actor= one that is their source or target. Rows: "
                       "event_id, the article's columns, type, cameo, trigger, source, "
                       "source_code, source_id, source_country, the same for target, "
                       "claimed_by, negated, date, sentence, begin, end.") +
           kFilterDoc)
              .c_str())
      .def(
          "entities",
          [](ArchiveHandle& a, const std::string& name, const py::kwargs& kwargs) {
            ArchiveFilter filter = FilterFromKwargs(kwargs);
            std::vector<EntityRecord> entities =
                a.Call([&](Store& s) { return s.Entities(filter, name); });
            return Rows(entities, EntityRow);
          },
          "name"_a = "",
          (std::string("Entities whose name contains `name`, most mentioned first. Rows: "
                       "entity_id, name, type, country, actor_code, articles, mentions, quotes.") +
           kFilterDoc)
              .c_str())
      .def(
          "entity",
          [](ArchiveHandle& a, int64_t id) {
            return EntityRow(a.Call([&](Store& s) { return s.Entity(id); }));
          },
          "entity_id"_a, "One entity's row; warta.NotFoundError if there is none.")
      .def(
          "stories",
          [](ArchiveHandle& a, size_t min_articles, const py::kwargs& kwargs) {
            ArchiveFilter filter = FilterFromKwargs(kwargs);
            std::vector<StoryRecord> stories =
                a.Call([&](Store& s) { return s.Stories(filter, min_articles); });
            return Rows(stories, StoryRow);
          },
          "min_articles"_a = 2,
          (std::string("Stories (syndicated copies grouped) of at least min_articles articles, "
                       "largest first. Rows: story_id, title, first_published, articles, sites, "
                       "article_ids.") +
           kFilterDoc)
              .c_str())
      .def(
          "article",
          [](ArchiveHandle& a, int64_t id) {
            return ArticleDict(a.Call([&](Store& s) { return s.Article(id); }));
          },
          "article_id"_a,
          "One stored article with its facts: the article's columns, author, published_time, "
          "language, text, and lists of rows: entities, quotes, events, timex, mentions. "
          "warta.NotFoundError if there is none.")
      .def(
          "errors",
          [](ArchiveHandle& a) {
            return Rows(a.Call([](Store& s) { return s.Errors(); }), ErrorRow);
          },
          "The inputs that could not be stored. Rows: input, line, doc_id, message.")
      .def(
          "stats",
          [](ArchiveHandle& a) {
            ArchiveStats st = a.Call([](Store& s) { return s.Stats(); });
            py::dict out;
            out["articles"] = st.articles;
            out["stories"] = st.stories;
            out["entities"] = st.entities;
            out["quotes"] = st.quotes;
            out["events"] = st.events;
            out["timex"] = st.timex;
            out["errors"] = st.errors;
            out["schema_version"] = st.schema_version;
            return out;
          },
          "How many articles, stories, entities, quotes, events, time expressions and errors "
          "the archive holds, and its schema version.");
}

}  // namespace warta::python
