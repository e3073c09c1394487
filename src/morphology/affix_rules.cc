#include "morphology/affix_rules.h"

#include <sstream>

namespace warta::morphology {
namespace {

AffixFlag PackFlag(char a, char b) {
  return static_cast<AffixFlag>(static_cast<unsigned char>(a) << 8 |
                                static_cast<unsigned char>(b));
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] == '#') break;
    size_t b = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    out.push_back(line.substr(b, i - b));
  }
  return out;
}

std::vector<ConditionChar> ParseCondition(std::string_view c) {
  std::vector<ConditionChar> out;
  if (c == ".") return out;
  size_t i = 0;
  while (i < c.size()) {
    ConditionChar cc;
    if (c[i] == '.') {
      cc.any = true;
      ++i;
    } else if (c[i] == '[') {
      size_t close = c.find(']', i);
      if (close == std::string_view::npos) close = c.size();
      std::string_view inner = c.substr(i + 1, close - i - 1);
      if (!inner.empty() && inner[0] == '^') {
        cc.negated = true;
        inner.remove_prefix(1);
      }
      for (char ch : inner)
        if (ch != '^') cc.chars.push_back(ch);
      i = close + 1;
    } else {
      cc.chars.push_back(c[i]);
      ++i;
    }
    out.push_back(std::move(cc));
  }
  return out;
}

}  // namespace

bool ConditionChar::Accepts(char c) const {
  if (any) return true;
  bool in = chars.find(c) != std::string::npos;
  return negated ? !in : in;
}

std::string Latin1ToUtf8(std::string_view latin1) {
  std::string out;
  out.reserve(latin1.size());
  for (char ch : latin1) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::vector<AffixFlag> AffixRules::ParseFlags(std::string_view text) {
  std::vector<AffixFlag> flags;
  for (size_t i = 0; i + 1 < text.size(); i += 2)
    flags.push_back(PackFlag(text[i], text[i + 1]));
  return flags;
}

const AffixClass* AffixRules::Find(AffixFlag flag) const {
  auto it = classes_.find(flag);
  return it == classes_.end() ? nullptr : &it->second;
}

StatusOr<AffixRules> AffixRules::Parse(std::string_view aff_text) {
  AffixRules rules;
  std::string text = Latin1ToUtf8(aff_text);
  std::istringstream in(text);
  std::string line;
  size_t line_number = 0;
  AffixClass* current = nullptr;
  size_t expected = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::vector<std::string_view> f = Fields(line);
    if (f.empty()) continue;
    auto error = [&](const std::string& what) {
      return InvalidArgumentError("affix file line " +
                                  std::to_string(line_number) + ": " + what);
    };
    if (f[0] == "FLAG") {
      if (f.size() < 2 || f[1] != "long")
        return error("only FLAG long is supported");
    } else if (f[0] == "CIRCUMFIX" && f.size() >= 2 && f[1].size() == 2) {
      rules.circumfix_ = PackFlag(f[1][0], f[1][1]);
    } else if (f[0] == "NEEDAFFIX" && f.size() >= 2 && f[1].size() == 2) {
      rules.need_affix_ = PackFlag(f[1][0], f[1][1]);
    } else if (f[0] == "PFX" || f[0] == "SFX") {
      if (f.size() < 3 || f[1].size() != 2) return error("bad affix line");
      AffixFlag flag = PackFlag(f[1][0], f[1][1]);
      if (current == nullptr || current->flag != flag || expected == 0) {
        // A header: PFX flag Y|N count
        if (f.size() < 4) return error("bad affix header");
        AffixClass& c = rules.classes_[flag];
        c.flag = flag;
        c.prefix = f[0] == "PFX";
        c.cross_product = f[2] == "Y";
        expected = static_cast<size_t>(std::strtoul(std::string(f[3]).c_str(),
                                                    nullptr, 10));
        current = &c;
        continue;
      }
      AffixRule rule;
      rule.strip = f[2] == "0" ? "" : std::string(f[2]);
      std::string_view add = f.size() > 3 ? f[3] : std::string_view("0");
      size_t slash = add.find('/');
      if (slash != std::string_view::npos) {
        rule.continuation = ParseFlags(add.substr(slash + 1));
        add = add.substr(0, slash);
      }
      rule.add = add == "0" ? "" : std::string(add);
      rule.condition = ParseCondition(f.size() > 4 ? f[4] : ".");
      current->rules.push_back(std::move(rule));
      --expected;
    }
  }
  if (rules.classes_.empty()) {
    return InvalidArgumentError("affix file has no PFX or SFX rules");
  }
  return rules;
}

bool ConditionMatches(const AffixRule& rule, bool prefix,
                      std::string_view word) {
  const auto& cond = rule.condition;
  if (cond.empty()) return true;
  if (word.size() < cond.size()) return false;
  if (prefix) {
    for (size_t i = 0; i < cond.size(); ++i)
      if (!cond[i].Accepts(word[i])) return false;
  } else {
    size_t base = word.size() - cond.size();
    for (size_t i = 0; i < cond.size(); ++i)
      if (!cond[i].Accepts(word[base + i])) return false;
  }
  return true;
}

}  // namespace warta::morphology
