#include "parser/treebank.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "segmenter/clitic_splitter.h"
#include "tagger/corpus_reader.h"
#include "tagger/sentence_features.h"
#include "text/lexicon.h"

namespace warta::parser {
namespace {

using tagger::CorpusLineError;

// True if every word reaches the root and exactly one word is the root.
bool IsTree(const std::vector<int32_t>& heads) {
  const auto n = static_cast<int32_t>(heads.size());
  int roots = 0;
  for (int32_t i = 0; i < n; ++i) {
    if (heads[static_cast<size_t>(i)] < -1 || heads[static_cast<size_t>(i)] >= n) return false;
    roots += heads[static_cast<size_t>(i)] == -1;
    int32_t w = i;
    for (int32_t steps = 0; w >= 0; ++steps) {
      if (steps > n) return false;  // a cycle
      w = heads[static_cast<size_t>(w)];
    }
  }
  return roots == 1;
}

struct RelationRule {
  std::string from, to;
  std::vector<std::string> head_upos, dep_upos;  // "*": any
  std::vector<std::string> words;                // empty: any
  bool head_after = false;  // only where the head follows the dependent
};

std::vector<std::string> CommaList(std::string_view list) {
  std::vector<std::string> out;
  while (!list.empty()) {
    const size_t comma = list.find(',');
    out.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
  }
  return out;
}

struct CliticRule {
  std::string clitic, host_upos, host_start, to;
};
struct Rules {
  std::vector<RelationRule> relations;
  std::unordered_map<std::string, std::string> relcl;
  std::vector<CliticRule> clitics;
};

const Rules& HarmonizationRules() {
  static const Rules rules = [] {
    Rules r;
    text::ForEachLexiconEntry(
        lexicons::DeprelHarmonization(), [&](const std::vector<std::string_view>& f, size_t) {
          if (f[0] == "relation" && f.size() >= 5) {
            RelationRule rule{std::string(f[1]), std::string(f[4]), CommaList(f[2]),
                              CommaList(f[3]), {}};
            if (f.size() > 5 && f[5] != "*") rule.words = CommaList(f[5]);
            rule.head_after = f.size() > 6 && f[6] == "head-after";
            r.relations.push_back(std::move(rule));
          } else if (f[0] == "relcl" && f.size() >= 3) {
            r.relcl[std::string(f[1])] = std::string(f[2]);
          } else if (f[0] == "clitic" && f.size() >= 5) {
            r.clitics.push_back({std::string(f[1]), std::string(f[2]), std::string(f[3]),
                                 std::string(f[4])});
          }
        });
    return r;
  }();
  return rules;
}

bool Matches(const std::string& pattern, const std::string& value) {
  return pattern == "*" || pattern == value;
}

bool Matches(const std::vector<std::string>& patterns, const std::string& value) {
  for (const std::string& p : patterns)
    if (Matches(p, value)) return true;
  return false;
}

void RenameRelations(const Rules& rules, Tree* t) {
  const size_t n = t->words.size();
  std::vector<bool> has_yang(n, false);
  for (size_t i = 0; i < n; ++i)
    if (t->heads[i] >= 0 && tagger::Lowercase(t->words[i]) == "yang")
      has_yang[static_cast<size_t>(t->heads[i])] = true;
  for (size_t i = 0; i < n; ++i) {
    const std::string head_upos = t->heads[i] < 0 ? "ROOT" : t->upos[static_cast<size_t>(t->heads[i])];
    const std::string lower = tagger::Lowercase(t->words[i]);
    for (const RelationRule& r : rules.relations) {
      if (r.from != t->deprels[i] || !Matches(r.head_upos, head_upos) ||
          !Matches(r.dep_upos, t->upos[i]))
        continue;
      if (r.head_after && t->heads[i] <= static_cast<int32_t>(i)) continue;
      if (!r.words.empty() && std::find(r.words.begin(), r.words.end(), lower) == r.words.end())
        continue;
      t->deprels[i] = r.to;
      break;
    }
    auto it = rules.relcl.find(t->deprels[i]);
    if (it != rules.relcl.end() && has_yang[i]) t->deprels[i] = it->second;
  }
}

void SplitClitics(const Rules& rules, Tree* t) {
  static const segmenter::CliticSplitter splitter;
  const size_t n = t->words.size();
  std::vector<int32_t> position(n);  // old index -> new index
  std::vector<size_t> host_length(n);
  int32_t next = 0;
  for (size_t i = 0; i < n; ++i) {
    position[i] = next++;
    host_length[i] = splitter.HostLength(t->words[i]);
    if (host_length[i] > 0) ++next;
  }
  if (static_cast<size_t>(next) == n) return;
  Tree out;
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = t->words[i];
    const int32_t h = t->heads[i];
    out.words.push_back(host_length[i] ? w.substr(0, host_length[i]) : w);
    out.upos.push_back(t->upos[i]);
    out.auto_upos.push_back(t->auto_upos[i]);
    out.heads.push_back(h < 0 ? -1 : position[static_cast<size_t>(h)]);
    out.deprels.push_back(t->deprels[i]);
    if (!host_length[i]) continue;
    std::string clitic = tagger::Lowercase(w.substr(host_length[i]));
    if (!clitic.empty() && clitic[0] == '-') clitic.erase(0, 1);
    const std::string host = tagger::Lowercase(w.substr(0, host_length[i]));
    std::string relation = "dep";
    for (const CliticRule& r : rules.clitics) {
      if (r.clitic != clitic || !Matches(r.host_upos, t->upos[i])) continue;
      if (r.host_start != "*" && host.compare(0, r.host_start.size(), r.host_start) != 0) continue;
      relation = r.to;
      break;
    }
    out.words.push_back(w.substr(host_length[i]));
    out.upos.push_back(clitic == "lah" || clitic == "kah" || clitic == "pun" ? "PART" : "PRON");
    out.auto_upos.push_back(t->auto_upos[i].empty() ? "" : out.upos.back());
    out.heads.push_back(position[i]);
    out.deprels.push_back(relation);
  }
  *t = std::move(out);
}

// The value of `AutoUpos=` in a MISC field ("SpaceAfter=No|AutoUpos=NOUN").
std::string AutoUpos(const std::string& misc) {
  static constexpr std::string_view kKey = "AutoUpos=";
  for (size_t start = 0; start < misc.size();) {
    size_t end = misc.find('|', start);
    if (end == std::string::npos) end = misc.size();
    std::string_view item = std::string_view(misc).substr(start, end - start);
    if (item.substr(0, kKey.size()) == kKey) return std::string(item.substr(kKey.size()));
    start = end + 1;
  }
  return "";
}

}  // namespace

Status ReadTrees(std::istream& in, const std::string& name, std::vector<Tree>* out) {
  std::string line;
  Tree cur;
  size_t line_number = 0, first_line = 0;
  auto finish = [&]() -> Status {
    if (cur.words.empty()) return Status::Ok();
    if (!IsTree(cur.heads)) return CorpusLineError(name, first_line, "the HEAD column is not a tree");
    out->push_back(std::move(cur));
    cur = Tree();
    return Status::Ok();
  };
  while (std::getline(in, line)) {
    ++line_number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) {
      Status s = finish();
      if (!s.ok()) return s;
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = tagger::SplitTabs(line);
    if (cols.size() < 8) return CorpusLineError(name, line_number, "not a CoNLL-U word line");
    if (cols[0].find_first_of("-.") != std::string::npos) continue;
    if (cur.words.empty()) first_line = line_number;
    char* end = nullptr;
    const long head = std::strtol(cols[6].c_str(), &end, 10);
    if (end == cols[6].c_str() || *end != '\0')
      return CorpusLineError(name, line_number, "HEAD is not a number");
    cur.words.push_back(cols[1]);
    cur.upos.push_back(cols[3]);
    cur.auto_upos.push_back(cols.size() > 9 ? AutoUpos(cols[9]) : "");
    cur.heads.push_back(static_cast<int32_t>(head) - 1);
    cur.deprels.push_back(cols[7]);
  }
  return finish();
}

void HarmonizeOlderTrees(std::vector<Tree>* trees) {
  const Rules& rules = HarmonizationRules();
  for (Tree& t : *trees) {
    RenameRelations(rules, &t);
    SplitClitics(rules, &t);
  }
}

}  // namespace warta::parser
