// Places warta knows without the NER model: countries (Debian's iso-codes,
// lexicons/country-aliases.tsv), capitals (lexicons/capitals.tsv) and the
// subdivisions of every country (iso-codes' ISO 3166-2 list: provinces,
// states, prefectures), as whole-name lookups for the NER model (whole
// names only: "Lima" and "Perak" are also Indonesian words, matched only
// where a capitalised word starts them).
//
// The DBpedia place list the model also reads is mostly villages and
// districts; it lacks "Indonesia", "Jakarta" and "Jawa Barat".
#ifndef WARTA_TAGGER_PLACE_NAMES_H_
#define WARTA_TAGGER_PLACE_NAMES_H_

#include <cstddef>
#include <string>

#include "tagger/sentence_features.h"

namespace warta::tagger {

struct PlaceNameSources {
  std::string countries_json = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string countries_catalogue = "/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo";
  std::string subdivisions_json = "/usr/share/iso-codes/json/iso_3166-2.json";
  std::string subdivisions_catalogue = "/usr/share/locale/id/LC_MESSAGES/iso_3166-2.mo";
};

// Adds every known place name to *gazetteer as Gazetteer::kKnownPlaceName.
// Files that are missing leave their names out. Returns how many names
// were added.
size_t AddKnownPlaces(Gazetteer* gazetteer, const PlaceNameSources& sources = {});

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_PLACE_NAMES_H_
