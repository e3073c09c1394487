// `warta tag` (UPOS, lemmas and NER on given words) and `warta train`.
#ifndef WARTA_TOOLS_TAG_COMMAND_H_
#define WARTA_TOOLS_TAG_COMMAND_H_

#include <string>
#include <vector>

#include "warta/parser.h"
#include "warta/tagger.h"

namespace CLI {
class App;
}

namespace warta::cli {

struct TagFlags {
  std::string conllu;  // CoNLL-U in, CoNLL-U out with LEMMA and UPOS
  std::string ner;     // one token a line in, token<TAB>tag out
  std::string upos_model;
  std::string ner_model;
  std::string dep_model;  // --conllu: fills HEAD and DEPREL
};

CLI::App* AddTagCommand(CLI::App& app, TagFlags* flags);
int RunTag(const TagFlags& flags);

struct TrainFlags {
  std::string task;
  TrainTaggerOptions options;  // dep: the fields TrainParserOptions shares
  int explore_from = 1;        // dep only
  float min_weight = 0.02f;    // dep only
  uint32_t min_count = 5;      // dep only
  bool older_copies = false;   // dep only
  bool older_punct = false;    // dep only
  bool older_punct_guidelines = false;  // dep only
  bool given_upos = false;     // dep only
};

CLI::App* AddTrainCommand(CLI::App& app, TrainFlags* flags);
int RunTrain(TrainFlags flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_TAG_COMMAND_H_
