#include "tagger/corpus_reader.h"

#include <string_view>

#include "text/lexicon.h"

namespace warta::tagger {
namespace {

void Trim(std::string* s) {
  while (!s->empty() && (s->back() == '\r' || s->back() == ' ')) s->pop_back();
}

}  // namespace

// Built piece by piece: GCC 12 warns (-Wrestrict, a false alarm) on
// `std::string + "literal"` chains here.
Status CorpusLineError(const std::string& name, size_t line_number, std::string_view what) {
  std::string message = name;
  message += " line ";
  message += std::to_string(line_number);
  message += ": ";
  message += what;
  return InvalidArgumentError(std::move(message));
}

Status ReadConlluUpos(std::istream& in, const std::string& name,
                      std::vector<TaggedSentence>* out) {
  std::string line;
  TaggedSentence cur;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    Trim(&line);
    if (line.empty()) {
      if (!cur.words.empty()) out->push_back(std::move(cur));
      cur = TaggedSentence();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() < 4) {
      return CorpusLineError(name, line_number, "not a CoNLL-U word line");
    }
    if (cols[0].find_first_of("-.") != std::string::npos) continue;
    cur.words.push_back(cols[1]);
    cur.tags.push_back(cols[3]);
  }
  if (!cur.words.empty()) out->push_back(std::move(cur));
  return Status::Ok();
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string_view> fields;
  text::SplitTabFields(line, &fields);
  return std::vector<std::string>(fields.begin(), fields.end());
}

std::string NormalizeNerTag(const std::string& tag) {
  if (tag.size() < 3 || tag[1] != '-') return tag == "" ? "O" : tag;
  std::string type = tag.substr(2);
  if (type == "PERSON") type = "PER";
  else if (type == "PLACE" || type == "LOCATION" || type == "GPE") type = "LOC";
  else if (type == "ORGANISATION" || type == "ORGANIZATION") type = "ORG";
  return tag.substr(0, 2) + type;
}

Status ReadConllNer(std::istream& in, const std::string& name,
                    bool tags_required, std::vector<TaggedSentence>* out) {
  // A named string, not a literal: GCC 12 warns (-Wrestrict, a false alarm)
  // on assigning "O" here.
  static const std::string kOutside = "O";
  std::string line;
  TaggedSentence cur;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    Trim(&line);
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!cur.words.empty()) out->push_back(std::move(cur));
      cur = TaggedSentence();
      continue;
    }
    std::string token, tag;
    size_t sep = line.find('\t');
    if (sep == std::string::npos) sep = line.rfind(' ');
    if (sep == std::string::npos) {
      if (tags_required) {
        return CorpusLineError(name, line_number, "expected token<TAB>tag");
      }
      token = line;
      tag = kOutside;
    } else {
      token = line.substr(0, sep);
      tag = tags_required ? line.substr(line.find_last_of("\t ") + 1) : kOutside;
    }
    cur.words.push_back(token);
    cur.tags.push_back(NormalizeNerTag(tag));
  }
  if (!cur.words.empty()) out->push_back(std::move(cur));
  return Status::Ok();
}

}  // namespace warta::tagger
