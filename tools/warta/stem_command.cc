#include "stem_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include "annotate_command.h"
#include "warta/morphology.h"

namespace warta::cli {

CLI::App* AddStemCommand(CLI::App& app, StemFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "stem", "Root word of each word: one word a line in, word<TAB>root out.");
  cmd->option_defaults()->always_capture_default();
  cmd->add_option("FILE", flags->input, "Words, one a line; '-' reads standard input");
  cmd->add_option("--hunspell-dic", flags->hunspell_dic,
                  "Indonesian hunspell dictionary (Debian package hunspell-id)");
  cmd->add_option("--hunspell-aff", flags->hunspell_aff,
                  "Its affix file");
  cmd->add_option("--withhold", flags->withhold,
                  "Words, one a line, whose entries in warta's reviewed lists are left "
                  "out (measuring by folds: tools/eval/stem_folds.py)");
  cmd->footer("Exit codes: 0 done; 2 bad flags; 3 input or dictionary cannot be read.");
  return cmd;
}

int RunStem(const StemFlags& flags) {
  MorphologyOptions options;
  options.hunspell_dic = flags.hunspell_dic;
  options.hunspell_aff = flags.hunspell_aff;
  std::vector<std::string> withheld;
  if (!flags.withhold.empty()) {
    std::ifstream list(flags.withhold);
    if (!list) {
      std::cerr << "warta: cannot open " << flags.withhold << ": "
                << std::strerror(errno) << "\n";
      return kExitNoInput;
    }
    for (std::string w; std::getline(list, w);)
      if (!w.empty()) withheld.push_back(w);
  }
  auto stemmer = RootWordStemmer::Create(options, withheld);
  if (!stemmer.ok()) {
    std::cerr << "warta: " << stemmer.status().message() << "\n";
    return kExitNoInput;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (flags.input != "-") {
    file.open(flags.input, std::ios::binary);
    if (!file) {
      std::cerr << "warta: cannot open " << flags.input << ": "
                << std::strerror(errno) << "\n";
      return kExitNoInput;
    }
    in = &file;
  }
  std::string line, out;
  while (std::getline(*in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' ||
                             line.back() == '\t'))
      line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    std::string_view word =
        start == std::string::npos ? std::string_view() : std::string_view(line).substr(start);
    out += word;
    if (!word.empty()) {
      out += '\t';
      out += stemmer->Root(word);
    }
    out += '\n';
    if (out.size() >= (1u << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace warta::cli
