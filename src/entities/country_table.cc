#include "entities/country_table.h"

#include <simdjson.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::entities {

bool ReadGettextCatalogue(const std::string& path,
                          std::unordered_map<std::string, std::string>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string data = ss.str();
  auto u32 = [&](size_t at, bool swap) -> uint32_t {
    if (at + 4 > data.size()) return 0;
    uint32_t v;
    std::memcpy(&v, data.data() + at, 4);
    if (swap) v = __builtin_bswap32(v);
    return v;
  };
  if (data.size() < 28) return false;
  bool swap = false;
  if (u32(0, false) != 0x950412de) {
    if (u32(0, true) != 0x950412de) return false;
    swap = true;
  }
  const uint32_t n = u32(8, swap), originals = u32(12, swap), translations = u32(16, swap);
  auto str = [&](uint32_t table, uint32_t i) -> std::string {
    const uint32_t len = u32(table + 8 * i, swap), off = u32(table + 8 * i + 4, swap);
    if (static_cast<size_t>(off) + len > data.size()) return {};
    return data.substr(off, len);
  };
  for (uint32_t i = 0; i < n; ++i) (*out)[str(originals, i)] = str(translations, i);
  return true;
}

CountryTable::CountryTable(const std::string& json, const std::string& catalogue) {
  std::unordered_map<std::string, std::string> indonesian;
  ReadGettextCatalogue(catalogue, &indonesian);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.load(json).get(root) == simdjson::SUCCESS) {
    simdjson::dom::array list;
    if (root["3166-1"].get(list) == simdjson::SUCCESS) {
      for (simdjson::dom::element c : list) {
        std::string_view alpha3, english;
        if (c["alpha_3"].get(alpha3) || c["name"].get(english)) continue;
        auto it = indonesian.find(std::string(english));
        const std::string name = it != indonesian.end() && !it->second.empty()
                                     ? it->second
                                     : std::string(english);
        Country country{std::string(alpha3), name};
        countries_.emplace(text::AsciiLower(name), country);
        countries_.emplace(text::AsciiLower(english), country);
        // Common names also appear on their own: "Viet Nam" -> also by alias.
        std::string_view common;
        if (c["common_name"].get(common) == simdjson::SUCCESS)
          countries_.emplace(text::AsciiLower(common), country);
      }
    }
  }
  // Our aliases win over the catalogue (its names are formal: "Federasi Rusia").
  text::ForEachLexiconEntry(
      lexicons::CountryAliases(),
      [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 3) return;
        countries_[text::AsciiLower(f[0])] = Country{std::string(f[1]), std::string(f[2])};
      });
  for (const auto& [name, country] : countries_) first_words_.insert(name.substr(0, name.find(' ')));
}

bool CountryTable::BeginsAName(std::string_view word) const {
  return first_words_.count(text::AsciiLower(word)) > 0;
}

const Country* CountryTable::Find(std::string_view name) const {
  auto it = countries_.find(text::AsciiLower(name));
  return it == countries_.end() ? nullptr : &it->second;
}

}  // namespace warta::entities
