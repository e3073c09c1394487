// Reading dependency treebanks (CoNLL-U) for training and evaluating the
// parser, and bringing trees of the older UD 2.1 GSD release to the current
// UD Indonesian conventions.
#ifndef WARTA_PARSER_TREEBANK_H_
#define WARTA_PARSER_TREEBANK_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "warta/status.h"

namespace warta::parser {

// One sentence of a treebank: its words (multiword-token range lines and
// empty nodes left out) with gold UPOS, heads (indices into the sentence,
// -1 for the root) and relations.
struct Tree {
  std::vector<std::string> words;
  std::vector<std::string> upos;
  // A tagger's UPOS of each word, from the MISC field `AutoUpos=` (written
  // by tools/jackknife_upos.py); "" where a word has none.
  std::vector<std::string> auto_upos;
  std::vector<int32_t> heads;
  std::vector<std::string> deprels;
};

// Appends the sentences of a CoNLL-U stream. A sentence whose HEAD column
// is not a tree (a head out of range, no root, a cycle) is an error naming
// the file and line.
Status ReadTrees(std::istream& in, const std::string& name, std::vector<Tree>* out);

// Brings trees annotated in UD 2.1 GSD's conventions to the current ones:
// clitics (-nya, -lah, -kah, -pun, -ku, -mu) split off their host as the
// segmenter does, the clitic depending on its host, and relations renamed,
// both by lexicons/deprel-harmonization.tsv (by the gold UPOS). A split host
// keeps its word's AutoUpos; the clitic gets the UPOS current UD gives it.
void HarmonizeOlderTrees(std::vector<Tree>* trees);

}  // namespace warta::parser

#endif  // WARTA_PARSER_TREEBANK_H_
