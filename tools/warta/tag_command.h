// `warta tag` (UPOS, lemmas and NER on given words) and `warta train`.
#ifndef WARTA_TOOLS_TAG_COMMAND_H_
#define WARTA_TOOLS_TAG_COMMAND_H_

#include <string>
#include <vector>

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
};

CLI::App* AddTagCommand(CLI::App& app, TagFlags* flags);
int RunTag(const TagFlags& flags);

struct TrainFlags {
  std::string task;
  TrainTaggerOptions options;
};

CLI::App* AddTrainCommand(CLI::App& app, TrainFlags* flags);
int RunTrain(TrainFlags flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_TAG_COMMAND_H_
