// `warta stem`: one word a line in, "word<TAB>root" a line out, in order.
#ifndef WARTA_TOOLS_STEM_COMMAND_H_
#define WARTA_TOOLS_STEM_COMMAND_H_

#include <string>

namespace CLI {
class App;
}

namespace warta::cli {

struct StemFlags {
  std::string input = "-";
  std::string hunspell_dic = "/usr/share/hunspell/id_ID.dic";
  std::string hunspell_aff = "/usr/share/hunspell/id_ID.aff";
  std::string withhold;  // words left out of warta's reviewed lists
};

CLI::App* AddStemCommand(CLI::App& app, StemFlags* flags);
int RunStem(const StemFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_STEM_COMMAND_H_
