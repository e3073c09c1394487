// The SQL of Store::Facets, shared by every backend so that each counts
// alike; a backend supplies only how its articles match the text of a query
// and the spelling of a parameter ("?3" for SQLite, "$3" for PostgreSQL).
//
// Every statement reads rows of (value, entity id, articles).
#ifndef WARTA_STORE_FACET_SQL_H_
#define WARTA_STORE_FACET_SQL_H_

#include <string>
#include <string_view>
#include <vector>

#include "warta/store.h"

namespace warta::store {

enum class Facet { kTotal, kSites, kPeople, kTypes, kMonths };

// Every facet, in the order a backend runs them.
inline constexpr Facet kFacets[] = {Facet::kTotal, Facet::kSites, Facet::kPeople,
                                    Facet::kTypes, Facet::kMonths};

struct FacetStatement {
  std::string sql;
  std::vector<std::string> params;  // numbered from `first`, after the text's
};

// The statement counting `facet` over the articles of `match_from` (the
// backend's " FROM … WHERE …" over the article alias "a" that matches the
// text of a query; empty for every article) narrowed by `filter` less the
// facet's own filter. `first`: the number of the first filter parameter.
FacetStatement FacetQuery(Facet facet, const ArchiveFilter& filter, std::string_view match_from,
                          size_t first, char sigil, size_t limit);

// Where the rows of `facet` go in `facets` (nullptr for kTotal).
std::vector<FacetValue>* FacetList(Facet facet, SearchFacets& facets);

}  // namespace warta::store

#endif  // WARTA_STORE_FACET_SQL_H_
