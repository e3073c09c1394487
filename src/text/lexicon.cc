#include "text/lexicon.h"

namespace warta::text {

void SplitTabFields(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields->push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

void ForEachLexiconEntry(
    std::string_view data,
    const std::function<void(const std::vector<std::string_view>&, size_t)>&
        entry) {
  std::vector<std::string_view> fields;
  size_t line_number = 0;
  while (!data.empty()) {
    size_t eol = data.find('\n');
    std::string_view line = data.substr(0, eol);
    data = eol == std::string_view::npos ? std::string_view()
                                         : data.substr(eol + 1);
    ++line_number;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
      line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    SplitTabFields(line, &fields);
    entry(fields, line_number);
  }
}

}  // namespace warta::text
