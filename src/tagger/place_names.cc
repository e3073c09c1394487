#include "tagger/place_names.h"

#include <simdjson.h>

#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/country_table.h"
#include "text/lexicon.h"

namespace warta::tagger {

size_t AddKnownPlaces(Gazetteer* gazetteer, const PlaceNameSources& sources) {
  size_t added = 0;
  auto add = [&](std::string_view name) {
    if (name.empty()) return;
    gazetteer->AddWholeName(name, Gazetteer::kKnownPlaceName);
    ++added;
  };
  const entities::CountryTable countries(sources.countries_json, sources.countries_catalogue);
  countries.ForEachName(add);
  text::ForEachLexiconEntry(lexicons::Capitals(),
                            [&](const std::vector<std::string_view>& f, size_t) { add(f[0]); });
  std::unordered_map<std::string, std::string> indonesian;
  entities::ReadGettextCatalogue(sources.subdivisions_catalogue, &indonesian);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::array list;
  if (parser.load(sources.subdivisions_json).get(root) != simdjson::SUCCESS ||
      root["3166-2"].get(list) != simdjson::SUCCESS)
    return added;
  for (simdjson::dom::element s : list) {
    std::string_view name;
    if (s["name"].get(name) != simdjson::SUCCESS) continue;
    add(name);
    auto it = indonesian.find(std::string(name));
    if (it != indonesian.end() && it->second != name) add(it->second);
  }
  return added;
}

}  // namespace warta::tagger
