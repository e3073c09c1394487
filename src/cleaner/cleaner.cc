#include "cleaner/cleaner.h"

#include <string>
#include <vector>

#include "text/unicode_normalizer.h"

namespace warta::cleaner {
namespace {

// Scratch slots used by this stage.
constexpr size_t kNormalizedSlot = 0;

// Input with more than this share of undecodable or control bytes is not
// taken for text (1 in 20). A Windows-1252 article has far fewer: only its
// accented letters and typographic quotes are undecodable.
constexpr size_t kMaxBadByteShareInverse = 20;

// Splits `text` into lines, collapsing runs of spaces and trimming each
// line. An empty string stands for a blank line.
void SplitLines(std::string_view text, std::vector<std::string>* lines) {
  lines->clear();
  size_t i = 0;
  const size_t n = text.size();
  while (i <= n) {
    size_t eol = text.find('\n', i);
    if (eol == std::string_view::npos) eol = n;
    std::string_view raw_line = text.substr(i, eol - i);
    // Most lines need no change: copy them whole.
    if (raw_line.empty() ||
        (raw_line.front() != ' ' && raw_line.back() != ' ' &&
         raw_line.find("  ") == std::string_view::npos)) {
      lines->emplace_back(raw_line);
      i = eol + 1;
      continue;
    }
    std::string line;
    line.reserve(eol - i);
    bool pending_space = false;
    for (size_t k = i; k < eol; ++k) {
      char c = text[k];
      if (c == ' ') {
        pending_space = !line.empty();
        continue;
      }
      if (pending_space) line.push_back(' ');
      pending_space = false;
      line.push_back(c);
    }
    lines->push_back(std::move(line));
    i = eol + 1;
  }
}

}  // namespace

Cleaner::Cleaner(const CleanerOptions& options) : options_(options) {}

Status Cleaner::Process(Document& doc, Scratch& scratch) const {
  if (doc.raw.size() > options_.max_input_bytes) {
    return InvalidArgumentError(
        "article is too large: " + std::to_string(doc.raw.size()) +
        " bytes (the limit is " + std::to_string(options_.max_input_bytes) +
        ")");
  }
  std::string& normalized = scratch.buffer(kNormalizedSlot);
  text::NormalizationReport report;
  text::NormalizeUnicode(doc.raw, &normalized, &report);
  const size_t bad = report.invalid_bytes + report.controls + report.nul_bytes;
  if (report.nul_bytes > 0 ||
      (bad > 8 && bad * kMaxBadByteShareInverse > doc.raw.size())) {
    return DataLossError(
        "input is not text (" + std::to_string(report.nul_bytes) +
        " NUL bytes, " + std::to_string(report.invalid_bytes) +
        " bytes that are not UTF-8, " + std::to_string(report.controls) +
        " control characters in " + std::to_string(doc.raw.size()) +
        " bytes); is it a binary file?");
  }
  if (report.invalid_bytes > 0) {
    doc.warnings.push_back(std::to_string(report.invalid_bytes) +
                           " bytes were not valid UTF-8 and were read as "
                           "Windows-1252");
  }

  std::vector<std::string> lines;
  SplitLines(normalized, &lines);
  std::vector<bool> blank(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) blank[i] = lines[i].empty();
  boilerplate_.Apply(options_, &lines, &doc.removed, &doc.warnings);

  // Join: a blank line in the input separates paragraphs ("\n\n"); a line
  // the cleaner emptied is as if it had never been there.
  doc.text.clear();
  doc.text.reserve(normalized.size());
  bool pending_blank = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      if (blank[i]) pending_blank = true;
      continue;
    }
    if (!doc.text.empty()) doc.text += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    doc.text += lines[i];
  }
  if (doc.text.empty()) {
    return InvalidArgumentError(
        doc.raw.find_first_not_of(" \t\r\n") == std::string::npos
            ? "article is empty"
            : "article has no text left after removing boilerplate");
  }
  if (options_.detect_dateline) {
    std::string_view first_line =
        std::string_view(doc.text).substr(0, doc.text.find('\n'));
    doc.dateline = datelines_.Detect(first_line);
    if (doc.dateline && doc.source.empty()) doc.source = doc.dateline->source;
  }
  doc.layers = doc.layers | Layer::kText;
  return Status::Ok();
}

}  // namespace warta::cleaner
