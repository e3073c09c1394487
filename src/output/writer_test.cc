#include "warta/writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "cleaner/cleaner.h"
#include "morphology/morphology.h"
#include "segmenter/segmenter.h"
#include "warta/pipeline.h"

namespace warta {
namespace {

// The writers are tested on cleaned and segmented documents with root words;
// part-of-speech tags and entities come from trained models and are tested
// elsewhere.
Document Annotate(std::string text) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<cleaner::Cleaner>(CleanerOptions{}));
  stages.push_back(std::make_unique<segmenter::Segmenter>(SegmenterOptions{}));
  auto morphology = morphology::Morphology::Create(MorphologyOptions{});
  EXPECT_TRUE(morphology.ok());
  stages.push_back(std::move(*morphology));
  auto pipeline = Pipeline::Create(std::move(stages));
  EXPECT_TRUE(pipeline.ok());
  Document doc;
  doc.id = "t1";
  doc.raw = std::move(text);
  Scratch scratch;
  EXPECT_TRUE(pipeline->Process(doc, scratch).ok());
  return doc;
}

TEST(JsonWriterTest, WritesSchemaAndCharacterOffsets) {
  // "“" is 3 bytes but one character: offsets after it shift by 2.
  Document doc = Annotate("\xE2\x80\x9CYa,\xE2\x80\x9D kata Budi.");
  std::string json;
  AppendJson(doc, JsonWriteOptions{}, &json);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  EXPECT_EQ(std::string_view(root["schema"]), "warta.document/1");
  EXPECT_EQ(std::string_view(root["id"]), "t1");
  EXPECT_TRUE(root["published"].is_null());
  EXPECT_EQ(std::string_view(root["content_hash"]).size(), 16u);
  simdjson::dom::array tokens = root["tokens"];
  // “ Ya , ” kata Budi .
  ASSERT_EQ(tokens.size(), 7u);
  simdjson::dom::element kata = tokens.at(4);
  EXPECT_EQ(std::string_view(kata["text"]), "kata");
  EXPECT_EQ(uint64_t(kata["start"]), 6u);
  EXPECT_EQ(uint64_t(kata["end"]), 10u);
  EXPECT_EQ(std::string_view(kata["lemma"]), "kata");
  EXPECT_TRUE(kata["upos"].is_null());
  simdjson::dom::array sentences = root["sentences"];
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(uint64_t(sentences.at(0)["end"]), 16u);
  for (const char* layer : {"entities", "quotes", "events", "timex"}) {
    simdjson::dom::array a = root[layer];
    EXPECT_EQ(a.size(), 0u) << layer;
  }
}

TEST(JsonWriterTest, PrettyAndCompactAgree) {
  Document doc = Annotate("Satu. Dua.");
  std::string compact, pretty;
  AppendJson(doc, JsonWriteOptions{}, &compact);
  JsonWriteOptions p;
  p.pretty = true;
  AppendJson(doc, p, &pretty);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  simdjson::dom::parser a, b;
  simdjson::dom::element x, y;
  ASSERT_EQ(a.parse(compact).get(x), simdjson::SUCCESS);
  ASSERT_EQ(b.parse(pretty).get(y), simdjson::SUCCESS);
  EXPECT_EQ(simdjson::minify(x), simdjson::minify(y));
}

TEST(JsonWriterTest, ErrorRecord) {
  std::string out;
  AppendErrorRecord(7, "a\"b", "no \"text\" field", &out);
  EXPECT_EQ(out, R"({"line":7,"id":"a\"b","error":"no \"text\" field"})");
  out.clear();
  AppendErrorRecord(0, "", "x", &out);
  EXPECT_EQ(out, R"({"error":"x"})");
}

TEST(ConlluWriterTest, WritesMultiwordTokensAndSpaceAfter) {
  Document doc = Annotate("Dia membelinya, kata Budi.");
  std::string out;
  AppendConllu(doc, &out);
  EXPECT_EQ(out,
            "# newdoc id = t1\n"
            "# sent_id = t1-s1\n"
            "# text = Dia membelinya, kata Budi.\n"
            "1\tDia\tdia\t_\t_\t_\t_\t_\t_\t_\n"
            "2-3\tmembelinya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
            "2\tmembeli\tbeli\t_\t_\t_\t_\t_\t_\t_\n"
            "3\tnya\tnya\t_\t_\t_\t_\t_\t_\t_\n"
            "4\t,\t,\t_\t_\t_\t_\t_\t_\t_\n"
            "5\tkata\tkata\t_\t_\t_\t_\t_\t_\t_\n"
            "6\tBudi\tbudi\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
            "7\t.\t.\t_\t_\t_\t_\t_\t_\t_\n"
            "\n");
}

TEST(ConlluWriterTest, SentenceTextOverALineBreakIsFlattened) {
  Document doc;
  doc.text = "a\nb";
  doc.layers = Layer::kText | Layer::kSentences | Layer::kTokens;
  doc.tokens = {Token{{0, 1}, 0}, Token{{2, 3}, 0}};
  doc.sentences = {Sentence{{0, 3}, 0, 2}};
  std::string out;
  AppendConllu(doc, &out);
  EXPECT_NE(out.find("# text = a b\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace warta
