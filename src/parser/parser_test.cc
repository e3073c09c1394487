#include "parser/parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "warta/pipeline.h"
#include "warta/writer.h"

namespace warta::parser {
namespace {

Document Annotated() {
  static const auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/examples/lavrov-pyongyang.txt");
  std::ostringstream text;
  text << in.rdbuf();
  Document doc;
  doc.raw = text.str();
  Scratch scratch;
  EXPECT_TRUE(pipeline->Process(doc, scratch).ok());
  return doc;
}

TEST(ParserStageTest, OneRootPerSentenceAndHeadsInsideIt) {
  const Document doc = Annotated();
  ASSERT_TRUE(Has(doc.layers, Layer::kDependencies));
  ASSERT_GT(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences) {
    size_t roots = 0;
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      EXPECT_NE(t.deprel, 0) << doc.Form(t);
      if (t.head == kNoIndex) {
        ++roots;
        EXPECT_EQ(DeprelName(t.deprel), "root");
        continue;
      }
      EXPECT_GE(t.head, s.token_begin);
      EXPECT_LT(t.head, s.token_end);
      EXPECT_NE(t.head, k);
    }
    EXPECT_EQ(roots, 1u);
  }
}

TEST(ParserStageTest, MissingModelIsAClearError) {
  PipelineOptions options;
  options.parser.model = "/nonexistent/dep.bin";
  auto p = Pipeline::CreateDefault(options);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().message().find("/nonexistent/dep.bin"), std::string::npos);
}

TEST(ParserStageTest, JsonCarriesHeadAsATokenIndexAndTheRelation) {
  const Document doc = Annotated();
  std::string json;
  AppendJson(doc, JsonWriteOptions{}, &json);
  const Token& first = doc.tokens[0];
  const std::string expected_head =
      first.head == kNoIndex ? "\"head\":null" : "\"head\":" + std::to_string(first.head);
  EXPECT_NE(json.find(expected_head + ",\"deprel\":\"" + std::string(DeprelName(first.deprel)) +
                      "\""),
            std::string::npos);
  EXPECT_NE(json.find("\"head\":null,\"deprel\":\"root\""), std::string::npos);
}

TEST(ParserStageTest, ConlluHasHeadAndDeprel) {
  const Document doc = Annotated();
  std::string conllu;
  AppendConllu(doc, &conllu);
  std::istringstream in(conllu);
  std::string line;
  size_t words = 0, roots = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) cols.push_back(f);
    ASSERT_EQ(cols.size(), 10u) << line;
    if (cols[0].find('-') != std::string::npos) {
      EXPECT_EQ(cols[6], "_");  // range lines carry no tree
      continue;
    }
    ++words;
    EXPECT_NE(cols[7], "_") << line;
    EXPECT_EQ(cols[6].find_first_not_of("0123456789"), std::string::npos) << line;
    roots += cols[6] == "0";
  }
  EXPECT_EQ(words, doc.tokens.size());
  EXPECT_EQ(roots, doc.sentences.size());
}

}  // namespace
}  // namespace warta::parser
