// Peer for accuracy comparisons: Snowball's Indonesian stemmer as a filter,
// one word a line in, word<TAB>stem out (like `warta stem`).
//   build/bench/snowball_stem < words.txt
#include <libstemmer.h>

#include <iostream>
#include <string>

int main() {
  sb_stemmer* stemmer = sb_stemmer_new("indonesian", "UTF_8");
  if (stemmer == nullptr) return 1;
  std::string word;
  while (std::getline(std::cin, word)) {
    const sb_symbol* s = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    std::cout << word << '\t'
              << std::string(reinterpret_cast<const char*>(s),
                             static_cast<size_t>(sb_stemmer_length(stemmer)))
              << '\n';
  }
  sb_stemmer_delete(stemmer);
  return 0;
}
