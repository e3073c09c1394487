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
  bool empty() const { return bits_.empty(); }
  size_t size() const { return bits_.size(); }
  const std::unordered_map<uint64_t, uint8_t>& entries() const { return bits_; }
  void Set(uint64_t key, uint8_t bits) { bits_[key] = bits; }
  static uint64_t Key(std::string_view lowercase_token);

 private:
  std::unordered_map<uint64_t, uint8_t> bits_;
};

enum class FeatureSet : uint8_t { kUpos = 0, kNer = 1 };

class SentenceFeatures {
 public:
  SentenceFeatures(FeatureSet set, const Gazetteer* gazetteer)
      : set_(set), gazetteer_(gazetteer) {}

  // Precomputes what does not depend on tags. `lemmas` may be empty (then
  // the root-word features are left out); the spans must outlive the calls
  // to Features().
  void Prepare(std::span<const std::string_view> words,
               std::span<const std::string_view> lemmas,
               std::span<const uint64_t> root_classes = {});

  // All features of word i, given the tags of the two words before it (-1
  // for none). Replaces the contents of *out.
  void Features(size_t i, int prev_tag, int prev2_tag,
                std::vector<uint64_t>* out) const;

  size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

 private:
  FeatureSet set_;
  const Gazetteer* gazetteer_;
  std::vector<uint64_t> static_;   // features of all words, concatenated
  std::vector<uint32_t> offsets_;  // word i: static_[offsets_[i]..offsets_[i+1])
  std::vector<uint64_t> word_keys_;   // lowercase word hash per position
  std::vector<uint64_t> shape_keys_;  // shape hash per position
};

// ASCII-lowercased copy (other bytes kept).
std::string Lowercase(std::string_view s);

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_SENTENCE_FEATURES_H_
