// How TriggerLexicon finds triggers in a sentence: by root word, by
// nominalisation, by phrase, with exclusions and conditions. Uses a small
// lexicon of its own, so the test does not follow edits to the shipped one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/trigger_lexicon.h"

namespace warta::events {
namespace {

constexpr char kLexicon[] =
    "# test lexicon\n"
    "tangkap\tCOERCE\t173\tverb\n"
    "temu\tCONSULT\t040\tverb\n"
    "ditemui\t-\t-\tnot\n"
    "penemuan\t-\t-\tnot\n"
    "lawatan\tCONSULT\t042\tnoun\n"
    "unjuk rasa\tPROTEST\t141\tphrase\n"
    "gencatan senjata\tRETREAT\t0871\tphrase\n"
    "komentar\tREJECT\t011\tverb\tnegated\n";

// One sentence of words with their roots and UPOS.
Document Sentence(const std::vector<std::tuple<std::string, std::string, Upos>>& words) {
  Document doc;
  for (const auto& [form, root, upos] : words) {
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += form;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    doc.text += ' ';
    t.lemma_begin = static_cast<uint32_t>(doc.lemma_pool.size());
    doc.lemma_pool += root;
    t.lemma_size = static_cast<uint32_t>(root.size());
    t.upos = upos;
    doc.tokens.push_back(t);
  }
  return doc;
}

// "TYPE first-last nominal" of the trigger at token k, or "" if none.
std::string At(const TriggerLexicon& lexicon, const Document& doc, uint32_t k) {
  const TriggerMatch m = lexicon.At(doc, k, static_cast<uint32_t>(doc.tokens.size()));
  if (m.trigger == nullptr) return "";
  return m.trigger->type + " " + std::to_string(m.first) + "-" + std::to_string(m.last) +
         (m.nominal ? " noun" : "");
}

constexpr Upos V = Upos::kVerb, N = Upos::kNoun, P = Upos::kPropn;

TEST(TriggerMatchingTest, VerbRootsMatchTheirAffixedFormsAndNominalisations) {
  const TriggerLexicon lexicon(kLexicon);
  const Document doc = Sentence({{"menangkap", "tangkap", V},
                                 {"ditangkap", "tangkap", V},
                                 {"penangkapan", "tangkap", N},
                                 {"tangkapan", "tangkap", N},
                                 {"pertemuan", "temu", N},
                                 {"ditemui", "temu", V},
                                 {"penemuan", "temu", N}});
  EXPECT_EQ(At(lexicon, doc, 0), "COERCE 0-0");
  EXPECT_EQ(At(lexicon, doc, 1), "COERCE 1-1");
  EXPECT_EQ(At(lexicon, doc, 2), "COERCE 2-2 noun");
  EXPECT_EQ(At(lexicon, doc, 3), "") << "a catch is no arrest: only peN-/per-...-an nouns";
  EXPECT_EQ(At(lexicon, doc, 4), "CONSULT 4-4 noun");
  EXPECT_EQ(At(lexicon, doc, 5), "") << "a 'not' form";
  EXPECT_EQ(At(lexicon, doc, 6), "") << "a 'not' form of a nominalisation";
}

TEST(TriggerMatchingTest, NounsAsWrittenAndPhrasesByFormOrRoot) {
  const TriggerLexicon lexicon(kLexicon);
  const Document doc = Sentence({{"Lawatan", "lawat", N},
                                 {"unjuk", "unjuk", N},
                                 {"rasa", "rasa", N},
                                 {"gencatan", "gencat", N},
                                 {"senjata", "senjata", N},
                                 {"unjuk", "unjuk", N}});
  EXPECT_EQ(At(lexicon, doc, 0), "CONSULT 0-0 noun") << "matched case-insensitively";
  EXPECT_EQ(At(lexicon, doc, 1), "PROTEST 1-2 noun");
  EXPECT_EQ(At(lexicon, doc, 3), "RETREAT 3-4 noun");
  EXPECT_EQ(At(lexicon, doc, 5), "") << "a phrase cut short by the sentence's end";
}

TEST(TriggerMatchingTest, BareRootsCountOnlyAsVerbs) {
  const TriggerLexicon lexicon(kLexicon);
  const Document doc = Sentence({{"kami", "kami", Upos::kPron},
                                 {"tangkap", "tangkap", V},
                                 {"tangkap", "tangkap", N}});
  EXPECT_EQ(At(lexicon, doc, 1), "COERCE 1-1") << "\"dua pelaku kami tangkap\"";
  EXPECT_EQ(At(lexicon, doc, 2), "");
}

TEST(TriggerMatchingTest, ConditionsTravelWithTheTrigger) {
  const TriggerLexicon lexicon(kLexicon);
  const Document doc = Sentence({{"mengomentari", "komentar", V}});
  const TriggerMatch m = lexicon.At(doc, 0, 1);
  ASSERT_NE(m.trigger, nullptr);
  EXPECT_TRUE(m.trigger->only_negated);
}

TEST(TriggerMatchingTest, AVerbOfSayingBeforeAgarAsksForWhatFollows) {
  const TriggerLexicon lexicon(kLexicon);
  const Document doc = Sentence({{"Budi", "Budi", P},
                                 {"menegaskan", "tegas", V},
                                 {"agar", "agar", Upos::kSconj},
                                 {"warga", "warga", N},
                                 {"menegaskan", "tegas", V},
                                 {"hal", "hal", N}});
  EXPECT_EQ(At(lexicon, doc, 1), "REQUEST 1-1");
  EXPECT_EQ(At(lexicon, doc, 4), "") << "saying without asking";
}

TEST(TriggerMatchingTest, Nominalisations) {
  EXPECT_TRUE(IsNominalisation("penangkapan", "tangkap"));
  EXPECT_TRUE(IsNominalisation("penyerangan", "serang"));
  EXPECT_TRUE(IsNominalisation("pemeriksaan", "periksa"));
  EXPECT_TRUE(IsNominalisation("pertemuan", "temu"));
  EXPECT_FALSE(IsNominalisation("tangkapan", "tangkap"));
  EXPECT_FALSE(IsNominalisation("penangkap", "tangkap"));
}

}  // namespace
}  // namespace warta::events
