#include "morphology/morphology.h"

#include <xxhash.h>

#include "text/char_class.h"
#include "text/utf8.h"

namespace warta::morphology {
namespace {

uint64_t Key(std::string_view s) {
  uint64_t h = XXH3_64bits(s.data(), s.size());
  return h == 0 ? 1 : h;
}

// A name or an acronym: a capital first letter inside a sentence, or a word
// in capitals of two letters or more ("KPK", "JAKARTA").
bool LooksLikeName(std::string_view form, bool sentence_start) {
  char32_t first = 0;
  if (form.empty() || text::DecodeUtf8(form, 0, &first) == 0) return false;
  if (!text::IsUpper(first)) return false;
  if (!sentence_start) return true;
  size_t letters = 0;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// Marks after which a word is capitalised because a quotation, a bracket or
// a list item begins, not because it is a name: " “ ( : - —
bool OpensPhrase(std::string_view previous) {
  return previous == "\"" || previous == "\xE2\x80\x9C" || previous == "(" ||
         previous == ":" || previous == "-" || previous == "\xE2\x80\x94" ||
         previous == "'" || previous == "\xE2\x80\x98";
}

}  // namespace

std::string_view RootWordCache::Get(const RootWordAnalyzer& analyzer,
                                    std::string_view word) {
  if (entries_.capacity() == 0) entries_.Reset(1u << 12);
  bool inserted;
  Entry& e = entries_.FindOrInsert(Key(word), &inserted, [&](const Entry& candidate) {
    return std::string_view(pool_).substr(candidate.form_begin, candidate.form_size) == word;
  });
  if (!inserted) return std::string_view(pool_).substr(e.root_begin, e.root_size);
  analyzer.Analyze(word, &root_);
  e.form_begin = static_cast<uint32_t>(pool_.size());
  e.form_size = static_cast<uint32_t>(word.size());
  pool_ += word;
  e.root_begin = static_cast<uint32_t>(pool_.size());
  e.root_size = static_cast<uint32_t>(root_.size());
  pool_ += root_;
  return std::string_view(pool_).substr(e.root_begin, e.root_size);
}

void RootWordCache::Clear() {
  entries_.Reset(1u << 12);
  pool_.clear();
}

StatusOr<std::unique_ptr<Morphology>> Morphology::Create(
    const MorphologyOptions& options) {
  auto lexicon = RootLexicon::Load(options.hunspell_dic, options.hunspell_aff);
  if (!lexicon.ok()) return lexicon.status();
  return std::make_unique<Morphology>(
      std::shared_ptr<const RootLexicon>(std::move(*lexicon)));
}

Morphology::Morphology(std::shared_ptr<const RootLexicon> lexicon)
    : analyzer_(std::move(lexicon)) {}

Status Morphology::Process(Document& doc, Scratch& scratch) const {
  // The cache grows with the vocabulary of everything this thread has seen;
  // past a few hundred thousand forms it starts afresh.
  RootWordCache& cache = scratch.Object<RootWordCache>(this);
  if (cache.size() > (1u << 19)) cache.Clear();
  doc.lemma_pool.clear();
  doc.lemma_pool.reserve(doc.text.size());
  for (const Sentence& s : doc.sentences) {
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      Token& t = doc.tokens[k];
      std::string_view form = doc.Form(t);
      t.lemma_begin = static_cast<uint32_t>(doc.lemma_pool.size());
      const bool sentence_start = k == s.token_begin || OpensPhrase(doc.Form(doc.tokens[k - 1]));
      if (t.kind != TokenKind::kWord || LooksLikeName(form, sentence_start)) {
        // Names, numbers, URLs...: the form itself, lowercased.
        for (char c : form)
          doc.lemma_pool.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
      } else {
        doc.lemma_pool += cache.Get(analyzer_, form);
      }
      t.lemma_size = static_cast<uint32_t>(doc.lemma_pool.size()) - t.lemma_begin;
    }
  }
  return Status::Ok();
}

}  // namespace warta::morphology
