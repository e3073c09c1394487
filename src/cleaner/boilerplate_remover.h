// BoilerplateRemover: takes out of scraped article text what is not the
// article — links to other articles ("BACA JUGA: <headline>"), editor
// initials at the end ("[ft/ah]", "(ant/ulf)", "(EVY)"), advertising lines.
//
// Works on lines that are already Unicode-normalised, trimmed and
// space-collapsed. The subtle case is a linked headline glued to the next
// sentence by the scraper:
//   "BACA JUGA:\nPutin di China untuk Bertemu 'Sahabatnya' XiGedung Putih ..."
// The headline is Title Case; the article resumes at the last lowercase ->
// Capital seam ("Xi|Gedung") before the first ordinary lowercase word
// ("mengatakan"). Known camel-case names (YouTube) are not seams.
//
// Thread-safe after construction.
#ifndef WARTA_CLEANER_BOILERPLATE_REMOVER_H_
#define WARTA_CLEANER_BOILERPLATE_REMOVER_H_

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "warta/document.h"
#include "warta/options.h"

namespace warta::cleaner {

class BoilerplateRemover {
 public:
  // Built from the embedded lexicons (link-markers, camel-case-names).
  BoilerplateRemover();

  // Edits `lines` in place: a removed line becomes empty; an edited line is
  // rewritten. Appends what was removed to `removed` and doubts to
  // `warnings`.
  void Apply(const CleanerOptions& options, std::vector<std::string>* lines,
             std::vector<Removal>* removed,
             std::vector<std::string>* warnings) const;

  // Exposed for tests. Returns the byte offset in `line` where the article
  // resumes after a headline at its start, or std::string_view::npos when
  // the whole line is the headline. Sets *uncertain when no seam was found
  // and the cut was guessed.
  size_t HeadlineEnd(std::string_view line, bool headline_only_line,
                     bool* uncertain) const;

 private:
  // Length of a related-link marker at line[pos] (with its colon and the
  // spaces after it), or 0.
  size_t MatchLinkMarker(std::string_view line, size_t pos) const;
  bool IsAdvertising(std::string_view line) const;
  // Where a related-link marker starts in `line` (at the start or after a
  // sentence), with its length in *len; npos if none.
  size_t FindLinkMarker(const std::string& line, size_t* len) const;
  // True if the capital at word[pos] lies inside a known camel-case name.
  bool InsideCamelName(std::string_view word, size_t pos) const;
  void RemoveInlineLinks(std::string* line,
                         std::vector<Removal>* removed) const;
  void RemoveEditorInitials(std::vector<std::string>* lines,
                            std::vector<Removal>* removed) const;

  std::vector<std::string> link_markers_;  // lowercase
  std::string marker_initials_;            // first letters of the markers
  // The case-folded first four bytes of every marker ("baca" for "baca
  // juga"), packed as numbers.
  std::vector<uint32_t> marker_prefixes_;
  std::unordered_set<std::string> advertising_;  // lowercase
  std::unordered_set<std::string> camel_names_;
};

}  // namespace warta::cleaner

#endif  // WARTA_CLEANER_BOILERPLATE_REMOVER_H_
