#include "store/search_query.h"

#include <algorithm>

namespace warta::store {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One item of the query as typed: a phrase, maybe negated.
struct Item {
  std::string text;
  bool quoted = false;
  bool negated = false;
};

std::vector<Item> SplitItems(std::string_view q) {
  std::vector<Item> items;
  size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && IsSpaceByte(q[i])) ++i;
    if (i >= q.size()) break;
    Item item;
    if (q[i] == '-' && i + 1 < q.size() && !IsSpaceByte(q[i + 1])) {
      item.negated = true;
      ++i;
    }
    if (q[i] == '"') {
      size_t close = q.find('"', i + 1);
      if (close == std::string_view::npos) close = q.size();
      item.text = std::string(q.substr(i + 1, close - i - 1));
      item.quoted = true;
      i = std::min(q.size(), close + 1);
    } else {
      size_t end = i;
      while (end < q.size() && !IsSpaceByte(q[end]) && q[end] != '"') ++end;
      item.text = std::string(q.substr(i, end - i));
      i = end;
    }
    items.push_back(std::move(item));
  }
  return items;
}

// Root words are letters and digits only, but quote them anyway.
void AppendQuoted(std::string_view word, char quote, std::string* out) {
  *out += quote;
  for (char c : word) {
    if (c == quote) *out += quote;
    *out += c;
  }
  *out += quote;
}

}  // namespace

std::vector<std::string> ParsedQuery::Roots() const {
  std::vector<std::string> roots;
  for (const auto& choice : all_of) {
    for (const Phrase& phrase : choice) {
      for (const std::string& root : phrase) {
        if (std::find(roots.begin(), roots.end(), root) == roots.end()) {
          roots.push_back(root);
        }
      }
    }
  }
  return roots;
}

ParsedQuery ParseSearchQuery(std::string_view query, IndexWords& words) {
  ParsedQuery parsed;
  bool join_with_previous = false;
  for (const Item& item : SplitItems(query)) {
    if (!item.quoted && !item.negated && item.text == "AND") continue;  // the default
    if (!item.quoted && !item.negated && item.text == "OR") {
      join_with_previous = !parsed.all_of.empty();
      continue;
    }
    Phrase phrase;
    words.ForEach(item.text, [&](size_t, size_t, std::string_view root) {
      phrase.emplace_back(root);
      return true;
    });
    if (phrase.empty()) continue;
    if (item.negated) {
      parsed.none_of.push_back(std::move(phrase));
    } else if (join_with_previous) {
      parsed.all_of.back().push_back(std::move(phrase));
    } else {
      parsed.all_of.push_back({std::move(phrase)});
    }
    join_with_previous = false;
  }
  return parsed;
}

std::string ToFts5(const ParsedQuery& query) {
  if (query.empty()) return "";
  auto phrase_text = [](const Phrase& phrase, std::string* out) {
    // FTS5: a quoted string is a phrase of the tokens the tokenizer finds in
    // it; roots tokenise to themselves.
    std::string joined;
    for (const std::string& root : phrase) {
      if (!joined.empty()) joined += ' ';
      joined += root;
    }
    AppendQuoted(joined, '"', out);
  };
  std::string out;
  for (const auto& choice : query.all_of) {
    if (!out.empty()) out += " AND ";
    if (choice.size() > 1) out += '(';
    for (size_t i = 0; i < choice.size(); ++i) {
      if (i) out += " OR ";
      phrase_text(choice[i], &out);
    }
    if (choice.size() > 1) out += ')';
  }
  for (const Phrase& phrase : query.none_of) {
    out += " NOT ";
    phrase_text(phrase, &out);
  }
  return out;
}

std::string ToTsQuery(const ParsedQuery& query) {
  if (query.empty()) return "";
  auto phrase_text = [](const Phrase& phrase, std::string* out) {
    if (phrase.size() > 1) *out += '(';
    for (size_t i = 0; i < phrase.size(); ++i) {
      if (i) *out += " <-> ";
      AppendQuoted(phrase[i], '\'', out);
    }
    if (phrase.size() > 1) *out += ')';
  };
  std::string out;
  for (const auto& choice : query.all_of) {
    if (!out.empty()) out += " & ";
    if (choice.size() > 1) out += '(';
    for (size_t i = 0; i < choice.size(); ++i) {
      if (i) out += " | ";
      phrase_text(choice[i], &out);
    }
    if (choice.size() > 1) out += ')';
  }
  for (const Phrase& phrase : query.none_of) {
    out += " & !";
    phrase_text(phrase, &out);
  }
  return out;
}

}  // namespace warta::store
