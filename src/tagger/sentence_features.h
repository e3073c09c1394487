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
#include <unordered_map>
#include <vector>

namespace warta::tagger {

// Name lists as token-level lookups: for each lowercase token, which lists
// hold a name with it, and whether as the first word of the name.
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
  // Adds every token of one name ("Sergey Lavrov") with `any` bits, and the
  // first token with `first` bits as well.
  void AddName(std::string_view name, uint8_t any, uint8_t first);
  uint8_t Lookup(std::string_view lowercase_token) const;
  // Whole names: the type bits (kPerson|kPlace|kOrganization) of the name
  // made of these lowercase tokens joined by single spaces, or 0.
  uint8_t LookupName(std::string_view lowercase_name) const;
  static constexpr size_t kMaxNameTokens = 6;
  bool empty() const { return bits_.empty(); }
  size_t size() const { return bits_.size(); }
  const std::unordered_map<uint64_t, uint8_t>& entries() const { return bits_; }
  const std::unordered_map<uint64_t, uint8_t>& names() const { return names_; }
  void Set(uint64_t key, uint8_t bits) { bits_[key] = bits; }
  void SetName(uint64_t key, uint8_t bits) { names_[key] = bits; }
  static uint64_t Key(std::string_view lowercase_token);

 private:
  std::unordered_map<uint64_t, uint8_t> bits_;
  std::unordered_map<uint64_t, uint8_t> names_;  // whole names
};

enum class FeatureSet : uint8_t { kUpos = 0, kNer = 1 };

// What the features may know about the words of one sentence. Every span is
// either empty or holds one entry per word.
struct SentenceInput {
  std::span<const std::string_view> words;
  std::span<const std::string_view> lemmas;
  std::span<const uint64_t> root_classes;  // RootLexicon::RootClass
  std::span<const std::string_view> upos;  // for NER: the UPOS tagger's tags
};

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

  // Prepare in two steps, so that the UPOS and NER models share the work:
  // PrepareCommon computes the features both use; AddNerFeatures adds the
  // name-list and UPOS features of the NER model (and switches to it).
  void PrepareCommon(const SentenceInput& input);
  void AddNerFeatures(const Gazetteer* gazetteer,
                      std::span<const std::string_view> upos);

  // All features of word i, given the tags of the two words before it (-1
  // for none). Replaces the contents of *out.
  void Features(size_t i, int prev_tag, int prev2_tag,
                std::vector<uint64_t>* out) const;

  size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

 private:
  FeatureSet set_;
  const Gazetteer* gazetteer_;
  std::vector<uint64_t> common_;   // features of all words, concatenated
  std::vector<uint32_t> offsets_;  // word i: common_[offsets_[i]..offsets_[i+1])
  std::vector<uint64_t> extra_;    // NER-only features, likewise
  std::vector<uint32_t> extra_offsets_;
  std::vector<uint64_t> word_keys_;   // lowercase word hash per position
  std::vector<uint64_t> shape_keys_;  // shape hash per position
  // Per-word buffers, kept between sentences.
  std::vector<std::string> lower_, shape_;
  std::vector<int> cases_;
  std::vector<uint8_t> gaz_, phrase_;
};

// ASCII-lowercased copy (other bytes kept).
std::string Lowercase(std::string_view s);

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_SENTENCE_FEATURES_H_
