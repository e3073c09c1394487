#include "store/filter_sql.h"

#include <utility>

#include "text/ascii.h"

namespace warta::store {

std::string SqlParameter(char sigil, size_t n) {
  std::string p(1, sigil);
  p += std::to_string(n);
  return p;
}

void FilterSql::Add(std::string clause, std::string param) {
  where += " AND ";
  where += clause;
  params.push_back(std::move(param));
}

FilterSql FilterClauses(const ArchiveFilter& f, size_t first, char sigil) {
  FilterSql sql;
  // The clause with the next parameter in place of "#".
  auto add = [&](std::string_view clause, std::string param) {
    std::string text(clause);
    text.replace(text.find('#'), 1, SqlParameter(sigil, first + sql.params.size()));
    sql.Add(std::move(text), std::move(param));
  };
  if (!f.from.empty()) add("a.published >= #", f.from);
  // An article whose date is unknown ('') is kept by no date filter.
  if (!f.to.empty()) add("(a.published <= # AND a.published <> '')", f.to);
  if (!f.site.empty()) add("a.site = #", f.site);
  if (!f.entity.empty()) {
    add("a.id IN (SELECT ae.article_id FROM article_entities ae JOIN entities e "
        "ON e.id = ae.entity_id WHERE e.name_key = #)",
        text::AsciiLower(f.entity));
  }
  if (!f.speaker.empty()) {
    add("a.id IN (SELECT q.article_id FROM quotes q JOIN entities e "
        "ON e.id = q.speaker_id WHERE e.name_key = #)",
        text::AsciiLower(f.speaker));
  }
  if (!f.event_type.empty()) {
    add("a.id IN (SELECT ev.article_id FROM events ev WHERE ev.type = #)", f.event_type);
  }
  if (f.story_id != 0) add("a.story_id = #", std::to_string(f.story_id));
  return sql;
}

}  // namespace warta::store
