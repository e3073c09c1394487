#include "output_format.h"

#include <cstdio>

namespace warta::cli {

TableFormat ParseTableFormat(std::string_view name) {
  if (name == "jsonl") return TableFormat::kJsonl;
  if (name == "csv") return TableFormat::kCsv;
  if (name == "tsv") return TableFormat::kTsv;
  return TableFormat::kText;
}

Row& Row::Add(std::string_view name, std::string_view value) {
  fields_.emplace_back(std::string(name), std::string(value));
  numeric_.push_back(false);
  return *this;
}

Row& Row::Add(std::string_view name, int64_t value) {
  fields_.emplace_back(std::string(name), std::to_string(value));
  numeric_.push_back(true);
  return *this;
}

Row& Row::Add(std::string_view name, bool value) {
  fields_.emplace_back(std::string(name), value ? "true" : "false");
  numeric_.push_back(true);
  return *this;
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

namespace {

// RFC 4180: quoted when it holds a comma, a quote or a line break.
std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

// TSV has no quoting: tabs and line breaks inside a field become spaces.
std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

void RowWriter::Write(const Row& row) {
  const auto& fields = row.fields();
  if (format_ == TableFormat::kJsonl) {
    out_ << '{';
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out_ << ',';
      out_ << JsonString(fields[i].first) << ':'
           << (row.numeric(i) ? fields[i].second : JsonString(fields[i].second));
    }
    out_ << "}\n";
    return;
  }
  const bool csv = format_ == TableFormat::kCsv;
  const char sep = csv ? ',' : '\t';
  if (header_ && !wrote_header_) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out_ << sep;
      out_ << fields[i].first;
    }
    out_ << '\n';
  }
  wrote_header_ = true;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out_ << sep;
    out_ << (csv ? CsvField(fields[i].second) : TsvField(fields[i].second));
  }
  out_ << '\n';
}

}  // namespace warta::cli
