// The WHERE clauses of an ArchiveFilter over the article alias "a", shared
// by every backend so that each filters alike; only the spelling of a
// parameter differs ("?3" for SQLite, "$3" for PostgreSQL).
#ifndef WARTA_STORE_FILTER_SQL_H_
#define WARTA_STORE_FILTER_SQL_H_

#include <string>
#include <vector>

#include "warta/store.h"

namespace warta::store {

// "?3" or "$3": the SQL parameter numbered n with the backend's sigil.
// (Built by appending: GCC 12 warns falsely on "literal" + std::string.)
std::string SqlParameter(char sigil, size_t n);

struct FilterSql {
  std::string where;  // " AND …" clauses, or empty
  std::vector<std::string> params;

  void Add(std::string clause, std::string param);
};

// Clauses for the date range, site, entity, speaker, event type and story
// of `f`, their parameters numbered from `first`. Names are matched by their
// ASCII lowercase key (entities.name_key).
FilterSql FilterClauses(const ArchiveFilter& f, size_t first, char sigil);

}  // namespace warta::store

#endif  // WARTA_STORE_FILTER_SQL_H_
