#include "warta/pipeline.h"

#include <gtest/gtest.h>

namespace warta {
namespace {

class FakeStage : public Stage {
 public:
  FakeStage(Layer needs, Layer adds, Status result = Status::Ok())
      : requires_(needs), provides_(adds), result_(result) {}
  std::string_view Name() const override { return "fake"; }
  Layer Requires() const override { return requires_; }
  Layer Provides() const override { return provides_; }
  Status Process(Document&, Scratch&) const override { return result_; }

 private:
  Layer requires_, provides_;
  Status result_;
};

TEST(PipelineTest, DefaultStagesInDesignOrder) {
  auto p = Pipeline::CreateDefault(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->StageNames(),
            (std::vector<std::string>{"cleaner", "segmenter", "morphology", "tagger",
                                      "parser", "entities", "quotes", "time", "events"}));
}

TEST(PipelineTest, MissingModelIsAClearError) {
  PipelineOptions options;
  options.tagger.ner_model = "/nonexistent/ner.bin";
  auto p = Pipeline::CreateDefault(options);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().message().find("/nonexistent/ner.bin"), std::string::npos);
}

TEST(PipelineTest, MissingDictionaryIsAClearError) {
  PipelineOptions options;
  options.morphology.hunspell_dic = "/nonexistent/id_ID.dic";
  auto p = Pipeline::CreateDefault(options);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().message().find("/nonexistent/id_ID.dic"), std::string::npos);
  EXPECT_NE(p.status().message().find("hunspell-id"), std::string::npos);
}

TEST(PipelineTest, RefusesAStageWhoseLayersNobodyProvides) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FakeStage>(Layer::kTokens, Layer::kUpos));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(p.status().message().find("tokens"), std::string::npos);
}

TEST(PipelineTest, StopsAtTheFirstFailureAndNamesTheStage) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FakeStage>(Layer::kNone, Layer::kText));
  stages.push_back(std::make_unique<FakeStage>(
      Layer::kText, Layer::kTokens, InvalidArgumentError("bad")));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_TRUE(p.ok());
  Document doc;
  Scratch scratch;
  Status s = p->Process(doc, scratch);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "fake: bad");
  EXPECT_TRUE(Has(doc.layers, Layer::kText));
  EXPECT_FALSE(Has(doc.layers, Layer::kTokens));
}

}  // namespace
}  // namespace warta
