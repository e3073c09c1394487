// Entity counts: how many articles name an entity, how often, and how many
// quotes it is the speaker of, kept in the entities table (n_articles,
// n_mentions, n_quotes; schema version 4) and brought up to date as each
// article is stored, so that listing an article's entities, or the most
// mentioned ones, reads three columns instead of counting over the whole
// archive. The same SQL for both backends; `sigil` is '?' (SQLite) or '$'
// (PostgreSQL), the article id its first parameter.
#ifndef WARTA_STORE_ENTITY_COUNTS_H_
#define WARTA_STORE_ENTITY_COUNTS_H_

#include <string>

#include "store/filter_sql.h"

namespace warta::store {

// After the article's entities are linked (article_entities): one more
// article for each, and its mentions there.
inline std::string CountArticleEntitiesSql(char sigil) {
  std::string sql =
      "UPDATE entities SET n_articles = entities.n_articles + 1, "
      "n_mentions = entities.n_mentions + ae.mentions FROM article_entities ae "
      "WHERE ae.article_id = ";
  sql += SqlParameter(sigil, 1);
  sql += " AND ae.entity_id = entities.id";
  return sql;
}

// After the article's quotes are stored: their speakers' quote counts.
inline std::string CountArticleQuotesSql(char sigil) {
  std::string sql =
      "UPDATE entities SET n_quotes = entities.n_quotes + q.n FROM (SELECT speaker_id, "
      "count(*) AS n FROM quotes WHERE article_id = ";
  sql += SqlParameter(sigil, 1);
  sql += " GROUP BY speaker_id) q WHERE q.speaker_id = entities.id";
  return sql;
}

// The counts of every entity from the stored articles (the migration to
// schema version 4).
inline constexpr const char* kRecountEntitiesSql =
    "UPDATE entities SET "
    "n_articles = (SELECT count(*) FROM article_entities x WHERE x.entity_id = entities.id), "
    "n_mentions = (SELECT coalesce(sum(x.mentions), 0) FROM article_entities x "
    "WHERE x.entity_id = entities.id), "
    "n_quotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = entities.id)";

}  // namespace warta::store

#endif  // WARTA_STORE_ENTITY_COUNTS_H_
