#include "morphology/root_lexicon.h"

#include <xxhash.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::morphology {
namespace {

constexpr size_t kMinExpandedRoot = 3;
// A root seen intact this often in TRAIN text beats one never seen there.
constexpr uint32_t kDecisiveFrequency = 5;

uint64_t FormKey(std::string_view form) {
  uint64_t h = XXH3_64bits(form.data(), form.size());
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return NotFoundError("cannot open " + path +
                         " (the Indonesian hunspell dictionary; install the "
                         "Debian package hunspell-id)");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

bool HasFlag(const std::vector<AffixFlag>& flags, AffixFlag f) {
  return f != 0 && std::find(flags.begin(), flags.end(), f) != flags.end();
}

// A form on its way through the affix rules.
struct Derived {
  std::string word;
  std::vector<AffixFlag> flags;         // the next suffix may come from these
  std::vector<AffixFlag> prefix_flags;  // a prefix may come from these
  bool circumfix = false;        // an affix with the CIRCUMFIX flag is on it
  bool needs_affix = false;      // may not stand alone yet
  bool all_cross = true;         // every suffix allows a prefix
  uint8_t affixes = 0;
  std::string first_suffix;      // the suffix next to the root ("an", "kan")
};

// Prefix/suffix pairs that Indonesian morphotactics rules out as confixes
// (the "disallowed prefix-suffix pairs" of confix-stripping stemmers).
bool IsImpossibleConfix(std::string_view prefix, std::string_view suffix) {
  const bool an = suffix.starts_with("an") && !suffix.starts_with("anny");
  const bool i = suffix.starts_with("i");
  const bool kan = suffix.starts_with("kan");
  if (prefix.starts_with("di") || prefix.starts_with("me")) return an;
  if (prefix.starts_with("be")) return i;
  if (prefix.starts_with("ke")) return i || kan;
  if (prefix.starts_with("se")) return i || kan;
  if (prefix.starts_with("te")) return an;
  return false;
}

}  // namespace

StatusOr<std::unique_ptr<RootLexicon>> RootLexicon::Load(
    const std::string& dic_path, const std::string& aff_path,
    const WithheldEntries& withheld) {
  StatusOr<std::string> dic = ReadFile(dic_path);
  if (!dic.ok()) return dic.status();
  StatusOr<std::string> aff = ReadFile(aff_path);
  if (!aff.ok()) return aff.status();
  auto lexicon = FromText(*dic, *aff, withheld);
  if (!lexicon.ok()) {
    return Status(lexicon.status().code(),
                  dic_path + ": " + lexicon.status().message());
  }
  return lexicon;
}

StatusOr<std::unique_ptr<RootLexicon>> RootLexicon::FromText(
    std::string_view dic, std::string_view aff,
    const WithheldEntries& withheld) {
  StatusOr<AffixRules> rules = AffixRules::Parse(aff);
  if (!rules.ok()) return rules.status();
  auto kept = [&](std::string_view entry) {
    return withheld.empty() || !withheld.count(text::AsciiLower(entry));
  };

  std::unordered_set<std::string> excluded;
  text::ForEachLexiconEntry(
      lexicons::RootExclusions(),
      [&](const std::vector<std::string_view>& f, size_t) {
        if (kept(f[0])) excluded.insert(std::string(f[0]));
      });

  std::unique_ptr<RootLexicon> lex(new RootLexicon());
  text::ForEachLexiconEntry(
      lexicons::LemmaOverrides(),
      [&](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 2 && kept(f[0])) {
          lex->overrides_.emplace(text::AsciiLower(f[0]), std::string(f[1]));
          lex->longest_override_ = std::max(lex->longest_override_, f[0].size());
        }
      });
  // Frequencies decide between roots while forms are inserted; after
  // loading they live in frequencies_, parallel to roots_.
  text::ForEachLexiconEntry(
      lexicons::RootFrequencies(),
      [&](const std::vector<std::string_view>& f, size_t) {
        if (f.size() >= 2)
          lex->frequency_of_[std::string(f[0])] = static_cast<uint32_t>(
              std::strtoul(std::string(f[1]).c_str(), nullptr, 10));
      });
  lex->forms_.Reset(1u << 16);
  std::string dic_utf8 = Latin1ToUtf8(dic);
  std::istringstream in(dic_utf8);
  std::string line;
  bool first = true;
  std::vector<std::pair<std::string, std::vector<AffixFlag>>> entries;
  std::unordered_set<std::string> words;
  while (std::getline(in, line)) {
    if (first) {  // the first line is the entry count
      first = false;
      if (!line.empty() && line[0] >= '0' && line[0] <= '9') continue;
    }
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
      line.pop_back();
    if (line.empty()) continue;
    size_t slash = line.find('/');
    std::string word = text::AsciiLower(line.substr(0, slash));
    if (word.empty() || excluded.count(word)) continue;
    std::vector<AffixFlag> flags;
    if (slash != std::string::npos)
      flags = AffixRules::ParseFlags(std::string_view(line).substr(slash + 1));
    words.insert(word);
    entries.emplace_back(std::move(word), std::move(flags));
  }
  if (entries.empty()) {
    return InvalidArgumentError("dictionary has no entries");
  }
  auto paradigm = [](const std::vector<AffixFlag>& flags) {
    uint64_t bits = 0;
    for (AffixFlag f : flags) {
      const char c = static_cast<char>(f >> 8);
      if (c >= 'A' && c <= 'Z') bits |= uint64_t{1} << (c - 'A');
      if (c >= 'a' && c <= 'z') bits |= uint64_t{1} << (26 + c - 'a');
    }
    return bits | (uint64_t{1} << 63);  // a root, even without flags
  };
  for (auto& [word, flags] : entries) {
    const uint8_t flag_count =
        static_cast<uint8_t>(std::min<size_t>(flags.size(), 255));
    uint32_t id = lex->AddRoot(word, paradigm(flags), flag_count);
    // The dictionary lists some -kan verbs as entries of their own
    // ("bawakan", "bicarakan"); their root is the word without -kan. A word
    // TRAIN text shows intact decisively more often than that stem is a
    // word of its own ("bahkan", 64 times, against "bah", 3).
    uint32_t root = id;
    uint8_t extra = 0;
    auto seen = [&](const std::string& w) {
      auto f = lex->frequency_of_.find(w);
      return f == lex->frequency_of_.end() ? uint32_t{0} : f->second;
    };
    const std::string stem = word.size() >= 6 && word.ends_with("kan")
                                 ? word.substr(0, word.size() - 3) : std::string();
    if (!stem.empty() && words.count(stem) &&
        !(seen(word) >= kDecisiveFrequency && seen(word) > 2 * seen(stem))) {
      root = lex->AddRoot(stem, 0, flag_count);
      extra = 1;
    }
    // Roots of one or two letters ("er", "da") are kept but not expanded:
    // their affixed forms collide with names and other words ("dida",
    // "peer") far more often than they occur.
    if (word.size() < kMinExpandedRoot) {
      lex->Insert(word, id, 0);
    } else {
      lex->Expand(*rules, id, flags, root, extra);
    }
  }
  // Our reviewed additions: news vocabulary the dictionary lacks, and words
  // that look affixed but are their own root ("adalah", "kedua"). They are
  // roots; affixed forms of the former are found by the analyser's affix
  // stripping.
  for (std::string_view list :
       {lexicons::RootAdditions(), lexicons::LexicalisedForms()}) {
    text::ForEachLexiconEntry(
        list, [&](const std::vector<std::string_view>& f, size_t) {
          std::string word = text::AsciiLower(f[0]);
          if (excluded.count(word) || !kept(word)) return;
          uint32_t id = lex->AddRoot(word, uint64_t{1} << 62, 0);  // ours
          lex->Insert(word, id, 0);
        });
  }
  lex->frequency_of_.clear();
  return lex;
}

uint32_t RootLexicon::AddRoot(std::string root, uint64_t root_class,
                              uint8_t flag_count) {
  auto f = frequency_of_.find(root);
  frequencies_.push_back(f == frequency_of_.end() ? 0 : f->second);
  flag_counts_.push_back(flag_count);
  root_classes_.push_back(root_class);
  roots_.push_back(std::move(root));
  return static_cast<uint32_t>(roots_.size() - 1);
}

void RootLexicon::Expand(const AffixRules& rules, uint32_t word_id,
                         const std::vector<AffixFlag>& flags, uint32_t root_id,
                         uint8_t extra_affixes) {
  const std::string root = roots_[word_id];
  const AffixFlag circumfix = rules.circumfix();
  const AffixFlag need = rules.need_affix();

  // Suffix chains: the root, root+s1, root+s1+s2 (twofold suffixes through
  // continuation flags).
  std::vector<Derived> chains;
  Derived base;
  base.word = root;
  base.flags = flags;
  base.prefix_flags = flags;
  base.needs_affix = HasFlag(flags, need);
  chains.push_back(base);
  for (size_t c = 0; c < chains.size() && c < 4096; ++c) {
    if (chains[c].affixes >= 2) continue;
    const Derived cur = chains[c];  // copy: chains grows below
    for (AffixFlag f : cur.flags) {
      const AffixClass* cls = rules.Find(f);
      if (cls == nullptr || cls->prefix) continue;
      for (const AffixRule& rule : cls->rules) {
        if (!ConditionMatches(rule, false, cur.word)) continue;
        if (!rule.strip.empty() && !cur.word.ends_with(rule.strip)) continue;
        Derived next;
        next.word = cur.word.substr(0, cur.word.size() - rule.strip.size()) +
                    text::AsciiLower(rule.add);
        next.flags = rule.continuation;
        // A prefix may come from the root's flags or from any suffix's
        // continuation ("kirimkan" carries the flag of the me- in
        // "mengirimkan").
        next.prefix_flags = cur.prefix_flags;
        for (AffixFlag cf : rule.continuation) next.prefix_flags.push_back(cf);
        next.circumfix = cur.circumfix || HasFlag(rule.continuation, circumfix);
        next.needs_affix = HasFlag(rule.continuation, need);
        next.all_cross = cur.all_cross && cls->cross_product;
        next.affixes = static_cast<uint8_t>(cur.affixes + 1);
        next.first_suffix = cur.affixes == 0 ? text::AsciiLower(rule.add)
                                             : cur.first_suffix;
        chains.push_back(std::move(next));
      }
    }
  }
  for (const Derived& d : chains) {
    if (!d.circumfix && !d.needs_affix)
      Insert(d.word, root_id, static_cast<uint8_t>(d.affixes + extra_affixes));
    // One prefix on top.
    for (AffixFlag f : d.prefix_flags) {
      const AffixClass* cls = rules.Find(f);
      if (cls == nullptr || !cls->prefix) continue;
      if (d.affixes > 0 && !(cls->cross_product && d.all_cross)) continue;
      for (const AffixRule& rule : cls->rules) {
        if (!ConditionMatches(rule, true, d.word)) continue;
        if (!rule.strip.empty() && !d.word.starts_with(rule.strip)) continue;
        const bool prefix_circumfix = HasFlag(rule.continuation, circumfix);
        if (prefix_circumfix != d.circumfix) continue;
        if (HasFlag(rule.continuation, need)) continue;
        std::string prefix = text::AsciiLower(rule.add);
        std::string word = prefix + d.word.substr(rule.strip.size());
        // Confixes Indonesian does not form (di-...-an, meN-...-an,
        // ber-...-i, ke-...-i, se-...-i, te(r)-...-an) only win when nothing
        // else explains the form: "ditarikan" is di-tari-kan, not di-tarik-an.
        const bool odd = d.affixes > 0 && IsImpossibleConfix(prefix, d.first_suffix);
        Insert(word, root_id,
               static_cast<uint8_t>(d.affixes + 1 + extra_affixes + (odd ? 2 : 0)));
      }
    }
  }
}

void RootLexicon::Insert(std::string_view form, uint32_t root,
                         uint8_t affixes) {
  bool inserted;
  Slot& slot = forms_.FindOrInsert(FormKey(form), &inserted);
  if (inserted) {
    slot.root = root;
    slot.affixes = affixes;
    return;
  }
  // The same form from another root: a root keeps itself; then fewer
  // affixes. Between analyses with as many affixes, a root never seen intact
  // in TRAIN text loses to one seen there often ("menobatkan": nobat, 9
  // times, not tobat, never); otherwise the root that takes more kinds of
  // affixes wins ("memohon": mohon with 10 affix classes, not pohon with 5,
  // although the noun pohon is the commoner word); then the one seen more
  // often; then the longer root.
  auto better_root = [&](uint32_t a, uint32_t b) {
    const uint32_t fa = frequencies_[a], fb = frequencies_[b];
    if ((fa == 0) != (fb == 0) && std::max(fa, fb) >= kDecisiveFrequency)
      return fa > fb;
    return std::make_tuple(flag_counts_[a], fa, roots_[a].size()) >
           std::make_tuple(flag_counts_[b], fb, roots_[b].size());
  };
  const bool better = affixes < slot.affixes ||
                      (affixes == slot.affixes && better_root(root, slot.root));
  if (better) {
    slot.root = root;
    slot.affixes = affixes;
  }
}

std::string_view RootLexicon::RootOf(std::string_view form, int* affixes) const {
  const Slot* slot = forms_.Find(FormKey(form));
  if (slot == nullptr) return {};
  if (affixes) *affixes = slot->affixes;
  return roots_[slot->root];
}

bool RootLexicon::IsRoot(std::string_view word) const {
  const Slot* slot = forms_.Find(FormKey(word));
  return slot != nullptr && slot->affixes == 0;
}

uint32_t RootLexicon::Frequency(std::string_view root) const {
  const Slot* slot = forms_.Find(FormKey(root));
  if (slot == nullptr || slot->affixes != 0) return 0;
  return frequencies_[slot->root];
}

std::string_view RootLexicon::Override(const std::string& form) const {
  if (form.size() > longest_override_) return {};
  auto it = overrides_.find(form);
  return it == overrides_.end() ? std::string_view() : std::string_view(it->second);
}

uint64_t RootLexicon::RootClass(std::string_view root) const {
  const Slot* slot = forms_.Find(FormKey(root));
  if (slot == nullptr || slot->affixes != 0) return 0;
  return root_classes_[slot->root];
}

size_t RootLexicon::memory_bytes() const {
  size_t n = forms_.memory_bytes();
  for (const std::string& r : roots_) n += sizeof(std::string) + r.capacity();
  return n;
}

}  // namespace warta::morphology
