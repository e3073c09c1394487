#include "events/event_coder.h"

#include <gtest/gtest.h>

#include "testing/default_pipeline.h"

namespace warta::events {
namespace {

struct Coded {
  std::string type, trigger, source, target, claimed_by;
  bool negated;
  std::string source_group, target_group;  // "masyarakat CVL"
  std::string date;
};

std::vector<Coded> Events(const std::string& text) {
  const Document doc = testing::AnnotateWithDefaultPipeline(text, "2023-10-20");
  auto name = [&](uint32_t e) { return e == kNoIndex ? std::string() : doc.entities[e].name; };
  std::vector<Coded> out;
  auto group = [&](const GroupActor& g) {
    return g.empty() ? std::string() : std::string(doc.Slice(g.span)) + " " + g.actor_code;
  };
  for (const Event& e : doc.events)
    out.push_back({e.type, std::string(doc.Slice(e.trigger)), name(e.source), name(e.target),
                   name(e.claimed_by), e.negated, group(e.source_group), group(e.target_group),
                   e.date});
  return out;
}

using EventCoderTest = testing::DefaultPipelineTest;

TEST_F(EventCoderTest, ActiveVerbWithSourceAndTarget) {
  auto e = Events("Amerika Serikat menuduh Korea Utara memasok senjata.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "ACCUSE");
  EXPECT_EQ(e[0].trigger, "menuduh");
  EXPECT_EQ(e[0].source, "Amerika Serikat");
  EXPECT_EQ(e[0].target, "Korea Utara");
}

// Groups of the CAMEO agent types by their common nouns (lexicons/group-actors.tsv).
TEST_F(EventCoderTest, AGroupNamedByItsCommonNounIsAnActor) {
  auto e = Events("Gubernur Jawa Barat Ridwan Kamil meminta siswa tetap belajar di rumah.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "REQUEST");
  EXPECT_EQ(e[0].source, "Ridwan Kamil");
  EXPECT_EQ(e[0].target_group, "siswa EDU");
}

// The guide's "harus": in a named speaker's statement, a demand on the
// subject (REQUEST 100); in narration, no event.
TEST_F(EventCoderTest, HarusInAStatementIsTheSpeakersDemand) {
  auto e = Events(
      "\u201dPemerintah harus segera menurunkan harga minyak goreng,\u201d kata Budi Santoso.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "REQUEST");
  EXPECT_EQ(e[0].trigger, "harus");
  EXPECT_EQ(e[0].source, "Budi Santoso");
  EXPECT_EQ(e[0].target_group, "Pemerintah GOV");
  EXPECT_TRUE(Events("Warga harus antre sejak pagi di depan kantor Kelurahan Cibeureum.").empty());
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

TEST_F(EventCoderTest, PronounsStandForThePersonNamedAndForTheSpeaker) {
  auto e = Events(
      "Menteri Luar Negeri Retno Marsudi tiba di Beijing. Ia mengkritik Jepang. "
      "\"Saya menolak tuduhan itu,\" kata Retno Marsudi.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].type, "ACCUSE");
  EXPECT_EQ(e[0].source, "Retno Marsudi");
  EXPECT_EQ(e[0].target, "Jepang");
  EXPECT_EQ(e[1].type, "REJECT");
  EXPECT_EQ(e[1].source, "Retno Marsudi");
  EXPECT_EQ(e[1].claimed_by, "") << "a speaker telling of their own act claims nothing more";
  e = Events("\"Pihaknya menolak tuduhan Jepang,\" kata Retno Marsudi.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "REJECT");
  EXPECT_EQ(e[0].source, "Retno Marsudi") << "pihak+nya: the speaker's side";
}

TEST_F(EventCoderTest, AnEventToldBeforeAndAnEventWithoutActorsAreNotCoded) {
  auto e = Events(
      "Lawatan Joko Widodo ke Jepang berlangsung lancar. Lawatan itu dipuji banyak pihak. "
      "Harga minyak naik setelah serangan di perbatasan.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "CONSULT");
  EXPECT_EQ(e[0].source, "Joko Widodo");
}

TEST_F(EventCoderTest, ConditionalTriggers) {
  auto e = Events("Retno Marsudi tidak menanggapi tuduhan Jepang.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "REJECT");
  EXPECT_FALSE(e[0].negated) << "declining to answer is the event";
  e = Events("Joko Widodo berharap agar Jepang membuka pasar.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "REQUEST");
  EXPECT_EQ(e[0].target, "Jepang");
  EXPECT_TRUE(Events("Joko Widodo berharap cuaca cerah di Jepang.").empty());
  EXPECT_TRUE(Events("Joko Widodo menanggapi pertanyaan wartawan.").empty());
}

TEST_F(EventCoderTest, AnAccusationsContentIsTheAccusersClaim) {
  auto e = Events("Para pejabat Korea Selatan menuduh senjata yang dipasok oleh Korea Utara sudah digunakan.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].type, "ACCUSE");
  EXPECT_EQ(e[0].source, "Korea Selatan");
  EXPECT_EQ(e[0].target, "Korea Utara");
  EXPECT_EQ(e[1].type, "AID");
  EXPECT_EQ(e[1].source, "Korea Utara");
  EXPECT_EQ(e[1].target, "") << "what 'yang' follows is a thing";
  EXPECT_EQ(e[1].claimed_by, "Korea Selatan");
}

TEST_F(EventCoderTest, GroupsNamedByCommonNouns) {
  auto e = Events("Joko Widodo mengimbau masyarakat agar menghemat listrik.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, "REQUEST");
  EXPECT_EQ(e[0].source, "Joko Widodo");
  EXPECT_EQ(e[0].target, "");
  EXPECT_EQ(e[0].target_group, "masyarakat CVL");
  // The annotation guide codes an event only when a participant is named.
  EXPECT_TRUE(Events("Pemerintah mengimbau masyarakat agar menghemat listrik.").empty());
}

TEST_F(EventCoderTest, APersonAfterATitleAndCountryIsTheActor) {
  auto e = Events(
      "Pertemuan antara Presiden Rusia Vladimir Putin dan Pemimpin Korea Utara Kim Jong Un "
      "berlangsung di Moskwa.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "CONSULT");
  EXPECT_EQ(e[0].source, "Vladimir Putin");
  EXPECT_EQ(e[0].target, "Kim Jong Un");
}

TEST_F(EventCoderTest, AnEventIsOnItsSentencesDayOrTheStorysOrThePublicationDate) {
  auto e = Events(
      "Jepang mengkritik Korea Utara. Joko Widodo bertemu Fumio Kishida di Tokyo, Kamis "
      "(19/10). Ia juga mengkritik Korea Utara. Pada 2022, Jepang mengecam Korea Utara.");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].date, "2023-10-20") << "no day told yet: the publication date";
  EXPECT_EQ(e[1].date, "2023-10-19");
  EXPECT_EQ(e[2].date, "2023-10-19") << "the story's day";
  EXPECT_EQ(e[3].date, "2022") << "its own time expression";
}

TEST_F(EventCoderTest, AConditionOrAQuestionIsNoEvent) {
  auto e = Events("Jika Rusia menyerang Ukraina, Amerika Serikat menjatuhkan sanksi kepada Rusia.");
  for (const Coded& c : e) EXPECT_NE(c.type, "ASSAULT") << c.trigger;
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].type, "SANCTION");
  EXPECT_EQ(e[0].source, "Amerika Serikat");
  EXPECT_TRUE(Events("Ketika ditanya, akankah Jepang membantu Indonesia, ia diam.").empty());
  EXPECT_TRUE(Events("Apakah Jepang menyerang Indonesia?").empty());
}

TEST_F(EventCoderTest, EverydayNewsTriggers) {
  auto e = Events("Malaysia menuding Indonesia. Indonesia menepis tudingan Malaysia.");
  ASSERT_GE(e.size(), 2u);
  EXPECT_EQ(e[0].type, "ACCUSE");
  EXPECT_EQ(e[0].source, "Malaysia");
  EXPECT_EQ(e[0].target, "Indonesia");
  EXPECT_EQ(e[1].type, "REJECT");
  EXPECT_EQ(e[1].source, "Indonesia");
}

}  // namespace
}  // namespace warta::events
