// Snippets: the part of an article where the query's root words are densest,
// with every matching word highlighted. One implementation for every
// backend, so a search shows the same snippet whatever stores the archive.
#ifndef WARTA_STORE_SNIPPET_H_
#define WARTA_STORE_SNIPPET_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/index_words.h"

namespace warta::store {

struct SnippetOptions {
  size_t words = 24;            // length of the window, in index words
  std::string_view open = "[";  // put around every matching word
  std::string_view close = "]";
  std::string_view ellipsis = "…";
};

// The window of `options.words` words of `text` holding the most distinct
// query roots (the earliest such window); "…" where it does not reach the
// start or end of the text. The text's start when nothing matches.
std::string MakeSnippet(std::string_view text, const std::vector<std::string>& roots,
                        IndexWords& words, const SnippetOptions& options);

}  // namespace warta::store

#endif  // WARTA_STORE_SNIPPET_H_
