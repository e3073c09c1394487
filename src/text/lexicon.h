// Reading the reviewed word lists in lexicons/ (compiled into the library by
// cmake/EmbedLexicon.cmake).
//
// Format: UTF-8, one entry a line, fields separated by tabs; lines starting
// with '#' and blank lines are ignored; trailing spaces are trimmed.
#ifndef WARTA_TEXT_LEXICON_H_
#define WARTA_TEXT_LEXICON_H_

#include <functional>
#include <string_view>
#include <vector>

namespace warta {

namespace lexicons {
// The embedded files, byte for byte.
std::string_view Abbreviations();
std::string_view LinkMarkers();
std::string_view CamelCaseNames();
std::string_view CliticExceptions();
std::string_view NewsAgencies();
std::string_view RootAdditions();
std::string_view RootExclusions();
std::string_view LemmaOverrides();
std::string_view LexicalisedForms();
std::string_view RootFrequencies();
std::string_view UposHarmonization();
std::string_view CountryAliases();
std::string_view Titles();
std::string_view SpeechCues();
std::string_view NotNames();
std::string_view NonEntityKinds();
std::string_view OrganisationHeads();
std::string_view Institutions();
std::string_view EventTriggers();
std::string_view GroupActors();
std::string_view Capitals();
std::string_view RegionAbbreviations();
std::string_view SentenceOpeners();
std::string_view DeprelHarmonization();
}  // namespace lexicons

namespace text {

// Replaces *fields with the tab-separated fields of `line` (views into it;
// an empty line gives one empty field).
void SplitTabFields(std::string_view line, std::vector<std::string_view>* fields);

// Calls `entry(fields)` for every entry line of `data`; fields are views into
// `data`. `line_number` (1-based) is passed for error messages.
void ForEachLexiconEntry(
    std::string_view data,
    const std::function<void(const std::vector<std::string_view>& fields,
                             size_t line_number)>& entry);

}  // namespace text
}  // namespace warta

#endif  // WARTA_TEXT_LEXICON_H_
