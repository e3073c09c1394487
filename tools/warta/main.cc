// The warta command-line tool: a thin client of the warta library.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "annotate_command.h"
#include "archive_commands.h"
#include "ingest_command.h"
#include "quotes_command.h"
#include "serve_command.h"
#include "stem_command.h"
#include "tag_command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "warta: Indonesian news in, structured facts out (who said what, who "
      "did what to whom, when, and where it was reported).",
      "warta"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "warta 0.1.0");
  warta::cli::AnnotateFlags annotate;
  CLI::App* annotate_cmd = warta::cli::AddAnnotateCommand(app, &annotate);
  warta::cli::StemFlags stem;
  CLI::App* stem_cmd = warta::cli::AddStemCommand(app, &stem);
  warta::cli::QuotesFlags quotes;
  CLI::App* quotes_cmd = warta::cli::AddQuotesCommand(app, &quotes);
  warta::cli::QuotesFlags events;
  CLI::App* events_cmd = warta::cli::AddEventsCommand(app, &events);
  warta::cli::IngestFlags ingest;
  CLI::App* ingest_cmd = warta::cli::AddIngestCommand(app, &ingest);
  warta::cli::SearchFlags search;
  CLI::App* search_cmd = warta::cli::AddSearchCommand(app, &search);
  warta::cli::StoriesFlags stories;
  CLI::App* stories_cmd = warta::cli::AddStoriesCommand(app, &stories);
  warta::cli::ExportFlags export_flags;
  CLI::App* export_cmd = warta::cli::AddExportCommand(app, &export_flags);
  warta::cli::TagFlags tag;
  CLI::App* tag_cmd = warta::cli::AddTagCommand(app, &tag);
  warta::cli::ServeFlags serve;
  CLI::App* serve_cmd = warta::cli::AddServeCommand(app, &serve);
  warta::cli::TrainFlags train;
  CLI::App* train_cmd = warta::cli::AddTrainCommand(app, &train);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : warta::cli::kExitUsage;
  }
  try {
    if (annotate_cmd->parsed()) return warta::cli::RunAnnotate(annotate);
    if (stem_cmd->parsed()) return warta::cli::RunStem(stem);
    if (tag_cmd->parsed()) return warta::cli::RunTag(tag);
    if (quotes_cmd->parsed()) return warta::cli::RunQuotes(quotes);
    if (events_cmd->parsed()) return warta::cli::RunEvents(events);
    if (train_cmd->parsed()) return warta::cli::RunTrain(train);
    if (ingest_cmd->parsed()) return warta::cli::RunIngest(ingest);
    if (search_cmd->parsed()) return warta::cli::RunSearch(search);
    if (stories_cmd->parsed()) return warta::cli::RunStories(stories);
    if (export_cmd->parsed()) return warta::cli::RunExport(export_flags);
    if (serve_cmd->parsed()) return warta::cli::RunServe(serve);
  } catch (const std::exception& e) {
    std::cerr << "warta: internal error: " << e.what() << "\n";
    return warta::cli::kExitInternal;
  }
  return warta::cli::kExitUsage;
}
