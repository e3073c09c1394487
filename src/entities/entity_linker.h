// EntityLinker: the entities stage. Groups the named-entity mentions of one
// article into entities and describes each:
//  * spelling variants and short names: "Kim Jong-un" = "Kim Jong Un";
//    "Lavrov" joins "Sergey Lavrov" (a person mention whose words all
//    belong to a longer person name of the article);
//  * acronyms defined in brackets: "Korean Central News Agency (KCNA)";
//  * countries by their Indonesian names, short forms and metonyms
//    ("AS", "Amerika", "Washington" -> Amerika Serikat, USA);
//  * the dateline's place and news organisation;
//  * for people, the title before the name and the country in it
//    ("Menteri Luar Negeri Rusia Sergey Lavrov": title "Menteri Luar
//    Negeri", country RUS, actor RUSGOV).
// Requires the NER layer; provides entities (replacing the tagger's
// one-mention entities). Thread-safe.
#ifndef WARTA_ENTITIES_ENTITY_LINKER_H_
#define WARTA_ENTITIES_ENTITY_LINKER_H_

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/country_table.h"
#include "warta/stage.h"

namespace warta::entities {

class EntityLinker : public Stage {
 public:
  EntityLinker();

  std::string_view Name() const override { return "entities"; }
  Layer Requires() const override { return Layer::kTokens | Layer::kNer; }
  Layer Provides() const override { return Layer::kEntities; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  struct Title {
    std::vector<std::string> words;  // lowercase
    std::string sector;              // GOV, MIL, ...
  };
  // Whether the words from token t on, before token `end`, begin with
  // `title` (its first word already matched).
  static bool TitleFits(const Document& doc, const Title& title, uint32_t t, uint32_t end);
  // The number of words of the longest title that begins at token t and
  // ends before token `end`; 0 if none does.
  size_t TitleLength(const Document& doc, uint32_t t, uint32_t end) const;
  // Whether a name of two or more lowercase words begins with a word of
  // institutions ("dinas", "rumah sakit").
  bool NamesAnInstitution(const std::vector<std::string>& words) const;

  CountryTable countries_;
  std::vector<Title> titles_;  // longest first
  // Indices into titles_ by their first word, longest first.
  std::unordered_map<std::string, std::vector<size_t>> titles_by_first_word_;
  std::set<std::string> not_names_;  // lowercase
  std::set<std::string> organisation_heads_;  // "rumah sakit", "dinas": lowercase
  std::set<std::string> non_entity_kinds_;  // "program", "uu": lowercase
  std::set<std::string> region_abbreviations_;  // "sulsel", "jatim": lowercase
  struct Institution {
    std::string alpha3, sector;
  };
  std::map<std::string, Institution> institutions_;  // lowercase name
  std::map<std::string, std::string> capitals_;      // lowercase name -> alpha-3
  std::set<std::string> title_last_words_;           // "presiden", "pemimpin"
};

}  // namespace warta::entities

#endif  // WARTA_ENTITIES_ENTITY_LINKER_H_
