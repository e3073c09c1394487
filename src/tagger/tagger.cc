#include "tagger/tagger.h"

#include "warta/tagger.h"

namespace warta::tagger {
namespace {

Upos UposFromName(std::string_view name) {
  for (int u = 1; u <= static_cast<int>(Upos::kX); ++u)
    if (UposName(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::kX;
}

uint8_t NerFromName(std::string_view name) {
  for (uint8_t i = 0; i < 7; ++i)
    if (NerLabelName(i) == name) return i;
  return 0;  // a type this version does not know: outside
}

std::string ModelPath(const std::string& given, const char* file) {
  return given.empty() ? DefaultModelDir() + "/" + file : given;
}

// Per-thread buffers of this stage.
struct TaggerScratch {
  TagWorkspace upos_workspace, ner_workspace;  // one per model: each keeps a cache
  std::vector<std::string_view> words, lemmas, upos;
  std::vector<uint64_t> classes;
  std::vector<int> tags;
};

}  // namespace

StatusOr<std::unique_ptr<Tagger>> Tagger::Create(
    const TaggerOptions& options,
    std::shared_ptr<const morphology::RootLexicon> lexicon) {
  auto upos = SequenceTagger::Load(ModelPath(options.upos_model, "upos-id.bin"));
  if (!upos.ok()) return upos.status();
  auto ner = SequenceTagger::Load(ModelPath(options.ner_model, "ner-id.bin"));
  if (!ner.ok()) return ner.status();
  if (upos->feature_set() != FeatureSet::kUpos || ner->feature_set() != FeatureSet::kNer)
    return InvalidArgumentError("the UPOS and NER model files are swapped");
  return std::make_unique<Tagger>(std::move(*upos), std::move(*ner), std::move(lexicon));
}

Tagger::Tagger(SequenceTagger upos, SequenceTagger ner,
               std::shared_ptr<const morphology::RootLexicon> lexicon)
    : upos_(std::move(upos)), ner_(std::move(ner)), lexicon_(std::move(lexicon)) {
  for (const std::string& t : upos_.tags()) upos_of_tag_.push_back(UposFromName(t));
  for (const std::string& t : ner_.tags()) ner_of_tag_.push_back(NerFromName(BioName(t)));
}

Status Tagger::Process(Document& doc, Scratch& scratch) const {
  TaggerScratch& s = scratch.Object<TaggerScratch>(this);
  for (const Sentence& sentence : doc.sentences) {
    s.words.clear();
    s.lemmas.clear();
    s.classes.clear();
    for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) {
      const Token& t = doc.tokens[k];
      s.words.push_back(doc.Form(t));
      s.lemmas.push_back(doc.Lemma(t));
      s.classes.push_back(lexicon_ ? lexicon_->RootClass(s.lemmas.back()) : 0);
    }
    upos_.Tag({s.words, s.lemmas, s.classes, {}}, &s.upos_workspace, &s.tags);
    s.upos.clear();
    for (size_t i = 0; i < s.tags.size(); ++i) {
      doc.tokens[sentence.token_begin + i].upos = upos_of_tag_[static_cast<size_t>(s.tags[i])];
      s.upos.push_back(upos_.tags()[static_cast<size_t>(s.tags[i])]);
    }
    ner_.Tag({s.words, s.lemmas, s.classes, s.upos}, &s.ner_workspace, &s.tags);
    for (size_t i = 0; i < s.tags.size(); ++i)
      doc.tokens[sentence.token_begin + i].ner = ner_of_tag_[static_cast<size_t>(s.tags[i])];
  }
  return Status::Ok();
}

}  // namespace warta::tagger
