// AbbreviationTable: which words before a period are abbreviations, read from
// lexicons/abbreviations.tsv. Thread-safe after construction.
#ifndef WARTA_SEGMENTER_ABBREVIATIONS_H_
#define WARTA_SEGMENTER_ABBREVIATIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>

namespace warta::segmenter {

enum class AbbreviationKind : uint8_t {
  kNone,   // not an abbreviation: the period may end the sentence
  kTitle,  // before a name or number ("Prof.", "Jl.", "No."): never ends one
  kAny,    // anywhere ("dll.", "dsb."): ends one before a capital letter
};

class AbbreviationTable {
 public:
  // From the embedded lexicon.
  AbbreviationTable();

  // Looks `word` up as written, then in capitals ("JL" for "Jl"); internal
  // periods are ignored ("S.H" is "SH", "Ph.D" is "PhD").
  AbbreviationKind Lookup(std::string_view word) const;

 private:
  std::unordered_map<std::string, AbbreviationKind> entries_;
};

}  // namespace warta::segmenter

#endif  // WARTA_SEGMENTER_ABBREVIATIONS_H_
