// `warta quotes FILE`: who said what, as a readable list for a person at a
// terminal; `warta quotes --db ARCHIVE --speaker NAME`: the same from an
// archive, newest first.
#ifndef WARTA_TOOLS_QUOTES_COMMAND_H_
#define WARTA_TOOLS_QUOTES_COMMAND_H_

#include <string>

#include "archive_flags.h"

namespace CLI {
class App;
}

namespace warta::cli {

struct QuotesFlags {
  std::string input = "-";
  std::string published;
  // With --db, the archive is listed instead of one article being read.
  ArchiveFlags archive;
  std::string actor;            // events: source or target
  std::string format = "text";  // archive listings: text | jsonl | csv | tsv
};

CLI::App* AddQuotesCommand(CLI::App& app, QuotesFlags* flags);
int RunQuotes(const QuotesFlags& flags);

// `warta events FILE`: who did what to whom, one event a line.
CLI::App* AddEventsCommand(CLI::App& app, QuotesFlags* flags);
int RunEvents(const QuotesFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_QUOTES_COMMAND_H_
