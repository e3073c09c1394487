#include "tagger/sentence_features.h"

#include <xxhash.h>

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
  kNextNextShape, kPrevLemma, kNextLemma,
};

uint64_t H(uint64_t tmpl, std::string_view s) {
  return XXH3_64bits_withSeed(s.data(), s.size(), tmpl);
}
uint64_t H(uint64_t tmpl, uint64_t a, uint64_t b = 0) {
  uint64_t v[2] = {a, b};
  return XXH3_64bits_withSeed(v, sizeof v, tmpl);
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

uint8_t Gazetteer::Lookup(std::string_view lowercase_token) const {
  auto it = bits_.find(Key(lowercase_token));
  return it == bits_.end() ? 0 : it->second;
}

void SentenceFeatures::Prepare(std::span<const std::string_view> words,
                               std::span<const std::string_view> lemmas,
                               std::span<const uint64_t> root_classes) {
  const size_t n = words.size();
  static_.clear();
  offsets_.assign(1, 0);
  word_keys_.resize(n);
  shape_keys_.resize(n);
  std::vector<std::string> lower(n), shape(n);
  std::vector<int> cases(n);
  std::vector<uint8_t> gaz(n, 0);
  for (size_t i = 0; i < n; ++i) {
    lower[i] = Lowercase(words[i]);
    shape[i] = Shape(words[i]);
    cases[i] = CaseOf(words[i]);
    word_keys_[i] = H(kWord, lower[i]);
    shape_keys_[i] = H(kShape, shape[i]);
    if (gazetteer_ && set_ == FeatureSet::kNer) gaz[i] = gazetteer_->Lookup(lower[i]);
  }
  static const std::string kStart = "<s>", kEnd = "</s>";
  auto word_at = [&](long j) -> std::string_view {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return lower[static_cast<size_t>(j)];
  };
  auto suffix = [](std::string_view w, size_t k) {
    return w.size() > k ? w.substr(w.size() - k) : w;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = lower[i];
    const long li = static_cast<long>(i);
    static_.push_back(H(kBias, std::string_view("b")));
    static_.push_back(word_keys_[i]);
    static_.push_back(H(kSuffix1, suffix(w, 1)));
    static_.push_back(H(kSuffix2, suffix(w, 2)));
    static_.push_back(H(kSuffix3, suffix(w, 3)));
    static_.push_back(H(kSuffix4, suffix(w, 4)));
    static_.push_back(H(kPrefix1, w.substr(0, 1)));
    static_.push_back(H(kPrefix2, w.substr(0, 2)));
    static_.push_back(H(kPrefix3, w.substr(0, 3)));
    static_.push_back(shape_keys_[i]);
    static_.push_back(H(kLength, std::string_view(w.size() < 3 ? "s" : w.size() < 7 ? "m" : "l")));
    if (!lemmas.empty()) {
      std::string_view lemma = lemmas[i];
      static_.push_back(H(kLemma, lemma));
      // What the affixes were: "dikirimkan" with root "kirim" -> "di|kan";
      // "mengirimkan" -> "meng*|kan" (the root's first letter assimilated).
      std::string affixes = "?";
      size_t at = lemma.empty() ? std::string::npos : w.find(lemma);
      if (at != std::string::npos) {
        affixes = w.substr(0, at) + "|" + w.substr(at + lemma.size());
      } else if (lemma.size() >= 3 &&
                 (at = w.find(lemma.substr(1))) != std::string::npos) {
        affixes = w.substr(0, at) + "*|" + w.substr(at + lemma.size() - 1);
      }
      static_.push_back(H(kAffixes, affixes));
      if (!root_classes.empty()) {
        static_.push_back(H(kRootClass, root_classes[i]));
        static_.push_back(H(kRootClassAffixes, root_classes[i], H(0, affixes)));
      }
    }
    static_.push_back(H(kPrevWord, word_at(li - 1)));
    static_.push_back(H(kNextWord, word_at(li + 1)));
    static_.push_back(H(kPrev2Word, word_at(li - 2)));
    static_.push_back(H(kNext2Word, word_at(li + 2)));
    static_.push_back(H(kPrevSuffix3, suffix(word_at(li - 1), 3)));
    static_.push_back(H(kNextSuffix3, suffix(word_at(li + 1), 3)));
    static_.push_back(H(kPrevShapeShape, H(0, i > 0 ? shape[i - 1] : kStart), H(0, shape[i])));
    static_.push_back(H(kNextShape, i + 1 < n ? shape[i + 1] : kEnd));
    if (i == 0) static_.push_back(H(kFirst, std::string_view("1")));
    if (set_ == FeatureSet::kNer) {
      static_.push_back(H(kGazetteer, gaz[i], 0));
      static_.push_back(H(kPrevGazetteer, i > 0 ? gaz[i - 1] : 255, 0));
      static_.push_back(H(kNextGazetteer, i + 1 < n ? gaz[i + 1] : 255, 0));
      static_.push_back(H(kCaseWord, static_cast<uint64_t>(cases[i]), word_keys_[i]));
    }
    static_.push_back(H(kPrevWordWord, H(0, word_at(li - 1)), word_keys_[i]));
    static_.push_back(H(kWordNextWord, word_keys_[i], H(0, word_at(li + 1))));
    static_.push_back(H(kCasePattern,
                        static_cast<uint64_t>((i > 0 ? cases[i - 1] : 4) * 25 + cases[i] * 5 +
                                              (i + 1 < n ? cases[i + 1] : 4))));
    offsets_.push_back(static_cast<uint32_t>(static_.size()));
  }
}

void SentenceFeatures::Features(size_t i, int prev_tag, int prev2_tag,
                                std::vector<uint64_t>* out) const {
  out->assign(static_.begin() + offsets_[i], static_.begin() + offsets_[i + 1]);
  const uint64_t t1 = static_cast<uint64_t>(prev_tag + 1);
  const uint64_t t2 = static_cast<uint64_t>(prev2_tag + 1);
  out->push_back(H(kPrevTag, t1));
  out->push_back(H(kPrev2PrevTag, t2, t1));
  out->push_back(H(kPrevTagWord, t1, word_keys_[i]));
  if (set_ == FeatureSet::kNer) out->push_back(H(kPrevTagShape, t1, shape_keys_[i]));
}

}  // namespace warta::tagger
