// CliticSplitter: finds enclitics that UD Indonesian writes as words of their
// own inside one surface token: "membelinya" -> "membeli" + "nya",
// "apakah" -> "apa" + "kah", "itulah" -> "itu" + "lah", "ataupun" ->
// "atau" + "pun", "olehku" -> "oleh" + "ku", "hamba-Ku" -> "hamba-" + "Ku".
//
// Without a root lexicon the rules are deliberately cautious:
//  * -nya and -kah split unless the word is listed in
//    lexicons/clitic-exceptions.tsv (roots such as "hanya", "langkah" and
//    fixed adverbs such as "akhirnya"), possibly after a prefix;
//  * -lah, -pun, -ku and -mu split only after the hosts they attach to in
//    news text (pronouns, demonstratives, negation, prepositions,
//    question words) or after a hyphen;
// Thread-safe after construction.
#ifndef WARTA_SEGMENTER_CLITIC_SPLITTER_H_
#define WARTA_SEGMENTER_CLITIC_SPLITTER_H_

#include <string>
#include <string_view>
#include <unordered_set>

namespace warta::segmenter {

class CliticSplitter {
 public:
  CliticSplitter();

  // Byte length of the host when `word` is host + clitic, else 0.
  size_t HostLength(std::string_view word) const;

 private:
  bool IsException(std::string_view lower) const;
  // Lowercase views into the embedded lexicon.
  std::unordered_set<std::string_view> exceptions_;
};

}  // namespace warta::segmenter

#endif  // WARTA_SEGMENTER_CLITIC_SPLITTER_H_
