#include "morphology/root_word_analyzer.h"

#include <array>
#include <vector>

#include "text/ascii.h"

namespace warta::morphology {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool HasAsciiLetter(std::string_view w) {
  for (char c : w)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

// Ordinals, group numerals, cardinals and decades are their own root word,
// as UD Indonesian writes them (NumType=Ord "ke-5" -> "ke-5", "kedua" ->
// "kedua"): ke- + a number ("ke-14", "ketujuh", "keduanya"), ber- + a
// number ("berdua": the two of them), se- + a power of ten ("seratus"), and
// a year + -an ("1970-an": the 1970s). The numbers are Indonesian's closed
// class of numeral roots, not a list of words met in data.
bool IsNumeral(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kDigits = {
      "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "satu"};
  static constexpr std::array<std::string_view, 8> kPowers = {
      "puluh", "belas", "ratus", "ribu", "juta", "miliar", "milyar", "triliun"};
  auto is_digit_word = [](std::string_view x, bool with_satu) {
    for (std::string_view d : kDigits)
      if (x == d && (with_satu || d != "satu")) return true;
    return false;
  };
  auto is_power = [](std::string_view x) {
    for (std::string_view p : kPowers)
      if (x == p) return true;
    return false;
  };
  auto cardinal = [&](std::string_view x, bool with_satu) {
    return is_digit_word(x, with_satu) ||
           (x.starts_with("se") && is_power(x.substr(2)));
  };
  if (w.size() < 4) return false;
  if (w[0] >= '0' && w[0] <= '9')
    return w.ends_with("-an") && AllDigits(w.substr(0, w.size() - 3));
  if (w[0] != 'k' && w[0] != 'b' && w[0] != 's') return false;
  if (w.starts_with("ke-")) return AllDigits(w.substr(3));
  if (w.starts_with("se") && is_power(w.substr(2))) return true;
  std::string_view x = w;
  if (x.ends_with("nya")) x.remove_suffix(3);
  if (x.starts_with("ke")) return cardinal(x.substr(2), true);
  if (w.starts_with("ber")) return cardinal(w.substr(3), false);
  return false;
}

// Roots a prefix may hide: "menuduh" -> {"uduh", "tuduh"}. Longer prefixes
// are tried first; a nasal prefix before a vowel may have eaten the root's
// first consonant (meN- + tuduh = menuduh, meN- + kirim = mengirim,
// meN- + sedia = menyedia, meN- + pasok = memasok).
void PrefixCandidates(std::string_view w, std::vector<std::string>* out) {
  auto add = [&](std::string_view head, std::string_view rest) {
    if (rest.size() >= 2) out->push_back(std::string(head) + std::string(rest));
  };
  auto nasal = [&](std::string_view stem_prefix) {
    // stem_prefix: "me" or "pe"
    if (!w.starts_with(stem_prefix)) return;
    std::string_view r = w.substr(2);
    if (r.starts_with("ng")) {
      std::string_view x = r.substr(2);
      add("", x);                                 // meng+gali, meng+hasil
      if (!x.empty() && IsVowel(x[0])) add("k", x);  // meng+irim -> kirim
      if (x.starts_with("e")) add("", x.substr(1));  // menge+bom
    } else if (r.starts_with("ny")) {
      std::string_view x = r.substr(2);
      if (!x.empty() && IsVowel(x[0])) add("s", x);  // meny+edia -> sedia
      add("", r.substr(1));                       // me+nyanyi
    } else if (r.starts_with("m")) {
      std::string_view x = r.substr(1);
      add("", x);                                 // mem+beli, mem+fitnah
      if (!x.empty() && IsVowel(x[0])) add("p", x);  // mem+asok -> pasok
      add("", r);                                 // me+makan
    } else if (r.starts_with("n")) {
      std::string_view x = r.substr(1);
      add("", x);                                 // men+dengar, men+cari
      if (!x.empty() && IsVowel(x[0])) add("t", x);  // men+uduh -> tuduh
      add("", r);                                 // me+nanti
    } else {
      add("", r);                                 // me+lihat, pe+rawat
    }
  };
  // Fixed prefixes, longest first.
  static constexpr std::array<std::string_view, 12> kPlain = {
      "memper", "diper", "keber", "ber", "ter", "per", "di", "ke", "se",
      "be",     "te",    "pe"};
  nasal("me");
  nasal("pe");
  for (std::string_view p : kPlain) {
    if (w.starts_with(p) && w.size() > p.size() + 1) {
      add("", w.substr(p.size()));
      if (p == "be" && w.substr(2).starts_with("l")) add("", w.substr(3));  // belajar
    }
  }
}

}  // namespace

RootWordAnalyzer::RootWordAnalyzer(std::shared_ptr<const RootLexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

// Affix stripping accepts roots of three letters or more: shorter ones
// ("da", "er") match by accident far more often than by design.
bool RootWordAnalyzer::Known(std::string_view candidate) const {
  return candidate.size() >= 3 && lexicon_->IsRoot(candidate);
}

std::string_view RootWordAnalyzer::StripAffixes(std::string_view w,
                                                std::string* scratch) const {
  // Reduplicated first syllable (dwipurwa): "lelembut", "rerata", "tetamu".
  if (w.size() >= 6 && w[1] == 'e' && w[0] == w[2] && !IsVowel(w[0]) &&
      Known(w.substr(2)))
    return *scratch = std::string(w.substr(2));
  static constexpr std::array<std::string_view, 4> kSuffixes = {"", "kan", "an",
                                                                "i"};
  std::vector<std::string> first, second;
  for (std::string_view suffix : kSuffixes) {
    if (!w.ends_with(suffix) || w.size() < suffix.size() + 3) continue;
    std::string_view stem = w.substr(0, w.size() - suffix.size());
    if (!suffix.empty() && Known(stem)) return *scratch = std::string(stem);
    first.clear();
    PrefixCandidates(stem, &first);
    for (const std::string& c : first)
      if (Known(c)) return *scratch = c;
    // Two prefixes: "diperkenalkan" -> "perkenal" -> "kenal".
    for (const std::string& c : first) {
      second.clear();
      PrefixCandidates(c, &second);
      for (const std::string& c2 : second)
        if (Known(c2)) return *scratch = c2;
    }
  }
  return {};
}

std::string_view RootWordAnalyzer::FindRoot(std::string_view w,
                                            std::string* scratch) const {
  // A negated abstract noun, ke- tidak X -an, is the ke-an noun of X:
  // "ketidakadilan" -> "keadilan" -> adil, "ketidaksesuaian" -> sesuai
  // (tidak is a word of its own; hunspell's compound "tidakadil" is not
  // the root).
  if (w.size() > 10 && w.starts_with("ketidak")) {
    std::string inner = "ke";
    inner += w.substr(7);
    std::string_view r = FindRoot(inner, scratch);
    if (!r.empty()) return r;
  }
  std::string_view root;
  // Clitics: particles (-lah -kah -tah -pun) outside possessives (-nya -ku
  // -mu): "miliknyalah" = milik + nya + lah.
  std::array<std::string_view, 8> variants{};
  std::array<int, 8> clitics{};  // how many clitics each variant lost
  size_t n = 0;
  variants[n++] = w;
  for (std::string_view particle : {"lah", "kah", "tah", "pun"}) {
    if (w.ends_with(particle) && w.size() >= particle.size() + 3) {
      clitics[n] = 1;
      variants[n++] = w.substr(0, w.size() - particle.size());
      break;
    }
  }
  const size_t before_possessive = n;
  for (size_t v = 0; v < before_possessive; ++v) {
    for (std::string_view possessive : {"nya", "ku", "mu"}) {
      if (variants[v].ends_with(possessive) &&
          variants[v].size() >= possessive.size() + 3) {
        clitics[n] = clitics[v] + 1;
        variants[n++] = variants[v].substr(0, variants[v].size() - possessive.size());
        break;
      }
    }
  }
  // Proclitics: "kuambil", "kaubawa".
  for (std::string_view proclitic : {"kau", "ku"}) {
    if (w.starts_with(proclitic) && w.size() >= proclitic.size() + 3) {
      clitics[n] = 1;
      variants[n++] = w.substr(proclitic.size());
      break;
    }
  }
  // Fewest affixes wins: "alaminya" is alami + nya (two), not alam + i +
  // nya (three, as the table would have it).
  int best_affixes = 1 << 20;
  root = {};
  for (size_t v = 0; v < n; ++v) {
    int affixes = 0;
    std::string_view r = lexicon_->RootOf(variants[v], &affixes);
    if (!r.empty() && affixes + clitics[v] < best_affixes) {
      best_affixes = affixes + clitics[v];
      root = r;
    }
  }
  if (!root.empty()) {
    // A collective noun of a reduplicated first syllable and -an is a form
    // of its root even where the dictionary lists it whole: "dedaunan" ->
    // daun, "pepohonan" -> pohon (as "pohon-pohonan").
    if (root == w && w.size() >= 8 && w[1] == 'e' && w[0] == w[2] &&
        !IsVowel(w[0]) && w.ends_with("an") && Known(w.substr(2, w.size() - 4)))
      return *scratch = std::string(w.substr(2, w.size() - 4));
    return root;
  }
  for (size_t v = 0; v < n; ++v) {
    root = StripAffixes(variants[v], scratch);
    if (!root.empty()) return root;
  }
  return {};
}

void RootWordAnalyzer::Analyze(std::string_view word, std::string* root) const {
  std::string lower = text::AsciiLower(word);
  if (std::string_view o = lexicon_->Override(lower); !o.empty()) {
    *root = o;
    return;
  }
  if (!HasAsciiLetter(lower) || lower.size() > 64) {
    *root = std::move(lower);
    return;
  }
  // The host of a hyphenated clitic, as the segmenter splits it:
  // "hamba-" of "hamba-Ku", "melakukan-" of "melakukan-Nya"; and clitics
  // written after a hyphen: "allah-lah", "malaikat-malaikat-nya".
  while (lower.size() > 3 && lower.back() == '-') lower.pop_back();
  for (std::string_view clitic : {"-nya", "-lah", "-kah", "-ku", "-mu"}) {
    if (lower.size() > clitic.size() + 2 && lower.ends_with(clitic)) {
      lower.erase(lower.size() - clitic.size());
      break;
    }
  }
  if (IsNumeral(lower)) {
    *root = std::move(lower);
    return;
  }
  std::string scratch;
  size_t hyphen = lower.find('-');
  if (hyphen == std::string::npos) {
    std::string_view r = FindRoot(lower, &scratch);
    *root = r.empty() ? lower : std::string(r);
    return;
  }
  // Reduplication: "kontainer-kontainer", "bermain-main", "cita-citanya",
  // "sayur-mayur". Both halves are analysed; a shared root, or halves of the
  // same length that rhyme or alliterate, give the first half's root.
  std::string_view left(lower.data(), hyphen);
  std::string_view right = std::string_view(lower).substr(hyphen + 1);
  // Forms the dictionary lists whole are its roots unless they reduplicate
  // ("aba-aba" is still "aba"); other compounds keep their form.
  std::string_view whole = lexicon_->RootOf(lower);
  if (!whole.empty() && whole != lower && whole.find('-') != std::string_view::npos) {
    // A form of a reduplicated root: "besar-besaran" of "besar-besar".
    Analyze(whole, root);
    return;
  }
  if (left.empty() || right.empty() || right.find('-') != std::string_view::npos) {
    *root = whole.empty() ? std::move(lower) : std::string(whole);
    return;
  }
  std::string left_scratch, right_scratch;
  std::string_view lr = FindRoot(left, &left_scratch);
  std::string_view rr = FindRoot(right, &right_scratch);
  std::string left_root(lr.empty() ? left : lr);
  std::string right_root(rr.empty() ? right : rr);
  // The second half may carry the nasal of the first ("menyepak-nyepak",
  // "meniru-nirukan"): all but its first letter, less a suffix, match the
  // first half's root.
  auto nasal_echo = [&]() {
    if (left_root.size() < 3) return false;
    std::string_view r = right;
    for (std::string_view suffix : {"kan", "an", "i"})
      if (r.size() > suffix.size() + 2 && r.ends_with(suffix)) {
        r.remove_suffix(suffix.size());
        break;
      }
    if (r.starts_with("ny") || r.starts_with("ng")) r.remove_prefix(2);
    else if (r.starts_with("m") || r.starts_with("n")) r.remove_prefix(1);
    else return false;
    return std::string_view(left_root).ends_with(r) && r.size() + 1 >= left_root.size();
  };
  const bool same = left_root == right_root || left == right || nasal_echo();
  const bool echo = left.size() == right.size() && left.size() >= 4 &&
                    (left.substr(left.size() - 3) == right.substr(right.size() - 3) ||
                     left.substr(0, 3) == right.substr(0, 3));
  // The first half may carry a prefix the second lacks, the second a
  // suffix: "semata-mata", "sebesar-besarnya" (se- X -nya, the superlative),
  // "berjalan-jalan": the root of the second half.
  const bool prefixed = !same && right_root.size() >= 3 &&
                        left.size() > right_root.size() &&
                        left.size() <= right_root.size() + 3 &&
                        left.ends_with(right_root) && Known(right_root);
  if (same || echo) {
    *root = std::move(left_root);
  } else if (prefixed) {
    *root = std::move(right_root);
  } else {
    *root = whole.empty() ? std::move(lower) : std::string(whole);
  }
}

}  // namespace warta::morphology
