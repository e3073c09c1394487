// Flags shared by the commands that read or write an archive (--db and the
// filters), and opening the archive they name.
#ifndef WARTA_TOOLS_ARCHIVE_FLAGS_H_
#define WARTA_TOOLS_ARCHIVE_FLAGS_H_

#include <memory>
#include <string>

#include "warta/store.h"

namespace CLI {
class App;
}

namespace warta::cli {

// The archive used when --db is not given.
inline constexpr const char* kDefaultArchive = "warta.db";

struct ArchiveFlags {
  std::string db = kDefaultArchive;
  std::string from, to, site, entity, speaker, type;
  size_t limit = 20;
  size_t offset = 0;
};

// Adds --db; with `filters`, also --from --to --site --entity --speaker
// --type --limit --offset.
void AddArchiveFlags(CLI::App* cmd, ArchiveFlags* flags, bool filters);

ArchiveFilter ToFilter(const ArchiveFlags& flags);

// Opens the archive (`must_exist` for the commands that only read); prints
// the reason and sets *exit_code when it cannot.
std::unique_ptr<Store> OpenArchive(const ArchiveFlags& flags, bool must_exist,
                                   int* exit_code);

// The exit code for a failed store call (message printed with `what`).
int ReportStoreError(const std::string& what, const Status& status);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_ARCHIVE_FLAGS_H_
