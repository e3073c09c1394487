#include "segmenter/clitic_splitter.h"

#include <array>
#include <vector>

#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::segmenter {
namespace {

// Hosts of the emphatic -lah in news text ("itulah", "bukanlah", "dialah").
constexpr std::array<std::string_view, 30> kLahHosts = {
    "itu",   "ini",    "dia",    "ia",    "saya",    "kami",  "kita",
    "mereka", "tidak", "bukan",  "sini",  "situ",    "sana",  "begitu",
    "demikian", "apa", "siapa",  "mana",  "kamu",    "engkau", "anda",
    "hanya", "sudah",  "harus",  "mari",  "coba",    "biar",  "inilah",
    "pertama", "baru"};
// Hosts of -pun written as one word ("ataupun", "apapun", "siapapun").
constexpr std::array<std::string_view, 9> kPunHosts = {
    "atau", "apa", "siapa", "kapan", "mana", "dimana", "bagaimana", "satu",
    "sedikit"};
// Hosts of the possessive/object -ku and -mu in news text ("olehku").
constexpr std::array<std::string_view, 9> kKuMuHosts = {
    "oleh", "pada", "kepada", "untuk", "dengan", "bagi", "dari", "bersama",
    "milik"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

bool AllAsciiLettersOrHyphen(std::string_view w) {
  for (char c : w) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && c != '-') return false;
  }
  return true;
}

// True when the word ends like one of the clitics (any case); most words do
// not, and this check keeps them off the slower path below.
bool EndsLikeClitic(std::string_view w) {
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  const char a = lower(w[w.size() - 2]), b = lower(w[w.size() - 1]);
  if ((a == 'k' || a == 'm') && b == 'u') return true;  // -ku -mu
  if (w.size() < 3) return false;
  const char z = lower(w[w.size() - 3]);
  return (z == 'n' && a == 'y' && b == 'a') ||  // -nya
         (z == 'k' && a == 'a' && b == 'h') ||  // -kah
         (z == 'l' && a == 'a' && b == 'h') ||  // -lah
         (z == 'p' && a == 'u' && b == 'n');    // -pun
}

}  // namespace

CliticSplitter::CliticSplitter() {
  // Entries are lowercase in the file; the views point into the embedded
  // lexicon, which lives as long as the program.
  text::ForEachLexiconEntry(
      lexicons::CliticExceptions(),
      [this](const std::vector<std::string_view>& f, size_t) {
        exceptions_.insert(f[0]);
      });
}

bool CliticSplitter::IsException(std::string_view lower) const {
  if (exceptions_.count(lower)) return true;
  // After a prefix: "sejumlah", "bermasalah", "bertanya", "ditanya".
  for (std::string_view prefix : {"se", "ber", "ter", "di", "ke", "per", "me"}) {
    if (lower.size() > prefix.size() + 3 && lower.starts_with(prefix) &&
        exceptions_.count(lower.substr(prefix.size())))
      return true;
  }
  return false;
}

size_t CliticSplitter::HostLength(std::string_view word) const {
  constexpr size_t kMaxWord = 40;
  if (word.size() < 4 || word.size() > kMaxWord || !EndsLikeClitic(word) ||
      !AllAsciiLettersOrHyphen(word))
    return 0;
  char buffer[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i)
    buffer[i] = text::AsciiLowerChar(word[i]);
  const std::string_view w(buffer, word.size());
  // Hyphenated clitics: "hamba-Ku", "kopian-ku", "melakukan-Nya".
  for (std::string_view clitic : {"-nya", "-ku", "-mu"}) {
    if (w.ends_with(clitic) && w.size() > clitic.size() + 1)
      return word.size() - clitic.size() + 1;  // the host keeps the hyphen
  }
  if (IsException(w)) return 0;
  // Reduplications: "langkah-langkah" (both halves alike) holds no clitic,
  // and neither does a hyphenated word whose last part is an exception
  // ("naskah-naskah"); "cita-citanya" does.
  if (const size_t hyphen = w.rfind('-'); hyphen != std::string_view::npos) {
    const std::string_view tail = w.substr(hyphen + 1);
    if (tail == w.substr(0, hyphen) || IsException(tail)) return 0;
  }
  if (w.ends_with("nya") && w.size() >= 6) return word.size() - 3;
  if (w.ends_with("kah") && w.size() >= 5) return word.size() - 3;
  if (w.ends_with("lah") && In(kLahHosts, w.substr(0, w.size() - 3)))
    return word.size() - 3;
  if (w.ends_with("pun") && In(kPunHosts, w.substr(0, w.size() - 3)))
    return word.size() - 3;
  if ((w.ends_with("ku") || w.ends_with("mu")) &&
      In(kKuMuHosts, w.substr(0, w.size() - 2)))
    return word.size() - 2;
  return 0;
}

}  // namespace warta::segmenter
