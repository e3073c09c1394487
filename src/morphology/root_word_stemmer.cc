#include "warta/morphology.h"

#include "morphology/morphology.h"
#include "morphology/root_lexicon.h"
#include "morphology/root_word_analyzer.h"

namespace warta {

struct RootWordStemmer::Impl {
  explicit Impl(std::shared_ptr<const morphology::RootLexicon> lexicon)
      : analyzer(std::move(lexicon)) {}
  morphology::RootWordAnalyzer analyzer;
  morphology::RootWordCache cache;
};

StatusOr<RootWordStemmer> RootWordStemmer::Create(
    const MorphologyOptions& options) {
  return Create(options, {});
}

StatusOr<RootWordStemmer> RootWordStemmer::Create(
    const MorphologyOptions& options, const std::vector<std::string>& withheld) {
  auto lexicon = morphology::RootLexicon::Load(
      options.hunspell_dic, options.hunspell_aff,
      morphology::WithheldEntries(withheld.begin(), withheld.end()));
  if (!lexicon.ok()) return lexicon.status();
  return RootWordStemmer(std::make_unique<Impl>(
      std::shared_ptr<const morphology::RootLexicon>(std::move(*lexicon))));
}

RootWordStemmer::RootWordStemmer(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
RootWordStemmer::RootWordStemmer(RootWordStemmer&&) noexcept = default;
RootWordStemmer& RootWordStemmer::operator=(RootWordStemmer&&) noexcept =
    default;
RootWordStemmer::~RootWordStemmer() = default;

std::string_view RootWordStemmer::Root(std::string_view word) {
  if (impl_->cache.size() > (1u << 20)) impl_->cache.Clear();
  return impl_->cache.Get(impl_->analyzer, word);
}

std::string RootWordStemmer::RootUncached(std::string_view word) const {
  return impl_->analyzer.Analyze(word);
}

uint64_t RootWordStemmer::RootClass(std::string_view root) const {
  return impl_->analyzer.lexicon().RootClass(root);
}

size_t RootWordStemmer::form_count() const {
  return impl_->analyzer.lexicon().form_count();
}

}  // namespace warta
