// Root words of Indonesian word forms, outside a pipeline (the `warta stem`
// command, search indexing, notebooks).
//
//   auto stemmer = warta::RootWordStemmer::Create(warta::MorphologyOptions{});
//   if (!stemmer.ok()) { ... stemmer.status().message() ... }
//   stemmer->Root("mengirimkan");   // "kirim"
//
// The dictionary comes from Debian's hunspell-id (paths in
// MorphologyOptions) plus warta's reviewed lists; loading takes about 0.2 s
// and 10 MB.
#ifndef WARTA_MORPHOLOGY_H_
#define WARTA_MORPHOLOGY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "warta/options.h"
#include "warta/status.h"

namespace warta {

class RootWordStemmer {
 public:
  // Fails with kNotFound naming the file when the dictionary is missing.
  static StatusOr<RootWordStemmer> Create(const MorphologyOptions& options);

  // The same without the entries of warta's reviewed word lists named in
  // `withheld` (lowercase words; an override by its form). For measuring
  // by folds, so that no list entry that came from a held-out word helps to
  // score it (`warta stem --withhold`, tools/eval/stem_folds.py).
  static StatusOr<RootWordStemmer> Create(const MorphologyOptions& options,
                                          const std::vector<std::string>& withheld);

  RootWordStemmer(RootWordStemmer&&) noexcept;
  RootWordStemmer& operator=(RootWordStemmer&&) noexcept;
  ~RootWordStemmer();

  // The root of `word` (any case; the root is lowercase). Remembers each
  // form it has seen, so repeated forms cost one hash lookup. The view is
  // valid until the next call. Not thread-safe: one stemmer per thread, or
  // RootUncached().
  std::string_view Root(std::string_view word);

  // The same without the cache; thread-safe.
  std::string RootUncached(std::string_view word) const;

  // The paradigm class of a root word (which kinds of affixes the
  // dictionary lets it take), 0 if `root` is not a root. Thread-safe.
  uint64_t RootClass(std::string_view root) const;

  // Forms the dictionary expansion holds (for --help texts and benchmarks).
  size_t form_count() const;

 private:
  struct Impl;
  explicit RootWordStemmer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace warta

#endif  // WARTA_MORPHOLOGY_H_
