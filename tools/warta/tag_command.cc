#include "tag_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "annotate_command.h"

namespace warta::cli {
namespace {

std::istream* Open(const std::string& path, std::ifstream* file) {
  if (path == "-") return &std::cin;
  file->open(path, std::ios::binary);
  if (!*file) return nullptr;
  return file;
}

}  // namespace

CLI::App* AddTagCommand(CLI::App& app, TagFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "tag", "Tag given words: CoNLL-U with LEMMA and UPOS, or token<TAB>NER tag.");
  cmd->option_defaults()->always_capture_default();
  auto* conllu = cmd->add_option("--conllu", flags->conllu,
                                 "CoNLL-U to tag (its words are kept); '-' for stdin")
                     ->type_name("FILE|-");
  auto* ner = cmd->add_option("--ner", flags->ner,
                              "One token a line, blank line between sentences; "
                              "writes token<TAB>BIO tag; '-' for stdin")
                  ->type_name("FILE|-");
  conllu->excludes(ner);
  cmd->add_option("--upos-model", flags->upos_model,
                  "UPOS model (default: upos-id.bin in the models folder)");
  cmd->add_option("--ner-model", flags->ner_model,
                  "NER model (default: ner-id.bin in the models folder)");
  cmd->add_option("--dep-model", flags->dep_model,
                  "--conllu: dependency parser model filling HEAD and DEPREL "
                  "(default: dep-id.bin in the models folder)");
  cmd->footer("Models folder: $WARTA_MODELS, else " + DefaultModelDir() +
              ". Exit codes: 0 done; 2 bad flags; 3 input or model cannot be read.");
  return cmd;
}

int RunTag(const TagFlags& flags) {
  if (flags.conllu.empty() == flags.ner.empty()) {
    std::cerr << "warta: give --conllu FILE or --ner FILE\n";
    return kExitUsage;
  }
  TaggerOptions options;
  options.upos_model = flags.upos_model;
  options.ner_model = flags.ner_model;
  // The parser fills HEAD and DEPREL of CoNLL-U; NER output has no tree.
  ParserOptions parser;
  parser.model = flags.dep_model;
  auto tagger = WordTagger::Create(options, MorphologyOptions{},
                                   flags.conllu.empty() ? nullptr : &parser);
  if (!tagger.ok()) {
    std::cerr << "warta: " << tagger.status().message() << "\n";
    return kExitNoInput;
  }
  const std::string& path = flags.conllu.empty() ? flags.ner : flags.conllu;
  std::ifstream file;
  std::istream* in = Open(path, &file);
  if (in == nullptr) {
    std::cerr << "warta: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return kExitNoInput;
  }
  std::string line, out;
  std::vector<std::string> block;
  auto flush_block = [&] {
    if (block.empty()) return;
    if (!flags.conllu.empty()) {
      tagger->TagConlluSentence(block, &out);
    } else {
      WordTagger::Tags tags;
      std::vector<std::string> words;
      for (const std::string& l : block) words.push_back(l.substr(0, l.find('\t')));
      tagger->TagSentence(words, &tags);
      for (size_t i = 0; i < words.size(); ++i) out += words[i] + '\t' + tags.ner[i] + '\n';
      out += '\n';
    }
    block.clear();
    if (out.size() > (1u << 16)) {
      std::cout << out;
      out.clear();
    }
  };
  while (std::getline(*in, line)) {
    while (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush_block();
      continue;
    }
    block.push_back(line);
  }
  flush_block();
  std::cout << out << std::flush;
  return kExitOk;
}

CLI::App* AddTrainCommand(CLI::App& app, TrainFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "train",
      "Train the UPOS (pos), NER (ner) or dependency parser (dep) model from annotated files.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("TASK", flags->options.task, "pos, ner or dep")
      ->required()
      ->check(CLI::IsMember({"pos", "ner", "dep"}));
  // At least one of --train and --train-current (checked by TrainTagger).
  cmd->add_option("--train", flags->options.train,
                  "Training file(s): CoNLL-U for pos and dep, token<TAB>tag for ner; "
                  "pos, dep: brought to the current UD conventions first");
  cmd->add_option("--train-current", flags->options.train_current,
                  "pos, dep: training file(s) already in the current UD Indonesian "
                  "conventions, used as they are (name one twice to count it twice)");
  cmd->add_option("--dev", flags->options.dev,
                  "Development file(s), same format; the epoch with the best "
                  "figure on all of them together is kept");
  cmd->add_option("--upos-model", flags->options.upos_model,
                  "ner, dep: the UPOS model whose tags are features (default: "
                  "upos-id.bin in the models folder)");
  cmd->add_option("--out", flags->options.out, "Model file to write")->required();
  cmd->add_option("--epochs", flags->options.epochs, "Passes over the training data");
  cmd->add_option("--seed", flags->options.seed, "Seed of the example order");
  cmd->add_option("--gazetteer", flags->options.gazetteer_dir,
                  "Folder with person.txt, place.txt, organization.txt name "
                  "lists (ner)");
  cmd->add_option("--explore-from", flags->explore_from,
                  "dep: the epoch (0-based) from which the parser learns from its own "
                  "moves (dynamic oracle); 0: never");
  cmd->add_option("--min-weight", flags->min_weight,
                  "dep: averaged weights smaller than this are left out of the model");
  cmd->add_flag("--older-copies", flags->older_copies,
                "dep: --train trees also teach a separate copy of their features for "
                "their older conventions, left out of the model");
  cmd->add_flag("--older-punct", flags->older_punct,
                "dep: learn punctuation heads from --train trees too (by default they "
                "count as unknown there)");
  cmd->add_flag("--older-punct-guidelines", flags->older_punct_guidelines,
                "dep: brackets, quotation marks and the last mark of --train trees take "
                "the heads the UD guidelines give them (their other marks stay unknown)");
  cmd->add_flag("--given-upos", flags->given_upos,
                "dep: learn from the UPOS in each training word's MISC field AutoUpos= "
                "(jackknifed tags: tools/jackknife_upos.py) instead of tagging with "
                "--upos-model");
  cmd->add_option("--min-count", flags->min_count,
                  "dep: features seen fewer times than this are left out of the model");
  return cmd;
}

int RunTrain(TrainFlags flags) {
  Status s;
  if (flags.options.task == "dep") {
    TrainParserOptions dep;
    dep.train = flags.options.train;
    dep.train_current = flags.options.train_current;
    dep.dev = flags.options.dev;
    dep.out = flags.options.out;
    dep.epochs = flags.options.epochs;
    dep.seed = flags.options.seed;
    dep.upos_model = flags.options.upos_model;
    dep.explore_from = flags.explore_from;
    dep.min_weight = flags.min_weight;
    dep.min_count = flags.min_count;
    dep.older_copies = flags.older_copies;
    dep.older_punct_unknown = !flags.older_punct;
    dep.older_punct_by_guidelines = flags.older_punct_guidelines;
    dep.given_upos = flags.given_upos;
    s = TrainParser(dep, &std::cerr);
  } else {
    s = TrainTagger(flags.options, &std::cerr);
  }
  if (!s.ok()) {
    std::cerr << "warta: " << s.message() << "\n";
    return s.code() == StatusCode::kNotFound ? kExitNoInput : kExitUsage;
  }
  return kExitOk;
}

}  // namespace warta::cli
