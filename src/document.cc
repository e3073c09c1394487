#include "warta/document.h"

#include <xxhash.h>

#include <array>

namespace warta {

std::string LayerNames(Layer set) {
  static constexpr std::array<std::string_view, 11> kNames = {
      "text",  "sentences", "tokens", "lemmas", "upos",        "ner",
      "entities", "quotes", "events", "timex",  "dependencies"};
  std::string out;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (static_cast<uint32_t>(set) & (1u << i)) {
      if (!out.empty()) out += ',';
      out += kNames[i];
    }
  }
  return out;
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kDate:
      return "date";
    case TokenKind::kTime:
      return "time";
  }
  return "word";
}

std::string_view UposName(Upos upos) {
  static constexpr std::array<std::string_view, 18> kNames = {
      "_",    "ADJ",   "ADP",  "ADV",  "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
      "NUM",  "PART",  "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  auto i = static_cast<size_t>(upos);
  return i < kNames.size() ? kNames[i] : "_";
}

std::string_view NerLabelName(uint8_t ner) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
  return ner < kNames.size() ? kNames[ner] : "O";
}

namespace {
// UD v2 relations and the subtypes UD Indonesian (GSD, CSUI) uses. Ids are
// positions in this table (stable: new names go at the end).
constexpr std::array<std::string_view, 58> kDeprels = {
    "_",          "acl",        "acl:relcl", "advcl",      "advmod",     "amod",
    "appos",      "aux",        "aux:pass",  "case",       "cc",         "ccomp",
    "clf",        "compound",   "conj",      "cop",        "csubj",      "csubj:pass",
    "dep",        "det",        "discourse", "dislocated", "expl",       "fixed",
    "flat",       "flat:name",  "goeswith",  "iobj",       "list",       "mark",
    "nmod",       "nmod:poss",  "nsubj",     "nsubj:pass", "nummod",     "obj",
    "obl",        "orphan",     "parataxis", "punct",      "reparandum", "root",
    "vocative",   "xcomp",      "obl:tmod",  "nmod:tmod",  "flat:foreign", "compound:plur",
    "advcl:relcl", "det:poss",  "obl:agent", "csubj:cop",  "nummod:gov", "nmod:lmod",
    "case:adv",   "advmod:emph", "cc:preconj", "compound:a"};
}  // namespace

std::string_view DeprelName(uint8_t deprel) {
  return deprel < kDeprels.size() ? kDeprels[deprel] : "_";
}

uint8_t DeprelId(std::string_view name) {
  for (size_t i = 1; i < kDeprels.size(); ++i)
    if (kDeprels[i] == name) return static_cast<uint8_t>(i);
  return 0;
}

std::string_view UniversalDeprel(uint8_t deprel) {
  std::string_view name = DeprelName(deprel);
  return name.substr(0, name.find(':'));
}

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kLocation:
      return "LOC";
  }
  return "PER";
}

std::string_view DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kUnknown:
      return "unknown";
    case DateSource::kGiven:
      return "given";
    case DateSource::kFound:
      return "found";
    case DateSource::kInferred:
      return "inferred";
  }
  return "unknown";
}

std::string Document::ContentHash() const {
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = XXH3_64bits(text.data(), text.size());
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kHex[h & 0xf];
    h >>= 4;
  }
  return out;
}

}  // namespace warta
