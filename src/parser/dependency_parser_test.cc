#include "parser/dependency_parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "parser/parser_trainer.h"
#include "parser/treebank.h"
#include "tagger/sentence_features.h"

namespace warta::parser {
namespace {

Upos UposOf(const std::string& name) {
  for (int u = 1; u <= static_cast<int>(Upos::kX); ++u)
    if (UposName(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::kX;
}

// The fixture with its own tags and lowercase words as root words.
std::vector<ParsedSentence> Fixture() {
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/tests/fixtures/tiny-dep.conllu");
  std::vector<Tree> trees;
  EXPECT_TRUE(ReadTrees(in, "tiny-dep.conllu", &trees).ok());
  std::vector<ParsedSentence> out;
  for (const Tree& t : trees) {
    ParsedSentence s;
    s.words = t.words;
    for (const std::string& w : t.words) s.lemmas.push_back(tagger::Lowercase(w));
    for (const std::string& u : t.upos) s.upos.push_back(UposOf(u));
    s.heads = t.heads;
    for (const std::string& d : t.deprels) s.deprels.push_back(DeprelId(d));
    out.push_back(std::move(s));
  }
  return out;
}

DependencyParser TrainOnFixture() {
  ParserTrainOptions options;
  options.epochs = 15;
  options.min_count = 1;
  auto model = TrainParserModel(Fixture(), {}, options, nullptr);
  EXPECT_TRUE(model.ok()) << model.status().ToString();
  return std::move(*model);
}

TEST(DependencyParserTest, LearnsTheTrainingTrees) {
  const DependencyParser parser = TrainOnFixture();
  const AttachmentScore score = Evaluate(parser, Fixture());
  EXPECT_EQ(score.words, 46u);
  EXPECT_EQ(score.uas(), 1.0);
  EXPECT_EQ(score.las(), 1.0);
}

TEST(DependencyParserTest, TrainingIsReproducible) {
  EXPECT_EQ(TrainOnFixture().ToBytes(), TrainOnFixture().ToBytes());
}

TEST(DependencyParserTest, EveryParseIsATreeWithOneRoot) {
  const DependencyParser parser = TrainOnFixture();
  const std::vector<std::string_view> words = {"Ia", "membuka", "yang", "di", "dan", "pasar",
                                               ".", "itu", "dua", "Bogor", "baru"};
  std::vector<Upos> upos;
  for (size_t i = 0; i < words.size(); ++i) upos.push_back(static_cast<Upos>(1 + i % 17));
  ParseWorkspace ws;
  std::vector<int32_t> heads;
  std::vector<uint8_t> deprels;
  for (size_t n = 0; n <= words.size(); ++n) {
    parser.Parse({std::span(words).first(n), {}, std::span(upos).first(n)}, &ws, &heads, &deprels);
    ASSERT_EQ(heads.size(), n);
    size_t roots = 0;
    for (size_t i = 0; i < n; ++i) {
      roots += heads[i] < 0;
      EXPECT_LT(heads[i], static_cast<int32_t>(n));
      EXPECT_NE(heads[i], static_cast<int32_t>(i));
      EXPECT_EQ(heads[i] < 0, DeprelName(deprels[i]) == "root");
      // Every word reaches the root.
      int32_t w = static_cast<int32_t>(i);
      for (size_t steps = 0; w >= 0; ++steps) {
        ASSERT_LE(steps, n);
        w = heads[static_cast<size_t>(w)];
      }
    }
    EXPECT_EQ(roots, n == 0 ? 0u : 1u);
  }
}

// The parse a plain reading of the models gives: all move features of a
// configuration written by MoveFeatures and scored by LinearModel::Score,
// the relation by LinearModel::ScoreSparse, one move at a time. Parse()
// looks weights up in other layouts, once per word where it can and ahead
// of time; it must give the same trees and relations.
void ReferenceParse(const DependencyParser& parser, const ParseInput& input,
                    std::vector<int32_t>* heads, std::vector<uint8_t>* deprels) {
  SentenceAtoms atoms;
  atoms.Prepare(input);
  Configuration c;
  c.Reset(input.words.size());
  uint64_t features[kMaxMoveFeatures];
  std::vector<float> scores(parser.labels().size());
  while (!c.Terminal()) {
    const size_t count = MoveFeatures(c, atoms, features);
    float move_scores[kNumMoves] = {0, 0, 0};
    parser.move_model().Score({features, count}, move_scores);
    const Move move = DependencyParser::BestValid(c, move_scores);
    uint8_t label = 0;
    if (move != Move::kShift) {
      if (c.HeadOf(move) == c.root()) {
        label = parser.root_label();
      } else {
        const size_t k = LabelFeatures(c, atoms, move, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        parser.label_model().ScoreSparse({features, k}, scores.data());
        label = parser.BestLabel(scores.data());
      }
    }
    c.Apply(move, label);
  }
  heads->assign(input.words.size(), 0);
  deprels->assign(input.words.size(), 0);
  for (size_t i = 0; i < input.words.size(); ++i) {
    const WordState& w = c.word(static_cast<int32_t>(i));
    (*heads)[i] = w.head == c.root() ? -1 : w.head;
    (*deprels)[i] = parser.labels()[w.label];
  }
}

// Sentences of 1 to 60 words drawn (with a fixed seed) from the fixtures'
// words, each with its own UPOS or one drawn at random, and the fixtures'
// sentences themselves.
std::vector<ParsedSentence> SentencesToCompare() {
  std::vector<ParsedSentence> out = Fixture();
  std::vector<std::string> words;
  for (const ParsedSentence& s : out) words.insert(words.end(), s.words.begin(), s.words.end());
  words.push_back("Jakarta");
  words.push_back("mengatakan");
  uint64_t state = 12345;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % n);
  };
  const std::vector<ParsedSentence> fixture = out;
  for (int i = 0; i < 300; ++i) {
    ParsedSentence s;
    const size_t n = 1 + next(60);
    for (size_t k = 0; k < n; ++k) {
      const ParsedSentence& from = fixture[next(fixture.size())];
      const size_t w = next(from.words.size());
      s.words.push_back(next(4) == 0 ? words[next(words.size())] : from.words[w]);
      s.lemmas.push_back(tagger::Lowercase(s.words.back()));
      s.upos.push_back(next(5) == 0 ? static_cast<Upos>(1 + next(17)) : from.upos[w]);
    }
    out.push_back(std::move(s));
  }
  return out;
}

void ExpectParseAsReference(const DependencyParser& parser) {
  ParseWorkspace ws;
  std::vector<int32_t> heads, want_heads;
  std::vector<uint8_t> deprels, want_deprels;
  size_t compared = 0;
  for (const ParsedSentence& s : SentencesToCompare()) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    std::vector<std::string_view> lemmas(s.lemmas.begin(), s.lemmas.end());
    const ParseInput input{words, lemmas, s.upos};
    parser.Parse(input, &ws, &heads, &deprels);
    ReferenceParse(parser, input, &want_heads, &want_deprels);
    ASSERT_EQ(heads, want_heads) << "sentence " << compared;
    ASSERT_EQ(deprels, want_deprels) << "sentence " << compared;
    ++compared;
  }
  EXPECT_GT(compared, 300u);
}

TEST(DependencyParserTest, ParsesAsThePlainReadingOfItsModels) {
  ExpectParseAsReference(TrainOnFixture());
  auto shipped = DependencyParser::Load(std::string(WARTA_SOURCE_DIR) + "/models/dep-id.bin");
  ASSERT_TRUE(shipped.ok()) << shipped.status().ToString();
  ExpectParseAsReference(*shipped);
}

TEST(DependencyParserTest, MoveFeaturesAreTheirThreeParts) {
  const std::vector<ParsedSentence> sentences = Fixture();
  const ParsedSentence& s = sentences[0];
  std::vector<std::string_view> words(s.words.begin(), s.words.end());
  std::vector<std::string_view> lemmas(s.lemmas.begin(), s.lemmas.end());
  SentenceAtoms atoms;
  atoms.Prepare({words, lemmas, s.upos});
  Configuration c;
  c.Reset(s.words.size());
  c.Apply(Move::kShift, 0);
  c.Apply(Move::kShift, 0);
  uint64_t all[kMaxMoveFeatures], parts[kMaxMoveFeatures];
  const size_t count = MoveFeatures(c, atoms, all);
  ASSERT_EQ(count, kNumWordMoveFeatures + kNumShapeMoveFeatures + kNumRelationMoveFeatures);
  WordMoveFeatures(atoms, c.Stack(0), c.Stack(1), c.Buffer(0), c.Buffer(1), c.Buffer(2),
                   c.Stack(2), parts);
  size_t k = kNumWordMoveFeatures;
  EXPECT_EQ(ShapeMoveFeatures(c, atoms, parts + k), kNumShapeMoveFeatures);
  k += kNumShapeMoveFeatures;
  EXPECT_EQ(RelationMoveFeatures(c, atoms, parts + k), kNumRelationMoveFeatures);
  EXPECT_TRUE(std::equal(all, all + count, parts));
}

class ParserModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override { bytes_ = TrainOnFixture().ToBytes(); }
  std::string bytes_;
};

TEST_F(ParserModelFileTest, RoundTrip) {
  auto loaded = DependencyParser::FromBytes(bytes_, "dep.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->ToBytes(), bytes_);
  EXPECT_EQ(Evaluate(*loaded, Fixture()).las(), 1.0);
}

TEST_F(ParserModelFileTest, CorruptFileIsRefusedByName) {
  std::string corrupt = bytes_;
  corrupt[corrupt.size() / 2] ^= 0x40;
  auto m = DependencyParser::FromBytes(corrupt, "models/dep-id.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(m.status().message().find("models/dep-id.bin"), std::string::npos);
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos);
}

TEST_F(ParserModelFileTest, TruncatedFileIsRefused) {
  auto m = DependencyParser::FromBytes(bytes_.substr(0, bytes_.size() - 100), "dep.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("dep.bin"), std::string::npos);
}

TEST_F(ParserModelFileTest, WrongMagicAndWrongVersionAreRefused) {
  auto m = DependencyParser::FromBytes("not a model at all, just text", "notes.txt");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("wrong magic"), std::string::npos);
  // A tagger model is not a parser model.
  std::string tagger = bytes_;
  std::memcpy(tagger.data(), "WARTATAG", 8);
  m = DependencyParser::FromBytes(tagger, "upos-id.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("upos-id.bin"), std::string::npos);
  std::string other = bytes_;
  other[8] = static_cast<char>(kParserFormatVersion + 1);
  m = DependencyParser::FromBytes(other, "old.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("format version"), std::string::npos);
  EXPECT_NE(m.status().message().find("old.bin"), std::string::npos);
}

TEST(ParserModelFileTest2, MissingFileIsNotFound) {
  auto m = DependencyParser::Load("/nonexistent/dep-id.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("/nonexistent/dep-id.bin"), std::string::npos);
}

TEST(TreebankTest, OlderTreesGetSplitCliticsAndCurrentRelations) {
  std::istringstream in(
      "1\tAni\t_\tPROPN\t_\t_\t3\tnsubj\t_\t_\n"
      "2\tWidya\t_\tPROPN\t_\t_\t1\tflat\t_\t_\n"
      "3\tmenjual\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "4\trumahnya\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n"
      "5\tdi\t_\tADP\t_\t_\t6\tcase\t_\t_\n"
      "6\tkota\t_\tNOUN\t_\t_\t3\tobl\t_\t_\n"
      "7\tBogor\t_\tPROPN\t_\t_\t6\tflat\t_\t_\n\n");
  std::vector<Tree> trees;
  ASSERT_TRUE(ReadTrees(in, "old.conllu", &trees).ok());
  HarmonizeOlderTrees(&trees);
  ASSERT_EQ(trees.size(), 1u);
  const Tree& t = trees[0];
  EXPECT_EQ(t.words, (std::vector<std::string>{"Ani", "Widya", "menjual", "rumah", "nya", "di",
                                               "kota", "Bogor"}));
  EXPECT_EQ(t.heads, (std::vector<int32_t>{2, 0, -1, 2, 3, 6, 2, 6}));
  EXPECT_EQ(t.deprels, (std::vector<std::string>{"nsubj", "flat:name", "root", "obj",
                                                 "nmod:poss", "case", "obl", "nmod"}));
}

// A preposition that opens a clause is a marker now ("untuk membeli":
// mark); before a noun ("untuk rakyat") or after its head it stays case.
// An adjective with "yang" is a relative clause ("beras yang murah").
TEST(TreebankTest, OlderPrepositionOpeningAClauseBecomesAMarker) {
  std::istringstream in(
      "1\tAni\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tdatang\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tuntuk\t_\tADP\t_\t_\t4\tcase\t_\t_\n"
      "4\tmembeli\t_\tVERB\t_\t_\t2\txcomp\t_\t_\n"
      "5\tberas\t_\tNOUN\t_\t_\t4\tobj\t_\t_\n"
      "6\tuntuk\t_\tADP\t_\t_\t7\tcase\t_\t_\n"
      "7\trakyat\t_\tNOUN\t_\t_\t4\tobl\t_\t_\n"
      "8\tdengan\t_\tADP\t_\t_\t4\tcase\t_\t_\n"
      "9\tyang\t_\tPRON\t_\t_\t10\tnsubj\t_\t_\n"
      "10\tmurah\t_\tADJ\t_\t_\t5\tamod\t_\t_\n\n");
  std::vector<Tree> trees;
  ASSERT_TRUE(ReadTrees(in, "old.conllu", &trees).ok());
  HarmonizeOlderTrees(&trees);
  EXPECT_EQ(trees[0].deprels, (std::vector<std::string>{"nsubj", "root", "mark", "xcomp", "obj",
                                                        "case", "obl", "case", "nsubj",
                                                        "acl:relcl"}));
}

// Jackknifed tags (tools/jackknife_upos.py) ride in MISC; the relations are
// still renamed by the gold UPOS ("Widya" PROPN after PROPN: flat:name, even
// where the tagger said NOUN), and a split host keeps its word's tag.
TEST(TreebankTest, AutoUposFromMiscFollowsSplitCliticsAndLeavesGoldRules) {
  std::istringstream in(
      "1\tAni\t_\tPROPN\t_\t_\t3\tnsubj\t_\tAutoUpos=PROPN\n"
      "2\tWidya\t_\tPROPN\t_\t_\t1\tflat\t_\tSpaceAfter=No|AutoUpos=NOUN\n"
      "3\tmenjual\t_\tVERB\t_\t_\t0\troot\t_\tAutoUpos=VERB\n"
      "4\trumahnya\t_\tNOUN\t_\t_\t3\tobj\t_\tAutoUpos=ADJ|SpaceAfter=No\n"
      "5\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n");
  std::vector<Tree> trees;
  ASSERT_TRUE(ReadTrees(in, "old.conllu", &trees).ok());
  EXPECT_EQ(trees[0].auto_upos,
            (std::vector<std::string>{"PROPN", "NOUN", "VERB", "ADJ", ""}));
  HarmonizeOlderTrees(&trees);
  const Tree& t = trees[0];
  EXPECT_EQ(t.auto_upos,
            (std::vector<std::string>{"PROPN", "NOUN", "VERB", "ADJ", "PRON", ""}));
  EXPECT_EQ(t.deprels[1], "flat:name");
  EXPECT_EQ(t.deprels[4], "nmod:poss");  // "nya" of a NOUN, not of an ADJ (det)
}

TEST(TreebankTest, AHeadColumnThatIsNotATreeIsAnError) {
  std::istringstream in(
      "1\ta\t_\tX\t_\t_\t2\tdep\t_\t_\n"
      "2\tb\t_\tX\t_\t_\t1\tdep\t_\t_\n\n");
  std::vector<Tree> trees;
  Status s = ReadTrees(in, "cycle.conllu", &trees);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cycle.conllu line 1"), std::string::npos);
}

}  // namespace
}  // namespace warta::parser
