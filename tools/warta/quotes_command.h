// `warta quotes FILE`: who said what, as a readable list for a person at a
// terminal.
#ifndef WARTA_TOOLS_QUOTES_COMMAND_H_
#define WARTA_TOOLS_QUOTES_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace warta::cli {

struct QuotesFlags {
  std::string input = "-";
  std::string published;
};

CLI::App* AddQuotesCommand(CLI::App& app, QuotesFlags* flags);
int RunQuotes(const QuotesFlags& flags);

// `warta events FILE`: who did what to whom, one event a line.
CLI::App* AddEventsCommand(CLI::App& app, QuotesFlags* flags);
int RunEvents(const QuotesFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_QUOTES_COMMAND_H_
