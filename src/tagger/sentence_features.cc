#include "tagger/sentence_features.h"

#include <xxhash.h>

#include <cstring>

#include "text/char_class.h"
#include "text/utf8.h"

namespace warta::tagger {
namespace {

// Feature templates. Values are part of the model format: never renumber.
enum Template : uint64_t {
  kBias = 1, kWord, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix1, kPrefix2,
  kPrefix3, kShape, kLemma, kAffixes, kPrevWord, kNextWord, kPrev2Word,
  kNext2Word, kPrevSuffix3, kNextSuffix3, kPrevShapeShape, kNextShape, kFirst,
  kPrevTag, kPrev2PrevTag, kPrevTagWord, kGazetteer, kPrevGazetteer,
  kNextGazetteer, kCasePattern, kPrevWordWord, kWordNextWord, kCaseWord,
  kPrevTagShape, kLength, kRootClass, kRootClassAffixes, kSuffix5, kPrefix4,
  kNextNextShape, kPrevLemma, kNextLemma, kPhrase, kPhraseContext, kUpos,
  kUposContext, kUposWord,
};

// Feature hashes: a small multiply-xorshift hash, inlined, since features
// are short strings hashed by the dozen for every word. Part of the model
// format: changing it means retraining the models.
inline uint64_t Mix(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  return h ^ (h >> 32);
}
inline uint64_t H(uint64_t tmpl, std::string_view s) {
  uint64_t h = (tmpl + 1) * 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = Mix(h ^ chunk);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  return Mix(h ^ tail ^ 0xff51afd7ed558ccdull);
}
inline uint64_t H(uint64_t tmpl, uint64_t a, uint64_t b = 0) {
  return Mix(Mix((tmpl + 1) * 0x9E3779B97F4A7C15ull ^ a) ^ b);
}

// "Jakarta" -> "Xx", "KPK" -> "X", "1.000" -> "d.d", "Jong-un" -> "Xx-x".
std::string Shape(std::string_view w) {
  std::string out;
  size_t i = 0;
  while (i < w.size()) {
    char32_t cp;
    size_t n = text::DecodeUtf8(w, i, &cp);
    if (n == 0) n = 1, cp = 0xFFFD;
    char c;
    switch (text::Classify(cp)) {
      case text::CharClass::kUpper: c = 'X'; break;
      case text::CharClass::kLower: c = 'x'; break;
      case text::CharClass::kLetter:
      case text::CharClass::kMark: c = 'x'; break;
      case text::CharClass::kDigit: c = 'd'; break;
      default: c = cp < 128 ? static_cast<char>(cp) : '*'; break;
    }
    if (out.empty() || out.back() != c) out.push_back(c);
    i += n;
    if (out.size() > 8) break;
  }
  return out;
}

// 0 lowercase, 1 capitalised, 2 all capitals, 3 other.
int CaseOf(std::string_view w) {
  if (w.empty()) return 3;
  char32_t cp;
  if (text::DecodeUtf8(w, 0, &cp) == 0) return 3;
  if (text::IsLower(cp)) return 0;
  if (!text::IsUpper(cp)) return 3;
  for (char c : w)
    if (c >= 'a' && c <= 'z') return 1;
  return w.size() > 1 ? 2 : 1;
}

}  // namespace

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

uint64_t Gazetteer::Key(std::string_view lowercase_token) {
  return XXH3_64bits_withSeed(lowercase_token.data(), lowercase_token.size(),
                              0x9a2e77);
}

void Gazetteer::AddName(std::string_view name, uint8_t any, uint8_t first) {
  // The whole name, tokens lowercased and joined by single spaces.
  std::string joined;
  size_t tokens = 0;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t b = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i == b) break;
    if (!joined.empty()) joined += ' ';
    joined += Lowercase(name.substr(b, i - b));
    ++tokens;
  }
  if (tokens > 0 && tokens <= kMaxNameTokens)
    names_[Key(joined) ^ 0x5bd1e995u] |= static_cast<uint8_t>(any & 0x07);
  bool is_first = true;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t b = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i == b) break;
    uint8_t& bits = bits_[Key(Lowercase(name.substr(b, i - b)))];
    bits |= any;
    if (is_first) bits |= first;
    is_first = false;
  }
}

uint8_t Gazetteer::LookupName(std::string_view lowercase_name) const {
  auto it = names_.find(Key(lowercase_name) ^ 0x5bd1e995u);
  return it == names_.end() ? 0 : it->second;
}

uint8_t Gazetteer::Lookup(std::string_view lowercase_token) const {
  auto it = bits_.find(Key(lowercase_token));
  return it == bits_.end() ? 0 : it->second;
}

void SentenceFeatures::Prepare(const SentenceInput& input) {
  PrepareCommon(input);
  if (set_ == FeatureSet::kNer) AddNerFeatures(gazetteer_, input.upos);
}

void SentenceFeatures::PrepareCommon(const SentenceInput& input) {
  const auto& words = input.words;
  const auto& lemmas = input.lemmas;
  const auto& root_classes = input.root_classes;
  const size_t n = words.size();
  common_.clear();
  offsets_.assign(1, 0);
  extra_.clear();
  extra_offsets_.clear();
  word_keys_.resize(n);
  shape_keys_.resize(n);
  lower_.resize(n);
  shape_.resize(n);
  cases_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    lower_[i].assign(words[i]);
    for (char& c : lower_[i])
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    shape_[i] = Shape(words[i]);
    cases_[i] = CaseOf(words[i]);
    word_keys_[i] = H(kWord, lower_[i]);
    shape_keys_[i] = H(kShape, shape_[i]);
  }
  static const std::string kStart = "<s>", kEnd = "</s>";
  static const uint64_t kStartKey = H(0, kStart), kEndKey = H(0, kEnd);
  auto word_at = [&](long j) -> std::string_view {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return lower_[static_cast<size_t>(j)];
  };
  auto suffix = [](std::string_view w, size_t k) {
    return w.size() > k ? w.substr(w.size() - k) : w;
  };
  const uint64_t bias = H(kBias, std::string_view("b"));
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = lower_[i];
    const long li = static_cast<long>(i);
    common_.push_back(bias);
    common_.push_back(word_keys_[i]);
    common_.push_back(H(kSuffix1, suffix(w, 1)));
    common_.push_back(H(kSuffix2, suffix(w, 2)));
    common_.push_back(H(kSuffix3, suffix(w, 3)));
    common_.push_back(H(kSuffix4, suffix(w, 4)));
    common_.push_back(H(kPrefix1, w.substr(0, 1)));
    common_.push_back(H(kPrefix2, w.substr(0, 2)));
    common_.push_back(H(kPrefix3, w.substr(0, 3)));
    common_.push_back(shape_keys_[i]);
    common_.push_back(H(kLength, static_cast<uint64_t>(w.size() < 3 ? 0 : w.size() < 7 ? 1 : 2)));
    if (!lemmas.empty()) {
      std::string_view lemma = lemmas[i];
      common_.push_back(H(kLemma, lemma));
      // What the affixes were: "dikirimkan" with root "kirim" -> di | kan;
      // "mengirimkan" -> meng* | kan (the root's first letter assimilated).
      uint64_t affixes = H(kAffixes, std::string_view("?"));
      size_t at = lemma.empty() ? std::string_view::npos : w.find(lemma);
      if (at != std::string_view::npos) {
        affixes = H(kAffixes, H(0, w.substr(0, at)), H(0, w.substr(at + lemma.size())));
      } else if (lemma.size() >= 3 &&
                 (at = w.find(lemma.substr(1))) != std::string_view::npos) {
        affixes = H(kAffixes, H(1, w.substr(0, at)), H(0, w.substr(at + lemma.size() - 1)));
      }
      common_.push_back(affixes);
      if (!root_classes.empty()) {
        common_.push_back(H(kRootClass, root_classes[i]));
        common_.push_back(H(kRootClassAffixes, root_classes[i], affixes));
      }
    }
    const uint64_t prev_key = i > 0 ? H(0, lower_[i - 1]) : kStartKey;
    const uint64_t next_key = i + 1 < n ? H(0, lower_[i + 1]) : kEndKey;
    common_.push_back(H(kPrevWord, prev_key));
    common_.push_back(H(kNextWord, next_key));
    common_.push_back(H(kPrev2Word, word_at(li - 2)));
    common_.push_back(H(kNext2Word, word_at(li + 2)));
    common_.push_back(H(kPrevSuffix3, suffix(word_at(li - 1), 3)));
    common_.push_back(H(kNextSuffix3, suffix(word_at(li + 1), 3)));
    common_.push_back(H(kPrevShapeShape, i > 0 ? shape_keys_[i - 1] : kStartKey, shape_keys_[i]));
    common_.push_back(H(kNextShape, i + 1 < n ? shape_keys_[i + 1] : kEndKey));
    if (i == 0) common_.push_back(H(kFirst, std::string_view("1")));
    common_.push_back(H(kPrevWordWord, prev_key, word_keys_[i]));
    common_.push_back(H(kWordNextWord, word_keys_[i], next_key));
    common_.push_back(H(kCasePattern,
                        static_cast<uint64_t>((i > 0 ? cases_[i - 1] : 4) * 25 + cases_[i] * 5 +
                                              (i + 1 < n ? cases_[i + 1] : 4))));
    offsets_.push_back(static_cast<uint32_t>(common_.size()));
  }
}

void SentenceFeatures::AddNerFeatures(const Gazetteer* gazetteer,
                                      std::span<const std::string_view> upos) {
  set_ = FeatureSet::kNer;
  gazetteer_ = gazetteer;
  const size_t n = lower_.size();
  gaz_.assign(n, 0);
  phrase_.assign(n, 0);  // type bits | 0x80 for a name's first word, 0x40 inside
  if (gazetteer_ != nullptr) {
    for (size_t i = 0; i < n; ++i) gaz_[i] = gazetteer_->Lookup(lower_[i]);
    // Whole names from the lists, longest first, starting at a capital.
    std::string name;
    for (size_t i = 0; i < n && !gazetteer_->names().empty();) {
      if (cases_[i] == 0 || cases_[i] == 3) {
        ++i;
        continue;
      }
      size_t best_len = 0;
      uint8_t best_bits = 0;
      name.clear();
      for (size_t len = 1; len <= Gazetteer::kMaxNameTokens && i + len <= n; ++len) {
        if (len > 1) name += ' ';
        name += lower_[i + len - 1];
        if (uint8_t b = gazetteer_->LookupName(name)) {
          best_len = len;
          best_bits = b;
        }
      }
      if (best_len == 0) {
        ++i;
        continue;
      }
      for (size_t k = 0; k < best_len; ++k)
        phrase_[i + k] = static_cast<uint8_t>(best_bits | (k == 0 ? 0x80 : 0x40));
      i += best_len;
    }
  }
  static const uint64_t kStartKey = H(0, std::string_view("<s>")),
                        kEndKey = H(0, std::string_view("</s>"));
  extra_.clear();
  extra_offsets_.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    extra_.push_back(H(kGazetteer, gaz_[i], 0));
    extra_.push_back(H(kPrevGazetteer, i > 0 ? gaz_[i - 1] : 255, 0));
    extra_.push_back(H(kNextGazetteer, i + 1 < n ? gaz_[i + 1] : 255, 0));
    extra_.push_back(H(kCaseWord, static_cast<uint64_t>(cases_[i]), word_keys_[i]));
    extra_.push_back(H(kPhrase, phrase_[i], 0));
    extra_.push_back(H(kPhraseContext, i > 0 ? phrase_[i - 1] : 255, phrase_[i]));
    if (!upos.empty()) {
      const uint64_t tag = H(0, upos[i]);
      extra_.push_back(H(kUpos, tag));
      extra_.push_back(H(kUposContext, i > 0 ? H(0, upos[i - 1]) : kStartKey,
                         i + 1 < n ? H(0, upos[i + 1]) : kEndKey));
      extra_.push_back(H(kUposWord, tag, word_keys_[i]));
    }
    extra_offsets_.push_back(static_cast<uint32_t>(extra_.size()));
  }
}

void SentenceFeatures::Features(size_t i, int prev_tag, int prev2_tag,
                                std::vector<uint64_t>* out) const {
  out->assign(common_.begin() + offsets_[i], common_.begin() + offsets_[i + 1]);
  if (set_ == FeatureSet::kNer && !extra_offsets_.empty())
    out->insert(out->end(), extra_.begin() + extra_offsets_[i],
                extra_.begin() + extra_offsets_[i + 1]);
  const uint64_t t1 = static_cast<uint64_t>(prev_tag + 1);
  const uint64_t t2 = static_cast<uint64_t>(prev2_tag + 1);
  out->push_back(H(kPrevTag, t1));
  out->push_back(H(kPrev2PrevTag, t2, t1));
  out->push_back(H(kPrevTagWord, t1, word_keys_[i]));
  if (set_ == FeatureSet::kNer) out->push_back(H(kPrevTagShape, t1, shape_keys_[i]));
}

}  // namespace warta::tagger
