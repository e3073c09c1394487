#include "store/snippet.h"

#include <algorithm>

namespace warta::store {
namespace {

struct Word {
  size_t begin, end;
  int root;  // index into the query's roots, -1 when no match
};

}  // namespace

std::string MakeSnippet(std::string_view text, const std::vector<std::string>& roots,
                        IndexWords& words, const SnippetOptions& options) {
  std::vector<Word> list;
  words.ForEach(text, [&](size_t begin, size_t end, std::string_view root) {
    int match = -1;
    for (size_t r = 0; r < roots.size(); ++r) {
      if (roots[r] == root) {
        match = static_cast<int>(r);
        break;
      }
    }
    list.push_back({begin, end, match});
    return true;
  });
  if (list.empty()) return "";
  const size_t width = std::max<size_t>(1, std::min(options.words, list.size()));

  // Slide the window; count distinct roots (then matching words) inside.
  std::vector<int> count(roots.size(), 0);
  int distinct = 0, hits = 0;
  auto add = [&](const Word& w, int delta) {
    if (w.root < 0) return;
    hits += delta;
    int& c = count[w.root];
    if (delta > 0 && c++ == 0) ++distinct;
    if (delta < 0 && --c == 0) --distinct;
  };
  for (size_t i = 0; i < width; ++i) add(list[i], +1);
  size_t best = 0;
  int best_distinct = distinct, best_hits = hits;
  for (size_t start = 1; start + width <= list.size(); ++start) {
    add(list[start - 1], -1);
    add(list[start + width - 1], +1);
    if (distinct > best_distinct || (distinct == best_distinct && hits > best_hits)) {
      best = start;
      best_distinct = distinct;
      best_hits = hits;
    }
  }
  // Centre the matches of the chosen window.
  if (best_hits > 0) {
    size_t first = best, last = best + width - 1;
    while (list[first].root < 0) ++first;
    while (list[last].root < 0) --last;
    const size_t spare = width - (last - first + 1);
    const size_t start = first > spare / 2 ? first - spare / 2 : 0;
    best = std::min(start, list.size() - width);
  }

  std::string out;
  if (best > 0) out += options.ellipsis;
  size_t pos = list[best].begin;
  for (size_t i = best; i < best + width; ++i) {
    const Word& w = list[i];
    out.append(text.substr(pos, w.begin - pos));
    if (w.root >= 0) out += options.open;
    out.append(text.substr(w.begin, w.end - w.begin));
    if (w.root >= 0) out += options.close;
    pos = w.end;
  }
  // Keep the punctuation right after the last word ("Jakarta." not "Jakarta").
  const size_t last_end = list[best + width - 1].end;
  size_t tail = last_end;
  while (tail < text.size() && tail < last_end + 3 &&
         (text[tail] == '.' || text[tail] == ',' || text[tail] == ')' ||
          text[tail] == '"' || text[tail] == '!' || text[tail] == '?')) {
    ++tail;
  }
  out.append(text.substr(last_end, tail - last_end));
  if (best + width < list.size()) out += options.ellipsis;
  // Line breaks inside the window read badly in a list of results.
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace warta::store
