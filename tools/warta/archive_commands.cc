#include "archive_commands.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <limits>

#include "annotate_command.h"
#include "output_format.h"

namespace warta::cli {
namespace {

// Export reads the archive in pages of this many rows.
constexpr size_t kExportPage = 5000;

Row SummaryRow(const ArticleSummary& a) {
  Row row;
  row.Add("article_id", a.id)
      .Add("doc_id", a.doc_id)
      .Add("published", a.published)
      .Add("site", a.site)
      .Add("title", a.title)
      .Add("url", a.url)
      .Add("story_id", a.story_id);
  return row;
}

Row QuoteRow(const QuoteRecord& q) {
  Row row;
  row.Add("article_id", q.article.id)
      .Add("doc_id", q.article.doc_id)
      .Add("published", q.article.published)
      .Add("site", q.article.site)
      .Add("url", q.article.url)
      .Add("speaker", q.speaker)
      .Add("speaker_id", q.speaker_id)
      .Add("kind", q.kind)
      .Add("cue", q.cue)
      .Add("content", q.content)
      .Add("begin", int64_t{q.begin})
      .Add("end", int64_t{q.end});
  return row;
}

Row EventRow(const EventRecord& e) {
  Row row;
  row.Add("event_id", e.id)
      .Add("article_id", e.article.id)
      .Add("doc_id", e.article.doc_id)
      .Add("published", e.article.published)
      .Add("date", e.date)
      .Add("type", e.type)
      .Add("cameo", e.cameo)
      .Add("source", e.source)
      .Add("source_code", e.source_code)
      .Add("source_country", e.source_country)
      .Add("source_id", e.source_id)
      .Add("target", e.target)
      .Add("target_code", e.target_code)
      .Add("target_country", e.target_country)
      .Add("target_id", e.target_id)
      .Add("claimed_by", e.claimed_by)
      .Add("negated", e.negated)
      .Add("trigger", e.trigger)
      .Add("sentence", e.sentence)
      .Add("site", e.article.site)
      .Add("url", e.article.url);
  return row;
}

Row EntityRow(const EntityRecord& e) {
  Row row;
  row.Add("entity_id", e.id)
      .Add("name", e.name)
      .Add("type", e.type)
      .Add("country", e.country)
      .Add("actor_code", e.actor_code)
      .Add("articles", static_cast<int64_t>(e.articles))
      .Add("mentions", static_cast<int64_t>(e.mentions))
      .Add("quotes", static_cast<int64_t>(e.quotes));
  return row;
}

// --- GDELT 2.0 event table -------------------------------------------------

// YYYYMMDD of an ISO date (or of its year/month), "" if none.
std::string SqlDate(std::string_view iso) {
  if (iso.size() >= 10 && iso[4] == '-' && iso[7] == '-') {
    std::string d;
    d.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
    return d;
  }
  return "";
}

// The CAMEO country and type parts of an actor code: "RUSGOV" -> RUS, GOV;
// "CVL" -> "", CVL.
void SplitActorCode(const std::string& code, const std::string& country,
                    std::string* country_code, std::string* type_code) {
  *country_code = country;
  type_code->clear();
  if (code.size() >= 6 && (country.empty() || code.starts_with(country))) {
    if (country_code->empty()) *country_code = code.substr(0, 3);
    *type_code = code.substr(3, 3);
  } else if (code.size() == 3 && code != country) {
    *type_code = code;
  }
}

// QuadClass of a CAMEO root code: 1 verbal cooperation (01-05), 2 material
// cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).
int QuadClass(std::string_view cameo) {
  if (cameo.size() < 2) return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root <= 9 && root >= 6) return 2;
  if (root <= 14 && root >= 10) return 3;
  if (root <= 20 && root >= 15) return 4;
  return 0;
}

// One event as a line of the GDELT 2.0 event table (61 tab-separated
// columns, no header, as GDELT's export files). Fields warta does not
// produce (religion, ethnicity, Goldstein, tone, geography) are empty.
void WriteGdeltEvent(const EventRecord& e, std::ostream& out) {
  std::string day = SqlDate(e.date);
  if (day.empty()) day = SqlDate(e.article.published);
  std::vector<std::string> f;
  f.reserve(61);
  f.push_back(std::to_string(e.id));                                   // GLOBALEVENTID
  f.push_back(day);                                                    // SQLDATE
  f.push_back(day.empty() ? "" : day.substr(0, 6));                    // MonthYear
  f.push_back(day.empty() ? "" : day.substr(0, 4));                    // Year
  if (day.empty()) {
    f.push_back("");
  } else {
    const int year = std::stoi(day.substr(0, 4));
    const int month = std::stoi(day.substr(4, 2));
    const int dom = std::stoi(day.substr(6, 2));
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, "%.4f",
                  year + ((month - 1) * 30 + dom) / 365.0);
    f.push_back(fraction);                                             // FractionDate
  }
  auto actor = [&](const std::string& code, const std::string& name,
                   const std::string& country) {
    std::string country_code, type_code;
    SplitActorCode(code, country, &country_code, &type_code);
    f.push_back(code);          // ActorNCode
    f.push_back(name);          // ActorNName
    f.push_back(country_code);  // ActorNCountryCode
    f.push_back("");            // ActorNKnownGroupCode
    f.push_back("");            // ActorNEthnicCode
    f.push_back("");            // ActorNReligion1Code
    f.push_back("");            // ActorNReligion2Code
    f.push_back(type_code);     // ActorNType1Code
    f.push_back("");            // ActorNType2Code
    f.push_back("");            // ActorNType3Code
  };
  actor(e.source_code, e.source, e.source_country);
  actor(e.target_code, e.target, e.target_country);
  f.push_back("0");                                                    // IsRootEvent
  f.push_back(e.cameo);                                                // EventCode
  f.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));  // EventBaseCode
  f.push_back(e.cameo.substr(0, std::min<size_t>(2, e.cameo.size())));  // EventRootCode
  const int quad = QuadClass(e.cameo);
  f.push_back(quad ? std::to_string(quad) : "");                       // QuadClass
  f.push_back("");                                                     // GoldsteinScale
  f.push_back("1");                                                    // NumMentions
  f.push_back("1");                                                    // NumSources
  f.push_back("1");                                                    // NumArticles
  f.push_back("");                                                     // AvgTone
  for (int geo = 0; geo < 3; ++geo) {  // Actor1Geo_, Actor2Geo_, ActionGeo_
    f.push_back("0");  // Type: no geography
    for (int i = 0; i < 7; ++i) f.push_back("");
  }
  f.push_back(day.empty() ? "" : day + "000000");                      // DATEADDED
  f.push_back(e.article.url);                                          // SOURCEURL
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out << '\t';
    for (char c : f[i]) out << (c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  }
  out << '\n';
}

bool UseColor(const std::string& color) {
  if (color == "always") return true;
  if (color == "never") return false;
  return ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

// Reads every page of a query; `page` fills one page at an offset.
template <typename Record, typename Fetch, typename Emit>
int ForEachPage(const ArchiveFlags& flags, Fetch fetch, Emit emit) {
  ArchiveFilter filter = ToFilter(flags);
  const size_t wanted = flags.limit ? flags.limit : std::numeric_limits<size_t>::max();
  size_t done = 0;
  while (done < wanted) {
    filter.limit = std::min(kExportPage, wanted - done);
    filter.offset = flags.offset + done;
    StatusOr<std::vector<Record>> page = fetch(filter);
    if (!page.ok()) return ReportStoreError("archive " + RedactedLocation(flags.db), page.status());
    for (const Record& r : *page) emit(r);
    done += page->size();
    if (page->size() < filter.limit) break;
  }
  return kExitOk;
}

}  // namespace

CLI::App* AddSearchCommand(CLI::App& app, SearchFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search of an archive, by root word: 'kirim' finds 'mengirim', "
                "'dikirimkan' and 'pengiriman'.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("QUERY", flags->query,
                  "Words (all must match), \"phrases\", OR between alternatives, -word to "
                  "exclude; empty lists the newest articles");
  AddArchiveFlags(cmd, &flags->archive, /*filters=*/true);
  cmd->add_option("--format", flags->format, "text (for people) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--color", flags->color, "Highlight matches with bold text")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->footer("Exit codes: 0 done (also when nothing matches); 2 bad flags; 3 no archive.");
  return cmd;
}

int RunSearch(const SearchFlags& flags) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags.archive, /*must_exist=*/true, &code);
  if (!store) return code;
  SearchQuery query;
  query.text = flags.query;
  query.filter = ToFilter(flags.archive);
  const bool jsonl = flags.format == "jsonl";
  if (!jsonl && UseColor(flags.color)) {
    query.highlight_open = "\x1b[1m";
    query.highlight_close = "\x1b[0m";
  }
  StatusOr<SearchResult> result = store->Search(query);
  if (!result.ok()) return ReportStoreError("search", result.status());
  if (jsonl) {
    RowWriter writer(std::cout, TableFormat::kJsonl);
    for (const SearchHit& hit : result->hits) {
      Row row = SummaryRow(hit.article);
      char score[32];
      std::snprintf(score, sizeof score, "%.4f", hit.score);
      row.Add("score", std::string_view(score)).Add("snippet", hit.snippet);
      writer.Write(row);
    }
    return kExitOk;
  }
  std::cout << result->total << (result->total == 1 ? " article" : " articles") << "\n";
  size_t rank = flags.archive.offset;
  for (const SearchHit& hit : result->hits) {
    const ArticleSummary& a = hit.article;
    std::cout << "\n" << ++rank << ". " << (a.title.empty() ? a.doc_id : a.title) << "\n   "
              << (a.site.empty() ? "" : a.site + ", ") << (a.published.empty() ? "no date" : a.published)
              << "  [article " << a.id << "]\n   " << hit.snippet << "\n";
    if (!a.url.empty()) std::cout << "   " << a.url << "\n";
  }
  return kExitOk;
}

CLI::App* AddStoriesCommand(CLI::App& app, StoriesFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "stories", "Stories of an archive: syndicated copies of one report grouped, with "
                 "their outlets.");
  cmd->option_defaults()->always_capture_default();
  AddArchiveFlags(cmd, &flags->archive, /*filters=*/true);
  cmd->add_option("--min", flags->min_articles, "Only stories of at least this many articles");
  cmd->add_option("--format", flags->format, "text or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  return cmd;
}

int RunStories(const StoriesFlags& flags) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags.archive, /*must_exist=*/true, &code);
  if (!store) return code;
  StatusOr<std::vector<StoryRecord>> stories =
      store->Stories(ToFilter(flags.archive), flags.min_articles);
  if (!stories.ok()) return ReportStoreError("stories", stories.status());
  if (flags.format == "jsonl") {
    for (const StoryRecord& s : *stories) {
      std::cout << "{\"story_id\":" << s.id << ",\"title\":" << JsonString(s.title)
                << ",\"first_published\":" << JsonString(s.first_published)
                << ",\"articles\":" << s.articles << ",\"sites\":[";
      for (size_t i = 0; i < s.sites.size(); ++i) {
        std::cout << (i ? "," : "") << JsonString(s.sites[i]);
      }
      std::cout << "],\"article_ids\":[";
      for (size_t i = 0; i < s.article_ids.size(); ++i) {
        std::cout << (i ? "," : "") << s.article_ids[i];
      }
      std::cout << "]}\n";
    }
    return kExitOk;
  }
  if (stories->empty()) std::cout << "(no stories of " << flags.min_articles << " or more articles)\n";
  for (const StoryRecord& s : *stories) {
    std::cout << s.articles << " articles  " << s.first_published << "  " << s.title
              << "  [story " << s.id << "]\n   ";
    for (size_t i = 0; i < s.sites.size(); ++i) std::cout << (i ? ", " : "") << s.sites[i];
    std::cout << "\n";
  }
  return kExitOk;
}

CLI::App* AddExportCommand(CLI::App& app, ExportFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the archive's events, quotes or entities as CSV, JSON Lines or TSV.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("WHAT", flags->what, "events, quotes or entities")
      ->required()
      ->check(CLI::IsMember({"events", "quotes", "entities"}));
  flags->archive.limit = 0;  // everything unless --limit says otherwise
  AddArchiveFlags(cmd, &flags->archive, /*filters=*/true);
  cmd->add_option("--format", flags->format,
                  "csv (with a header; pandas and R read it as it is), jsonl, or tsv "
                  "(events: the GDELT 2.0 event table's 61 columns, no header; others: "
                  "with a header)")
      ->check(CLI::IsMember({"csv", "jsonl", "tsv"}));
  cmd->footer("--limit 0 (the default here) exports every row.");
  return cmd;
}

int RunExport(const ExportFlags& flags) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags.archive, /*must_exist=*/true, &code);
  if (!store) return code;
  std::ios::sync_with_stdio(false);
  const TableFormat format = ParseTableFormat(flags.format);
  RowWriter writer(std::cout, format);
  if (flags.what == "events") {
    const bool gdelt = format == TableFormat::kTsv;
    code = ForEachPage<EventRecord>(
        flags.archive, [&](const ArchiveFilter& f) { return store->Events(f, ""); },
        [&](const EventRecord& e) {
          if (gdelt) {
            WriteGdeltEvent(e, std::cout);
          } else {
            writer.Write(EventRow(e));
          }
        });
  } else if (flags.what == "quotes") {
    code = ForEachPage<QuoteRecord>(
        flags.archive, [&](const ArchiveFilter& f) { return store->Quotes(f); },
        [&](const QuoteRecord& q) { writer.Write(QuoteRow(q)); });
  } else {
    code = ForEachPage<EntityRecord>(
        flags.archive, [&](const ArchiveFilter& f) { return store->Entities(f, ""); },
        [&](const EntityRecord& e) { writer.Write(EntityRow(e)); });
  }
  std::cout.flush();
  return code;
}

int ListArchiveQuotes(const ArchiveFlags& flags, const std::string& format) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags, /*must_exist=*/true, &code);
  if (!store) return code;
  StatusOr<std::vector<QuoteRecord>> quotes = store->Quotes(ToFilter(flags));
  if (!quotes.ok()) return ReportStoreError("quotes", quotes.status());
  if (format != "text") {
    RowWriter writer(std::cout, ParseTableFormat(format));
    for (const QuoteRecord& q : *quotes) writer.Write(QuoteRow(q));
    return kExitOk;
  }
  if (quotes->empty()) std::cout << "(no statements found)\n";
  for (const QuoteRecord& q : *quotes) {
    std::cout << (q.article.published.empty() ? "no date" : q.article.published) << "  "
              << (q.speaker.empty() ? "(unknown speaker)" : q.speaker) << " \xE2\x80\x94 ";
    if (q.kind == "direct") {
      std::cout << "\xE2\x80\x9C" << q.content << "\xE2\x80\x9D";
    } else {
      std::cout << q.content;
    }
    if (!q.cue.empty()) std::cout << " [" << q.cue << "]";
    std::cout << "  (" << (q.article.site.empty() ? "article" : q.article.site) << " "
              << q.article.id << ")\n";
  }
  return kExitOk;
}

int ListArchiveEvents(const ArchiveFlags& flags, const std::string& actor,
                      const std::string& format) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags, /*must_exist=*/true, &code);
  if (!store) return code;
  StatusOr<std::vector<EventRecord>> events = store->Events(ToFilter(flags), actor);
  if (!events.ok()) return ReportStoreError("events", events.status());
  if (format != "text") {
    RowWriter writer(std::cout, ParseTableFormat(format));
    for (const EventRecord& e : *events) writer.Write(EventRow(e));
    return kExitOk;
  }
  if (events->empty()) std::cout << "(no events found)\n";
  for (const EventRecord& e : *events) {
    auto who = [](const std::string& name, const std::string& actor_code) {
      if (name.empty()) return std::string("?");
      return actor_code.empty() ? name : name + " [" + actor_code + "]";
    };
    std::cout << (e.date.empty() ? e.article.published : e.date) << "  " << e.type << " ("
              << e.cameo << ") " << who(e.source, e.source_code) << " -> "
              << who(e.target, e.target_code) << " \"" << e.trigger << "\"";
    if (e.negated) std::cout << ", not";
    if (!e.claimed_by.empty()) std::cout << ", claimed by " << e.claimed_by;
    std::cout << "  (" << (e.article.site.empty() ? "article" : e.article.site) << " "
              << e.article.id << ")\n";
  }
  return kExitOk;
}

}  // namespace warta::cli
