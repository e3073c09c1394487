#include "tagger/place_names.h"

#include <gtest/gtest.h>

#include <fstream>

namespace warta::tagger {
namespace {

std::string WriteFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

TEST(PlaceNamesTest, CountriesCapitalsAndSubdivisionsAreWholeNames) {
  PlaceNameSources sources;
  sources.countries_json = WriteFile(
      "countries.json", R"({"3166-1": [{"alpha_3": "QAT", "name": "Qatar"}]})");
  sources.countries_catalogue = "/nonexistent.mo";
  sources.subdivisions_json = WriteFile(
      "subdivisions.json",
      R"({"3166-2": [{"code": "ID-JB", "name": "Jawa Barat", "parent": "JW"},
                     {"code": "JP-08", "name": "Ibaraki"}]})");
  sources.subdivisions_catalogue = "/nonexistent.mo";
  Gazetteer names;
  EXPECT_GT(AddKnownPlaces(&names, sources), 3u);
  EXPECT_EQ(names.LookupName("qatar"), Gazetteer::kKnownPlaceName);
  EXPECT_EQ(names.LookupName("jawa barat"), Gazetteer::kKnownPlaceName);
  EXPECT_EQ(names.LookupName("ibaraki"), Gazetteer::kKnownPlaceName);
  // Capitals and country aliases come from our lexicons.
  EXPECT_EQ(names.LookupName("pyongyang"), Gazetteer::kKnownPlaceName);
  // Whole names only: "barat" alone is an ordinary word.
  EXPECT_EQ(names.Lookup("barat"), 0);
  EXPECT_EQ(names.LookupName("barat"), 0);
}

TEST(PlaceNamesTest, MissingIsoCodesLeaveOurLexicons) {
  PlaceNameSources sources;
  sources.countries_json = sources.subdivisions_json = "/nonexistent.json";
  sources.countries_catalogue = sources.subdivisions_catalogue = "/nonexistent.mo";
  Gazetteer names;
  EXPECT_GT(AddKnownPlaces(&names, sources), 0u);
  EXPECT_EQ(names.LookupName("jakarta"), Gazetteer::kKnownPlaceName);
  EXPECT_EQ(names.LookupName("ibaraki"), 0);
}

}  // namespace
}  // namespace warta::tagger
