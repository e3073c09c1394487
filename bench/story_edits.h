// Edited copies of a real article, as another site would publish a wire story
// (bench/story_pairs.cc measures story grouping on them). Deterministic: the
// same article, edit and seed give the same copy on every machine.
//
// The edits:
//   kBoilerplate  the article's own dateline/header and footer (when found)
//                 taken out; another site's dateline, a footer block and one
//                 to three "Baca juga: <headline>" lines put in.
//   kLead         the lead (first sentence after the dateline) rewritten
//                 (words swapped for synonyms, some dropped, a clause moved)
//                 or replaced by a new sentence built on the title.
//   kDrop         a paragraph dropped (an article of three paragraphs or
//                 more) or a block of two to four sentences.
//   kTruncate     only the first 40-60 % of the sentences (the first page of
//                 a multi-page article). Beyond the edits.
//   kDamage       the scraper damage of the Tribunnews bodies in the shared
//                 data: the letter before every comma lost and the comma
//                 turned into a full stop. Beyond the edits.
// Edits combine as bits (kBoilerplate | kLead | kDrop).
#ifndef WARTA_BENCH_STORY_EDITS_H_
#define WARTA_BENCH_STORY_EDITS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta::bench {

enum StoryEdit : unsigned {
  kBoilerplate = 1,
  kLead = 2,
  kDrop = 4,
  kTruncate = 8,
  kDamage = 16,
};

// "boilerplate+lead", "drop", ...; "original" for 0.
std::string EditName(unsigned edits);

// A small deterministic generator (splitmix64), the same on every platform
// (std::uniform_int_distribution is not).
class EditRng {
 public:
  explicit EditRng(uint64_t seed) : state_(seed) {}
  uint64_t Next();
  size_t Below(size_t n) {
    return n == 0 ? 0 : static_cast<size_t>(Next() % n);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

struct SourceArticle {
  std::string_view id, title, text;
};

// The copy of `article` with `edits` applied. `headlines` are titles of
// other articles, for the "Baca juga" lines. The generator is seeded from
// the article's id, the edits and `seed`.
std::string EditedCopy(const SourceArticle& article, unsigned edits,
                       const std::vector<std::string_view>& headlines,
                       uint64_t seed);

// Exposed for the program's own checks: the byte length of a dateline or
// reporter header at the start of `text` ("JAKARTA, KOMPAS.com - "), or 0.
size_t HeaderLength(std::string_view text);

}  // namespace warta::bench

#endif  // WARTA_BENCH_STORY_EDITS_H_
