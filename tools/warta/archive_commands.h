// Commands that read an archive: `warta search`, `warta stories`,
// `warta export`, and the archive side of `warta quotes` and `warta events`
// (with --db).
#ifndef WARTA_TOOLS_ARCHIVE_COMMANDS_H_
#define WARTA_TOOLS_ARCHIVE_COMMANDS_H_

#include <string>

#include "archive_flags.h"

namespace CLI {
class App;
}

namespace warta::cli {

struct SearchFlags {
  ArchiveFlags archive;
  std::string query;
  std::string format = "text";  // text | jsonl
  std::string color = "auto";   // auto | always | never
};
CLI::App* AddSearchCommand(CLI::App& app, SearchFlags* flags);
int RunSearch(const SearchFlags& flags);

struct StoriesFlags {
  ArchiveFlags archive;
  size_t min_articles = 2;
  std::string format = "text";
};
CLI::App* AddStoriesCommand(CLI::App& app, StoriesFlags* flags);
int RunStories(const StoriesFlags& flags);

struct ExportFlags {
  ArchiveFlags archive;
  std::string what;             // events | quotes | entities
  std::string format = "jsonl"; // csv | jsonl | tsv
};
CLI::App* AddExportCommand(CLI::App& app, ExportFlags* flags);
int RunExport(const ExportFlags& flags);

// `warta quotes --db …` and `warta events --db … --actor NAME`.
int ListArchiveQuotes(const ArchiveFlags& flags, const std::string& format);
int ListArchiveEvents(const ArchiveFlags& flags, const std::string& actor,
                      const std::string& format);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_ARCHIVE_COMMANDS_H_
