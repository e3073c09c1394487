#include "quotes_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "annotate_command.h"
#include "archive_commands.h"
#include "warta/article.h"
#include "warta/pipeline.h"

namespace warta::cli {

namespace {

// --db and the filters; the archive is used only when --db (or $WARTA_DB)
// is given.
void AddArchiveListingFlags(CLI::App* cmd, QuotesFlags* flags) {
  flags->archive.db.clear();
  AddArchiveFlags(cmd, &flags->archive, /*filters=*/true);
  cmd->add_option("--format", flags->format, "Archive listings: text, jsonl, csv or tsv")
      ->check(CLI::IsMember({"text", "jsonl", "csv", "tsv"}));
}

}  // namespace

CLI::App* AddQuotesCommand(CLI::App& app, QuotesFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "quotes", "Who said what in an article: one statement a line, speaker first.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("FILE", flags->input, "Article as plain text; '-' reads standard input");
  cmd->add_option("--published", flags->published, "Publication date YYYY-MM-DD");
  AddArchiveListingFlags(cmd, flags);
  cmd->footer(
      "Each line: SPEAKER (title, country) — \"direct quote\" or reported "
      "statement [cue]. With --db, the archive's statements (filtered by --speaker, "
      "--from, --to, --site, ...) instead of one article. Exit codes: 0 done; 1 the "
      "article could not be processed; 2 bad flags; 3 input or archive cannot be read.");
  return cmd;
}

namespace {

// Reads the article named in `flags` and runs the default pipeline on it.
// Returns an exit code other than kExitOk on failure (message printed).
int AnnotateForReading(const QuotesFlags& flags, Document* doc) {
  Article article;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (flags.input != "-") {
    file.open(flags.input, std::ios::binary);
    if (!file) {
      std::cerr << "warta: cannot open " << flags.input << ": " << std::strerror(errno) << "\n";
      return kExitNoInput;
    }
    in = &file;
  }
  std::ostringstream ss;
  ss << in->rdbuf();
  article.text = ss.str();
  article.published = flags.published;
  Status date = ValidatePublishedDate(flags.published);
  if (!date.ok()) {
    std::cerr << "warta: --published: " << date.message() << "\n";
    return kExitUsage;
  }
  auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) {
    std::cerr << "warta: " << pipeline.status().message() << "\n";
    return kExitNoInput;
  }
  *doc = DocumentFromArticle(std::move(article));
  Scratch scratch;
  Status s = pipeline->Process(*doc, scratch);
  if (!s.ok()) {
    std::cerr << "warta: " << s.message() << "\n";
    return kExitSomeFailed;
  }
  return kExitOk;
}

std::string Describe(const Document& doc, uint32_t entity) {
  if (entity == kNoIndex) return "?";
  const Entity& e = doc.entities[entity];
  return e.actor_code.empty() ? e.name : e.name + " [" + e.actor_code + "]";
}

}  // namespace

int RunQuotes(const QuotesFlags& flags) {
  if (!flags.archive.db.empty()) return ListArchiveQuotes(flags.archive, flags.format);
  Document doc;
  if (int code = AnnotateForReading(flags, &doc); code != kExitOk) return code;
  if (doc.quotes.empty()) std::cout << "(no statements found)\n";
  for (const Quote& q : doc.quotes) {
    std::string who = "(unknown speaker)";
    if (q.speaker != kNoIndex) {
      const Entity& e = doc.entities[q.speaker];
      who = e.name;
      std::string about;
      if (!e.title.empty()) about = e.title;
      if (!e.country.empty()) about += (about.empty() ? "" : ", ") + e.country;
      if (!about.empty()) who += " (" + about + ")";
    }
    std::string_view content = doc.Slice(q.content);
    std::cout << who << " \xE2\x80\x94 ";
    if (q.kind == QuoteKind::kDirect) {
      std::cout << "\xE2\x80\x9C" << content << "\xE2\x80\x9D";
    } else {
      std::cout << content;
    }
    if (!q.cue.empty()) std::cout << " [" << doc.Slice(q.cue) << "]";
    std::cout << "\n";
  }
  return kExitOk;
}

CLI::App* AddEventsCommand(CLI::App& app, QuotesFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "events", "Who did what to whom in an article: one event a line.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("FILE", flags->input, "Article as plain text; '-' reads standard input");
  cmd->add_option("--published", flags->published, "Publication date YYYY-MM-DD");
  AddArchiveListingFlags(cmd, flags);
  cmd->add_option("--actor", flags->actor, "Archive: events this actor is source or target of");
  cmd->footer(
      "Each line: TYPE (CAMEO) SOURCE -> TARGET \"trigger\", then not / claimed "
      "by / date when they apply. With --db, the archive's events (filtered by "
      "--actor, --type, --from, --to, ...). Exit codes as for quotes.");
  return cmd;
}

int RunEvents(const QuotesFlags& flags) {
  if (!flags.archive.db.empty()) {
    return ListArchiveEvents(flags.archive, flags.actor, flags.format);
  }
  Document doc;
  if (int code = AnnotateForReading(flags, &doc); code != kExitOk) return code;
  if (doc.events.empty()) std::cout << "(no events found)\n";
  for (const Event& e : doc.events) {
    auto actor = [&](uint32_t entity, const GroupActor& group) {
      if (entity == kNoIndex && !group.empty())
        return std::string(doc.Slice(group.span)) + " [" + group.actor_code + "]";
      return Describe(doc, entity);
    };
    std::cout << e.type << " (" << e.cameo << ") " << actor(e.source, e.source_group) << " -> "
              << actor(e.target, e.target_group) << " \"" << doc.Slice(e.trigger) << "\"";
    if (e.negated) std::cout << ", not";
    if (e.claimed_by != kNoIndex) std::cout << ", claimed by " << doc.entities[e.claimed_by].name;
    if (!e.date.empty()) std::cout << ", " << e.date;
    std::cout << "\n";
  }
  return kExitOk;
}

}  // namespace warta::cli
