// Filter terms: what the archive's filters ask of an article — its site,
// publication day, entities, speakers and event types — written as words
// of the SQLite search index (the `terms` column of article_search), so
// that a search with filters is one FTS5 query whose posting lists FTS5
// intersects itself, instead of a join of every match to its article.
//
// The column's value starts with kFilterTermMarker; the search tokenizer
// (store/fts5_root_tokenizer.h) passes such a value through as the
// space-separated terms it holds, unchanged, and so also a quoted query
// phrase that starts with the marker. Terms:
//   zy2023 zm202310 zd20231012   the publication year, month and day
//   zs<hash>  the site   ze<hash>  an entity's name   zq<hash>  a speaker's name
//   zt<TYPE>  an event type (PLOVER)
// (hash: 16 hex digits of XXH3 of the value as the filters compare it: the
// site as it is, names lowercased). A date range is the fewest year, month and day terms that
// cover it.
#ifndef WARTA_STORE_FILTER_TERMS_H_
#define WARTA_STORE_FILTER_TERMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/document_rows.h"
#include "warta/store.h"

namespace warta::store {

inline constexpr char kFilterTermMarker = '\x1f';

// What an article's filter terms are made of.
struct FilterFacts {
  std::string site;
  std::string published;  // YYYY-MM-DD, or empty
  std::vector<std::string> entity_names, speaker_names, event_types;
};

FilterFacts FilterFactsOf(const ArticleRows& rows);

// The value of the `terms` column: the marker, then the terms.
std::string FilterTermsColumn(const FilterFacts& facts);

// The FTS5 expression (on column `terms`) that keeps the articles
// `filter`'s dates, site, entity, speaker and event type keep; empty when
// the filter has none of them. std::nullopt when one of them cannot be said
// in terms (a date that is not a calendar date YYYY-MM-DD): the caller
// filters in SQL instead; so also for a story filter (an article's story can
// change after it is stored). `first` and `last` are the archive's earliest and
// latest publication dates, which close an open range (empty when no
// article has a date).
std::optional<std::string> FilterTermsMatch(const ArchiveFilter& filter, std::string_view first,
                                            std::string_view last);

// The terms of the days from `from` to `to` (YYYY-MM-DD, both included):
// whole years as years, whole months as months, the rest as days. Empty
// when from > to or a date is not valid.
std::vector<std::string> DateRangeTerms(std::string_view from, std::string_view to);

}  // namespace warta::store

#endif  // WARTA_STORE_FILTER_TERMS_H_
