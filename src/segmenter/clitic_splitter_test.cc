#include "segmenter/clitic_splitter.h"

#include <gtest/gtest.h>

namespace warta::segmenter {
namespace {

// "host+clitic", or the word alone when it is not split.
std::string Split(std::string_view word) {
  static const CliticSplitter splitter;
  size_t host = splitter.HostLength(word);
  if (host == 0) return std::string(word);
  return std::string(word.substr(0, host)) + "+" +
         std::string(word.substr(host));
}

TEST(CliticSplitterTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"membelinya", "membeli+nya"},
      {"imbuhnya", "imbuh+nya"},
      {"katanya", "kata+nya"},
      {"cita-citanya", "cita-cita+nya"},
      {"Apakah", "Apa+kah"},
      {"bukankah", "bukan+kah"},
      {"itulah", "itu+lah"},
      {"tidaklah", "tidak+lah"},
      {"ataupun", "atau+pun"},
      {"olehku", "oleh+ku"},
      {"padamu", "pada+mu"},
      {"hamba-Ku", "hamba-+Ku"},
      {"melakukan-Nya", "melakukan-+Nya"},
      // Roots and fixed words that only look like host + clitic.
      {"hanya", "hanya"},
      {"punya", "punya"},
      {"bertanya", "bertanya"},
      {"lainnya", "lainnya"},
      {"akhirnya", "akhirnya"},
      {"adalah", "adalah"},
      {"sejumlah", "sejumlah"},
      {"bermasalah", "bermasalah"},
      {"langkah", "langkah"},
      {"langkah-langkah", "langkah-langkah"},
      {"Langkah-langkah", "Langkah-langkah"},
      {"naskah-naskah", "naskah-naskah"},
      {"serakah", "serakah"},
      {"menikah", "menikah"},
      {"meskipun", "meskipun"},
      {"pelaku", "pelaku"},
      {"bertemu", "bertemu"},
      {"buku", "buku"},
      {"nya", "nya"},
      {"KOMPAS.com", "KOMPAS.com"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Split(in), want) << in;
}

}  // namespace
}  // namespace warta::segmenter
