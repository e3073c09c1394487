// `warta ingest PATH…|-`: articles in, archive updated. Files (plain text,
// web pages, JSON Lines), folders (walked recursively) or JSON Lines on
// standard input; every article goes through the default pipeline and into
// the archive, one transaction per batch. A bad input becomes an error record
// (printed, and kept in the archive) and the batch goes on.
#ifndef WARTA_TOOLS_INGEST_COMMAND_H_
#define WARTA_TOOLS_INGEST_COMMAND_H_

#include <string>
#include <vector>

#include "archive_flags.h"

namespace CLI {
class App;
}

namespace warta::cli {

struct IngestFlags {
  ArchiveFlags archive;
  std::vector<std::string> inputs;
  size_t batch = 200;
  unsigned jobs = 0;  // worker threads; 0: all cores
  bool quiet = false;
  bool progress = false;  // force the progress line even without a terminal
};

CLI::App* AddIngestCommand(CLI::App& app, IngestFlags* flags);
int RunIngest(const IngestFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_INGEST_COMMAND_H_
