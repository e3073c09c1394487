#include "stories/story_fingerprint.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "text/char_class.h"
#include "text/utf8.h"

namespace warta::stories {

namespace {

constexpr uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// MinHash function j is h_j(x) = (a_j * x + b_j) >> 32 over the 64-bit XXH3
// hash x of a shingle (multiply-add-shift, a_j odd). The shingle hashes are
// already uniform, so this cheap family behaves like independent random
// permutations; bench/story_pairs.cc --sweep checks the estimates against
// the exact Jaccard similarity. The seeds are fixed forever: changing them
// changes every stored fingerprint (bump the format version).
struct Seeds {
  std::array<uint64_t, internal::kMaxHashFunctions> a{}, b{};
};

constexpr Seeds MakeSeeds() {
  Seeds s;
  uint64_t state = 0x7761727461535431ULL;  // "wartaST1"
  for (size_t j = 0; j < internal::kMaxHashFunctions; ++j) {
    s.a[j] = SplitMix64(&state) | 1;
    s.b[j] = SplitMix64(&state);
  }
  return s;
}

constexpr Seeds kSeeds = MakeSeeds();

// Seed of the band keys' XXH3 (the band's index is added to it).
constexpr uint64_t kBandSeed = 0x77617274614c5348ULL;  // "wartaLSH"

constexpr char kMagic[3] = {'W', 'S', 'F'};
constexpr uint8_t kFormatVersion = 1;
constexpr uint8_t kFlagEmpty = 1;

void PutU32(uint32_t v, char* p) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<char>(v >> (8 * i));
}

uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(p[i]);
  return v;
}

size_t MatchingSlots(const Fingerprint& a, const Fingerprint& b) {
  size_t same = 0;
  for (size_t i = 0; i < kMinHashes; ++i) same += a.minhash[i] == b.minhash[i];
  return same;
}

// Containment of the smaller set from the Jaccard estimate j and the set
// sizes: |A n B| = j (|A| + |B|) / (1 + j).
double ContainmentFrom(double j, uint32_t na, uint32_t nb) {
  const double smaller = std::min(na, nb);
  if (smaller <= 0) return 0;
  const double shared = j * (static_cast<double>(na) + nb) / (1 + j);
  return std::min(1.0, shared / smaller);
}

}  // namespace

namespace internal {

void NormalisedWords(std::string_view text, std::string* words,
                     std::vector<uint32_t>* ends) {
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) ends->push_back(static_cast<uint32_t>(words->size()));
    in_word = false;
  };
  auto start_word = [&] {
    if (in_word) return;
    if (!ends->empty() || !words->empty()) words->push_back(' ');
    in_word = true;
  };
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      // ASCII, the common case: a table-free test for letters and digits.
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        start_word();
        words->push_back(static_cast<char>(c));
      } else if (c >= 'A' && c <= 'Z') {
        start_word();
        words->push_back(static_cast<char>(c - 'A' + 'a'));
      } else {
        end_word();
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t n = text::DecodeUtf8(text, i, &cp);
    if (n == 0) {  // not UTF-8: the byte separates words
      end_word();
      ++i;
      continue;
    }
    if (text::IsAlnum(cp)) {
      start_word();
      text::AppendUtf8(text::ToLower(cp), words);
    } else {
      end_word();
    }
    i += n;
  }
  end_word();
}

std::vector<uint64_t> ShingleHashes(std::string_view text,
                                    size_t shingle_words) {
  std::string words;
  words.reserve(text.size());
  std::vector<uint32_t> ends;
  ends.reserve(text.size() / 6);
  NormalisedWords(text, &words, &ends);
  std::vector<uint64_t> hashes;
  if (shingle_words == 0 || ends.size() < shingle_words) return hashes;
  hashes.reserve(ends.size() - shingle_words + 1);
  for (size_t i = 0; i + shingle_words <= ends.size(); ++i) {
    // Word i starts one byte after the end of word i - 1 (the space).
    const size_t begin = i == 0 ? 0 : ends[i - 1] + 1;
    const size_t end = ends[i + shingle_words - 1];
    hashes.push_back(XXH3_64bits(words.data() + begin, end - begin));
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

void MinHash(std::span<const uint64_t> shingles, std::span<uint32_t> out) {
  const size_t n = std::min(out.size(), kMaxHashFunctions);
  std::fill(out.begin(), out.end(), std::numeric_limits<uint32_t>::max());
  for (const uint64_t x : shingles) {
    for (size_t j = 0; j < n; ++j) {
      const auto h =
          static_cast<uint32_t>((kSeeds.a[j] * x + kSeeds.b[j]) >> 32);
      out[j] = std::min(out[j], h);
    }
  }
}

}  // namespace internal

Fingerprint FingerprintOf(std::string_view text) {
  Fingerprint f;
  const std::vector<uint64_t> shingles =
      internal::ShingleHashes(text, kShingleWords);
  f.shingles = static_cast<uint32_t>(shingles.size());
  if (f.shingles < kMinShingles) return f;
  f.empty = false;
  internal::MinHash(shingles, f.minhash);
  return f;
}

double EstimatedJaccard(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return 0;
  return static_cast<double>(MatchingSlots(a, b)) / kMinHashes;
}

double EstimatedContainment(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return 0;
  return ContainmentFrom(EstimatedJaccard(a, b), a.shingles, b.shingles);
}

std::vector<uint64_t> BandKeys(const Fingerprint& f) {
  std::vector<uint64_t> keys;
  if (f.empty) return keys;
  keys.reserve(kBands);
  char bytes[4 * kRowsPerBand];
  for (size_t band = 0; band < kBands; ++band) {
    for (size_t r = 0; r < kRowsPerBand; ++r)
      PutU32(f.minhash[band * kRowsPerBand + r], bytes + 4 * r);
    keys.push_back(XXH3_64bits_withSeed(bytes, sizeof bytes, kBandSeed + band));
  }
  return keys;
}

double StorySimilarity(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return 0;
  const double j = EstimatedJaccard(a, b);
  if (j >= kJaccardThreshold) return j;
  const double c = ContainmentFrom(j, a.shingles, b.shingles);
  if (j >= kContainmentJaccardFloor && c >= kContainmentThreshold) return c;
  return j;
}

bool SameStory(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty || b.empty) return false;
  const double j = EstimatedJaccard(a, b);
  if (j >= kJaccardThreshold) return true;
  return j >= kContainmentJaccardFloor &&
         ContainmentFrom(j, a.shingles, b.shingles) >= kContainmentThreshold;
}

std::string Serialize(const Fingerprint& f) {
  std::string out(kSerializedSize, '\0');
  std::memcpy(out.data(), kMagic, 3);
  out[3] = static_cast<char>(kFormatVersion);
  out[4] = static_cast<char>(f.empty ? kFlagEmpty : 0);
  PutU32(f.shingles, out.data() + 8);
  for (size_t i = 0; i < kMinHashes; ++i)
    PutU32(f.minhash[i], out.data() + 12 + 4 * i);
  return out;
}

std::optional<Fingerprint> Deserialize(std::string_view bytes) {
  if (bytes.size() != kSerializedSize) return std::nullopt;
  if (std::memcmp(bytes.data(), kMagic, 3) != 0) return std::nullopt;
  if (static_cast<uint8_t>(bytes[3]) != kFormatVersion) return std::nullopt;
  const auto flags = static_cast<uint8_t>(bytes[4]);
  if ((flags & ~kFlagEmpty) != 0) return std::nullopt;
  if (bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) return std::nullopt;
  Fingerprint f;
  f.empty = (flags & kFlagEmpty) != 0;
  f.shingles = GetU32(bytes.data() + 8);
  for (size_t i = 0; i < kMinHashes; ++i)
    f.minhash[i] = GetU32(bytes.data() + 12 + 4 * i);
  return f;
}

}  // namespace warta::stories
