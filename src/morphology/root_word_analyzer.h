// RootWordAnalyzer: the root word of an Indonesian word form.
//
//   mengirimkan, dikirim, pengiriman -> kirim     (dictionary forms)
//   imbuhnya, apakah, jubahku        -> imbuh, apa, jubah  (clitics)
//   kontainer-kontainer, sayur-mayur -> kontainer, sayur   (reduplication)
//   memasok, menuduh, menyediakan    -> pasok, tuduh, sedia (nasal assimilation)
//
// Order of work, each step ending the search when it finds a root:
//  1. our overrides (ia -> dia), numbers and non-words (unchanged);
//  2. the form table of the RootLexicon (every form hunspell-id generates);
//  3. clitics stripped (-lah -kah -tah -pun, then -nya -ku -mu, ku- kau-),
//     looking the remainder up again;
//  4. reduplication: both halves analysed, the shared root returned;
//  5. affix stripping in the manner of confix-stripping stemmers (prefixes
//     di- ke- se- ter- ber- meN- peN- per- with nasal recoding, suffixes -i
//     -kan -an), accepting a candidate only if the lexicon knows it as a
//     root;
//  6. otherwise the word itself: an unknown word is never cut blindly
//     (loanwords and names stay whole).
// Input is expected in lowercase; Analyze lowercases ASCII itself.
// Thread-safe (read-only after construction).
#ifndef WARTA_MORPHOLOGY_ROOT_WORD_ANALYZER_H_
#define WARTA_MORPHOLOGY_ROOT_WORD_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "morphology/root_lexicon.h"

namespace warta::morphology {

class RootWordAnalyzer {
 public:
  explicit RootWordAnalyzer(std::shared_ptr<const RootLexicon> lexicon);

  // Appends the root of `word` to *root (cleared first).
  void Analyze(std::string_view word, std::string* root) const;
  std::string Analyze(std::string_view word) const {
    std::string root;
    Analyze(word, &root);
    return root;
  }

  const RootLexicon& lexicon() const { return *lexicon_; }
  std::shared_ptr<const RootLexicon> shared_lexicon() const { return lexicon_; }

 private:
  // Steps 2, 3 and 5 on a lowercase word without hyphens; empty if unknown.
  std::string_view FindRoot(std::string_view lower, std::string* scratch) const;
  std::string_view StripAffixes(std::string_view w, std::string* scratch) const;
  bool Known(std::string_view candidate) const;

  std::shared_ptr<const RootLexicon> lexicon_;
};

}  // namespace warta::morphology

#endif  // WARTA_MORPHOLOGY_ROOT_WORD_ANALYZER_H_
