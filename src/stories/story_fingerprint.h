// Story fingerprints: near-duplicate detection of syndicated copies (one wire
// story on several sites, lightly edited: another site's dateline and footer,
// a rewritten lead, a dropped paragraph), so that a store can group them into
// one story.
//
// An article's cleaned text becomes the set of its word shingles: the text
// is normalised to lowercase words of letters and digits only (everything
// else separates words), and every run of kShingleWords consecutive words is
// hashed with XXH3. The set is summarised by a MinHash signature of
// kMinHashes 32-bit values; two signatures agree in a slot with probability
// equal to the Jaccard similarity of the two shingle sets. The signature is
// cut into kBands bands for locality-sensitive look-up: articles that share
// a band key are candidates, and SameStory() decides.
//
// The decision (SameStory) takes the estimated Jaccard similarity, or the
// estimated containment of the smaller article in the larger one when the
// two differ much in length (a copy that lost paragraphs, or the first page
// of a multi-page article). The constants below were chosen by measurement
// on edited copies of real articles and on unrelated articles of the same
// day and of the same topic (bench/story_pairs.cc; figures in
// docs/accuracy.md, section "Stories"). What it cannot tell apart: a later
// article that reprints most of an earlier one as background under a new
// lead, and pages filled from one template (weather, quizzes).
//
// Every function here is pure and thread-safe. Fingerprints are
// deterministic: the same text gives the same bytes on every machine and run
// (fixed seeds, little-endian serialisation).
#ifndef WARTA_STORIES_STORY_FINGERPRINT_H_
#define WARTA_STORIES_STORY_FINGERPRINT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warta::stories {

// The constants were chosen on the development half of the measurement
// (bench/story_pairs.cc --sweep; the odd lines of the shared news articles,
// with their edited copies): the best pairwise F1 among the rules with a
// precision of at least 0.999. docs/accuracy.md ("Stories") has the tables.

// Words per shingle: 4 is the best at 64 values (F1 0.988; 2: 0.959,
// 3: 0.963, 5: 0.975, 6: 0.982, 7: 0.976, 8: 0.981). Shorter shingles make
// unrelated articles of one topic look alike; longer ones lose more to every
// edited word and to scraper damage.
inline constexpr size_t kShingleWords = 4;
// MinHash values per fingerprint: 64 (F1 0.988) against 128 (0.989) and 256
// (0.989): twice the work and the bytes for 0.1 point; 32 drops to 0.959.
// The estimates match random permutations: RMS error 0.052 at 64, as
// sqrt(J(1-J)/64) predicts.
inline constexpr size_t kMinHashes = 64;
// LSH bands of 2 values (32 keys an article): of the true pairs SameStory
// accepts, 0.01 % share no key (16 bands of 4: 10 %; 8 of 8: 56 %), at 11
// candidates an article on the measurement set.
inline constexpr size_t kBands = 32;
inline constexpr size_t kRowsPerBand = kMinHashes / kBands;
static_assert(kBands * kRowsPerBand == kMinHashes);
// Fewer distinct shingles than this and the text is not fingerprinted: a
// caption or a one-line item says too little to tell copies from chance.
// (Not tuned: no article of the measurement set is that short.)
inline constexpr uint32_t kMinShingles = 20;
// SameStory: the same story when the estimated Jaccard similarity reaches
// kJaccardThreshold, or when the estimated containment of the smaller
// article reaches kContainmentThreshold while the Jaccard estimate is at
// least kContainmentJaccardFloor (below it the containment estimate is too
// noisy to trust). The containment arm raises recall on the edits
// from 0.969 to 0.976 and on first-page copies (a copy of 40-60 % of the
// article) from 0.943 to 0.996; floors from 0.10 to 0.20 measure the same,
// and the higher one is kept.
inline constexpr double kJaccardThreshold = 0.35;
inline constexpr double kContainmentThreshold = 0.6;
inline constexpr double kContainmentJaccardFloor = 0.2;

struct Fingerprint {
  std::array<uint32_t, kMinHashes> minhash{};
  bool empty = true;  // too few words to fingerprint
  // Distinct shingles in the text (also set when empty): with the Jaccard
  // estimate it gives the containment estimate.
  uint32_t shingles = 0;

  bool operator==(const Fingerprint&) const = default;
};

// Fingerprint of an article's cleaned text: word shingles of the normalised
// text (lowercased, letters and digits only), MinHash over XXH3 hashes.
// Text that is not valid UTF-8 is read byte by byte (bad bytes separate
// words). Empty when the text has fewer than kMinShingles distinct shingles.
Fingerprint FingerprintOf(std::string_view text);

// The share of MinHash slots in which a and b agree: an unbiased estimate of
// the Jaccard similarity of their shingle sets (standard error about
// sqrt(J(1-J)/kMinHashes)). 0 when either is empty.
double EstimatedJaccard(const Fingerprint& a, const Fingerprint& b);

// Estimated share of the smaller article's shingles found in the larger one,
// from the Jaccard estimate and the two shingle counts; in [0, 1]. 0 when
// either is empty.
double EstimatedContainment(const Fingerprint& a, const Fingerprint& b);

// LSH band keys (one 64-bit key per band, kBands of them) for candidate
// look-up in a store table: articles that may be the same story share at
// least one key. The band's position is part of its key, so keys of
// different bands never meet. Empty for an empty fingerprint (it is never a
// candidate).
std::vector<uint64_t> BandKeys(const Fingerprint& f);

// The decision the store uses: the same story? Never true when either
// fingerprint is empty. Symmetric.
bool SameStory(const Fingerprint& a, const Fingerprint& b);

// How alike a and b are for choosing among several candidates that all pass
// SameStory (the best match): the Jaccard estimate, or the containment
// estimate when it decided. 0 when either is empty.
double StorySimilarity(const Fingerprint& a, const Fingerprint& b);

// Bytes for storing in a BLOB column and back. Fixed little-endian layout of
// kSerializedSize bytes: the magic "WSF" and format version 1, one flags byte
// (bit 0: empty), three zero bytes, the shingle count (u32), then the
// kMinHashes values (u32 each). Deserialize refuses (nullopt) anything else:
// a wrong size, another magic or version, unknown flags, non-zero padding.
inline constexpr size_t kSerializedSize = 12 + 4 * kMinHashes;
std::string Serialize(const Fingerprint& f);
std::optional<Fingerprint> Deserialize(std::string_view bytes);

namespace internal {

// The pieces of FingerprintOf, with the shingle size and the number of hash
// functions as parameters, for measuring other choices
// (bench/story_pairs.cc --sweep) and for tests.

// Appends the normalised words of `text` to *words, separated by one space
// ("Presiden RI, Jumat (20/10)." -> "presiden ri jumat 20 10"), and the byte
// offset just past each word to *ends.
void NormalisedWords(std::string_view text, std::string* words,
                     std::vector<uint32_t>* ends);

// The XXH3 hashes (of the normalised shingle bytes, "w1 w2 w3 w4") of every
// run of `shingle_words` words, sorted and without repeats.
std::vector<uint64_t> ShingleHashes(std::string_view text,
                                    size_t shingle_words);

// The most hash functions MinHash has seeds for.
inline constexpr size_t kMaxHashFunctions = 256;

// out[j] = the least value of hash function j over `shingles`, for j below
// out.size() (at most kMaxHashFunctions); UINT32_MAX for an empty set. The
// first n functions are the same whatever out.size() is, so a longer
// signature's prefix is a shorter one.
void MinHash(std::span<const uint64_t> shingles, std::span<uint32_t> out);

}  // namespace internal

}  // namespace warta::stories

#endif  // WARTA_STORIES_STORY_FINGERPRINT_H_
