#include "morphology/affix_rules.h"

#include <gtest/gtest.h>

#include "morphology/root_lexicon.h"

namespace warta::morphology {
namespace {

// A small affix file of our own in hunspell's format (FLAG long).
constexpr std::string_view kAff =
    "SET ISO8859-1\n"
    "FLAG long\n"
    "CIRCUMFIX A1\n"
    "NEEDAFFIX A2\n"
    "PFX M0 Y 3\t# me-\n"
    "PFX M0 0 mem [b]\n"
    "PFX M0 p mem p[^l^r]\n"
    "PFX M0 k meng k[^h^l^r]\n"
    "PFX D0 Y 1\n"
    "PFX D0 0 di .\n"
    "PFX K1 Y 1\n"
    "PFX K1 0 ke/A1 .\n"
    "SFX Ka Y 1\n"
    "SFX Ka 0 an/A1 .\n"
    "SFX k0 Y 2\n"
    "SFX k0 0 kan .\n"
    "SFX k0 0 kannya\n";

TEST(AffixRulesTest, ParsesClassesConditionsAndFlags) {
  auto rules = AffixRules::Parse(kAff);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  EXPECT_EQ(rules->size(), 5u);
  const AffixClass* m0 = rules->Find(AffixRules::ParseFlags("M0")[0]);
  ASSERT_NE(m0, nullptr);
  EXPECT_TRUE(m0->prefix);
  ASSERT_EQ(m0->rules.size(), 3u);
  EXPECT_EQ(m0->rules[1].strip, "p");
  EXPECT_EQ(m0->rules[1].add, "mem");
  // p[^l^r]: "pasok" yes, "proses" no.
  EXPECT_TRUE(ConditionMatches(m0->rules[1], true, "pasok"));
  EXPECT_FALSE(ConditionMatches(m0->rules[1], true, "proses"));
  const AffixClass* k0 = rules->Find(AffixRules::ParseFlags("k0")[0]);
  ASSERT_NE(k0, nullptr);
  EXPECT_EQ(k0->rules[1].add, "kannya");  // a rule line without condition
  EXPECT_NE(rules->circumfix(), 0);
}

TEST(AffixRulesTest, RejectsOtherFlagTypes) {
  auto rules = AffixRules::Parse("FLAG num\nPFX 1 Y 1\nPFX 1 0 di .\n");
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("line 1"), std::string::npos);
}

TEST(RootLexiconTest, ExpandsPrefixesSuffixesAndCircumfixes) {
  // pasok takes me- and di-; tuduh takes -kan; adil takes the ke-an confix.
  auto lexicon = RootLexicon::FromText("3\npasok/M0D0\ntuduh/D0k0\nadil/K1Ka\n", kAff);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  const RootLexicon& lex = **lexicon;
  EXPECT_EQ(lex.RootOf("memasok"), "pasok");      // nasal assimilation of p
  EXPECT_EQ(lex.RootOf("dipasok"), "pasok");
  EXPECT_EQ(lex.RootOf("dituduhkan"), "tuduh");   // prefix + suffix
  EXPECT_EQ(lex.RootOf("tuduhkannya"), "tuduh");
  EXPECT_EQ(lex.RootOf("keadilan"), "adil");      // circumfix ke-an
  EXPECT_EQ(lex.RootOf("keadil"), "");            // half a circumfix
  EXPECT_EQ(lex.RootOf("adilan"), "");
  EXPECT_TRUE(lex.IsRoot("pasok"));
  EXPECT_FALSE(lex.IsRoot("memasok"));
  EXPECT_EQ(lex.RootOf("makan"), "");
}

TEST(RootLexiconTest, TieBetweenRootsGoesToTheOneSeenInTrainText) {
  // Both "ukur" and "kukur" make "mengukur" with one affix. ukur is counted
  // in lexicons/root-frequencies.tsv, kukur is not; the order of the
  // dictionary does not matter.
  constexpr std::string_view kMeng =
      "FLAG long\n"
      "PFX M0 Y 2\n"
      "PFX M0 k meng k[^h^l^r]\n"
      "PFX M0 0 meng [aiueo]\n";
  for (std::string_view dic : {"2\nkukur/M0\nukur/M0\n", "2\nukur/M0\nkukur/M0\n"}) {
    auto lexicon = RootLexicon::FromText(dic, kMeng);
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    EXPECT_EQ((*lexicon)->RootOf("mengukur"), "ukur") << dic;
    EXPECT_GT((*lexicon)->Frequency("ukur"), 5u);
    EXPECT_EQ((*lexicon)->Frequency("kukur"), 0u);
  }
}

TEST(RootLexiconTest, WithheldListEntriesAreLeftOut) {
  auto lexicon = RootLexicon::FromText("1\npasok/M0D0\n", kAff);
  ASSERT_TRUE(lexicon.ok());
  EXPECT_TRUE((*lexicon)->IsRoot("kontainer"));  // lexicons/root-additions.tsv
  EXPECT_EQ((*lexicon)->Override("ia"), "dia");  // lexicons/lemma-overrides.tsv
  auto withheld = RootLexicon::FromText("1\npasok/M0D0\n", kAff, {"kontainer", "ia"});
  ASSERT_TRUE(withheld.ok());
  EXPECT_FALSE((*withheld)->IsRoot("kontainer"));
  EXPECT_EQ((*withheld)->Override("ia"), "");
  EXPECT_TRUE((*withheld)->IsRoot("munisi"));
}

TEST(RootLexiconTest, MissingFileNamesThePackage) {
  auto lexicon = RootLexicon::Load("/nonexistent/id_ID.dic", "/nonexistent/id_ID.aff");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lexicon.status().message().find("hunspell-id"), std::string::npos);
}

}  // namespace
}  // namespace warta::morphology
