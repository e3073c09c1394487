#include "warta/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "warta/writer.h"

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

// A stage that fails on documents whose raw text says "rusak".
class FailOnBrokenStage : public Stage {
 public:
  std::string_view Name() const override { return "checker"; }
  Layer Requires() const override { return Layer::kNone; }
  Layer Provides() const override { return Layer::kText; }
  Status Process(Document& doc, Scratch&) const override {
    if (doc.raw == "rusak") return DataLossError("broken");
    doc.text = doc.raw;
    return Status::Ok();
  }
};

TEST(PipelineTest, ABatchFailsDocumentByDocument) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FailOnBrokenStage>());
  stages.push_back(std::make_unique<FakeStage>(Layer::kText, Layer::kTokens));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_TRUE(p.ok());
  std::vector<Document> docs(3);
  docs[0].raw = "baik";
  docs[1].raw = "rusak";
  docs[2].raw = "baik juga";
  Scratch scratch;
  std::vector<Status> statuses = p->ProcessBatch(docs, scratch);
  ASSERT_EQ(statuses.size(), 3u);
  EXPECT_TRUE(statuses[0].ok());
  EXPECT_EQ(statuses[1].message(), "checker: broken");
  EXPECT_TRUE(statuses[2].ok());
  EXPECT_TRUE(Has(docs[2].layers, Layer::kTokens));
  EXPECT_FALSE(Has(docs[1].layers, Layer::kTokens));
}

// A stage that throws on documents whose raw text says "lempar".
class ThrowOnMarkedStage : public Stage {
 public:
  std::string_view Name() const override { return "thrower"; }
  Layer Requires() const override { return Layer::kNone; }
  Layer Provides() const override { return Layer::kText; }
  Status Process(Document& doc, Scratch&) const override {
    if (doc.raw == "lempar") throw std::runtime_error("out of range");
    doc.text = doc.raw;
    return Status::Ok();
  }
};

TEST(PipelineTest, AnExceptionInABatchCostsOneDocument) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<ThrowOnMarkedStage>());
  stages.push_back(std::make_unique<FakeStage>(Layer::kText, Layer::kTokens));
  auto p = Pipeline::Create(std::move(stages));
  ASSERT_TRUE(p.ok());
  std::vector<Document> docs(3);
  docs[0].raw = "lempar";
  docs[1].raw = "baik";
  docs[2].raw = "lempar";
  Scratch scratch;
  std::vector<Status> statuses = p->ProcessBatch(docs, scratch);
  ASSERT_EQ(statuses.size(), 3u);
  EXPECT_EQ(statuses[0].code(), StatusCode::kInternal);
  EXPECT_EQ(statuses[0].message(), "thrower: out of range");
  EXPECT_TRUE(statuses[1].ok());
  EXPECT_TRUE(Has(docs[1].layers, Layer::kTokens));
  EXPECT_FALSE(statuses[2].ok());
}

// Stage by stage over a batch gives the documents one call each gives.
TEST(PipelineTest, ABatchEqualsOneDocumentAtATime) {
  if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
    GTEST_SKIP() << "hunspell-id is not installed";
  auto p = Pipeline::CreateDefault(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const std::vector<std::string> texts = {
      "JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Menlu Rusia Sergey "
      "Lavrov di Moskwa, Senin (9/10/2023). \"Kami sepakat memperkuat kerja sama,\" kata Retno.",
      "Polisi menangkap dua orang yang diduga menjarah toko saat banjir di Gresik, Rabu "
      "(11/10/2023). Mereka dibawa ke Polres Gresik.",
      "",
      "Zulkifli Hasan menuduh pedagang perantara menaikkan harga kopi pada September 2023."};
  std::vector<Document> one(texts.size()), batch(texts.size());
  Scratch scratch;
  for (size_t i = 0; i < texts.size(); ++i) {
    one[i].raw = batch[i].raw = texts[i];
    one[i].published = batch[i].published = "2023-10-12";
    (void)p->Process(one[i], scratch);
  }
  std::vector<Status> statuses = p->ProcessBatch(batch, scratch);
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string a, b;
    AppendJson(one[i], JsonWriteOptions{}, &a);
    AppendJson(batch[i], JsonWriteOptions{}, &b);
    EXPECT_EQ(a, b) << "document " << i;
  }
}

// For an archive (ParserOptions::only_event_sentences) the parser skips the
// sentences with no trigger word: the same facts, no tree where none is read.
TEST(PipelineTest, ParsingOnlyTheEventSentencesGivesTheSameFacts) {
  if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
    GTEST_SKIP() << "hunspell-id is not installed";
  PipelineOptions lazy_options;
  lazy_options.parser.only_event_sentences = true;
  auto full = Pipeline::CreateDefault(PipelineOptions{});
  auto lazy = Pipeline::CreateDefault(lazy_options);
  ASSERT_TRUE(full.ok() && lazy.ok());
  Document a, b;
  a.raw = b.raw =
      "JAKARTA, KOMPAS.com - Hujan turun sejak pagi di Jakarta, Senin (9/10/2023). Menteri "
      "Luar Negeri Retno Marsudi bertemu Menlu Rusia Sergey Lavrov di Moskwa. \"Kami meminta "
      "Rusia menghentikan serangan,\" kata Retno. Jalan di Kemang tergenang air setinggi 30 "
      "sentimeter. Polisi menangkap dua orang yang diduga menjarah toko. \"Pemerintah Kota "
      "Jakarta harus segera memperbaiki saluran air,\" ujar Retno.";
  a.published = b.published = "2023-10-12";
  Scratch scratch;
  ASSERT_TRUE(full->Process(a, scratch).ok());
  ASSERT_TRUE(lazy->Process(b, scratch).ok());
  ASSERT_FALSE(a.events.empty());
  JsonWriteOptions facts;
  facts.tokens = false;
  std::string ja, jb;
  AppendJson(a, facts, &ja);
  AppendJson(b, facts, &jb);
  EXPECT_EQ(ja, jb);
  // The weather names no act: its sentence keeps no tree; the meeting's
  // keeps its tree.
  auto sentence_with = [&](std::string_view word) -> const Sentence& {
    for (const Sentence& s : b.sentences)
      if (b.Slice(s.span).find(word) != std::string_view::npos) return s;
    ADD_FAILURE() << word;
    return b.sentences.front();
  };
  const Sentence& weather = sentence_with("Hujan");
  for (uint32_t k = weather.token_begin; k < weather.token_end; ++k)
    EXPECT_EQ(b.tokens[k].head, kNoIndex);
  const Sentence& meeting = sentence_with("bertemu");
  size_t roots = 0;
  for (uint32_t k = meeting.token_begin; k < meeting.token_end; ++k)
    roots += b.tokens[k].head == kNoIndex;
  EXPECT_EQ(roots, 1u);
}

}  // namespace
}  // namespace warta
