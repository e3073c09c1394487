#include "archive_flags.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "annotate_command.h"
#include "warta/article.h"

namespace warta::cli {

void AddArchiveFlags(CLI::App* cmd, ArchiveFlags* flags, bool filters) {
  cmd->add_option("--db", flags->db,
                  "The archive: a SQLite file, or postgresql://user@host/dbname")
      ->envname("WARTA_DB");
  if (!filters) return;
  auto date = [](const std::string& value) {
    Status s = ValidatePublishedDate(value);
    return s.ok() ? std::string() : s.message();
  };
  cmd->add_option("--from", flags->from, "Published on or after YYYY-MM-DD")->check(date);
  cmd->add_option("--to", flags->to, "Published on or before YYYY-MM-DD")->check(date);
  cmd->add_option("--site", flags->site, "Only articles of this site (nasional.kompas.com)");
  cmd->add_option("--entity", flags->entity, "Only articles that mention this entity");
  cmd->add_option("--speaker", flags->speaker, "Only statements of this speaker");
  cmd->add_option("--type", flags->type, "Only events of this PLOVER type (ACCUSE, ...)");
  cmd->add_option("--limit", flags->limit, "At most this many results");
  cmd->add_option("--offset", flags->offset, "Skip this many results first (paging)");
}

ArchiveFilter ToFilter(const ArchiveFlags& flags) {
  ArchiveFilter f;
  f.from = flags.from;
  f.to = flags.to;
  f.site = flags.site;
  f.entity = flags.entity;
  f.speaker = flags.speaker;
  f.event_type = flags.type;
  for (char& c : f.event_type) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  f.limit = flags.limit;
  f.offset = flags.offset;
  return f;
}

int ReportStoreError(const std::string& what, const Status& status) {
  std::cerr << "warta: " << what << ": " << status.message() << "\n";
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return kExitUsage;
    case StatusCode::kNotFound:
      return kExitNoInput;
    default:
      return kExitInternal;
  }
}

std::unique_ptr<Store> OpenArchive(const ArchiveFlags& flags, bool must_exist,
                                   int* exit_code) {
  StoreOptions options;
  options.must_exist = must_exist;
  StatusOr<std::unique_ptr<Store>> store = Store::Open(flags.db, options);
  if (!store.ok()) {
    Status s = store.status();
    if (s.code() == StatusCode::kNotFound && must_exist) {
      const std::string where = RedactedLocation(flags.db);
      std::cerr << "warta: no archive at " << where
                << " (make one with: warta ingest --db " << where << " FILES)\n";
      *exit_code = kExitNoInput;
      return nullptr;
    }
    *exit_code = ReportStoreError("archive", s);
    if (s.code() == StatusCode::kUnavailable) *exit_code = kExitNoInput;
    return nullptr;
  }
  return std::move(*store);
}

}  // namespace warta::cli
