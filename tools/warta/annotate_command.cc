#include "annotate_command.h"

#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "chunk_annotator.h"
#include "line_reader.h"
#include "ordered_workers.h"
#include "warta/article.h"
#include "warta/document.h"
#include "warta/html.h"
#include "warta/pipeline.h"
#include "warta/writer.h"

namespace warta::cli {
namespace {

// Output goes through one buffer, flushed in large writes.
class Output {
 public:
  ~Output() { Flush(); }
  std::string& buffer() { return buffer_; }
  void MaybeFlush() {
    if (buffer_.size() >= (1u << 20)) Flush();
  }
  void Flush() {
    if (!buffer_.empty()) {
      std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
      buffer_.clear();
    }
    std::fflush(stdout);
  }

 private:
  std::string buffer_;
};

enum class Format { kJson, kJsonl, kConllu };

Format ParseFormat(const std::string& name, bool batch) {
  if (name == "conllu") return Format::kConllu;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "json") return Format::kJson;
  return batch ? Format::kJsonl : Format::kJson;  // "auto"
}

void AppendDocument(const Document& doc, Format format, bool compact,
                    bool tokens, std::string* buf) {
  if (format == Format::kConllu) {
    AppendConllu(doc, buf);
  } else {
    JsonWriteOptions options;
    options.pretty = format == Format::kJson && !compact;
    options.tokens = tokens;
    AppendJson(doc, options, buf);
    *buf += '\n';
  }
}

void WriteDocument(const Document& doc, Format format, bool compact,
                   bool tokens, Output* out) {
  AppendDocument(doc, format, compact, tokens, &out->buffer());
  out->MaybeFlush();
}

void ReportError(uint64_t line, const std::string& id, const Status& status,
                 Format format, Output* out) {
  std::string where = line ? "line " + std::to_string(line) : "article";
  std::cerr << "warta: " << where << (id.empty() ? "" : " (" + id + ")")
            << ": " << status.message() << "\n";
  if (format == Format::kConllu) return;  // stderr only: keep CoNLL-U valid
  AppendErrorRecord(line, id, status.message(), &out->buffer());
  out->buffer() += '\n';
}

bool ReadAll(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  *out = std::move(ss).str();
  return true;
}

// .html and .htm files are web pages whatever the flags say.
bool IsHtmlFileName(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  return ext == ".html" || ext == ".htm";
}

int RunSingle(const AnnotateFlags& flags, const Pipeline& pipeline,
              Format format) {
  Article article;
  if (flags.input == "-") {
    if (!ReadAll(std::cin, &article.text)) {
      std::cerr << "warta: cannot read standard input\n";
      return kExitNoInput;
    }
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(flags.input, ec)) {
      std::cerr << "warta: " << flags.input << " is a directory\n";
      return kExitNoInput;
    }
    std::ifstream in(flags.input, std::ios::binary);
    if (!in) {
      std::cerr << "warta: cannot open " << flags.input << ": "
                << std::strerror(errno) << "\n";
      return kExitNoInput;
    }
    if (!ReadAll(in, &article.text)) {
      std::cerr << "warta: cannot read " << flags.input
                << " (is it a directory?)\n";
      return kExitNoInput;
    }
  }
  article.id = flags.id;
  article.url = flags.url;
  article.title = flags.title;
  article.published = flags.published;
  article.is_html = flags.html || IsHtmlFileName(flags.input);
  StatusOr<Document> read = ReadArticle(std::move(article));
  if (!read.ok()) {
    std::cerr << "warta: " << (flags.input == "-" ? "stdin" : flags.input)
              << ": " << read.status().message() << "\n";
    return kExitSomeFailed;
  }
  Document doc = std::move(*read);
  Scratch scratch;
  Output out;
  Status s = pipeline.Process(doc, scratch);
  if (!s.ok()) {
    std::cerr << "warta: " << (flags.input == "-" ? "stdin" : flags.input)
              << ": " << s.message() << "\n";
    return kExitSomeFailed;
  }
  WriteDocument(doc, format, flags.compact, !flags.no_tokens, &out);
  return kExitOk;
}

// One JSON Lines record as read, and what became of it: the document
// written out (JSON or CoNLL-U), or the error.
struct BatchLine {
  uint64_t number = 0;
  std::string text;
};
struct BatchResult {
  uint64_t number = 0;
  std::string id;
  Status status;
  std::string output;
};

// One chunk of records through the pipeline, on a worker thread.
std::vector<BatchResult> AnnotateLines(std::vector<BatchLine> lines, const Pipeline& pipeline,
                                       Scratch& scratch, Format format, bool tokens) {
  std::vector<BatchResult> results(lines.size());
  std::vector<StatusOr<Article>> articles;
  articles.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    results[i].number = lines[i].number;
    articles.push_back(ParseArticleJson(lines[i].text));
    if (articles.back().ok()) results[i].id = articles.back()->id;
  }
  std::vector<StatusOr<Document>> docs = AnnotateChunk(std::move(articles), pipeline, scratch);
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].ok()) {
      results[i].status = docs[i].status();
      continue;
    }
    AppendDocument(*docs[i], format, /*compact=*/true, tokens, &results[i].output);
  }
  return results;
}

int RunBatch(const AnnotateFlags& flags, const Pipeline& pipeline,
             Format format) {
  int fd = STDIN_FILENO;
  if (flags.jsonl != "-") {
    fd = ::open(flags.jsonl.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      std::cerr << "warta: cannot open " << flags.jsonl << ": "
                << std::strerror(errno) << "\n";
      return kExitNoInput;
    }
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};
  LineReader reader(fd);
  Output out;
  const size_t jobs = ResolveJobs(flags.jobs);
  std::vector<Scratch> scratches(jobs);
  const bool tokens = !flags.no_tokens;
  OrderedWorkers<std::vector<BatchLine>, std::vector<BatchResult>> workers(
      jobs, ChunkWindow(jobs), [&](std::vector<BatchLine> lines, size_t worker) {
        std::vector<uint64_t> numbers;
        for (const BatchLine& l : lines) numbers.push_back(l.number);
        try {
          return AnnotateLines(std::move(lines), pipeline, scratches[worker], format, tokens);
        } catch (const std::exception& e) {
          // Each article's own failures are caught where they happen; what
          // is left (out of memory writing the output) costs this chunk.
          std::vector<BatchResult> failed_chunk(numbers.size());
          for (size_t i = 0; i < numbers.size(); ++i) {
            failed_chunk[i].number = numbers[i];
            failed_chunk[i].status = InternalError(e.what());
          }
          return failed_chunk;
        }
      });
  uint64_t failed = 0;
  // The results come back in input order, so the output is the same for
  // any number of jobs.
  auto write_next = [&] {
    for (const BatchResult& result : workers.Next()) {
      if (!result.status.ok()) {
        ++failed;
        ReportError(result.number, result.id, result.status, format, &out);
        continue;
      }
      out.buffer() += result.output;
    }
    out.MaybeFlush();
  };
  std::vector<BatchLine> chunk;
  auto send_chunk = [&] {
    if (chunk.empty()) return;
    while (workers.full()) write_next();
    workers.Submit(std::move(chunk));
    chunk.clear();
  };
  std::string line;
  uint64_t line_number = 0;
  while (reader.Next(&line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      chunk.push_back(BatchLine{line_number, std::move(line)});
      if (chunk.size() >= kArticlesPerChunk) send_chunk();
    }
    if (!reader.Ready()) {
      // The writer has not sent the next line yet: answer what came so far.
      send_chunk();
      while (!workers.empty()) write_next();
      out.Flush();
    }
  }
  send_chunk();
  while (!workers.empty()) write_next();
  if (reader.failed()) {
    std::cerr << "warta: read error in " << flags.jsonl << ": "
              << std::strerror(reader.error()) << "\n";
    return kExitNoInput;
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void AddJobsOption(CLI::App* cmd, unsigned* jobs) {
  cmd->add_option("-j,--jobs", *jobs,
                  "Worker threads (0: one per core); the output keeps the "
                  "input order whatever the number")
      ->check(CLI::Range(0u, 1024u));
}

CLI::App* AddAnnotateCommand(CLI::App& app, AnnotateFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "annotate",
      "Clean and segment articles; write one document per article.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("FILE", flags->input,
                  "Article as plain text; '-' reads standard input");
  cmd->add_option("--jsonl", flags->jsonl,
                  "Read JSON Lines (one {\"id\",\"url\",\"title\","
                  "\"published\",\"text\"} object a line) from FILE or '-'; "
                  "write one document or error record a line")
      ->type_name("FILE|-");
  cmd->add_flag("--html", flags->html,
                "FILE is a web page: extract the article body and its "
                "metadata (automatic for .html and .htm files; JSON Lines "
                "records may give \"html\" in place of \"text\")");
  cmd->add_option("--format", flags->format,
                  "Output: json (one indented document), jsonl (one document "
                  "a line) or conllu; auto is json for one article and jsonl "
                  "with --jsonl")
      ->check(CLI::IsMember({"auto", "json", "jsonl", "conllu"}));
  cmd->add_option("--id", flags->id, "Document id (single article)");
  cmd->add_option("--url", flags->url, "Source URL (single article)");
  cmd->add_option("--title", flags->title, "Title (single article)");
  cmd->add_option("--published", flags->published,
                  "Publication date YYYY-MM-DD (single article)");
  cmd->add_flag("--compact", flags->compact,
                "Write the single-article JSON on one line");
  cmd->add_flag("--no-tokens", flags->no_tokens,
                "Leave the tokens array out of JSON output");
  AddJobsOption(cmd, &flags->jobs);
  cmd->footer(
      "Exit codes: 0 all articles processed; 1 some articles failed (an "
      "error record {\"line\",\"id\",\"error\"} was written for each, and "
      "a message on stderr); 2 bad flags; 3 input cannot be read.");
  return cmd;
}

int RunAnnotate(const AnnotateFlags& flags) {
  Status date = ValidatePublishedDate(flags.published);
  if (!date.ok()) {
    std::cerr << "warta: --published: " << date.message() << "\n";
    return kExitUsage;
  }
  const bool batch = !flags.jsonl.empty();
  if (batch && flags.input != "-") {
    std::cerr << "warta: give either FILE or --jsonl, not both\n";
    return kExitUsage;
  }
  StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) {
    std::cerr << "warta: " << pipeline.status().message() << "\n";
    return kExitInternal;
  }
  Format format = ParseFormat(flags.format, batch);
  return batch ? RunBatch(flags, *pipeline, format)
               : RunSingle(flags, *pipeline, format);
}

}  // namespace warta::cli
