#include "tagger/sentence_features.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
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
  kUposContext, kUposWord, kPrevRootClass, kNextRootClass, kPrevAffixes,
  kNextAffixes, kPrev2Shape, kNext2Shape, kConventions, kPrev2Gazetteer,
  kNext2Gazetteer, kGazetteerShape, kRunFirst, kRunLast, kRunSize, kTrigram,
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

namespace {

// Calls fn(token) for each space-separated token of a name, in order.
template <typename Fn>
void ForEachNameToken(std::string_view name, Fn&& fn) {
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    const size_t b = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i == b) break;
    fn(name.substr(b, i - b));
  }
}

}  // namespace

uint64_t Gazetteer::NameKey(std::string_view joined) { return Key(joined) ^ 0x5bd1e995u; }

uint8_t& Gazetteer::Bits(Table* table, uint64_t key) {
  bool inserted = false;
  Slot& slot = table->FindOrInsert(key, &inserted);
  if (inserted) slot.bits = 0;
  return slot.bits;
}

uint8_t Gazetteer::Find(const Table& table, uint64_t key) {
  const Slot* slot = table.Find(key);
  return slot == nullptr ? 0 : slot->bits;
}

std::vector<std::pair<uint64_t, uint8_t>> Gazetteer::Sorted(const Table& table) {
  std::vector<std::pair<uint64_t, uint8_t>> out;
  out.reserve(table.size());
  table.ForEach([&](const Slot& slot) { out.emplace_back(slot.key, slot.bits); });
  std::sort(out.begin(), out.end());
  return out;
}

void Gazetteer::AddWholeName(std::string_view name, uint8_t bits) {
  // The whole name, tokens lowercased and joined by single spaces; each
  // shorter beginning of it is marked as one.
  std::string joined;
  size_t tokens = 0;
  ForEachNameToken(name, [&](std::string_view) { ++tokens; });
  if (tokens == 0 || tokens > kMaxNameTokens) return;
  size_t seen = 0;
  ForEachNameToken(name, [&](std::string_view token) {
    if (!joined.empty()) joined += ' ';
    joined += Lowercase(token);
    if (++seen < tokens) Bits(&names_, NameKey(joined)) |= kBeginsLongerName;
  });
  Bits(&names_, NameKey(joined)) |= bits;
}

void Gazetteer::AddName(std::string_view name, uint8_t any, uint8_t first) {
  AddWholeName(name, static_cast<uint8_t>(any & 0x07));
  bool is_first = true;
  ForEachNameToken(name, [&](std::string_view token) {
    uint8_t& bits = Bits(&tokens_, Key(Lowercase(token)));
    bits |= any;
    if (is_first) bits |= first;
    is_first = false;
  });
}

uint8_t Gazetteer::LookupNameOrBeginning(std::string_view lowercase_name) const {
  return Find(names_, NameKey(lowercase_name));
}

uint8_t Gazetteer::Lookup(std::string_view lowercase_token) const {
  return Find(tokens_, Key(lowercase_token));
}

void DescribeWord(std::string_view word, const std::string_view* lemma,
                  const uint64_t* root_class, const Gazetteer* gazetteer,
                  WordDescription* out) {
  out->boundary = false;
  out->lower.assign(word);
  for (char& c : out->lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  out->has_lemma = lemma != nullptr;
  if (lemma != nullptr) out->lemma.assign(*lemma); else out->lemma.clear();
  out->has_root_class = root_class != nullptr;
  out->root_class = root_class != nullptr ? *root_class : 0;
  out->gazetteer = gazetteer != nullptr ? gazetteer->Lookup(out->lower) : 0;
  out->upos_key = 0;
  out->keys.word = H(kWord, out->lower);
  out->keys.plain = H(0, out->lower);
  out->keys.shape = H(kShape, Shape(word));
  out->keys.case_class = CaseOf(word);
}

const WordDescription& Boundary(bool start) {
  static const std::array<WordDescription, 2> kBoundaries = [] {
    std::array<WordDescription, 2> d;
    for (size_t k = 0; k < 2; ++k) {
      d[k].boundary = true;
      d[k].lower = k == 0 ? "<s>" : "</s>";
      d[k].gazetteer = 255;
      d[k].keys.plain = d[k].keys.shape = d[k].keys.word = H(0, d[k].lower);
      d[k].keys.case_class = 4;
    }
    return d;
  }();
  return kBoundaries[start ? 0 : 1];
}

namespace {

// What the affixes of a word were, given its root word: "dikirimkan" with
// root "kirim" -> di | kan; "mengirimkan" -> meng* | kan (the root's first
// letter assimilated); "?" when the root is not inside the word.
uint64_t AffixesOf(std::string_view w, std::string_view lemma) {
  size_t at = lemma.empty() ? std::string_view::npos : w.find(lemma);
  if (at != std::string_view::npos)
    return H(0, H(0, w.substr(0, at)), H(0, w.substr(at + lemma.size())));
  if (lemma.size() >= 3 && (at = w.find(lemma.substr(1))) != std::string_view::npos)
    return H(0, H(1, w.substr(0, at)), H(0, w.substr(at + lemma.size() - 1)));
  return H(0, std::string_view("?"));
}

// A neighbour's root word, its dictionary class and its affixes: what kind
// of word comes next ("setelah" before a verb is a conjunction, before a
// noun a preposition).
void AppendNeighbourRoot(Template lemma_template, Template class_template,
                         Template affixes_template, const WordDescription& word,
                         std::vector<uint64_t>* out) {
  if (!word.has_lemma) return;
  out->push_back(H(lemma_template, word.lemma));
  const uint64_t affixes = AffixesOf(word.lower, word.lemma);
  out->push_back(H(affixes_template, affixes));
  if (word.has_root_class) out->push_back(H(class_template, word.root_class, affixes));
}

// The NER model's word features beyond those both models use.
void AppendNerWordFeatures(WordRole role, const WordDescription& word,
                           std::vector<uint64_t>* out) {
  switch (role) {
    case WordRole::kSelf:
      // The letter trigrams of a longer word: what kind of name an unseen
      // word looks like (-burg, -wati, -shi), wherever the telling part is.
      if (word.lower.size() >= 4) {
        const std::string_view w = word.lower;
        for (size_t k = 0; k + 3 <= w.size() && k < 12; ++k)
          out->push_back(H(kTrigram, w.substr(k, 3)));
      }
      out->push_back(H(kGazetteer, word.gazetteer, 0));
      out->push_back(H(kCaseWord, static_cast<uint64_t>(word.keys.case_class), word.keys.word));
      if (word.upos_key != 0) {
        out->push_back(H(kUpos, word.upos_key));
        out->push_back(H(kUposWord, word.upos_key, word.keys.word));
      }
      break;
    case WordRole::kPrev:
      out->push_back(H(kPrevGazetteer, word.gazetteer, 0));
      break;
    case WordRole::kNext:
      out->push_back(H(kNextGazetteer, word.gazetteer, 0));
      break;
    case WordRole::kPrev2:
      out->push_back(H(kPrev2Gazetteer, word.gazetteer, 0));
      break;
    case WordRole::kNext2:
      out->push_back(H(kNext2Gazetteer, word.gazetteer, 0));
      break;
  }
}

// The word features both models use.
void AppendCommonWordFeatures(WordRole role, const WordDescription& word,
                              std::vector<uint64_t>* out) {
  auto suffix = [](std::string_view w, size_t k) {
    return w.size() > k ? w.substr(w.size() - k) : w;
  };
  const std::string_view w = word.lower;
  switch (role) {
    case WordRole::kSelf: {
      static const uint64_t kBiasKey = H(kBias, std::string_view("b"));
      out->push_back(kBiasKey);
      out->push_back(word.keys.word);
      out->push_back(H(kSuffix1, suffix(w, 1)));
      out->push_back(H(kSuffix2, suffix(w, 2)));
      out->push_back(H(kSuffix3, suffix(w, 3)));
      out->push_back(H(kSuffix4, suffix(w, 4)));
      out->push_back(H(kPrefix1, w.substr(0, 1)));
      out->push_back(H(kPrefix2, w.substr(0, 2)));
      out->push_back(H(kPrefix3, w.substr(0, 3)));
      out->push_back(word.keys.shape);
      out->push_back(H(kLength, static_cast<uint64_t>(w.size() < 3 ? 0 : w.size() < 7 ? 1 : 2)));
      if (word.has_lemma) {
        const std::string_view lemma = word.lemma;
        out->push_back(H(kLemma, lemma));
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
        out->push_back(affixes);
        if (word.has_root_class) {
          out->push_back(H(kRootClass, word.root_class));
          out->push_back(H(kRootClassAffixes, word.root_class, affixes));
        }
      }
      break;
    }
    case WordRole::kPrev:
      out->push_back(H(kPrevWord, word.keys.plain));
      out->push_back(H(kPrevSuffix3, suffix(w, 3)));
      AppendNeighbourRoot(kPrevLemma, kPrevRootClass, kPrevAffixes, word, out);
      break;
    case WordRole::kNext:
      out->push_back(H(kNextWord, word.keys.plain));
      out->push_back(H(kNextSuffix3, suffix(w, 3)));
      out->push_back(H(kNextShape, word.keys.shape));
      AppendNeighbourRoot(kNextLemma, kNextRootClass, kNextAffixes, word, out);
      break;
    case WordRole::kPrev2:
      out->push_back(H(kPrev2Word, w));
      out->push_back(H(kPrev2Shape, word.keys.shape));
      break;
    case WordRole::kNext2:
      out->push_back(H(kNext2Word, w));
      out->push_back(H(kNext2Shape, word.keys.shape));
      break;
  }
}

}  // namespace

namespace {

// The convention-specific copies of the features out[from..).
void AppendConventionCopies(size_t from, uint8_t conventions, std::vector<uint64_t>* out) {
  const size_t end = std::min(out->size(), from + 2);  // the bias and the word
  for (size_t k = from; k < end; ++k)
    out->push_back(H(kConventions, (*out)[k], conventions));
}

}  // namespace

void AppendWordFeatures(FeatureSet set, WordRole role, const WordDescription& word,
                        std::vector<uint64_t>* out, uint8_t conventions) {
  const size_t from = out->size();
  AppendCommonWordFeatures(role, word, out);
  if (set == FeatureSet::kNer) AppendNerWordFeatures(role, word, out);
  if (role == WordRole::kSelf && set == FeatureSet::kUpos)
    AppendConventionCopies(from, conventions, out);
}

void AppendPairFeatures(const WordKeys& prev, const WordKeys& self,
                        const WordKeys& next, bool first,
                        std::vector<uint64_t>* out) {
  out->push_back(H(kPrevShapeShape, prev.shape, self.shape));
  if (first) out->push_back(H(kFirst, std::string_view("1")));
  out->push_back(H(kPrevWordWord, prev.plain, self.word));
  out->push_back(H(kWordNextWord, self.word, next.plain));
  out->push_back(H(kCasePattern, static_cast<uint64_t>(prev.case_class * 25 +
                                                       self.case_class * 5 +
                                                       next.case_class)));
}

uint64_t UposKey(std::string_view upos) {
  const uint64_t key = H(0, upos);
  return key == 0 ? 1 : key;  // 0 means "no tag"
}

void AppendNerPairFeatures(std::span<const uint8_t> phrase,
                           std::span<const uint64_t> upos_keys, size_t i,
                           std::vector<uint64_t>* out) {
  out->push_back(H(kPhrase, phrase[i], 0));
  out->push_back(H(kPhraseContext, i > 0 ? phrase[i - 1] : 255, phrase[i]));
  if (!upos_keys.empty()) {
    out->push_back(H(kUposContext, i > 0 ? upos_keys[i - 1] : Boundary(true).keys.plain,
                     i + 1 < upos_keys.size() ? upos_keys[i + 1] : Boundary(false).keys.plain));
  }
}

void AppendNameRunFeatures(std::span<const int> case_classes,
                           std::span<const uint64_t> plain_keys, size_t i,
                           std::vector<uint64_t>* out) {
  auto in_run = [&](size_t j) { return case_classes[j] == 1 || case_classes[j] == 2; };
  if (!in_run(i)) return;
  size_t begin = i, end = i + 1;
  while (begin > 0 && in_run(begin - 1)) --begin;
  while (end < case_classes.size() && in_run(end)) ++end;
  const uint64_t first = i == begin ? 0 : 1, last = i + 1 == end ? 0 : 1;
  out->push_back(H(kRunFirst, plain_keys[begin], first));
  out->push_back(H(kRunLast, plain_keys[end - 1], last));
  out->push_back(H(kRunSize, std::min<uint64_t>(end - begin, 5), std::min<uint64_t>(i - begin, 4)));
}

void AppendTagFeatures(int prev_tag, int prev2_tag, std::vector<uint64_t>* out) {
  const uint64_t t1 = static_cast<uint64_t>(prev_tag + 1);
  const uint64_t t2 = static_cast<uint64_t>(prev2_tag + 1);
  out->push_back(H(kPrevTag, t1));
  out->push_back(H(kPrev2PrevTag, t2, t1));
}

void AppendTagWordFeatures(FeatureSet set, int prev_tag, const WordKeys& self,
                           std::vector<uint64_t>* out) {
  const uint64_t t1 = static_cast<uint64_t>(prev_tag + 1);
  out->push_back(H(kPrevTagWord, t1, self.word));
  if (set == FeatureSet::kNer) out->push_back(H(kPrevTagShape, t1, self.shape));
}

void FindListedNames(const Gazetteer& gazetteer, std::span<const std::string> lower,
                     std::span<const int> case_classes, std::vector<uint8_t>* phrase) {
  const size_t n = lower.size();
  phrase->assign(n, 0);
  if (!gazetteer.has_names()) return;
  std::string name;
  for (size_t i = 0; i < n;) {
    if (case_classes[i] != 1 && case_classes[i] != 2) {
      ++i;
      continue;
    }
    size_t best_len = 0;
    uint8_t best_bits = 0;
    name.clear();
    for (size_t len = 1; len <= Gazetteer::kMaxNameTokens && i + len <= n; ++len) {
      if (len > 1) name += ' ';
      name += lower[i + len - 1];
      const uint8_t b = gazetteer.LookupNameOrBeginning(name);
      if (const uint8_t type = b & static_cast<uint8_t>(~Gazetteer::kBeginsLongerName)) {
        best_len = len;
        best_bits = type;
      }
      if (!(b & Gazetteer::kBeginsLongerName)) break;  // no listed name goes on
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < best_len; ++k)
      (*phrase)[i + k] = static_cast<uint8_t>(best_bits | (k == 0 ? 0x80 : 0x40));
    i += best_len;
  }
}

void SentenceFeatures::Prepare(const SentenceInput& input) {
  PrepareCommon(input);
  if (set_ == FeatureSet::kNer) AddNerFeatures(gazetteer_, input.upos);
}

const WordDescription& SentenceFeatures::At(long i) const {
  if (i < 0) return Boundary(true);
  if (i >= static_cast<long>(words_.size())) return Boundary(false);
  return words_[static_cast<size_t>(i)];
}

void SentenceFeatures::PrepareCommon(const SentenceInput& input) {
  const size_t n = input.words.size();
  common_.clear();
  offsets_.assign(1, 0);
  extra_.clear();
  extra_offsets_.clear();
  words_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    DescribeWord(input.words[i], input.lemmas.empty() ? nullptr : &input.lemmas[i],
                 input.root_classes.empty() ? nullptr : &input.root_classes[i], nullptr,
                 &words_[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    const size_t from = common_.size();
    AppendCommonWordFeatures(WordRole::kSelf, words_[i], &common_);
    if (set_ == FeatureSet::kUpos) AppendConventionCopies(from, input.conventions, &common_);
    AppendCommonWordFeatures(WordRole::kPrev, At(li - 1), &common_);
    AppendCommonWordFeatures(WordRole::kNext, At(li + 1), &common_);
    AppendCommonWordFeatures(WordRole::kPrev2, At(li - 2), &common_);
    AppendCommonWordFeatures(WordRole::kNext2, At(li + 2), &common_);
    AppendPairFeatures(At(li - 1).keys, words_[i].keys, At(li + 1).keys, i == 0, &common_);
    offsets_.push_back(static_cast<uint32_t>(common_.size()));
  }
}

void SentenceFeatures::AddNerFeatures(const Gazetteer* gazetteer,
                                      std::span<const std::string_view> upos) {
  set_ = FeatureSet::kNer;
  gazetteer_ = gazetteer;
  const size_t n = words_.size();
  lower_.resize(n);
  cases_.resize(n);
  plain_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    plain_[i] = words_[i].keys.plain;
    words_[i].gazetteer = gazetteer_ != nullptr ? gazetteer_->Lookup(words_[i].lower) : 0;
    lower_[i] = words_[i].lower;
    cases_[i] = words_[i].keys.case_class;
  }
  if (gazetteer_ != nullptr) FindListedNames(*gazetteer_, lower_, cases_, &phrase_);
  else phrase_.assign(n, 0);
  upos_keys_.clear();
  for (std::string_view u : upos) upos_keys_.push_back(UposKey(u));
  for (size_t i = 0; i < n; ++i) words_[i].upos_key = upos_keys_.empty() ? 0 : upos_keys_[i];
  extra_.clear();
  extra_offsets_.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    AppendNerWordFeatures(WordRole::kSelf, words_[i], &extra_);
    AppendNerWordFeatures(WordRole::kPrev, At(li - 1), &extra_);
    AppendNerWordFeatures(WordRole::kNext, At(li + 1), &extra_);
    AppendNerWordFeatures(WordRole::kPrev2, At(li - 2), &extra_);
    AppendNerWordFeatures(WordRole::kNext2, At(li + 2), &extra_);
    AppendNerPairFeatures(phrase_, upos_keys_, i, &extra_);
    AppendNameRunFeatures(cases_, plain_, i, &extra_);
    extra_offsets_.push_back(static_cast<uint32_t>(extra_.size()));
  }
}

void SentenceFeatures::Features(size_t i, int prev_tag, int prev2_tag,
                                std::vector<uint64_t>* out) const {
  out->assign(common_.begin() + offsets_[i], common_.begin() + offsets_[i + 1]);
  if (set_ == FeatureSet::kNer && !extra_offsets_.empty())
    out->insert(out->end(), extra_.begin() + extra_offsets_[i],
                extra_.begin() + extra_offsets_[i + 1]);
  AppendTagFeatures(prev_tag, prev2_tag, out);
  AppendTagWordFeatures(set_, prev_tag, words_[i].keys, out);
}

}  // namespace warta::tagger
