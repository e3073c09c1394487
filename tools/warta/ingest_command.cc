#include "ingest_command.h"

#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <vector>

#include "annotate_command.h"
#include "chunk_annotator.h"
#include "line_reader.h"
#include "ordered_workers.h"
#include "warta/article.h"
#include "warta/html.h"
#include "warta/pipeline.h"

namespace warta::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

enum class InputKind { kText, kHtml, kJsonl, kOther };

InputKind KindOf(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".html" || ext == ".htm") return InputKind::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputKind::kJsonl;
  if (ext == ".txt" || ext.empty()) return InputKind::kText;
  return InputKind::kOther;
}

// What the reader hands a worker: a JSON Lines record to parse, an article
// already read from a file, or an input that failed before any article
// (it goes through the workers too, so its report keeps its place).
struct IngestItem {
  std::string input;
  uint64_t line = 0;
  std::string json;
  std::optional<warta::Article> article;
  std::string error;
  bool counted = true;  // counts as an article read
};

// What a worker hands back: the annotated document, or why there is none.
struct IngestResult {
  std::string input;
  uint64_t line = 0;
  std::string id;
  std::optional<Document> doc;
  std::string error;
  bool counted = true;
};

class Ingester {
 public:
  Ingester(const IngestFlags& flags, const Pipeline& pipeline, Store& store)
      : flags_(flags), pipeline_(pipeline), store_(store),
        show_progress_(!flags.quiet && (flags.progress || ::isatty(STDERR_FILENO))),
        start_(Clock::now()), scratches_(ResolveJobs(flags.jobs)),
        workers_(scratches_.size(), ChunkWindow(scratches_.size()),
                 [this](std::vector<IngestItem> chunk, size_t worker) {
                   return Annotate(std::move(chunk), scratches_[worker]);
                 }) {}

  // false when the archive failed (the run must stop).
  bool Path(const std::string& input);
  bool Stream(LineReader& reader, const std::string& name);
  bool Finish();
  int ExitCode() const {
    if (archive_failed_) return archive_exit_;
    return errors_ ? kExitSomeFailed : kExitOk;
  }
  void Summary() const;

 private:
  std::vector<IngestResult> Annotate(std::vector<IngestItem> chunk, Scratch& scratch) const;
  bool Submit(IngestItem item);
  bool SendChunk();
  bool TakeNext();
  bool Drain();
  bool ErrorInOrder(const std::string& input, uint64_t line, std::string message,
                    bool counted);
  bool File(const fs::path& path, InputKind kind);
  void Error(const std::string& input, uint64_t line, const std::string& id,
             const std::string& message);
  bool Flush();
  void Progress(bool force);

  const IngestFlags& flags_;
  const Pipeline& pipeline_;
  Store& store_;
  std::vector<Document> batch_;
  std::vector<IngestError> batch_errors_;
  const bool show_progress_;
  const Clock::time_point start_;
  Clock::time_point last_progress_{};
  uint64_t read_ = 0, added_ = 0, duplicates_ = 0, errors_ = 0, skipped_ = 0;
  bool archive_failed_ = false;
  int archive_exit_ = kExitInternal;
  std::vector<IngestItem> chunk_;    // read, not yet handed to the workers
  std::vector<Scratch> scratches_;  // one per worker
  // Last: its threads stop before the members they use go away.
  OrderedWorkers<std::vector<IngestItem>, std::vector<IngestResult>> workers_;
};

void Ingester::Error(const std::string& input, uint64_t line, const std::string& id,
                     const std::string& message) {
  ++errors_;
  if (show_progress_) std::cerr << "\r\x1b[K";
  std::cerr << "warta: " << input;
  if (line) std::cerr << ":" << line;
  if (!id.empty()) std::cerr << " (" << id << ")";
  std::cerr << ": " << message << "\n";
  batch_errors_.push_back({input, line, id, message});
}

// On a worker thread: everything up to the store, which stays on the
// owner's thread (one connection, one writer).
std::vector<IngestResult> Ingester::Annotate(std::vector<IngestItem> chunk,
                                             Scratch& scratch) const {
  std::vector<IngestResult> results(chunk.size());
  std::vector<StatusOr<warta::Article>> articles;
  articles.reserve(chunk.size());
  for (size_t i = 0; i < chunk.size(); ++i) {
    IngestItem& item = chunk[i];
    IngestResult& result = results[i];
    result.input = std::move(item.input);
    result.line = item.line;
    result.counted = item.counted;
    if (!item.error.empty()) {
      articles.emplace_back(InvalidArgumentError(std::move(item.error)));
    } else if (item.article) {
      articles.emplace_back(std::move(*item.article));
    } else {
      articles.push_back(ParseArticleJson(item.json));
    }
    if (articles.back().ok()) result.id = articles.back()->id;
  }
  try {
    std::vector<StatusOr<Document>> docs = AnnotateChunk(std::move(articles), pipeline_, scratch);
    for (size_t i = 0; i < docs.size(); ++i) {
      IngestResult& result = results[i];
      if (!docs[i].ok()) {
        result.error = docs[i].status().message();
        continue;
      }
      Document& doc = *docs[i];
      if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        result.error = "no text left after cleaning";
        continue;
      }
      doc.raw.clear();  // not stored; frees memory while the batch waits
      doc.raw.shrink_to_fit();
      result.doc = std::move(doc);
    }
  } catch (const std::exception& e) {
    // Each article's own failures are caught where they happen; what is
    // left (out of memory) costs this chunk.
    for (IngestResult& result : results) {
      result.doc.reset();
      result.error = "internal error: ";
      result.error += e.what();
    }
  }
  return results;
}

bool Ingester::Submit(IngestItem item) {
  chunk_.push_back(std::move(item));
  return chunk_.size() < kArticlesPerChunk || SendChunk();
}

bool Ingester::SendChunk() {
  if (chunk_.empty()) return true;
  while (workers_.full()) {
    if (!TakeNext()) return false;
  }
  workers_.Submit(std::move(chunk_));
  chunk_.clear();
  return true;
}

// The oldest result, in input order: into the batch, or an error record.
bool Ingester::TakeNext() {
  for (IngestResult& result : workers_.Next()) {
    if (result.counted) ++read_;
    if (!result.doc) {
      Error(result.input, result.line, result.id, result.error);
      continue;
    }
    batch_.push_back(std::move(*result.doc));
    if (batch_.size() >= flags_.batch && !Flush()) return false;
  }
  Progress(false);
  return true;
}

bool Ingester::Drain() {
  while (!workers_.empty()) {
    if (!TakeNext()) return false;
  }
  return true;
}

bool Ingester::ErrorInOrder(const std::string& input, uint64_t line, std::string message,
                            bool counted) {
  IngestItem item;
  item.input = input;
  item.line = line;
  item.error = std::move(message);
  item.counted = counted;
  return Submit(std::move(item));
}

bool Ingester::Flush() {
  if (!batch_.empty()) {
    StatusOr<std::vector<IngestOutcome>> outcomes = store_.Ingest(batch_);
    if (!outcomes.ok()) {
      if (show_progress_) std::cerr << "\r\x1b[K";
      archive_exit_ = ReportStoreError("archive " + RedactedLocation(flags_.archive.db), outcomes.status());
      archive_failed_ = true;
      return false;
    }
    for (const IngestOutcome& o : *outcomes) {
      (o.kind == IngestOutcome::Kind::kAdded ? added_ : duplicates_) += 1;
    }
    batch_.clear();
  }
  if (!batch_errors_.empty()) {
    if (Status s = store_.RecordErrors(batch_errors_); !s.ok()) {
      archive_exit_ = ReportStoreError("archive " + RedactedLocation(flags_.archive.db), s);
      archive_failed_ = true;
      return false;
    }
    batch_errors_.clear();
  }
  Progress(true);
  return true;
}

void Ingester::Progress(bool force) {
  if (!show_progress_) return;
  const Clock::time_point now = Clock::now();
  if (!force && now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\x1b[Kingest: %llu read, %llu added, %llu duplicates, %llu errors  %.0f/s",
               static_cast<unsigned long long>(read_), static_cast<unsigned long long>(added_),
               static_cast<unsigned long long>(duplicates_),
               static_cast<unsigned long long>(errors_), seconds > 0 ? read_ / seconds : 0.0);
  std::fflush(stderr);
}

bool Ingester::Stream(LineReader& reader, const std::string& name) {
  std::string line;
  uint64_t number = 0;
  while (reader.Next(&line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    IngestItem item;
    item.input = name;
    item.line = number;
    item.json = std::move(line);
    if (!Submit(std::move(item))) return false;
    // The writer has not sent the next line yet: annotate what came so far.
    if (!reader.Ready() && !SendChunk()) return false;
  }
  if (reader.failed()) {
    std::string message = "read error: ";
    message += std::strerror(reader.error());
    return ErrorInOrder(name, number, std::move(message), /*counted=*/false);
  }
  return true;
}

bool Ingester::File(const fs::path& path, InputKind kind) {
  const std::string name = path.string();
  if (kind == InputKind::kJsonl) {
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      std::string message = "cannot open: ";
      message += std::strerror(errno);
      return ErrorInOrder(name, 0, std::move(message), /*counted=*/true);
    }
    LineReader reader(fd);
    const bool ok = Stream(reader, name);
    ::close(fd);
    return ok;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::string message = "cannot open: ";
    message += std::strerror(errno);
    return ErrorInOrder(name, 0, std::move(message), /*counted=*/true);
  }
  std::ostringstream content;
  content << in.rdbuf();
  warta::Article article;
  article.id = name;
  article.text = std::move(content).str();
  article.is_html = kind == InputKind::kHtml;
  IngestItem item;
  item.input = name;
  item.article = std::move(article);
  return Submit(std::move(item));
}

bool Ingester::Path(const std::string& input) {
  if (input == "-") {
    LineReader reader(STDIN_FILENO);
    return Stream(reader, "-");
  }
  std::error_code ec;
  const fs::path path(input);
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    if (ec && !ErrorInOrder(input, 0, "cannot read the folder: " + ec.message(),
                            /*counted=*/false)) {
      return false;
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      InputKind kind = KindOf(file);
      if (kind == InputKind::kOther || file.filename().string().starts_with(".")) {
        ++skipped_;
        continue;
      }
      if (!File(file, kind)) return false;
    }
    return true;
  }
  if (!fs::exists(path, ec)) {
    return ErrorInOrder(input, 0, "no such file or folder", /*counted=*/true);
  }
  InputKind kind = KindOf(path);
  return File(path, kind == InputKind::kOther ? InputKind::kText : kind);
}

bool Ingester::Finish() { return SendChunk() && Drain() && Flush(); }

void Ingester::Summary() const {
  if (show_progress_) std::cerr << "\r\x1b[K";
  if (flags_.quiet && !errors_) return;
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  std::fprintf(stderr,
               "ingest: %llu read: %llu added, %llu duplicates, %llu errors in %.1f s "
               "(%.0f articles/s)",
               static_cast<unsigned long long>(read_), static_cast<unsigned long long>(added_),
               static_cast<unsigned long long>(duplicates_),
               static_cast<unsigned long long>(errors_), seconds,
               seconds > 0 ? read_ / seconds : 0.0);
  if (skipped_) std::fprintf(stderr, "; %llu files of other kinds skipped",
                             static_cast<unsigned long long>(skipped_));
  std::fprintf(stderr, "\n");
}

}  // namespace

CLI::App* AddIngestCommand(CLI::App& app, IngestFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Annotate articles and store them in an archive (SQLite or PostgreSQL).");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("PATH", flags->inputs,
                  "Files (.txt plain text, .html/.htm pages, .jsonl JSON Lines), folders "
                  "(walked recursively), or '-' for JSON Lines on standard input")
      ->required();
  AddArchiveFlags(cmd, &flags->archive, /*filters=*/false);
  cmd->add_option("--batch", flags->batch, "Articles per transaction")
      ->check(CLI::Range(size_t{1}, size_t{100000}));
  AddJobsOption(cmd, &flags->jobs);
  cmd->add_flag("--quiet", flags->quiet, "No progress line and no summary unless errors");
  cmd->add_flag("--progress", flags->progress,
                "Show the progress line even when standard error is not a terminal");
  cmd->footer(
      "The same URL or the same text twice is stored once. A bad input (not JSON, "
      "no text, not readable) is reported and kept in the archive as an error "
      "record; the batch goes on. Exit codes: 0 every article stored; 1 some "
      "inputs failed; 2 bad flags; 3 the archive cannot be opened; 70 the "
      "archive failed (the current batch was rolled back).");
  return cmd;
}

int RunIngest(const IngestFlags& flags) {
  int code = kExitOk;
  std::unique_ptr<Store> store = OpenArchive(flags.archive, /*must_exist=*/false, &code);
  if (!store) return code;
  // The archive keeps events, not trees: only the sentences the events
  // stage reads are parsed.
  PipelineOptions options;
  options.parser.only_event_sentences = true;
  StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(options);
  if (!pipeline.ok()) {
    std::cerr << "warta: " << pipeline.status().message() << "\n";
    return kExitInternal;
  }
  Ingester ingester(flags, *pipeline, *store);
  bool ok = true;
  for (const std::string& input : flags.inputs) {
    if (!(ok = ingester.Path(input))) break;
  }
  if (ok) ingester.Finish();
  ingester.Summary();
  return ingester.ExitCode();
}

}  // namespace warta::cli
