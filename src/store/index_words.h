// The words of a text as the search index sees them, each with its root
// word: what the SQLite FTS5 tokenizer emits, what PostgreSQL's tsvector is
// built from, and what snippets highlight. Query words go through the same
// function, so "kirim" in a query meets "mengirim", "dikirimkan" and
// "pengiriman" in an article.
//
// A word is a run of letters and digits (UTF-8; combining marks belong to
// their letter); hyphens split words ("anak-anak" is "anak" twice), so do
// apostrophes and every other punctuation mark. Words are lowercased before
// the root is looked up; a word the dictionary does not know is its own root.
//
// Thread-safety: an IndexWords owns a caching stemmer; one per thread.
#ifndef WARTA_STORE_INDEX_WORDS_H_
#define WARTA_STORE_INDEX_WORDS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "warta/morphology.h"
#include "warta/options.h"
#include "warta/status.h"

namespace warta::store {

// Longer words are cut to this many bytes (on a code point boundary) before
// stemming, so a run of letters with no spaces cannot blow up an index.
inline constexpr size_t kMaxIndexWordBytes = 64;

class IndexWords {
 public:
  static StatusOr<IndexWords> Create(const MorphologyOptions& options);

  // Calls fn(begin, end, root) for every word of `text` in order; begin and
  // end are byte offsets into `text`. The root view is valid during the call.
  // Stops early when fn returns false.
  void ForEach(std::string_view text,
               const std::function<bool(size_t, size_t, std::string_view)>& fn);

  // The roots of `text` joined by single spaces ("kirim bantu korban").
  std::string Roots(std::string_view text);

 private:
  explicit IndexWords(RootWordStemmer stemmer) : stemmer_(std::move(stemmer)) {}
  RootWordStemmer stemmer_;
  std::string lower_;
};

}  // namespace warta::store

#endif  // WARTA_STORE_INDEX_WORDS_H_
