// CountryTable: country names in Indonesian -> ISO 3166-1 alpha-3, from
// Debian's iso-codes (the English names of iso_3166-1.json and their
// Indonesian translations in the iso_3166-1 gettext catalogue) and our
// reviewed aliases (lexicons/country-aliases.tsv: AS, Korut, Tiongkok, and
// seats of government used for the state: Washington, Kremlin).
// Missing iso-codes files leave only the aliases. Thread-safe after
// construction.
#ifndef WARTA_ENTITIES_COUNTRY_TABLE_H_
#define WARTA_ENTITIES_COUNTRY_TABLE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace warta::entities {

struct Country {
  std::string alpha3;  // "USA"
  std::string name;    // the canonical Indonesian name: "Amerika Serikat"
};

class CountryTable {
 public:
  // Reads iso-codes from the given paths (Debian's by default).
  explicit CountryTable(
      const std::string& json = "/usr/share/iso-codes/json/iso_3166-1.json",
      const std::string& catalogue = "/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo");

  // The country a name stands for (case-insensitive), or nullptr.
  const Country* Find(std::string_view name) const;
  // Whether some country name begins with this word (case-insensitive): a
  // quick test before trying the names that start at a word.
  bool BeginsAName(std::string_view word) const;
  size_t size() const { return countries_.size(); }
  // Calls fn(lowercase name) for every name of every country.
  template <typename Fn>
  void ForEachName(Fn&& fn) const {
    for (const auto& entry : countries_) fn(std::string_view(entry.first));
  }

 private:
  std::unordered_map<std::string, Country> countries_;  // lowercase name
  std::unordered_set<std::string> first_words_;         // lowercase
};

// Reads a gettext .mo catalogue into original -> translation. Returns false
// when the file is missing or not a catalogue.
bool ReadGettextCatalogue(const std::string& path,
                          std::unordered_map<std::string, std::string>* out);

}  // namespace warta::entities

#endif  // WARTA_ENTITIES_COUNTRY_TABLE_H_
