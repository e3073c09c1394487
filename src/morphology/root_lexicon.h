// RootLexicon: Indonesian root words and every affixed form of them, built
// from Debian's hunspell-id (id_ID.dic + id_ID.aff) and our reviewed lists
// (lexicons/root-additions.tsv, lexicons/root-exclusions.tsv).
//
// At load, each root is expanded through its affix flags (prefixes,
// suffixes, confixes, clitics as the affix file allows them) and every form
// is stored as a 64-bit hash pointing at its root, in one open-addressing
// table: a lookup is one hash and, on average, little more than one probe.
// When several roots produce the same form, a form that is itself a root
// keeps itself ("perempuan", "pertama"); otherwise the analysis with fewer
// affixes wins; between analyses with as many affixes, the root seen more
// often in TRAIN text (lexicons/root-frequencies.tsv, made by
// tools/make_root_frequencies.py): "mengukur" is ukur (32), not kukur (0);
// then the root the dictionary lets take more kinds of affixes (urus has 16
// affix classes, kurus 5); then the longer root.
//
// Thread-safe after construction (read-only).
#ifndef WARTA_MORPHOLOGY_ROOT_LEXICON_H_
#define WARTA_MORPHOLOGY_ROOT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "morphology/affix_rules.h"
#include "util/probing_table.h"
#include "warta/status.h"

namespace warta::morphology {

// Entries of our reviewed lists (root-additions, lexicalised-forms,
// lemma-overrides by their form, root-exclusions) to leave out, lowercase.
// For measuring by folds (tools/eval/stem_folds.py): an entry that matches a
// held-out word must not help to score it. Empty in the product.
using WithheldEntries = std::unordered_set<std::string>;

class RootLexicon {
 public:
  // Loads `dic_path` and `aff_path` (hunspell files). Errors name the file:
  // kNotFound when it is missing ("install hunspell-id"), kInvalidArgument
  // when it cannot be read as a hunspell dictionary.
  static StatusOr<std::unique_ptr<RootLexicon>> Load(
      const std::string& dic_path, const std::string& aff_path,
      const WithheldEntries& withheld = {});

  // From in-memory texts (tests, and the loader above).
  static StatusOr<std::unique_ptr<RootLexicon>> FromText(
      std::string_view dic, std::string_view aff,
      const WithheldEntries& withheld = {});

  // The root of a known form (lowercase), or an empty view; *affixes (when
  // given) receives how many affixes the form carries (0 for a root).
  std::string_view RootOf(std::string_view form, int* affixes = nullptr) const;
  // True if `word` (lowercase) is a root itself.
  bool IsRoot(std::string_view word) const;

  // How often `root` shows intact in TRAIN text (lexicons/root-frequencies.tsv);
  // 0 for roots not counted there and for other words.
  uint32_t Frequency(std::string_view root) const;

  // Our override for a form (lexicons/lemma-overrides.tsv: ia -> dia), or an
  // empty view.
  std::string_view Override(const std::string& form) const;

  // The paradigm of a root: one bit for each letter that starts one of its
  // hunspell affix flags (B for ber-, M for meN-, a for -an, ...), so that
  // roots taking the same kinds of affixes share a value; 0 for words that
  // are not roots. A feature for the part-of-speech tagger.
  uint64_t RootClass(std::string_view root) const;

  size_t root_count() const { return roots_.size(); }
  size_t form_count() const { return forms_.size(); }
  size_t memory_bytes() const;

 private:
  RootLexicon() = default;
  void Insert(std::string_view form, uint32_t root, uint8_t affixes);
  // Inserts every form of roots_[word_id] (with `flags`) as a form of
  // roots_[root_id], counting `extra_affixes` more affixes.
  void Expand(const AffixRules& rules, uint32_t word_id,
              const std::vector<AffixFlag>& flags, uint32_t root_id,
              uint8_t extra_affixes);

  struct Slot {
    uint64_t key = 0;      // hash of the form; 0 = empty
    uint32_t root = 0;     // index into roots_
    uint8_t affixes = 0;   // how many affixes the form adds (0 = a root)
    uint8_t pad[3] = {0, 0, 0};
  };
  // Appends a root; returns its index.
  uint32_t AddRoot(std::string root, uint64_t root_class, uint8_t flag_count);

  std::vector<std::string> roots_;
  std::vector<uint64_t> root_classes_;  // parallel to roots_
  std::vector<uint32_t> frequencies_;   // parallel to roots_
  std::vector<uint8_t> flag_counts_;    // parallel: affix classes it may take
  std::unordered_map<std::string, uint32_t> frequency_of_;  // while loading
  std::unordered_map<std::string, std::string> overrides_;
  size_t longest_override_ = 0;  // longer forms skip the lookup
  util::ProbingTable<Slot> forms_;
};

}  // namespace warta::morphology

#endif  // WARTA_MORPHOLOGY_ROOT_LEXICON_H_
