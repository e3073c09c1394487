// TrainParser: treebanks in, a parser model file out.
#include <fstream>
#include <optional>
#include <ostream>

#include "parser/parser_trainer.h"
#include "parser/treebank.h"
#include "tagger/sequence_tagger.h"
#include "warta/morphology.h"
#include "warta/parser.h"
#include "warta/tagger.h"

namespace warta {
namespace {

Upos UposFromName(std::string_view name) {
  for (int u = 1; u <= static_cast<int>(Upos::kX); ++u)
    if (UposName(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::kX;
}

// A relation name the table lacks counts as its universal part ("dep" if
// that is unknown too).
uint8_t RelationId(const std::string& name) {
  if (uint8_t id = DeprelId(name)) return id;
  if (uint8_t id = DeprelId(name.substr(0, name.find(':')))) return id;
  return DeprelId("dep");
}

// `need_auto_upos`: every word must carry an AutoUpos (--given-upos).
Status ReadFile(const std::string& path, bool need_auto_upos, std::vector<parser::Tree>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  const size_t first = out->size();
  Status s = parser::ReadTrees(in, path, out);
  if (!s.ok() || !need_auto_upos) return s;
  for (size_t i = first; i < out->size(); ++i)
    for (const std::string& u : (*out)[i].auto_upos)
      if (u.empty())
        return InvalidArgumentError(path + ": sentence " + std::to_string(i - first + 1) +
                                    " has a word without AutoUpos= in MISC (--given-upos)");
  return s;
}

}  // namespace

Status TrainParser(const TrainParserOptions& options, std::ostream* log) {
  if (options.train.empty() && options.train_current.empty())
    return InvalidArgumentError("no --train file");
  if (options.out.empty()) return InvalidArgumentError("no --out file");
  std::vector<parser::Tree> train, dev;
  for (const std::string& path : options.train) {
    Status s = ReadFile(path, options.given_upos, &train);
    if (!s.ok()) return s;
  }
  parser::HarmonizeOlderTrees(&train);
  const size_t older = train.size();
  for (const std::string& path : options.train_current) {
    Status s = ReadFile(path, options.given_upos, &train);
    if (!s.ok()) return s;
  }
  for (const std::string& path : options.dev) {
    Status s = ReadFile(path, false, &dev);
    if (!s.ok()) return s;
  }
  auto stemmer = RootWordStemmer::Create(options.morphology);
  if (!stemmer.ok()) return stemmer.status();
  // No tagger is needed when every UPOS is given.
  std::optional<tagger::SequenceTagger> upos;
  if (!options.given_upos || !dev.empty()) {
    auto loaded = tagger::SequenceTagger::Load(
        options.upos_model.empty() ? DefaultModelDir() + "/upos-id.bin" : options.upos_model);
    if (!loaded.ok()) return loaded.status();
    if (loaded->feature_set() != tagger::FeatureSet::kUpos)
      return InvalidArgumentError(options.upos_model + " is not a UPOS model");
    upos = std::move(*loaded);
  }

  // What the parser will see in the pipeline: root words from the
  // morphology and the tagger's UPOS (given, or from `upos`).
  tagger::TagWorkspace ws;
  std::vector<int> ids;
  std::vector<uint64_t> classes;
  auto convert = [&](const std::vector<parser::Tree>& trees, bool given,
                     std::vector<parser::ParsedSentence>* out) {
    for (const parser::Tree& t : trees) {
      parser::ParsedSentence s;
      s.words = t.words;
      classes.clear();
      for (const std::string& w : t.words) {
        s.lemmas.emplace_back(stemmer->Root(w));
        classes.push_back(stemmer->RootClass(s.lemmas.back()));
      }
      if (given) {
        for (const std::string& u : t.auto_upos) s.upos.push_back(UposFromName(u));
      } else {
        std::vector<std::string_view> words(s.words.begin(), s.words.end());
        std::vector<std::string_view> lemmas(s.lemmas.begin(), s.lemmas.end());
        upos->Tag({words, lemmas, classes, {}}, &ws, &ids);
        for (int id : ids) s.upos.push_back(UposFromName(upos->tags()[static_cast<size_t>(id)]));
      }
      s.heads = t.heads;
      for (const std::string& d : t.deprels) s.deprels.push_back(RelationId(d));
      out->push_back(std::move(s));
    }
  };
  std::vector<parser::ParsedSentence> train_sentences, dev_sentences;
  convert(train, options.given_upos, &train_sentences);
  for (size_t i = 0; i < older; ++i) train_sentences[i].older_conventions = true;
  convert(dev, false, &dev_sentences);
  parser::ParserTrainOptions train_options;
  train_options.epochs = options.epochs;
  train_options.seed = options.seed;
  train_options.explore_from = options.explore_from;
  train_options.min_weight = options.min_weight;
  train_options.min_count = options.min_count;
  train_options.older_copies = options.older_copies;
  train_options.older_punct_unknown = options.older_punct_unknown;
  train_options.older_punct_by_guidelines = options.older_punct_by_guidelines;
  auto model = parser::TrainParserModel(train_sentences, dev_sentences, train_options, log);
  if (!model.ok()) return model.status();
  Status saved = model->Save(options.out);
  if (saved.ok() && log)
    *log << "wrote " << options.out << " (" << model->num_features() << " features)\n";
  return saved;
}

}  // namespace warta
