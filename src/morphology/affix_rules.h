// AffixRules: the prefix and suffix rules of a hunspell affix file
// (Debian's hunspell-id: /usr/share/hunspell/id_ID.aff), enough of the format
// to generate every word form the dictionary allows:
//   FLAG long, PFX/SFX blocks (cross product, strip, affix/continuation
//   flags, condition), CIRCUMFIX, NEEDAFFIX; SET ISO8859-1 text is read as
//   Latin-1 and turned into UTF-8.
// Conditions are hunspell's character patterns: ".", literal letters and
// bracket sets "[aeiou]" / "[^lr]" (this file also writes "[^l^r]": every "^"
// after the first in a set is ignored).
#ifndef WARTA_MORPHOLOGY_AFFIX_RULES_H_
#define WARTA_MORPHOLOGY_AFFIX_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "warta/status.h"

namespace warta::morphology {

// A flag of FLAG long: two characters packed into a number.
using AffixFlag = uint16_t;

// One position of a condition: the set of bytes it accepts.
struct ConditionChar {
  std::string chars;
  bool negated = false;
  bool any = false;
  bool Accepts(char c) const;
};

struct AffixRule {
  std::string strip;  // removed from the root ("" for 0)
  std::string add;    // added to it ("" for 0)
  std::vector<AffixFlag> continuation;
  std::vector<ConditionChar> condition;  // empty: any root
};

struct AffixClass {
  AffixFlag flag = 0;
  bool prefix = false;
  bool cross_product = false;
  std::vector<AffixRule> rules;
};

class AffixRules {
 public:
  // Parses the text of an .aff file. Fails with kInvalidArgument naming the
  // line for what it cannot read.
  static StatusOr<AffixRules> Parse(std::string_view aff_text);

  // Turns "B0Dk" (FLAG long) into flags.
  static std::vector<AffixFlag> ParseFlags(std::string_view text);

  const AffixClass* Find(AffixFlag flag) const;
  AffixFlag circumfix() const { return circumfix_; }
  AffixFlag need_affix() const { return need_affix_; }
  size_t size() const { return classes_.size(); }

 private:
  std::unordered_map<AffixFlag, AffixClass> classes_;
  AffixFlag circumfix_ = 0;
  AffixFlag need_affix_ = 0;
};

// Latin-1 text to UTF-8 (hunspell-id declares SET ISO8859-1).
std::string Latin1ToUtf8(std::string_view latin1);

// True if a prefix rule's condition accepts the start of `word`, or a suffix
// rule's condition the end of it.
bool ConditionMatches(const AffixRule& rule, bool prefix, std::string_view word);

}  // namespace warta::morphology

#endif  // WARTA_MORPHOLOGY_AFFIX_RULES_H_
