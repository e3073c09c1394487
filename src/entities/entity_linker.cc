#include "entities/entity_linker.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::entities {
namespace {

struct Mention {
  Span span;
  uint32_t first_token = kNoIndex, end_token = kNoIndex;  // kNoIndex: dateline
  EntityType type;
  std::string text;
  std::vector<std::string> words;  // lowercase, without punctuation
};

// Whether each token of `doc` is inside one of the tagged `mentions`.
std::vector<bool> CoveredTokens(const Document& doc, const std::vector<Mention>& mentions) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : mentions)
    for (uint32_t k = m.first_token; m.first_token != kNoIndex && k < m.end_token; ++k)
      covered[k] = true;
  return covered;
}

// Adds `added` to `mentions` (kept in text order), dropping the tagged
// mentions inside an added one ("Kota Surabaya" inside "Pemerintah Kota
// Surabaya").
void AddReplacingMentionsInside(std::vector<Mention> added, std::vector<Mention>* mentions) {
  if (added.empty()) return;
  for (const Mention& a : added)
    std::erase_if(*mentions, [&](const Mention& m) {
      return m.first_token != kNoIndex && m.span.begin >= a.span.begin && m.span.end <= a.span.end;
    });
  for (Mention& a : added) mentions->push_back(std::move(a));
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

// The words of an Indonesian region's rank that begin its name.
bool IsRegionRank(std::string_view w) {
  return w == "provinsi" || w == "dki" || w == "kota" || w == "kabupaten" || w == "kecamatan" ||
         w == "kelurahan" || w == "desa";
}

// "Kim Jong-un" and "Kim Jong Un" -> "kimjongun".
std::string Key(std::string_view text) {
  std::string key;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) key.push_back(c);
    else if (c >= 'A' && c <= 'Z') key.push_back(static_cast<char>(c + 32));
  }
  return key;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == ',' || c == '.' || c == '(' || c == ')') {
      if (!cur.empty()) out.push_back(text::AsciiLower(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(text::AsciiLower(cur));
  return out;
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  size_t upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) return false;
  }
  return upper >= 2;
}

// The mention of tokens [first, end) as an entity of `type`.
Mention TokenMention(const Document& doc, uint32_t first, uint32_t end, EntityType type) {
  Mention m;
  m.first_token = first;
  m.end_token = end;
  m.span = {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  m.type = type;
  m.text = std::string(doc.Slice(m.span));
  m.words = Words(m.text);
  return m;
}

// Words an acronym's letters skip: "Energi dan Sumber Daya Mineral (ESDM)".
bool IsNameConnector(std::string_view w) {
  return w == "dan" || w == "untuk" || w == "dari" || w == "of" || w == "and" ||
         w == "for" || w == "the" || w == "&";
}

// Names defined by a bracketed acronym made of their initials, "Korean
// Central News Agency (KCNA)", "Energi dan Sumber Daya Mineral (ESDM)": the
// words before "(" whose initials spell the acronym, or none.
std::optional<Mention> AcronymDefinition(const Document& doc, uint32_t open) {
  if (open == 0 || open + 2 >= doc.tokens.size()) return std::nullopt;
  if (doc.Form(doc.tokens[open]) != "(" || doc.Form(doc.tokens[open + 2]) != ")")
    return std::nullopt;
  const std::string_view acronym = doc.Form(doc.tokens[open + 1]);
  if (!IsAcronym(acronym)) return std::nullopt;
  std::string letters;
  for (char c : acronym)
    if (c >= 'A' && c <= 'Z') letters.push_back(c);
  // Walk back over the words, matching the letters from the last.
  size_t want = letters.size();
  uint32_t k = open;
  const uint32_t sentence = doc.tokens[open].sentence;
  while (want > 0 && k > 0) {
    const Token& t = doc.tokens[k - 1];
    if (t.sentence != sentence) break;
    const std::string_view w = doc.Form(t);
    if (IsNameConnector(w) && k < open) {
      --k;
      continue;
    }
    if (w.empty() || w[0] != letters[want - 1]) break;
    --want;
    --k;
  }
  if (want != 0 || open - k < 2) return std::nullopt;
  return TokenMention(doc, k, open, EntityType::kOrganization);
}

// The entries of a list of one entry a line.
std::set<std::string> Entries(std::string_view lexicon) {
  std::set<std::string> entries;
  text::ForEachLexiconEntry(lexicon, [&](const std::vector<std::string_view>& f, size_t) {
    entries.emplace(f[0]);
  });
  return entries;
}

// The words of m from its `first` on, run together: "jawabarat".
std::string WordsFrom(const Mention& m, size_t first) {
  std::string key;
  for (size_t i = first; i < m.words.size(); ++i) key += m.words[i];
  return key;
}

}  // namespace

EntityLinker::EntityLinker() {
  text::ForEachLexiconEntry(
      lexicons::Titles(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 2) return;
        titles_.push_back({Words(f[0]), std::string(f[1])});
      });
  text::ForEachLexiconEntry(
      lexicons::Institutions(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 3)
          institutions_[text::AsciiLower(f[0])] = {std::string(f[1]), std::string(f[2])};
      });
  text::ForEachLexiconEntry(
      lexicons::Capitals(), [this](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 2) capitals_[text::AsciiLower(f[0])] = std::string(f[1]);
      });
  for (const Title& t : titles_) title_last_words_.insert(t.words.back());
  not_names_ = Entries(lexicons::NotNames());
  for (const std::string& r : Entries(lexicons::RegionAbbreviations()))
    region_abbreviations_.insert(text::AsciiLower(r));
  organisation_heads_ = Entries(lexicons::OrganisationHeads());
  non_entity_kinds_ = Entries(lexicons::NonEntityKinds());
  std::stable_sort(titles_.begin(), titles_.end(), [](const Title& a, const Title& b) {
    return a.words.size() > b.words.size();
  });
  for (size_t i = 0; i < titles_.size(); ++i)
    titles_by_first_word_[titles_[i].words.front()].push_back(i);
}

bool EntityLinker::TitleFits(const Document& doc, const Title& title, uint32_t t, uint32_t end) {
  if (t + title.words.size() > end) return false;
  for (size_t w = 1; w < title.words.size(); ++w)
    if (text::AsciiLower(doc.Form(doc.tokens[t + w])) != title.words[w]) return false;
  return true;
}

size_t EntityLinker::TitleLength(const Document& doc, uint32_t t, uint32_t end) const {
  auto candidates = titles_by_first_word_.find(text::AsciiLower(doc.Form(doc.tokens[t])));
  if (candidates == titles_by_first_word_.end()) return 0;
  for (size_t i : candidates->second)  // longest first
    if (TitleFits(doc, titles_[i], t, end)) return titles_[i].words.size();
  return 0;
}

bool EntityLinker::NamesAnInstitution(const std::vector<std::string>& words) const {
  return words.size() >= 2 &&
         (organisation_heads_.count(words[0]) || organisation_heads_.count(words[0] + " " + words[1]));
}

Status EntityLinker::Process(Document& doc, Scratch& /*scratch*/) const {
  // 1. Mentions: named-entity spans, and the dateline's place and web
  // outlet. A news organisation in the dateline ("JAKARTA, KOMPAS —") is the
  // paper's byline, not an entity of the story (the annotation guide); a
  // site named by its address ("JAKARTA, KOMPAS.com -") is one, as the
  // Kompas gold counts it. Both stay in Document::dateline; the outlet named
  // in the body ("kepada Kompas") is an entity either way.
  std::vector<Mention> mentions;
  if (doc.dateline) {
    const std::string_view dl = doc.Slice(doc.dateline->span);
    const std::string& source = doc.dateline->source;
    const bool web_outlet = source.find('.') != std::string::npos;
    for (auto [name, type] : {std::pair{doc.dateline->place, EntityType::kLocation},
                              std::pair{web_outlet ? source : std::string(),
                                        EntityType::kOrganization}}) {
      if (name.empty()) continue;
      // The first part of the place ("Mataram" of "Mataram, NTB").
      std::string part = name.substr(0, name.find(','));
      size_t at = dl.find(part);
      if (at == std::string_view::npos) continue;
      Mention m;
      m.span = {doc.dateline->span.begin + static_cast<uint32_t>(at),
                doc.dateline->span.begin + static_cast<uint32_t>(at + part.size())};
      m.type = type;
      m.text = part;
      m.words = Words(part);
      mentions.push_back(std::move(m));
    }
  }
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    const uint8_t tag = doc.tokens[k].ner;
    if (tag == 0 || tag % 2 == 0) continue;  // O or I-
    // Skip the dateline: its mentions are already there.
    if (doc.dateline && doc.tokens[k].span.end <= doc.dateline->span.end) continue;
    uint32_t end = k + 1;
    while (end < doc.tokens.size() && doc.tokens[end].ner == tag + 1) ++end;
    mentions.push_back(TokenMention(doc, k, end,
                                    tag == 1   ? EntityType::kPerson
                                    : tag == 3 ? EntityType::kOrganization
                                               : EntityType::kLocation));
    k = end - 1;
  }
  // "program Kartu Prakerja", "UU Cipta Kerja": products, laws, plans,
  // programmes, surveys and events are not entities (the annotation guide).
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.first_token == kNoIndex) return false;
    if (m.words.size() > 1 && non_entity_kinds_.count(m.words.front())) return true;
    if (m.first_token == 0) return false;
    const Token& before = doc.tokens[m.first_token - 1];
    return before.sentence == doc.tokens[m.first_token].sentence &&
           non_entity_kinds_.count(text::AsciiLower(doc.Form(before))) > 0;
  });
  // "RSUD Dr Soetomo", "Dinas Kesehatan Karawang": a name that begins with
  // a word of institutions is an organisation.
  for (Mention& m : mentions) {
    if (m.first_token != kNoIndex && NamesAnInstitution(m.words))
      m.type = EntityType::kOrganization;
  }
  // "Pemerintah Kota Surabaya", "Pemkab Bekasi": the government of a
  // region is an organisation named with the place (the annotation guide),
  // where the tagger marked only the place or nothing. "Pemerintah" needs
  // the region's rank (Kota, Kabupaten, Provinsi, Daerah): a country stands
  // for its own government ("Pemerintah Singapura": the place).
  {
    auto lower_at = [&](uint32_t k) { return text::AsciiLower(doc.Form(doc.tokens[k])); };
    auto capitalised = [&](uint32_t k) {
      const std::string_view w = doc.Form(doc.tokens[k]);
      return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    };
    auto is_rank = [](std::string_view w) {
      return w == "kota" || w == "kabupaten" || w == "provinsi" || w == "daerah";
    };
    auto is_short_government = [](std::string_view w) {
      return w == "pemkot" || w == "pemkab" || w == "pemprov" || w == "pemda";
    };
    const std::vector<bool> covered = CoveredTokens(doc, mentions);
    std::vector<Mention> governments;
    for (uint32_t k = 0; k + 1 < doc.tokens.size(); ++k) {
      if (covered[k] || !capitalised(k)) continue;
      const std::string head = lower_at(k);
      const bool full = head == "pemerintah";
      if (!full && !is_short_government(head)) continue;
      const uint32_t sentence = doc.tokens[k].sentence;
      uint32_t place = k + 1;
      bool ranked = !full;
      if (place < doc.tokens.size() && capitalised(place) && is_rank(lower_at(place))) {
        ranked = true;
        ++place;
      }
      if (place >= doc.tokens.size() || doc.tokens[place].sentence != sentence || !capitalised(place))
        continue;
      // The place: the tagger's mention there (which may hold the rank
      // word), else the capitalised words that follow.
      uint32_t end = place;
      const Mention* tagged = nullptr;
      for (const Mention& m : mentions)
        if (m.first_token != kNoIndex && m.first_token <= place && place < m.end_token) tagged = &m;
      if (tagged != nullptr) {
        if (tagged->type == EntityType::kPerson || tagged->first_token < k + 1) continue;
        if (!ranked && !(tagged->words.size() > 1 && is_rank(tagged->words[0]))) continue;
        end = tagged->end_token;
      } else {
        if (!ranked) continue;
        while (end < doc.tokens.size() && end - place < 3 && doc.tokens[end].sentence == sentence &&
               capitalised(end) && !covered[end])
          ++end;
      }
      governments.push_back(TokenMention(doc, k, end, EntityType::kOrganization));
      k = end - 1;
    }
    AddReplacingMentionsInside(std::move(governments), &mentions);
  }
  // "Satgas Kampung Tangguh", "Inspektorat Wilayah": a run of capitalised
  // words (or numbers: "Densus 88") the tagger left untagged that begins
  // with a word of institutions is an organisation.
  {
    const std::vector<bool> covered = CoveredTokens(doc, mentions);
    auto name_word = [&](uint32_t k) {
      const std::string_view w = doc.Form(doc.tokens[k]);
      return !covered[k] && doc.tokens[k].kind == TokenKind::kWord && !w.empty() &&
             ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
    };
    std::vector<Mention> institutions;
    for (uint32_t k = 0; k + 1 < doc.tokens.size(); ++k) {
      if (!name_word(k) || !(doc.Form(doc.tokens[k])[0] >= 'A')) continue;
      if (doc.dateline && doc.tokens[k].span.end <= doc.dateline->span.end) continue;
      const std::string head = text::AsciiLower(doc.Form(doc.tokens[k]));
      uint32_t end = k + 1;
      if (!organisation_heads_.count(head)) {
        if (!name_word(k + 1) ||
            !organisation_heads_.count(head + " " + text::AsciiLower(doc.Form(doc.tokens[k + 1]))))
          continue;
        end = k + 2;
      }
      // The run stops at a title or rank ("Polres Metro Bekasi Kota Ajun
      // Komisaris ...") and takes in the region the tagger marked right
      // after it, by its rank or its bare name ("Dinas Kesehatan" +
      // "Provinsi Kalbar", "Kepolisian Daerah" + "Banten"; not "Dewan
      // Keamanan Nasional" + "Gedung Putih").
      const uint32_t first_name_word = end;
      while (end < doc.tokens.size() && end - k < 6 &&
             doc.tokens[end].sentence == doc.tokens[k].sentence && name_word(end) &&
             TitleLength(doc, end, doc.tokens.size()) == 0)
        ++end;
      if (end < doc.tokens.size() && covered[end]) {
        for (const Mention& m : mentions)
          if (m.first_token == end && m.type == EntityType::kLocation &&
              (m.words.size() == 1 || IsRegionRank(m.words[0])) &&
              doc.tokens[m.end_token - 1].sentence == doc.tokens[k].sentence)
            end = m.end_token;
      }
      if (end == first_name_word) continue;
      institutions.push_back(TokenMention(doc, k, end, EntityType::kOrganization));
      k = end - 1;
    }
    AddReplacingMentionsInside(std::move(institutions), &mentions);
  }
  // Mention i as the place of its first `len` tokens, followed by the person
  // of the rest.
  auto split_off_place = [&](size_t i, uint32_t len) {
    Mention& m = mentions[i];
    Mention person = TokenMention(doc, m.first_token + len, m.end_token, EntityType::kPerson);
    m = TokenMention(doc, m.first_token, m.first_token + len, EntityType::kLocation);
    mentions.insert(mentions.begin() + static_cast<long>(i) + 1, std::move(person));
  };
  // "Pemimpin Korea Utara Kim Jong Un": a span that starts with a country
  // right after a title is the country and then a person.
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.first_token == kNoIndex || m.first_token == 0 || m.end_token - m.first_token < 2) continue;
    if (!title_last_words_.count(text::AsciiLower(doc.Form(doc.tokens[m.first_token - 1]))))
      continue;
    for (uint32_t len = std::min<uint32_t>(3, m.end_token - m.first_token - 1); len >= 1; --len) {
      Span head{m.span.begin, doc.tokens[m.first_token + len - 1].span.end};
      if (countries_.Find(doc.Slice(head)) == nullptr) continue;
      split_off_place(i, len);
      break;
    }
  }

  // "Ketua DPD Golkar Sulsel Taufan Pawe": a province's short name
  // (lexicons/region-abbreviations.tsv) is a place, also at the start of a
  // person's span.
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.first_token == kNoIndex || m.words.empty() ||
        !region_abbreviations_.count(m.words.front()))
      continue;
    if (m.type == EntityType::kPerson && m.end_token - m.first_token >= 2) {
      split_off_place(i, 1);
      ++i;  // the person after the place
    } else if (m.end_token - m.first_token == 1) {
      m.type = EntityType::kLocation;
    }
  }

  // "Vice President Fuel Retail PT Pertamina": the capitalised words between
  // a title and the organisation it belongs to name a unit of it; a one-word
  // person among them is not a person.
  {
    std::vector<int> mention_at(doc.tokens.size(), -1);
    for (size_t i = 0; i < mentions.size(); ++i)
      if (mentions[i].first_token != kNoIndex)
        mention_at[mentions[i].first_token] = static_cast<int>(i);
    auto in_run = [&](uint32_t k, uint32_t sentence) {
      const std::string_view form = doc.Form(doc.tokens[k]);
      return doc.tokens[k].sentence == sentence && !form.empty() && form[0] >= 'A' &&
             form[0] <= 'Z';
    };
    std::vector<bool> unit_at(doc.tokens.size(), false);  // by the person's token
    for (const Mention& m : mentions) {
      if (m.type != EntityType::kPerson || m.first_token == kNoIndex ||
          m.end_token != m.first_token + 1)
        continue;
      const uint32_t sentence = doc.tokens[m.first_token].sentence;
      bool after_title = false;
      for (uint32_t k = m.first_token; k-- > 0 && in_run(k, sentence);) {
        if (title_last_words_.count(text::AsciiLower(doc.Form(doc.tokens[k])))) {
          after_title = true;
          break;
        }
      }
      if (!after_title) continue;
      for (uint32_t k = m.end_token; k < doc.tokens.size() && in_run(k, sentence); ++k) {
        if (mention_at[k] < 0) continue;
        unit_at[m.first_token] =
            mentions[static_cast<size_t>(mention_at[k])].type == EntityType::kOrganization;
        break;
      }
    }
    std::erase_if(mentions, [&](const Mention& m) {
      return m.type == EntityType::kPerson && m.first_token != kNoIndex && unit_at[m.first_token];
    });
  }

  // Streets: "Jl Letjen Suprapto", "Jalan Raya Bogor", "Jl. KS Tubun" are
  // places, whatever the tagger made of them.
  {
    std::vector<Mention> streets;
    for (uint32_t k = 0; k + 1 < doc.tokens.size(); ++k) {
      const std::string_view f = doc.Form(doc.tokens[k]);
      if (f != "Jl" && f != "Jln" && f != "Jalan" && f != "JL") continue;
      uint32_t b = k + 1;
      if (b < doc.tokens.size() && doc.Form(doc.tokens[b]) == ".") ++b;
      uint32_t e = b;
      while (e < doc.tokens.size() && e - b < 5 && doc.tokens[e].sentence == doc.tokens[k].sentence) {
        const std::string_view w = doc.Form(doc.tokens[e]);
        const bool capital = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
        const bool roman = !w.empty() && (w == "II" || w == "III" || w == "IV" || w == "V" || w == "IX");
        if (!(capital || roman) || w == "No" || w == "Kav" || w == "Km") break;
        ++e;
      }
      if (e == b) continue;
      streets.push_back(TokenMention(doc, k, e, EntityType::kLocation));
      k = e - 1;
    }
    if (!streets.empty()) {
      // A street replaces the tagger's mentions inside it.
      std::vector<Mention> kept;
      for (Mention& m : mentions) {
        const bool inside = std::any_of(streets.begin(), streets.end(), [&](const Mention& st) {
          return m.span.begin < st.span.end && st.span.begin < m.span.end;
        });
        if (!inside) kept.push_back(std::move(m));
      }
      for (Mention& st : streets) kept.push_back(std::move(st));
      std::stable_sort(kept.begin(), kept.end(),
                       [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
      mentions = std::move(kept);
    }
  }

  // "Kepala Dinas Kesehatan Kota Surabaya Febria Rachmanita": the words
  // between a person's title and name, when they begin with a word of
  // institutions, name the organisation the title is of. The annotation
  // guide counts it as an entity of its own; it replaces the tagger's
  // mentions inside it ("Kota Surabaya"), unless one runs out of it.
  {
    auto capital_or_digit = [&](uint32_t k) {
      const std::string_view w = doc.Form(doc.tokens[k]);
      return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
    };
    std::vector<Mention> served;
    for (const Mention& m : mentions) {
      if (m.type != EntityType::kPerson || m.first_token == kNoIndex) continue;
      const uint32_t sentence = doc.tokens[m.first_token].sentence;
      uint32_t start = m.first_token;
      while (start > 0 && m.first_token - start < 8 && doc.tokens[start - 1].sentence == sentence &&
             capital_or_digit(start - 1))
        --start;
      for (uint32_t t = start; t < m.first_token; ++t) {
        const size_t length = TitleLength(doc, t, m.first_token);
        if (length == 0) continue;
        // The organisation runs to the name, or to a rank or second title
        // before it ("Kepala Polres Bogor Ajun Komisaris Besar Hendra").
        const uint32_t begin = t + static_cast<uint32_t>(length);
        uint32_t end = begin;
        while (end < m.first_token && (end == begin || TitleLength(doc, end, m.first_token) == 0))
          ++end;
        if (end > begin) {
          Mention org = TokenMention(doc, begin, end, EntityType::kOrganization);
          if (NamesAnInstitution(org.words)) served.push_back(std::move(org));
        }
        break;
      }
    }
    for (Mention& org : served) {
      const bool crossed = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        const bool overlaps = m.span.begin < org.span.end && org.span.begin < m.span.end;
        return overlaps && (m.span.begin < org.span.begin || m.span.end > org.span.end);
      });
      if (crossed) continue;
      std::erase_if(mentions, [&](const Mention& m) {
        return m.span.begin >= org.span.begin && m.span.end <= org.span.end;
      });
      auto at = std::lower_bound(
          mentions.begin(), mentions.end(), org,
          [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
      mentions.insert(at, std::move(org));
    }
  }

  // Names the tagger missed or cut short, defined by their acronym: the
  // whole name replaces the mentions inside it (keeping their type).
  for (uint32_t k = 1; k + 2 < doc.tokens.size(); ++k) {
    if (doc.Form(doc.tokens[k]) != "(") continue;
    std::optional<Mention> name = AcronymDefinition(doc, k);
    if (!name) continue;
    bool whole = false;
    std::vector<Mention> kept;
    for (Mention& m : mentions) {
      const bool inside = m.first_token != kNoIndex && m.first_token < name->end_token &&
                          name->first_token < m.end_token;
      if (!inside) {
        kept.push_back(std::move(m));
        continue;
      }
      if (m.first_token <= name->first_token && m.end_token >= name->end_token) whole = true;
      if (2 * (m.end_token - m.first_token) >= name->end_token - name->first_token)
        name->type = m.type;  // most of the name, as the tagger typed it
      kept.push_back(std::move(m));
    }
    mentions = std::move(kept);
    if (whole) continue;
    std::erase_if(mentions, [&](const Mention& m) {
      return m.first_token != kNoIndex && m.first_token < name->end_token &&
             name->first_token < m.end_token;
    });
    mentions.push_back(std::move(*name));
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }

  // 2. Acronyms defined in brackets right after a name: "... Agency (KCNA)".
  std::map<std::string, std::string> acronym_to_key;
  for (const Mention& m : mentions) {
    if (m.end_token == kNoIndex || m.end_token + 2 >= doc.tokens.size()) continue;
    if (doc.Form(doc.tokens[m.end_token]) != "(") continue;
    std::string_view acr = doc.Form(doc.tokens[m.end_token + 1]);
    if (!IsAcronym(acr) || doc.Form(doc.tokens[m.end_token + 2]) != ")") continue;
    if (m.words.size() < 2) continue;
    acronym_to_key[std::string(acr)] = Key(m.text);
  }
  // Acronym tokens the tagger missed become mentions of their entity.
  if (!acronym_to_key.empty()) {
    std::set<uint32_t> covered;
    for (const Mention& m : mentions)
      for (uint32_t k = m.first_token; m.first_token != kNoIndex && k < m.end_token; ++k)
        covered.insert(k);
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      if (covered.count(k)) continue;
      std::string form(doc.Form(doc.tokens[k]));
      if (!acronym_to_key.count(form)) continue;
      mentions.push_back(TokenMention(doc, k, k + 1, EntityType::kOrganization));
    }
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }

  // Countries the tagger cut short: a mention that is the start of a
  // country name ("Arab" of "Arab Saudi") grows to the whole name when the
  // rest of it is not part of another mention.
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.first_token == kNoIndex || !countries_.BeginsAName(doc.Form(doc.tokens[m.first_token])))
      continue;
    const uint32_t next_start =
        i + 1 < mentions.size() && mentions[i + 1].first_token != kNoIndex
            ? mentions[i + 1].first_token
            : static_cast<uint32_t>(doc.tokens.size());
    for (uint32_t end = m.first_token + 3; end > m.end_token; --end) {
      if (end > next_start) continue;
      bool same_sentence = true;
      for (uint32_t j = m.end_token; j < end && same_sentence; ++j)
        same_sentence = doc.tokens[j].kind == TokenKind::kWord &&
                        doc.tokens[j].sentence == doc.tokens[m.first_token].sentence;
      if (!same_sentence) continue;
      const Span span{doc.tokens[m.first_token].span.begin, doc.tokens[end - 1].span.end};
      if (countries_.Find(doc.Slice(span)) == nullptr) continue;
      m = TokenMention(doc, m.first_token, end, EntityType::kLocation);
      break;
    }
  }

  // Countries the tagger missed: a capitalised country name ("Venezuela",
  // "Arab Saudi") outside every mention is a place, named elsewhere in the
  // article or not.
  {
    const std::vector<bool> covered = CoveredTokens(doc, mentions);
    bool added = false;
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      const std::string_view form = doc.Form(doc.tokens[k]);
      if (covered[k] || form.empty() || !(form[0] >= 'A' && form[0] <= 'Z') ||
          !countries_.BeginsAName(form))
        continue;
      for (uint32_t len = 3; len >= 1; --len) {
        const uint32_t end = k + len;
        if (end > doc.tokens.size()) continue;
        bool free = true;
        for (uint32_t j = k; j < end && free; ++j)
          free = !covered[j] && doc.tokens[j].kind == TokenKind::kWord &&
                 doc.tokens[j].sentence == doc.tokens[k].sentence;
        if (!free) continue;
        const Span span{doc.tokens[k].span.begin, doc.tokens[end - 1].span.end};
        if (countries_.Find(doc.Slice(span)) == nullptr) continue;
        mentions.push_back(TokenMention(doc, k, end, EntityType::kLocation));
        added = true;
        k = end - 1;
        break;
      }
    }
    if (added)
      std::stable_sort(mentions.begin(), mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }

  // 3. Group.
  struct Group {
    EntityType type;
    std::string key;
    std::string alpha3;
    std::vector<size_t> mentions;
    std::set<std::string> words;  // words of the full name(s)
    size_t best = 0;              // the fullest mention
  };
  std::vector<Group> groups;
  std::map<std::string, size_t> by_key;
  // A place by its name without the words of its rank: "Provinsi Jawa
  // Barat" is Jawa Barat, "DKI Jakarta" is Jakarta (the annotation guide),
  // "Kota Surabaya" is Surabaya unless the article also names a regency of
  // that name (Kota Bekasi and Kabupaten Bekasi are two places).
  std::set<std::string> ranked_places;  // "kota:bekasi", "kabupaten:bekasi"
  auto rank_word = [](std::string_view w) {
    return w == "provinsi" || w == "dki" || w == "kota" || w == "kabupaten";
  };
  for (const Mention& m : mentions)
    if (m.type == EntityType::kLocation && m.words.size() >= 2 && rank_word(m.words[0]))
      ranked_places.insert(m.words[0] + ":" + WordsFrom(m, 1));
  auto place_key = [&](const Mention& m) -> std::string {
    size_t first = 0;
    while (first + 1 < m.words.size() && rank_word(m.words[first])) {
      const std::string& w = m.words[first];
      if ((w == "kota" || w == "kabupaten") &&
          ranked_places.count((w == "kota" ? "kabupaten:" : "kota:") + WordsFrom(m, first + 1)))
        break;
      ++first;
    }
    return first == 0 ? std::string() : WordsFrom(m, first);
  };
  auto join = [&](size_t g, size_t mi) {
    Group& group = groups[g];
    group.mentions.push_back(mi);
    for (const std::string& w : mentions[mi].words) group.words.insert(w);
    if (mentions[mi].text.size() > mentions[group.best].text.size() && group.alpha3.empty())
      group.best = mi;
  };
  for (size_t mi = 0; mi < mentions.size(); ++mi) {
    Mention& m = mentions[mi];
    std::string key = Key(m.text);
    if (auto a = acronym_to_key.find(m.text); a != acronym_to_key.end()) key = a->second;
    const Country* country = m.type != EntityType::kPerson ? countries_.Find(m.text) : nullptr;
    if (country == nullptr && m.type == EntityType::kPerson) {
      // A "person" that is a country name is the state ("Washington").
      country = countries_.Find(m.text);
      if (country) m.type = EntityType::kLocation;
    }
    const auto institution = institutions_.find(text::AsciiLower(m.text));
    if (institution != institutions_.end()) {
      country = nullptr;
      m.type = EntityType::kOrganization;
    }
    if (country) key = "country:" + country->alpha3;
    if (!country && m.type == EntityType::kLocation)
      if (std::string place = place_key(m); !place.empty()) key = place;
    auto it = by_key.find(key);
    if (it != by_key.end()) {
      join(it->second, mi);
      continue;
    }
    // A short person name joins the person whose full name contains it.
    if (m.type == EntityType::kPerson) {
      size_t found = groups.size();
      for (size_t g = groups.size(); g-- > 0;) {
        if (groups[g].type != EntityType::kPerson) continue;
        const bool inside = std::all_of(m.words.begin(), m.words.end(), [&](const std::string& w) {
          return groups[g].words.count(w) > 0;
        });
        if (inside && !m.words.empty()) {
          found = g;
          break;
        }
      }
      if (found < groups.size()) {
        join(found, mi);
        by_key.emplace(key, found);
        continue;
      }
    }
    Group g;
    g.type = m.type;
    g.key = key;
    g.best = mi;
    if (country) {
      g.type = EntityType::kLocation;
      g.alpha3 = country->alpha3;
    }
    groups.push_back(std::move(g));
    by_key.emplace(key, groups.size() - 1);
    join(groups.size() - 1, mi);
  }
  // A name first met in short ("Kim", "Jakarta", "Pertamina") joins the
  // longer name of the same kind that contains it, when exactly one does
  // ("Kim Jong Un", "DKI Jakarta", "PT Pertamina"); countries stay apart.
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].mentions.empty() || !groups[g].alpha3.empty()) continue;
    const Mention& best = mentions[groups[g].best];
    size_t target = groups.size(), candidates = 0;
    for (size_t h = 0; h < groups.size(); ++h) {
      if (h == g || groups[h].type != groups[g].type || groups[h].mentions.empty() ||
          !groups[h].alpha3.empty())
        continue;
      if (mentions[groups[h].best].words.size() <= best.words.size()) continue;
      const bool inside = std::all_of(best.words.begin(), best.words.end(), [&](const std::string& w) {
        return groups[h].words.count(w) > 0;
      });
      if (inside) {
        target = h;
        ++candidates;
      }
    }
    if (candidates == 1) {
      for (size_t mi : groups[g].mentions) join(target, mi);
      groups[g].mentions.clear();
    }
  }

  // Names the tagger missed where it found them elsewhere in the article:
  // an untagged "Lavrov" is Sergey Lavrov, an untagged "Rusia" is Rusia.
  {
    const std::vector<bool> covered = CoveredTokens(doc, mentions);
    std::map<std::string, size_t> word_owner;  // a person's name word -> group
    std::set<std::string> shared_words;
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].type != EntityType::kPerson || groups[g].mentions.empty()) continue;
      for (const std::string& w : groups[g].words) {
        if (w.size() < 3) continue;
        auto [it, inserted] = word_owner.emplace(w, g);
        if (!inserted && it->second != g) shared_words.insert(w);
      }
    }
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      if (covered[k] || doc.tokens[k].kind != TokenKind::kWord) continue;
      // The dateline's place is a mention already; its outlet is none.
      if (doc.dateline && doc.tokens[k].span.end <= doc.dateline->span.end) continue;
      const std::string_view form = doc.Form(doc.tokens[k]);
      if (form.empty() || !(form[0] >= 'A' && form[0] <= 'Z')) continue;
      const std::string lower = text::AsciiLower(form);
      size_t group = groups.size();
      if (auto it = word_owner.find(lower); it != word_owner.end() && !shared_words.count(lower)) {
        group = it->second;
      } else if (auto c = by_key.find(Key(form)); c != by_key.end()) {
        group = c->second;  // a one-word name or acronym seen tagged elsewhere
      } else if (const Country* country = countries_.Find(form)) {
        if (auto c2 = by_key.find("country:" + country->alpha3); c2 != by_key.end()) group = c2->second;
      }
      if (group >= groups.size() || groups[group].mentions.empty()) continue;
      mentions.push_back(TokenMention(doc, k, k + 1, groups[group].type));
      groups[group].mentions.push_back(mentions.size() - 1);
    }
  }

  // 4. Describe.
  doc.entities.clear();
  for (const Group& g : groups) {
    if (g.mentions.empty()) continue;
    const bool named = std::any_of(g.mentions.begin(), g.mentions.end(), [&](size_t mi) {
      std::string joined;
      for (const std::string& w : mentions[mi].words) joined += (joined.empty() ? "" : " ") + w;
      return !not_names_.count(joined);
    });
    if (!named) continue;  // "PT", "Vice" alone name nothing
    Entity e;
    e.type = g.type;
    // The fullest name the article uses ("Tiongkok" stays Tiongkok even
    // though the country table calls it China).
    size_t fullest = g.mentions.front();
    for (size_t mi : g.mentions)
      if (mentions[mi].text.size() > mentions[fullest].text.size()) fullest = mi;
    e.name = mentions[fullest].text;
    e.country = g.alpha3;
    if (!g.alpha3.empty()) e.actor_code = g.alpha3;
    if (g.alpha3.empty()) {
      for (size_t mi : g.mentions) {
        auto it = institutions_.find(text::AsciiLower(mentions[mi].text));
        if (it == institutions_.end()) continue;
        e.country = it->second.alpha3;
        e.actor_code = it->second.alpha3 + it->second.sector;
        break;
      }
    }
    // A capital is in its country ("Pyongyang": PRK); it stays a place.
    if (e.country.empty() && e.type == EntityType::kLocation) {
      if (auto it = capitals_.find(text::AsciiLower(e.name)); it != capitals_.end())
        e.country = it->second;
    }
    std::vector<size_t> ordered = g.mentions;
    std::sort(ordered.begin(), ordered.end(),
              [&](size_t a, size_t b) { return mentions[a].span.begin < mentions[b].span.begin; });
    for (size_t mi : ordered) e.mentions.push_back(mentions[mi].span);
    auto title_begins = [&](uint32_t t, uint32_t end) { return TitleLength(doc, t, end) > 0; };
    // A title that begins at token t, with the words up to `end` as the
    // country or organisation it is of; the first that fits is e's.
    auto apply_title = [&](uint32_t t, uint32_t end) {
      auto candidates = titles_by_first_word_.find(text::AsciiLower(doc.Form(doc.tokens[t])));
      if (candidates == titles_by_first_word_.end()) return;
      for (size_t title_index : candidates->second) {
        const Title& title = titles_[title_index];
        bool match = TitleFits(doc, title, t, end);
        // Between a title and its end only words: a quotation mark or a
        // comma there ends one statement and begins another ("... Bupati
        // Sleman,” kata Ani"), or lists (the title is not hers). A second
        // title after the unit's first word, a rank or an academic title
        // ("Kepala Polres Bogor Ajun Komisaris Besar Hendra", "... Kota
        // Bandung dr Rina"), ends the unit.
        std::string rest;
        const uint32_t unit = t + static_cast<uint32_t>(title.words.size());
        bool unit_ended = false;
        for (uint32_t k = unit; k < end && match; ++k) {
          const std::string_view form = doc.Form(doc.tokens[k]);
          if (std::none_of(form.begin(), form.end(), [](char ch) {
                return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
              }))
            match = false;
          unit_ended = unit_ended || (k > unit && title_begins(k, end));
          if (unit_ended) continue;
          if (!rest.empty()) rest += ' ';
          rest += form;
        }
        if (!match) continue;
        Span title_span{doc.tokens[t].span.begin, doc.tokens[t + title.words.size() - 1].span.end};
        e.title = std::string(doc.Slice(title_span));
        if (const Country* c = rest.empty() ? nullptr : countries_.Find(rest)) {
          e.country = c->alpha3;
        } else if (!rest.empty()) {
          e.affiliation = rest;
          // A country at the end of the affiliation: "... Gedung Putih".
          for (const Mention& other : mentions) {
            if (other.first_token != kNoIndex && other.first_token >= t &&
                other.end_token <= end && e.country.empty())
              if (const Country* oc = countries_.Find(other.text)) e.country = oc->alpha3;
          }
        }
        if (!e.country.empty()) e.actor_code = e.country + title.sector;
        return;
      }
    };
    // Title and country of a person, from the words before a mention
    // ("Menteri Luar Negeri Rusia Sergey Lavrov") or, failing those, from
    // an apposition after one ("Chaidir, Kepala Badan Kepegawaian Daerah,").
    if (g.type == EntityType::kPerson) {
      for (size_t mi : ordered) {
        const Mention& m = mentions[mi];
        if (m.first_token == kNoIndex || m.first_token == 0) continue;
        const uint32_t sentence = doc.tokens[m.first_token].sentence;
        uint32_t start = m.first_token;
        while (start > 0 && m.first_token - start < 8 &&
               doc.tokens[start - 1].sentence == sentence &&
               doc.Form(doc.tokens[start - 1]) != "." )
          --start;
        // The title nearest the name, less the commas before the name.
        uint32_t end = m.first_token;
        while (end > start && doc.Form(doc.tokens[end - 1]) == ",") --end;
        for (uint32_t t = start; t < end && e.title.empty(); ++t)
          apply_title(t, end);
        if (!e.title.empty()) break;
      }
      for (size_t mi : ordered) {
        if (!e.title.empty()) break;
        const Mention& m = mentions[mi];
        if (m.first_token == kNoIndex) continue;
        // "Name, Title Organisation," up to the next comma or bracket.
        const uint32_t t = m.end_token + 1;
        if (t >= doc.tokens.size() || doc.Form(doc.tokens[m.end_token]) != ",") continue;
        const uint32_t sentence = doc.tokens[m.first_token].sentence;
        auto closes = [&](uint32_t k) {
          return doc.Form(doc.tokens[k]) == "," || doc.Form(doc.tokens[k]) == "(";
        };
        uint32_t end = t;
        while (end < doc.tokens.size() && end - t < 12 && doc.tokens[end].sentence == sentence &&
               !closes(end))
          ++end;
        if (end < doc.tokens.size() && doc.tokens[end].sentence == sentence && closes(end))
          apply_title(t, end);
      }
    }
    doc.entities.push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace warta::entities
