#include "story_edits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <unordered_map>

namespace warta::bench {
namespace {

// The boilerplate we put in. Written for this program in the styles of
// Indonesian news sites; the names are made up.
constexpr std::array<std::string_view, 8> kPlaces = {
    "Jakarta",  "Surabaya", "Bandung",    "Medan",
    "Makassar", "Semarang", "Yogyakarta", "Denpasar"};
constexpr std::array<std::string_view, 8> kNames = {
    "Rina Lestari",   "Budi Santoso",  "Dewi Anggraini", "Agus Setiawan",
    "Siti Rahmawati", "Hendra Wijaya", "Maya Putri",     "Fajar Nugroho"};
constexpr std::array<std::string_view, 8> kSites = {
    "Warta Nusantara", "Kabar Kota",  "Suara Timur", "Berita Satu Hari",
    "Lintas Daerah",   "Info Publik", "Harian Pagi", "Kanal Berita"};
// {P} the place in capitals, {p} as a name, {n} a reporter, {s} a site.
constexpr std::array<std::string_view, 12> kHeaders = {
    "{P}, KOMPAS.com - ",
    "Laporan Wartawan Tribunnews.com, {n} TRIBUNNEWS.COM, {P} - ",
    "{p}, CNN Indonesia -- ",
    "{p}, CNBC Indonesia - ",
    "{p} (ANTARA) - ",
    "Liputan6.com, {p} - ",
    "TEMPO.CO, {p} - ",
    "Suara.com - ",
    "Bisnis.com, {P} - ",
    "REPUBLIKA.CO.ID, {P} -- ",
    "{p} - ",
    "{P}, {s} - "};
// {t} the title, {n} and {m} two people, {s} a site.
constexpr std::array<std::string_view, 6> kFooters = {
    "Artikel ini telah tayang di {s} dengan judul \"{t}\". Penulis: {n}. "
    "Editor: {m}.",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari {s}. "
    "Mari bergabung di saluran WhatsApp {s} untuk menerima kabar terbaru "
    "langsung di ponsel Anda.",
    "Simak berita dan artikel lainnya di Google News. Ikuti juga akun media "
    "sosial {s} agar tidak ketinggalan informasi terkini setiap hari.",
    "Pewarta: {n}. Editor: {m}. Copyright {s} 2025.",
    "Baca berita {s} lainnya di kanal kami. Klik tautan ini untuk mengikuti "
    "kanal kami dan dapatkan pemberitahuan setiap ada berita baru.",
    "Dapatkan informasi, inspirasi dan wawasan di surel Anda. Daftarkan surel "
    "sekarang dan nikmati berita pilihan dari redaksi {s}. (rl/{i})"};
// A new lead built on the title ({t}).
constexpr std::array<std::string_view, 4> kLeads = {
    "{t}, demikian informasi yang dihimpun redaksi pada awal pekan ini.",
    "Perkembangan terbaru soal {t} kembali menjadi perhatian publik.",
    "Kabar mengenai {t} ramai diperbincangkan warganet sejak pagi.",
    "Redaksi merangkum hal penting seputar {t} berikut ini."};
// Synonyms for a rewritten lead (ours).
const std::unordered_map<std::string_view, std::string_view>& Synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"mengatakan", "menyatakan"},
      {"menyatakan", "mengatakan"},
      {"menyebut", "mengungkapkan"},
      {"mengungkapkan", "menyebutkan"},
      {"menuturkan", "menjelaskan"},
      {"menjelaskan", "menerangkan"},
      {"telah", "sudah"},
      {"sudah", "telah"},
      {"akan", "bakal"},
      {"bakal", "akan"},
      {"saat", "ketika"},
      {"ketika", "saat"},
      {"tersebut", "itu"},
      {"sejumlah", "beberapa"},
      {"beberapa", "sejumlah"},
      {"sebesar", "senilai"},
      {"namun", "tetapi"},
      {"hingga", "sampai"},
      {"sampai", "hingga"},
      {"meminta", "mendesak"},
      {"tengah", "sedang"},
      {"sedang", "tengah"},
      {"mencapai", "menyentuh"},
      {"agar", "supaya"},
      {"supaya", "agar"},
      {"karena", "sebab"},
      {"jika", "apabila"},
      {"apabila", "jika"},
      {"yakni", "yaitu"},
      {"yaitu", "yakni"},
      {"warga", "masyarakat"},
      {"masyarakat", "warga"},
      {"resmi", "secara resmi"}};
  return table;
}

// Footer openings that mark where an article's own footer starts.
constexpr std::array<std::string_view, 22> kFooterMarkers = {
    "Dapatkan update", "Simak berita",   "Simak Video",
    "Saksikan video",  "Lihat juga",     "Cek Berita",
    "Editor:",         "Editor :",       "Penulis:",
    "Penulis :",       "Pewarta:",       "Copyright",
    "[Gambas",         "Halaman :",      "Jangan lupa",
    "Loading...",      "Menarik Dibaca", "Artikel ini telah tayang",
    "Baca artikel",    "Ikuti berita",   "Lihat Kebijakan",
    "Bagikan artikel"};

using Paragraph = std::vector<std::string>;  // sentences
using Body = std::vector<Paragraph>;

std::string Fill(std::string_view pattern, EditRng& rng,
                 std::string_view title) {
  const std::string_view place = kPlaces[rng.Below(kPlaces.size())];
  const std::string_view name = kNames[rng.Below(kNames.size())];
  const std::string_view other = kNames[rng.Below(kNames.size())];
  const std::string_view site = kSites[rng.Below(kSites.size())];
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
      out += pattern[i];
      continue;
    }
    switch (pattern[i + 1]) {
      case 'P':
        for (char c : place)
          out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        break;
      case 'p':
        out += place;
        break;
      case 'n':
        out += name;
        break;
      case 'm':
        out += other;
        break;
      case 's':
        out += site;
        break;
      case 't':
        out += title;
        break;
      case 'i':
        out += static_cast<char>('a' + rng.Below(26));
        out += static_cast<char>('a' + rng.Below(26));
        break;
      default:
        out.append(pattern.substr(i, 3));
    }
    i += 2;
  }
  return out;
}

bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool StartsSentence(unsigned char c) {
  return std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' ||
         c == '(' || c >= 0x80;
}

Paragraph SplitSentences(std::string_view p) {
  Paragraph out;
  size_t start = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    if (!IsSentenceEnd(p[i])) continue;
    size_t j = i + 1;
    while (j <
           p.size()) {  // closing quotes and brackets stay with the sentence
      if (IsCloser(p[j])) {
        ++j;
      } else if (p.substr(j, 3) == "\xE2\x80\x9D") {  // "”"
        j += 3;
      } else {
        break;
      }
    }
    if (j + 1 < p.size() && p[j] == ' ' &&
        StartsSentence(static_cast<unsigned char>(p[j + 1]))) {
      out.emplace_back(p.substr(start, j - start));
      start = j + 1;
      i = j;
    } else if (j < p.size() && i > 0 &&
               std::islower(static_cast<unsigned char>(p[i - 1])) &&
               (std::isupper(static_cast<unsigned char>(p[j])) ||
                p[j] == '"')) {
      // Sentences a scraper glued together: "Danantara.Rosan menjelaskan".
      out.emplace_back(p.substr(start, j - start));
      start = j;
      i = j - 1;
    }
  }
  if (start < p.size()) out.emplace_back(p.substr(start));
  return out;
}

Body Split(std::string_view text) {
  Body body;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (!line.empty()) body.push_back(SplitSentences(line));
    start = end + 1;
  }
  return body;
}

std::string Join(const Body& body) {
  std::string out;
  for (const Paragraph& p : body) {
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    for (size_t i = 0; i < p.size(); ++i) {
      if (i) out += ' ';
      out += p[i];
    }
  }
  return out;
}

size_t SentenceCount(const Body& body) {
  size_t n = 0;
  for (const Paragraph& p : body) n += p.size();
  return n;
}

std::string_view StripFooter(std::string_view text) {
  const size_t from = text.size() * 6 / 10;
  size_t cut = std::string_view::npos;
  for (std::string_view marker : kFooterMarkers) {
    for (size_t at = text.find(marker, from); at != std::string_view::npos;
         at = text.find(marker, at + 1)) {
      // Only at the start of a line or of a sentence.
      const bool starts =
          at == 0 || text[at - 1] == '\n' ||
          (at >= 2 && text[at - 1] == ' ' &&
           (IsSentenceEnd(text[at - 2]) || IsCloser(text[at - 2])));
      if (starts) {
        cut = std::min(cut, at);
        break;
      }
    }
  }
  if (cut == std::string_view::npos) return text;
  text = text.substr(0, cut);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n'))
    text.remove_suffix(1);
  return text;
}

std::string RewriteSentence(const std::string& sentence, EditRng& rng) {
  std::vector<std::string> words;
  for (size_t i = 0; i < sentence.size();) {
    size_t j = sentence.find(' ', i);
    if (j == std::string::npos) j = sentence.size();
    if (j > i) words.push_back(sentence.substr(i, j - i));
    i = j + 1;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (w == "bahwa") continue;
    if (i > 0 && i + 1 < words.size() && w.back() != ',' &&
        rng.Uniform() < 0.12)
      continue;
    const auto it = Synonyms().find(w);
    if (it != Synonyms().end() && rng.Uniform() < 0.8) w = it->second;
    out.push_back(std::move(w));
  }
  // Move the last clause to the front: "A, B." -> "B, a."
  size_t comma = std::string::npos;
  for (size_t i = out.size() / 3; i + 2 < out.size(); ++i)
    if (!out[i].empty() && out[i].back() == ',') comma = i;
  if (comma != std::string::npos && rng.Uniform() < 0.5) {
    std::vector<std::string> moved(out.begin() + static_cast<long>(comma) + 1,
                                   out.end());
    std::string& last = moved.back();
    char end = 0;
    if (!last.empty() && IsSentenceEnd(last.back())) {
      end = last.back();
      last.pop_back();
    }
    if (!moved.empty() && !moved.front().empty())
      moved.front()[0] = static_cast<char>(
          std::toupper(static_cast<unsigned char>(moved.front()[0])));
    moved.back() += ',';
    for (size_t i = 0; i <= comma; ++i) moved.push_back(out[i]);
    std::string& tail = moved.back();
    if (!tail.empty() && tail.back() == ',') tail.pop_back();
    if (end) tail += end;
    out = std::move(moved);
  }
  std::string joined;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i) joined += ' ';
    joined += out[i];
  }
  return joined;
}

void ChangeLead(Body& body, std::string_view title, EditRng& rng) {
  if (body.empty() || body[0].empty()) return;
  // A lead the splitter could not end (no sentence break found in a long
  // run) is edited in its first 40 words only.
  Paragraph& first = body[0];
  size_t words = 0, cut = 0;
  for (size_t i = 0; i < first[0].size(); ++i) {
    if (first[0][i] != ' ') continue;
    if (++words == 40) cut = i;
  }
  if (words > 60) {
    first.insert(first.begin() + 1, first[0].substr(cut + 1));
    first[0].resize(cut);
  }
  std::string& lead = first[0];
  if (rng.Uniform() < 0.5) {
    lead = Fill(kLeads[rng.Below(kLeads.size())], rng, title);
  } else {
    lead = RewriteSentence(lead, rng);
  }
}

void DropBlock(Body& body, EditRng& rng) {
  if (body.size() >= 3) {
    body.erase(body.begin() +
               static_cast<long>(1 + rng.Below(body.size() - 1)));
    return;
  }
  // One or two paragraphs: a block of 2-4 sentences of the longest one.
  Paragraph& p = *std::max_element(body.begin(), body.end(),
                                   [](const Paragraph& a, const Paragraph& b) {
                                     return a.size() < b.size();
                                   });
  if (p.size() < 2) return;
  size_t len =
      std::min<size_t>(2 + rng.Below(3), std::max<size_t>(1, p.size() / 3));
  const size_t start = 1 + rng.Below(p.size() - len);
  p.erase(p.begin() + static_cast<long>(start),
          p.begin() + static_cast<long>(start + len));
}

void Truncate(Body& body, EditRng& rng) {
  const size_t total = SentenceCount(body);
  size_t keep =
      static_cast<size_t>(std::ceil(total * (0.4 + 0.2 * rng.Uniform())));
  for (Paragraph& p : body) {
    if (keep >= p.size()) {
      keep -= p.size();
    } else {
      p.resize(keep);
      keep = 0;
    }
  }
  body.erase(std::remove_if(body.begin(), body.end(),
                            [](const Paragraph& p) { return p.empty(); }),
             body.end());
}

void AddRelatedLinks(Body& body, const std::vector<std::string_view>& headlines,
                     EditRng& rng) {
  if (headlines.empty()) return;
  const size_t links = 1 + rng.Below(3);
  for (size_t k = 0; k < links; ++k) {
    const std::string line =
        "Baca juga: " + std::string(headlines[rng.Below(headlines.size())]);
    if (body.size() >= 3) {  // a line of its own between paragraphs
      body.insert(
          body.begin() + static_cast<long>(1 + rng.Below(body.size() - 1)),
          {line});
    } else if (!body.empty() &&
               body[0].size() >= 2) {  // inline, glued to the next sentence
      Paragraph& p = body[0];
      p.insert(p.begin() + static_cast<long>(1 + rng.Below(p.size() - 1)),
               line);
    }
  }
}

std::string Damage(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' && i + 1 < text.size() && text[i + 1] == ' ') {
      if (!out.empty() && std::isalpha(static_cast<unsigned char>(out.back())))
        out.pop_back();
      out += '.';
      continue;
    }
    out += text[i];
  }
  return out;
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace

uint64_t EditRng::Next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::string EditName(unsigned edits) {
  if (edits == 0) return "original";
  std::string out;
  const std::pair<unsigned, const char*> names[] = {
      {kBoilerplate, "boilerplate"},
      {kLead, "lead"},
      {kDrop, "drop"},
      {kTruncate, "truncate"},
      {kDamage, "damage"}};
  for (const auto& [bit, name] : names) {
    if (!(edits & bit)) continue;
    if (!out.empty()) out += '+';
    out += name;
  }
  return out;
}

size_t HeaderLength(std::string_view text) {
  size_t lead = 0;
  if (text.substr(0, 2) == "--") lead = 2;  // CNN Indonesia's bodies start "--"
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\n'))
    ++lead;
  const std::string_view head = text.substr(lead, 200);
  const size_t line_end = head.find('\n');
  for (size_t i = 1; i < head.size() && i < line_end; ++i) {
    size_t dash = 0;
    if (head[i] == '-')
      dash = 1;
    else if (head.substr(i, 3) == "\xE2\x80\x93" ||
             head.substr(i, 3) == "\xE2\x80\x94")
      dash = 3;
    if (dash == 0) continue;
    const bool space_before = head[i - 1] == ' ';
    size_t end = i + dash;
    while (end < head.size() && head[end] == '-') ++end;
    const bool space_after = end < head.size() && head[end] == ' ';
    if (!space_before && !space_after) continue;  // a hyphen inside a word
    const std::string_view prefix = head.substr(0, i);
    size_t words = 1, caps_run = 0, longest_caps = 0;
    for (char c : prefix) {
      words += c == ' ';
      caps_run = std::isupper(static_cast<unsigned char>(c)) ? caps_run + 1 : 0;
      longest_caps = std::max(longest_caps, caps_run);
    }
    const bool site = prefix.find(".com") != std::string_view::npos ||
                      prefix.find(".co") != std::string_view::npos ||
                      prefix.find(".id") != std::string_view::npos;
    if (words > 16 || (longest_caps < 3 && !site)) return 0;
    while (end < head.size() && head[end] == ' ') ++end;
    return lead + end;
  }
  return 0;
}

std::string EditedCopy(const SourceArticle& article, unsigned edits,
                       const std::vector<std::string_view>& headlines,
                       uint64_t seed) {
  EditRng rng(Fnv1a(article.id, Fnv1a(std::to_string(edits),
                                      seed * 0x9E3779B97F4A7C15ULL + 1)));
  std::string_view text = article.text;
  if (edits & kBoilerplate) text = StripFooter(text);
  const size_t header_len = HeaderLength(text);
  std::string header(text.substr(0, header_len));
  Body body = Split(text.substr(header_len));
  if (edits & kLead) ChangeLead(body, article.title, rng);
  if (edits & kDrop) DropBlock(body, rng);
  if (edits & kTruncate) Truncate(body, rng);
  if (edits & kBoilerplate) {
    AddRelatedLinks(body, headlines, rng);
    header = Fill(kHeaders[rng.Below(kHeaders.size())], rng, article.title);
    const std::string footer =
        Fill(kFooters[rng.Below(kFooters.size())], rng, article.title);
    if (body.size() >= 3 || body.empty()) {
      body.push_back({footer});
    } else {
      body.back().push_back(footer);
    }
  }
  std::string out = header + Join(body);
  if (edits & kDamage) out = Damage(out);
  return out;
}

}  // namespace warta::bench
