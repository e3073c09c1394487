#include "store/search_query.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/snippet.h"

namespace warta::store {
namespace {

class SearchWordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
    auto created = IndexWords::Create(MorphologyOptions{});
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    words_.emplace(std::move(*created));
  }
  IndexWords& words() { return *words_; }
  std::optional<IndexWords> words_;
};

TEST_F(SearchWordsTest, IndexWordsAreRootsOfLowercasedWords) {
  EXPECT_EQ(words().Roots("Pemerintah MENGIRIM bantuan; pengiriman dikirimkan."),
            "perintah kirim bantu kirim kirim");
  // Hyphens, apostrophes and typographic quotes separate words.
  EXPECT_EQ(words().Roots("anak-anak “Jum'at”"), "anak anak jum at");
  EXPECT_EQ(words().Roots("Düsseldorf 2023"), "düsseldorf 2023");
  // Bytes that are not UTF-8 are skipped, never a crash.
  EXPECT_EQ(words().Roots(std::string("a\xff\xfe b")), "a b");
  EXPECT_EQ(words().Roots(""), "");
}

TEST_F(SearchWordsTest, AWordWithoutSpacesIsCut) {
  std::string roots = words().Roots(std::string(1000, 'x'));
  EXPECT_EQ(roots.size(), kMaxIndexWordBytes);
}

TEST_F(SearchWordsTest, OffsetsPointIntoTheText) {
  std::string text = "Retno mengirimkan surat.";
  std::vector<std::string> seen;
  words().ForEach(text, [&](size_t begin, size_t end, std::string_view root) {
    seen.push_back(text.substr(begin, end - begin) + "=" + std::string(root));
    return true;
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"Retno=retno", "mengirimkan=kirim", "surat=surat"}));
}

TEST_F(SearchWordsTest, QueriesParseIntoPhrasesChoicesAndExclusions) {
  ParsedQuery q = ParseSearchQuery("\"kirim bantuan\" banjir OR longsor -gempa AND", words());
  ASSERT_EQ(q.all_of.size(), 2u);
  EXPECT_EQ(q.all_of[0], (std::vector<Phrase>{{"kirim", "bantu"}}));
  EXPECT_EQ(q.all_of[1], (std::vector<Phrase>{{"banjir"}, {"longsor"}}));
  EXPECT_EQ(q.none_of, (std::vector<Phrase>{{"gempa"}}));
  EXPECT_EQ(ToFts5(q), "\"kirim bantu\" AND (\"banjir\" OR \"longsor\") NOT \"gempa\"");
  EXPECT_EQ(ToTsQuery(q),
            "('kirim' <-> 'bantu') & ('banjir' | 'longsor') & !'gempa'");
  EXPECT_EQ(q.Roots(), (std::vector<std::string>{"kirim", "bantu", "banjir", "longsor"}));
}

TEST_F(SearchWordsTest, OperatorsOfTheBackendsAreJustWords) {
  ParsedQuery q = ParseSearchQuery("NEAR(kopi* \"harga", words());
  ASSERT_EQ(q.all_of.size(), 2u);
  EXPECT_EQ(ToFts5(q), "\"near kopi\" AND \"harga\"");
  EXPECT_TRUE(ParseSearchQuery("-- ; ' \"\"", words()).empty());
  EXPECT_EQ(ToFts5(ParseSearchQuery("", words())), "");
}

TEST_F(SearchWordsTest, SnippetsHighlightEveryFormOfTheRoot) {
  const std::string text =
      "Hujan turun sejak pagi. Relawan mengirim makanan ke posko, lalu pengiriman "
      "obat menyusul. Sore harinya air surut.";
  SnippetOptions options;
  options.words = 8;
  std::string s = MakeSnippet(text, {"kirim"}, words(), options);
  EXPECT_NE(s.find("[mengirim]"), std::string::npos) << s;
  EXPECT_NE(s.find("[pengiriman]"), std::string::npos) << s;
  EXPECT_TRUE(s.starts_with("…")) << s;
  EXPECT_TRUE(s.ends_with("…")) << s;
  // Nothing matches: the start of the text.
  std::string none = MakeSnippet(text, {"gempa"}, words(), options);
  EXPECT_TRUE(none.starts_with("Hujan turun sejak pagi.")) << none;
  options.words = 100;
  EXPECT_EQ(MakeSnippet("Banjir.", {"banjir"}, words(), options), "[Banjir].");
  EXPECT_EQ(MakeSnippet("", {"banjir"}, words(), options), "");
}

}  // namespace
}  // namespace warta::store
