// Features of the words of one sentence for the sequence taggers, as 64-bit
// hashes: the word, its affixes, shape and root word, its neighbours, name
// lists, and the tags already given to the words before it.
//
// The parts that do not depend on earlier tags are computed once per
// sentence (Prepare); Features() adds the tag history for one position.
#ifndef WARTA_TAGGER_SENTENCE_FEATURES_H_
#define WARTA_TAGGER_SENTENCE_FEATURES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/probing_table.h"

namespace warta::tagger {

// Name lists as token-level lookups: for each lowercase token, which lists
// hold a name with it, and whether as the first word of the name; and the
// whole names, with the first words of longer names marked so that a
// search along a sentence stops where no listed name goes on.
class Gazetteer {
 public:
  enum Bits : uint8_t {
    kPerson = 1 << 0,
    kPlace = 1 << 1,
    kOrganization = 1 << 2,
    kPersonFirst = 1 << 3,
    kPlaceFirst = 1 << 4,
    kOrganizationFirst = 1 << 5,
  };
  // Whole names only: a place warta knows (tagger/place_names.h).
  static constexpr uint8_t kKnownPlaceName = 1 << 3;
  // Whole names only: these words begin a longer listed name.
  static constexpr uint8_t kBeginsLongerName = 1 << 7;
  // Adds every token of one name ("Sergey Lavrov") with `any` bits, and the
  // first token with `first` bits as well.
  void AddName(std::string_view name, uint8_t any, uint8_t first);
  // Adds a whole name only (its words get no bits): kKnownPlaceName.
  void AddWholeName(std::string_view name, uint8_t bits);
  uint8_t Lookup(std::string_view lowercase_token) const;
  // Whole names: the type bits (kPerson|kPlace|kOrganization|
  // kKnownPlaceName) of the name made of these lowercase tokens joined by
  // single spaces, or 0.
  uint8_t LookupName(std::string_view lowercase_name) const {
    return LookupNameOrBeginning(lowercase_name) & static_cast<uint8_t>(~kBeginsLongerName);
  }
  // The same with kBeginsLongerName where the tokens begin a longer name.
  uint8_t LookupNameOrBeginning(std::string_view lowercase_name) const;
  static constexpr size_t kMaxNameTokens = 6;
  bool empty() const { return tokens_.empty(); }
  size_t size() const { return tokens_.size(); }
  bool has_names() const { return !names_.empty(); }
  // Every (key, bits) of the tokens and of the whole names, sorted by key
  // (for model files).
  std::vector<std::pair<uint64_t, uint8_t>> SortedTokens() const { return Sorted(tokens_); }
  std::vector<std::pair<uint64_t, uint8_t>> SortedNames() const { return Sorted(names_); }
  void Set(uint64_t key, uint8_t bits) { Bits(&tokens_, key) = bits; }
  void SetName(uint64_t key, uint8_t bits) { Bits(&names_, key) = bits; }
  static uint64_t Key(std::string_view lowercase_token);

 private:
  struct Slot {
    uint64_t key;
    uint8_t bits;
  };
  using Table = util::ProbingTable<Slot>;
  static uint8_t& Bits(Table* table, uint64_t key);
  static uint8_t Find(const Table& table, uint64_t key);
  static std::vector<std::pair<uint64_t, uint8_t>> Sorted(const Table& table);
  static uint64_t NameKey(std::string_view joined);
  Table tokens_;
  Table names_;  // whole names
};

enum class FeatureSet : uint8_t { kUpos = 0, kNer = 1 };

// What the features may know about the words of one sentence. Every span is
// either empty or holds one entry per word.
struct SentenceInput {
  std::span<const std::string_view> words;
  std::span<const std::string_view> lemmas;
  std::span<const uint64_t> root_classes;  // RootLexicon::RootClass
  std::span<const std::string_view> upos;  // for NER: the UPOS tagger's tags
  // Which annotation conventions the sentence's tags follow (training only;
  // tagging always asks for kCurrentConventions).
  uint8_t conventions = 0;
};

// Training data annotated in older conventions teaches the model how a word
// was tagged then; the word's own features get a second, convention-specific
// copy, so that what changed is learnt apart ("easy domain adaptation").
// The tagger reads the copies of the current conventions.
inline constexpr uint8_t kCurrentConventions = 0;
inline constexpr uint8_t kOlderConventions = 1;

// Most features of word i describe one word of the sentence: word i itself
// or one of its neighbours. Grouped by the role that word plays for word i,
// their weights can be summed once per word form and reused (see
// SequenceTagger's word-score cache); the rest are features of pairs of
// neighbours and of the tags already given.
enum class WordRole : uint8_t { kSelf, kPrev, kNext, kPrev2, kNext2 };
inline constexpr size_t kNumWordRoles = 5;

// The hashes of one word that the pair and tag-history features combine.
struct WordKeys {
  uint64_t word = 0;   // the lowercase word, as word i
  uint64_t plain = 0;  // the lowercase word, as a neighbour
  uint64_t shape = 0;
  int case_class = 4;  // 0 lower, 1 capitalised, 2 capitals, 3 other, 4 none
};

// One word as the features see it. The sentence start and end are words
// of their own (Boundary).
struct WordDescription {
  std::string lower, lemma;
  bool has_lemma = false, has_root_class = false;
  uint64_t root_class = 0;
  uint8_t gazetteer = 0;  // Gazetteer bits (NER), 255 at a boundary
  uint64_t upos_key = 0;  // UposKey() of the word's UPOS tag (NER), 0 unknown
  WordKeys keys;
  bool boundary = false;
};

// Fills *out from one word, its lemma and root class (empty when unknown)
// and, when `gazetteer` is given, its name-list bits.
void DescribeWord(std::string_view word, const std::string_view* lemma,
                  const uint64_t* root_class, const Gazetteer* gazetteer,
                  WordDescription* out);
// The sentence start ("<s>") or end ("</s>").
const WordDescription& Boundary(bool start);

// Appends the features of the feature set `set` that describe `word` in the
// role `role` for the word being tagged.
void AppendWordFeatures(FeatureSet set, WordRole role, const WordDescription& word,
                        std::vector<uint64_t>* out,
                        uint8_t conventions = kCurrentConventions);
// Appends the features of word i that combine it with its neighbours
// (Boundary keys at the sentence edges).
void AppendPairFeatures(const WordKeys& prev, const WordKeys& self,
                        const WordKeys& next, bool first,
                        std::vector<uint64_t>* out);
// NER only: features of names from the lists spanning several words
// (phrase bits, see SentenceFeatures) and of the UPOS tags around word i
// (the word's own tag is a feature of the word). `upos_keys` holds
// UposKey() per word, or is empty.
void AppendNerPairFeatures(std::span<const uint8_t> phrase,
                           std::span<const uint64_t> upos_keys, size_t i,
                           std::vector<uint64_t>* out);
uint64_t UposKey(std::string_view upos);
// NER only: word i inside a run of capitalised words ("Universitas
// Muhammadiyah Surakarta"): the run's first and last words, its length and
// i's place in it; the first word often tells the kind of name, however
// long the run. (The words just before and after the run as well helped
// Wikipedia names but merged news titles into names: left out.) `plain_keys` holds WordKeys::plain per word.
void AppendNameRunFeatures(std::span<const int> case_classes,
                           std::span<const uint64_t> plain_keys, size_t i,
                           std::vector<uint64_t>* out);
// Tag history: features of the tags of the two previous words (-1 for
// none), and those that combine the previous tag with word i.
void AppendTagFeatures(int prev_tag, int prev2_tag, std::vector<uint64_t>* out);
void AppendTagWordFeatures(FeatureSet set, int prev_tag, const WordKeys& self,
                           std::vector<uint64_t>* out);
// Names from the lists spanning several words: for each word, the name's
// type bits (below 0x10) | 0x80 for its first word, | 0x40 inside; longest names first,
// starting at a capitalised word.
void FindListedNames(const Gazetteer& gazetteer, std::span<const std::string> lower,
                     std::span<const int> case_classes, std::vector<uint8_t>* phrase);

class SentenceFeatures {
 public:
  SentenceFeatures(FeatureSet set, const Gazetteer* gazetteer)
      : set_(set), gazetteer_(gazetteer) {}
  // Changes the model the features are for, keeping the buffers.
  void Reset(FeatureSet set, const Gazetteer* gazetteer) {
    set_ = set;
    gazetteer_ = gazetteer;
  }

  // Precomputes what does not depend on tags; features of empty inputs are
  // left out. Keeps no reference to the input.
  void Prepare(const SentenceInput& input);

  // All features of word i, given the tags of the two words before it (-1
  // for none). Replaces the contents of *out.
  void Features(size_t i, int prev_tag, int prev2_tag,
                std::vector<uint64_t>* out) const;

  size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

 private:
  // Prepare's two steps: the features both models use, then the name-list
  // and UPOS features of the NER model.
  void PrepareCommon(const SentenceInput& input);
  void AddNerFeatures(const Gazetteer* gazetteer,
                      std::span<const std::string_view> upos);
  const WordDescription& At(long i) const;

  FeatureSet set_;
  const Gazetteer* gazetteer_;
  std::vector<uint64_t> common_;   // features of all words, concatenated
  std::vector<uint32_t> offsets_;  // word i: common_[offsets_[i]..offsets_[i+1])
  std::vector<uint64_t> extra_;    // NER-only features, likewise
  std::vector<uint32_t> extra_offsets_;
  // Per-word buffers, kept between sentences.
  std::vector<WordDescription> words_;
  std::vector<std::string> lower_;
  std::vector<int> cases_;
  std::vector<uint64_t> plain_;
  std::vector<uint8_t> phrase_;
  std::vector<uint64_t> upos_keys_;
};

// ASCII-lowercased copy (other bytes kept).
std::string Lowercase(std::string_view s);

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_SENTENCE_FEATURES_H_
