#include "store/facet_sql.h"

#include "store/filter_sql.h"

namespace warta::store {

FacetStatement FacetQuery(Facet facet, const ArchiveFilter& filter, std::string_view match_from,
                          size_t first, char sigil, size_t limit) {
  // Each facet ignores its own filter, so that it lists what else there is.
  ArchiveFilter f = filter;
  switch (facet) {
    case Facet::kTotal: break;
    case Facet::kSites: f.site.clear(); break;
    case Facet::kPeople: f.entity.clear(); break;
    case Facet::kTypes: f.event_type.clear(); break;
    case Facet::kMonths: f.from.clear(); f.to.clear(); break;
  }
  FilterSql where = FilterClauses(f, first, sigil);
  // Every article: the counts of the linked tables need not check which
  // articles match (the people facet of archive_benchmark's 100,000
  // articles, SQLite, warm: 480 ms with the check, 70 without).
  const bool every_article = match_from.empty() && where.where.empty();
  std::string matching(match_from.empty() ? " FROM articles a WHERE true" : match_from);
  matching += where.where;
  std::string top = " LIMIT ";
  top += std::to_string(limit);

  FacetStatement out;
  out.params = std::move(where.params);
  switch (facet) {
    case Facet::kTotal:
      out.sql = "SELECT '', 0, count(*)";
      out.sql += matching;
      break;
    case Facet::kSites:
      out.sql = "SELECT a.site, 0, count(*)";
      out.sql += matching;
      out.sql += " GROUP BY a.site ORDER BY 3 DESC, 1";
      out.sql += top;
      break;
    case Facet::kMonths:
      out.sql = "SELECT substr(a.published, 1, 7), 0, count(*)";
      out.sql += matching;
      out.sql += " GROUP BY 1 ORDER BY 1";
      break;
    case Facet::kTypes:
      out.sql = "SELECT ev.type, 0, count(DISTINCT ev.article_id) FROM events ev WHERE true";
      if (!every_article) {
        out.sql += " AND ev.article_id IN (SELECT a.id";
        out.sql += matching;
        out.sql += ")";
      }
      out.sql += " GROUP BY ev.type ORDER BY 3 DESC, 1";
      out.sql += top;
      break;
    case Facet::kPeople:
      out.sql = "SELECT e.name, e.id, count(*) FROM article_entities ae "
                "JOIN entities e ON e.id = ae.entity_id WHERE e.type = 'PER'";
      if (!every_article) {
        out.sql += " AND ae.article_id IN (SELECT a.id";
        out.sql += matching;
        out.sql += ")";
      }
      out.sql += " GROUP BY e.id, e.name ORDER BY 3 DESC, 1";
      out.sql += top;
      break;
  }
  return out;
}

std::vector<FacetValue>* FacetList(Facet facet, SearchFacets& facets) {
  switch (facet) {
    case Facet::kTotal: return nullptr;
    case Facet::kSites: return &facets.sites;
    case Facet::kPeople: return &facets.people;
    case Facet::kTypes: return &facets.types;
    case Facet::kMonths: return &facets.months;
  }
  return nullptr;
}

}  // namespace warta::store
