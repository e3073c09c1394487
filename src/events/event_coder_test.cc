#include "events/event_coder.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "warta/pipeline.h"

namespace warta::events {
namespace {

struct Coded {
  std::string type, trigger, source, target, claimed_by;
  bool negated;
};

std::vector<Coded> Events(const std::string& text) {
  static auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  EXPECT_TRUE(pipeline.ok());
  Document doc;
  doc.raw = text;
  doc.published = "2023-10-20";
  Scratch scratch;
  EXPECT_TRUE(pipeline->Process(doc, scratch).ok());
  auto name = [&](uint32_t e) { return e == kNoIndex ? std::string() : doc.entities[e].name; };
  std::vector<Coded> out;
  for (const Event& e : doc.events)
    out.push_back({e.type, std::string(doc.Slice(e.trigger)), name(e.source), name(e.target),
                   name(e.claimed_by), e.negated});
  return out;
}

class EventCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
  }
};

TEST_F(EventCoderTest, ActiveVerbWithSourceAndTarget) {
  auto e = Events("Amerika Serikat menuduh Korea Utara memasok senjata.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "ACCUSE");
  EXPECT_EQ(e[0].trigger, "menuduh");
  EXPECT_EQ(e[0].source, "Amerika Serikat");
  EXPECT_EQ(e[0].target, "Korea Utara");
}

TEST_F(EventCoderTest, ClaimedEventsAreNotAsserted) {
  auto e = Events(
      "Menteri Luar Negeri Rusia Sergey Lavrov membantah klaim Amerika Serikat bahwa "
      "Korea Utara mengirim munisi ke Rusia.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].type, "REJECT");
  EXPECT_EQ(e[0].source, "Sergey Lavrov");
  EXPECT_EQ(e[1].type, "AID");
  EXPECT_EQ(e[1].source, "Korea Utara");
  EXPECT_EQ(e[1].target, "Rusia");
  EXPECT_EQ(e[1].claimed_by, "Amerika Serikat");
}

TEST_F(EventCoderTest, NegationAndNounTriggers) {
  auto e = Events("Jepang tidak mengirim bantuan. Lawatan Joko Widodo ke Jepang berlangsung lancar.");
  ASSERT_GE(e.size(), 2u);
  EXPECT_EQ(e[0].type, "AID");
  EXPECT_TRUE(e[0].negated);
  EXPECT_EQ(e.back().type, "CONSULT");
  EXPECT_EQ(e.back().source, "Joko Widodo");
  EXPECT_EQ(e.back().target, "Jepang");
}

}  // namespace
}  // namespace warta::events
