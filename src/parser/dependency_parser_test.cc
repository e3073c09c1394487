#include "parser/dependency_parser.h"

#include <gtest/gtest.h>

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
