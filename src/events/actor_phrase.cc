#include "events/actor_phrase.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/lexicon.h"

namespace warta::events {
namespace {

// Words that make a noun a number of people: "para pejabat", "sejumlah pakar".
bool IsQuantifier(std::string_view w) {
  return w == "para" || w == "sejumlah" || w == "seluruh" || w == "semua" || w == "beberapa" ||
         w == "banyak" || w == "segenap" || w == "sekelompok" || w == "kedua" || w == "ketiga";
}

// A peN- agent noun: pelaku, pengelola, pendukung, petugas (not the -an
// nouns of acts and things: pemeriksaan, peraturan).
bool IsAgentNoun(std::string_view form) {
  return form.size() >= 6 && form.starts_with("pe") && !form.ends_with("an");
}

// Nouns that measure or describe a group rather than stand for it: words of
// quantity, and ke-...-an abstract nouns (kesehatan, keselamatan).
bool IsQuantityOrQuality(std::string_view form) {
  if (form.size() >= 7 && form.starts_with("ke") && form.ends_with("an")) return true;
  return form == "jumlah" || form == "total" || form == "angka" || form == "sebagian" ||
         form == "separuh" || form == "mayoritas" || form == "persentase";
}

// Dependents that begin a clause or a phrase of their own, which the
// phrase's actor is not in.
bool OpensAnotherPhrase(const SentenceParse& p, uint32_t d) {
  const std::string_view rel = p.UniversalRelation(d);
  if (rel == "acl" || rel == "ccomp" || rel == "advcl" || rel == "xcomp" || rel == "parataxis" ||
      rel == "punct" || rel == "obl" || rel == "csubj")
    return true;
  // "warga di Surabaya", "pemeriksaan oleh KPK".
  return rel == "nmod" && !p.CaseOf(d).empty();
}

// The entity named inside the phrase headed by k, a person before an
// organisation before a place, and of those the last named ("Lurah Grogol
// Selatan Asep Subahan": the person); kNoIndex if none. Coordinated phrases
// are searched only when the rest names nobody ("Menteri ..., Hukum, dan
// Keamanan Mahfud MD" may be parsed as a coordination).
uint32_t EntityInside(const DocumentContext& c, const SentenceParse& p, uint32_t k,
                      bool into_coordination) {
  uint32_t best = kNoIndex, best_at = 0;
  int best_rank = 9;
  std::vector<uint32_t> stack = {k};
  for (int visited = 0; !stack.empty() && visited < 40; ++visited) {
    const uint32_t j = stack.back();
    stack.pop_back();
    if (const uint32_t e = c.EntityAt(j); e != kNoIndex) {
      const EntityType type = c.doc().entities[e].type;
      const int rank = type == EntityType::kPerson ? 0 : type == EntityType::kOrganization ? 1 : 2;
      if (rank < best_rank || (rank == best_rank && j > best_at)) best = e, best_rank = rank, best_at = j;
    }
    for (uint32_t d : p.Dependents(j)) {
      if (OpensAnotherPhrase(p, d)) {
        // "Pengamat dari UGM, Budi Santoso,": the person in apposition
        // names the whole phrase, though the parse hangs it on the marked
        // one.
        if (p.UniversalRelation(d) == "nmod")
          for (uint32_t a : p.Dependents(d))
            if (p.UniversalRelation(a) == "appos" && c.EntityAt(a) != kNoIndex &&
                c.doc().entities[c.EntityAt(a)].type == EntityType::kPerson)
              stack.push_back(a);
        continue;
      }
      if (p.UniversalRelation(d) == "conj" && (!into_coordination || j != k)) continue;
      stack.push_back(d);
    }
  }
  if (best == kNoIndex && !into_coordination && c.EntityAt(k) == kNoIndex)
    return EntityInside(c, p, k, /*into_coordination=*/true);
  return best;
}

// Nouns for one person: a title or role (lexicons/titles.tsv) or a word
// for a man or a woman.
bool IsPersonNoun(std::string_view form) {
  static const std::unordered_set<std::string> kWords = [] {
    std::unordered_set<std::string> words = {"pria", "wanita", "perempuan", "lelaki", "laki-laki",
                                             "mantan", "tokoh", "politikus", "politisi"};
    text::ForEachLexiconEntry(lexicons::Titles(), [&](const std::vector<std::string_view>& f, size_t) {
      if (!f.empty() && f[0].find(' ') == std::string_view::npos) words.emplace(f[0]);
    });
    return words;
  }();
  return kWords.count(std::string(form)) > 0;
}

}  // namespace

PhraseActor ActorOfPhrase(const DocumentContext& context, const SentenceParse& parse,
                          const std::unordered_map<std::string, std::string>& groups,
                          uint32_t head) {
  PhraseActor actor;
  if (head == kNoIndex) return actor;
  const Document& doc = context.doc();
  const Token& token = doc.tokens[head];
  const uint32_t inside = EntityInside(context, parse, head, /*into_coordination=*/false);
  if (const uint32_t own = context.EntityAt(head); own != kNoIndex) {
    // The head's own entity, unless it is a place or an organisation in a
    // title before a person ("Lurah Grogol Selatan Asep Subahan").
    const bool person_inside = inside != kNoIndex && doc.entities[inside].type == EntityType::kPerson;
    actor.entity = person_inside ? inside : own;
    return actor;
  }
  if (uint32_t a = context.ActorAt(head); a != kNoIndex) {  // a pronoun
    actor.entity = a;
    return actor;
  }
  // "pihaknya": the speaker's side.
  if (parse.Lower(head) == "pihak" && parse.Contains(head + 1) && parse.Lower(head + 1) == "nya") {
    actor.entity = context.ActorAt(head + 1);
    if (actor.entity != kNoIndex) return actor;
  }
  if (inside != kNoIndex && doc.entities[inside].type != EntityType::kLocation) {
    actor.entity = inside;
    return actor;
  }
  if (token.upos != Upos::kNoun) {
    actor.entity = inside;
    return actor;
  }
  const std::string form = parse.Lower(head);
  // "Mantan ketua dan hakim konstitusi itu", "pria tersebut": a role or a
  // person told of before stands for the last person named.
  if (inside == kNoIndex && IsPersonNoun(form)) {
    for (uint32_t d : parse.Dependents(head)) {
      const std::string w = parse.Lower(d);
      if (d > head && (w == "itu" || w == "tersebut") && parse.UniversalRelation(d) == "det") {
        actor.entity = context.LastPersonBefore(head);
        return actor;
      }
    }
  }
  std::string code;
  bool described = false;
  if (auto it = groups.find(form); it != groups.end()) {
    code = it->second, described = true;
  } else if (auto it2 = groups.find(std::string(doc.Lemma(token))); it2 != groups.end()) {
    code = it2->second, described = true;
  } else if (IsAgentNoun(form)) {
    described = true;
  }
  // The phrase: the head with its quantifiers and the modifiers that
  // follow it ("dua terduga pelaku", "warga Surabaya").
  uint32_t first = head, last = head;
  for (uint32_t d : parse.Dependents(head)) {
    const std::string_view rel = parse.Relation(d);
    if (d < head && (rel == "det" || rel == "nummod" || rel == "amod" || rel == "compound")) {
      if (IsQuantifier(parse.Lower(d)) || doc.tokens[d].upos == Upos::kNum) described = true;
      first = std::min(first, d);
    }
    if (d > head && d <= last + 1 && d - head <= 4 && parse.CaseOf(d).empty() &&
        (rel == "amod" || rel == "compound" || rel == "nmod" || rel == "flat" || rel == "nmod:poss"))
      last = d;
  }
  // "jaringan pelaku", "rumah warga": a noun of a group's thing or part
  // stands for the group that follows it; not a quantity or a quality of
  // it ("jumlah penumpang", "kesehatan pengunjung").
  if (!described && !IsQuantityOrQuality(form)) {
    for (uint32_t d : parse.Dependents(head)) {
      if (d != head + 1 || !parse.CaseOf(d).empty() ||
          (parse.Relation(d) != "nmod" && parse.Relation(d) != "compound") ||
          doc.tokens[d].upos != Upos::kNoun)
        continue;
      const std::string modifier = parse.Lower(d);
      if (auto it = groups.find(modifier); it != groups.end()) {
        code = it->second, described = true;
      } else if (IsAgentNoun(modifier)) {
        described = true;
      }
    }
  }
  // "pejabat Korea Selatan", "pemerintah Jepang": officials stand for the
  // country or organisation they serve.
  const bool officials = code == "GOV" || code == "COP" || code == "MIL" || code == "JUD" ||
                         code == "LEG" || form == "pejabat" || form == "pihak";
  if (!described || (officials && inside != kNoIndex)) {
    actor.entity = inside;
    return actor;
  }
  // Words inside the last dependent's own phrase ("warga Kota Surabaya").
  while (last + 1 < doc.tokens.size() && parse.Contains(last + 1) &&
         context.EntityAt(last + 1) != kNoIndex && context.EntityAt(last + 1) == context.EntityAt(last))
    ++last;
  actor.group = GroupActor{Span{doc.tokens[first].span.begin, doc.tokens[last].span.end}, code};
  return actor;
}

}  // namespace warta::events
