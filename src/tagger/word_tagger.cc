// Public entry points of the taggers: WordTagger and TrainTagger.
#include <cstdlib>
#include <fstream>
#include <ostream>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "parser/dependency_parser.h"
#include "parser/punctuation_attachment.h"
#include "segmenter/clitic_splitter.h"
#include "tagger/corpus_reader.h"
#include "tagger/place_names.h"
#include "tagger/sequence_tagger.h"
#include "text/lexicon.h"
#include "warta/morphology.h"
#include "warta/tagger.h"

namespace warta {

std::string DefaultModelDir() {
  const char* env = std::getenv("WARTA_MODELS");
  if (env != nullptr && *env != '\0') return env;
  return WARTA_MODEL_DIR;
}

namespace {

std::string ModelPath(const std::string& given, const char* file) {
  return given.empty() ? DefaultModelDir() + "/" + file : given;
}

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

Upos UposFromName(std::string_view name) {
  for (int u = 1; u <= static_cast<int>(Upos::kX); ++u)
    if (UposName(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::kX;
}

// Splits clitics off training words the way the segmenter does (UD 2.1 of
// GSD wrote "membelinya" as one word; current UD and warta write "membeli"
// + "nya"), giving the clitic the tag current UD gives it.
void SplitClitics(std::vector<tagger::TaggedSentence>* sentences) {
  static const segmenter::CliticSplitter splitter;
  for (auto& s : *sentences) {
    tagger::TaggedSentence out;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const std::string& w = s.words[i];
      size_t host = splitter.HostLength(w);
      if (host == 0) {
        out.words.push_back(w);
        out.tags.push_back(s.tags[i]);
        continue;
      }
      std::string clitic = tagger::Lowercase(w.substr(host));
      if (!clitic.empty() && clitic[0] == '-') clitic.erase(0, 1);
      out.words.push_back(w.substr(0, host));
      out.tags.push_back(s.tags[i]);
      out.words.push_back(w.substr(host));
      out.tags.push_back(clitic == "lah" || clitic == "kah" || clitic == "pun" ? "PART" : "PRON");
    }
    s.words = std::move(out.words);
    s.tags = std::move(out.tags);
  }
}

// Relabels training tokens annotated before UD Indonesian changed their
// UPOS (lexicons/upos-harmonization.tsv).
void HarmonizeUpos(std::vector<tagger::TaggedSentence>* sentences) {
  struct Rule {
    std::string from, to;
    std::vector<std::string> before;  // empty: anywhere
  };
  std::unordered_map<std::string, std::vector<Rule>> rules;
  text::ForEachLexiconEntry(
      lexicons::UposHarmonization(),
      [&](const std::vector<std::string_view>& f, size_t) {
        if (f.size() < 3) return;
        Rule r{std::string(f[1]), std::string(f[2]), {}};
        if (f.size() > 3) {
          std::string_view list = f[3];
          while (!list.empty()) {
            size_t comma = list.find(',');
            r.before.emplace_back(list.substr(0, comma));
            list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
          }
        }
        rules[std::string(f[0])].push_back(std::move(r));
      });
  for (auto& s : *sentences) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      auto it = rules.find(tagger::Lowercase(s.words[i]));
      if (it == rules.end()) continue;
      for (const Rule& r : it->second) {
        if (s.tags[i] != r.from) continue;
        if (!r.before.empty() &&
            (i + 1 >= s.words.size() ||
             std::find(r.before.begin(), r.before.end(), s.tags[i + 1]) == r.before.end()))
          continue;
        s.tags[i] = r.to;
        break;
      }
    }
  }
}

}  // namespace

struct WordTagger::Impl {
  RootWordStemmer stemmer;
  tagger::SequenceTagger upos, ner;
  tagger::TagWorkspace upos_workspace, ner_workspace;
  std::vector<int> ids;
  std::vector<uint64_t> classes;
  // The dependency parser, when asked for.
  std::optional<parser::DependencyParser> parser;
  parser::ParseWorkspace parse_workspace;
  std::vector<Upos> upos_ids;
  std::vector<int32_t> heads;
  std::vector<uint8_t> deprels;
};

WordTagger::WordTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WordTagger::WordTagger(WordTagger&&) noexcept = default;
WordTagger& WordTagger::operator=(WordTagger&&) noexcept = default;
WordTagger::~WordTagger() = default;

StatusOr<WordTagger> WordTagger::Create(const TaggerOptions& options,
                                        const MorphologyOptions& morphology,
                                        const ParserOptions* parser_options) {
  auto stemmer = RootWordStemmer::Create(morphology);
  if (!stemmer.ok()) return stemmer.status();
  auto upos = tagger::SequenceTagger::Load(ModelPath(options.upos_model, "upos-id.bin"));
  if (!upos.ok()) return upos.status();
  auto ner = tagger::SequenceTagger::Load(ModelPath(options.ner_model, "ner-id.bin"));
  if (!ner.ok()) return ner.status();
  auto impl = std::unique_ptr<Impl>(new Impl{std::move(*stemmer), std::move(*upos),
                                             std::move(*ner), {}, {}, {}, {}, {}, {}, {}, {},
                                             {}});
  if (parser_options != nullptr) {
    auto parser = parser::DependencyParser::Load(
        ModelPath(parser_options->model, "dep-id.bin"));
    if (!parser.ok()) return parser.status();
    impl->parser = std::move(*parser);
  }
  return WordTagger(std::move(impl));
}

void WordTagger::TagSentence(const std::vector<std::string>& words, Tags* out) {
  out->lemmas.clear();
  impl_->classes.clear();
  for (const std::string& w : words) {
    out->lemmas.emplace_back(impl_->stemmer.Root(w));
    impl_->classes.push_back(impl_->stemmer.RootClass(out->lemmas.back()));
  }
  auto word_views = Views(words);
  auto lemma_views = Views(out->lemmas);
  impl_->upos.Tag({word_views, lemma_views, impl_->classes, {}}, &impl_->upos_workspace, &impl_->ids);
  out->upos.clear();
  for (int id : impl_->ids) out->upos.push_back(impl_->upos.tags()[static_cast<size_t>(id)]);
  auto upos_views = Views(out->upos);
  impl_->ner.Tag({word_views, lemma_views, impl_->classes, upos_views}, &impl_->ner_workspace,
                 &impl_->ids);
  out->ner.clear();
  for (int id : impl_->ids) out->ner.push_back(tagger::BioName(impl_->ner.tags()[static_cast<size_t>(id)]));
  out->heads.clear();
  out->deprels.clear();
  if (!impl_->parser) return;
  impl_->upos_ids.clear();
  for (const std::string& u : out->upos) impl_->upos_ids.push_back(UposFromName(u));
  impl_->parser->Parse({word_views, lemma_views, impl_->upos_ids}, &impl_->parse_workspace,
                       &impl_->heads, &impl_->deprels);
  parser::AttachPunctuation(word_views, impl_->upos_ids, &impl_->heads, &impl_->deprels);
  for (size_t i = 0; i < words.size(); ++i) {
    out->heads.push_back(impl_->heads[i] + 1);
    out->deprels.emplace_back(DeprelName(impl_->deprels[i]));
  }
}

void WordTagger::TagConlluSentence(const std::vector<std::string>& lines, std::string* out) {
  std::vector<std::string> words;
  for (const std::string& line : lines) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = tagger::SplitTabs(line);
    if (cols.size() >= 2 && cols[0].find_first_of("-.") == std::string::npos)
      words.push_back(cols[1]);
  }
  Tags tags;
  TagSentence(words, &tags);
  size_t w = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> cols = tagger::SplitTabs(line);
    if (line.empty() || line[0] == '#' || cols.size() < 4 ||
        cols[0].find_first_of("-.") != std::string::npos) {
      *out += line;
      *out += '\n';
      continue;
    }
    cols[2] = tags.lemmas[w];
    cols[3] = tags.upos[w];
    if (!tags.heads.empty() && cols.size() >= 8) {
      cols[6] = std::to_string(tags.heads[w]);
      cols[7] = tags.deprels[w];
    }
    ++w;
    for (size_t c = 0; c < cols.size(); ++c) {
      if (c) *out += '\t';
      *out += cols[c];
    }
    *out += '\n';
  }
  *out += '\n';
}

Status TrainTagger(const TrainTaggerOptions& options, std::ostream* log) {
  const bool pos = options.task == "pos";
  if (!pos && options.task != "ner")
    return InvalidArgumentError("task must be pos or ner, not \"" + options.task + "\"");
  if (options.train.empty() && options.train_current.empty())
    return InvalidArgumentError("no --train file");
  if (options.out.empty()) return InvalidArgumentError("no --out file");
  auto read = [&](const std::string& path, std::vector<tagger::TaggedSentence>* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFoundError("cannot open " + path);
    return pos ? tagger::ReadConlluUpos(in, path, out)
               : tagger::ReadConllNer(in, path, /*tags_required=*/true, out);
  };
  std::vector<tagger::TaggedSentence> train, dev;
  for (const std::string& path : options.train) {
    Status s = read(path, &train);
    if (!s.ok()) return s;
  }
  for (const std::string& path : options.dev) {
    Status s = read(path, &dev);
    if (!s.ok()) return s;
  }
  if (pos) {
    SplitClitics(&train);
    HarmonizeUpos(&train);
    for (auto& s : train) s.conventions = tagger::kOlderConventions;
  }
  for (const std::string& path : options.train_current) {
    Status s = read(path, &train);
    if (!s.ok()) return s;
  }
  // Root words as features, from the same analyser the pipeline uses.
  auto stemmer = RootWordStemmer::Create(options.morphology);
  if (!stemmer.ok()) return stemmer.status();
  for (auto* set : {&train, &dev})
    for (auto& s : *set)
      for (const std::string& w : s.words) {
        s.lemmas.emplace_back(stemmer->Root(w));
        s.root_classes.push_back(stemmer->RootClass(s.lemmas.back()));
      }

  // The NER model reads the UPOS tagger's tags, as in the pipeline.
  if (!pos) {
    auto upos = tagger::SequenceTagger::Load(
        options.upos_model.empty() ? DefaultModelDir() + "/upos-id.bin" : options.upos_model);
    if (!upos.ok()) return upos.status();
    tagger::TagWorkspace ws;
    std::vector<int> ids;
    for (auto* set : {&train, &dev}) {
      for (auto& s : *set) {
        auto words = Views(s.words);
        auto lemmas = Views(s.lemmas);
        upos->Tag({words, lemmas, s.root_classes, {}}, &ws, &ids);
        for (int id : ids) s.upos.push_back(upos->tags()[static_cast<size_t>(id)]);
      }
    }
  }
  tagger::Gazetteer gazetteer;
  if (!pos && !options.gazetteer_dir.empty()) {
    const std::pair<const char*, std::pair<uint8_t, uint8_t>> lists[] = {
        {"person.txt", {tagger::Gazetteer::kPerson, tagger::Gazetteer::kPersonFirst}},
        {"place.txt", {tagger::Gazetteer::kPlace, tagger::Gazetteer::kPlaceFirst}},
        {"organization.txt",
         {tagger::Gazetteer::kOrganization, tagger::Gazetteer::kOrganizationFirst}}};
    for (const auto& [file, bits] : lists) {
      const std::string path = options.gazetteer_dir + "/" + file;
      std::ifstream in(path, std::ios::binary);
      if (!in) return NotFoundError("cannot open name list " + path);
      std::string name;
      while (std::getline(in, name)) gazetteer.AddName(name, bits.first, bits.second);
    }
    if (log) *log << "name lists: " << gazetteer.size() << " tokens\n";
  }
  if (!pos) {
    const size_t places = tagger::AddKnownPlaces(&gazetteer);
    if (log) *log << "known places: " << places << " names\n";
  }
  if (log)
    *log << "training " << options.task << " on " << train.size() << " sentences"
         << (dev.empty() ? "" : ", dev " + std::to_string(dev.size())) << "\n";
  // NER learns BILOU tags (a name's last word and one-word names apart):
  // with the tagger holding a name open until its last word, more names
  // come out whole. Output stays BIO (BioName).
  if (!pos)
    for (auto& s : train) tagger::ToBilou(&s.tags);
  tagger::TrainOptions train_options;
  train_options.feature_set = pos ? tagger::FeatureSet::kUpos : tagger::FeatureSet::kNer;
  train_options.epochs = options.epochs;
  train_options.seed = options.seed;
  auto model = tagger::Train(train, dev, gazetteer, train_options, log);
  if (!model.ok()) return model.status();
  Status saved = model->Save(options.out);
  if (saved.ok() && log)
    *log << "wrote " << options.out << " (" << model->num_features() << " features)\n";
  return saved;
}

}  // namespace warta
