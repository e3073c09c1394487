// `warta annotate`: articles in, documents out. A thin client of the library.
#ifndef WARTA_TOOLS_ANNOTATE_COMMAND_H_
#define WARTA_TOOLS_ANNOTATE_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace warta::cli {

struct AnnotateFlags {
  std::string input = "-";  // article file, or "-" for stdin
  std::string jsonl;        // JSON Lines file of articles, or "-"
  std::string format = "auto";  // auto | json | jsonl | conllu
  std::string id;
  std::string url;
  std::string title;
  std::string published;
  bool compact = false;     // one-line JSON for a single article
  bool no_tokens = false;   // leave the tokens array out of JSON
  bool html = false;        // FILE is an HTML page (also by .html/.htm)
  unsigned jobs = 0;        // --jsonl worker threads; 0: all cores
};

// Exit codes of `warta annotate` (also in docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // error records were written
inline constexpr int kExitUsage = 2;       // bad flag or flag value
inline constexpr int kExitNoInput = 3;     // input file cannot be read
inline constexpr int kExitInternal = 70;

// Registers the subcommand; `run` is set to the code to execute.
CLI::App* AddAnnotateCommand(CLI::App& app, AnnotateFlags* flags);

// Adds `-j N, --jobs N` (worker threads for a batch; 0, the default, means
// every core) to a batch command.
void AddJobsOption(CLI::App* cmd, unsigned* jobs);

// Runs the command with parsed flags; returns the exit code.
int RunAnnotate(const AnnotateFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_ANNOTATE_COMMAND_H_
