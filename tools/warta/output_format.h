// Writing archive records for people (aligned text) and for programs (JSON
// Lines, CSV that pandas and R read without options, TSV).
#ifndef WARTA_TOOLS_OUTPUT_FORMAT_H_
#define WARTA_TOOLS_OUTPUT_FORMAT_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta::cli {

enum class TableFormat { kText, kJsonl, kCsv, kTsv };

// "text" | "jsonl" | "csv" | "tsv".
TableFormat ParseTableFormat(std::string_view name);

// One row of named fields; a field is a string or a number.
class Row {
 public:
  Row& Add(std::string_view name, std::string_view value);
  Row& Add(std::string_view name, int64_t value);
  Row& Add(std::string_view name, bool value);
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }
  bool numeric(size_t i) const { return numeric_[i]; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
  std::vector<bool> numeric_;
};

// Writes rows in a format; the CSV and TSV header comes before the first row
// (unless `header` is false).
class RowWriter {
 public:
  RowWriter(std::ostream& out, TableFormat format, bool header = true)
      : out_(out), format_(format), header_(header) {}
  void Write(const Row& row);

 private:
  std::ostream& out_;
  TableFormat format_;
  bool header_;
  bool wrote_header_ = false;
};

// A JSON string literal of `s` (with quotes), escaping as RFC 8259 wants.
std::string JsonString(std::string_view s);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_OUTPUT_FORMAT_H_
