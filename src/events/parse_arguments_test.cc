// The event coder on hand-made parses: the rules that read source and
// target off the dependency tree, independent of the parser's model.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "events/event_coder.h"
#include "events/parse_arguments.h"
#include "events/sentence_parse.h"
#include "events/trigger_lexicon.h"

namespace warta::events {
namespace {

// One word of a hand-made sentence: form, root, UPOS, head (1-based within
// the sentence, 0 = root), relation, and the entity it belongs to (-1 none).
struct Word {
  std::string form, root;
  Upos upos;
  uint32_t head;
  std::string deprel;
  int entity = -1;
};

struct NamedEntity {
  std::string name;
  EntityType type;
};

Document Parsed(const std::vector<Word>& words, const std::vector<NamedEntity>& entities) {
  Document doc;
  doc.published = "2023-10-20";
  for (const NamedEntity& e : entities) {
    Entity entity;
    entity.type = e.type;
    entity.name = e.name;
    doc.entities.push_back(entity);
  }
  Sentence s;
  for (const Word& w : words) {
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += w.form;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    doc.text += ' ';
    t.sentence = 0;
    t.lemma_begin = static_cast<uint32_t>(doc.lemma_pool.size());
    doc.lemma_pool += w.root;
    t.lemma_size = static_cast<uint32_t>(w.root.size());
    t.upos = w.upos;
    t.kind = w.upos == Upos::kPunct ? TokenKind::kPunctuation : TokenKind::kWord;
    t.head = w.head == 0 ? kNoIndex : w.head - 1;
    t.deprel = DeprelId(w.deprel);
    if (w.entity >= 0) doc.entities[w.entity].mentions.push_back(t.span);
    doc.tokens.push_back(t);
  }
  // Mentions of one entity that touch form one mention.
  for (Entity& e : doc.entities) {
    std::vector<Span> merged;
    for (Span m : e.mentions) {
      if (!merged.empty() && merged.back().end + 1 == m.begin) merged.back().end = m.end;
      else merged.push_back(m);
    }
    e.mentions = merged;
  }
  s.span = Span{0, static_cast<uint32_t>(doc.text.size())};
  s.token_begin = 0;
  s.token_end = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  doc.layers = Layer::kText | Layer::kSentences | Layer::kTokens | Layer::kLemmas | Layer::kUpos |
               Layer::kEntities | Layer::kQuotes | Layer::kTimex | Layer::kDependencies;
  return doc;
}

// "TYPE source -> target" for each event, source/target "-" when none and
// the group's words when a group.
std::string Coded(Document doc) {
  EventCoder coder;
  Scratch scratch;
  EXPECT_TRUE(coder.Process(doc, scratch).ok());
  std::ostringstream out;
  auto actor = [&](uint32_t e, const GroupActor& g) {
    if (e != kNoIndex) return doc.entities[e].name;
    if (!g.empty()) {
      std::string group = "[";
      group.append(doc.Slice(g.span));
      group.push_back(']');
      return group;
    }
    return std::string("-");
  };
  for (const Event& e : doc.events) {
    if (out.tellp() > 0) out << "; ";
    out << e.type << " " << actor(e.source, e.source_group) << " -> "
        << actor(e.target, e.target_group);
    if (e.claimed_by != kNoIndex) out << " claimed by " << doc.entities[e.claimed_by].name;
  }
  return out.str();
}

std::string Coded(const std::vector<Word>& words, const std::vector<NamedEntity>& entities) {
  return Coded(Parsed(words, entities));
}

constexpr Upos N = Upos::kNoun, V = Upos::kVerb, P = Upos::kPropn, A = Upos::kAdp,
               C = Upos::kCconj, S = Upos::kSconj, D = Upos::kDet, R = Upos::kPron,
               X = Upos::kPunct, M = Upos::kNum, J = Upos::kAdj;

TEST(ParseArgumentsTest, SubjectAndObjectOfAnActiveVerb) {
  // "Jepang mengecam Rusia ."
  EXPECT_EQ(Coded({{"Jepang", "Jepang", P, 2, "nsubj", 0},
                   {"mengecam", "kecam", V, 0, "root"},
                   {"Rusia", "Rusia", P, 2, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Jepang", EntityType::kLocation}, {"Rusia", EntityType::kLocation}}),
            "ACCUSE Jepang -> Rusia");
}

TEST(ParseArgumentsTest, PassiveSubjectIsTheTargetAndOlehTheSource) {
  // "Rusia dikecam oleh Jepang ." — the same act, told from the target.
  EXPECT_EQ(Coded({{"Rusia", "Rusia", P, 2, "nsubj:pass", 1},
                   {"dikecam", "kecam", V, 0, "root"},
                   {"oleh", "oleh", A, 4, "case"},
                   {"Jepang", "Jepang", P, 2, "obl", 0},
                   {".", ".", X, 2, "punct"}},
                  {{"Jepang", EntityType::kLocation}, {"Rusia", EntityType::kLocation}}),
            "ACCUSE Jepang -> Rusia");
}

TEST(ParseArgumentsTest, AnActiveVerbIsNotPassiveWhateverTheParseSays) {
  // "Jepang mengecam Rusia ." parsed with Jepang as a passive's subject:
  // the meN- verb is active, Jepang the one who criticises.
  EXPECT_EQ(Coded({{"Jepang", "Jepang", P, 2, "nsubj:pass", 0},
                   {"mengecam", "kecam", V, 0, "root"},
                   {"Rusia", "Rusia", P, 2, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Jepang", EntityType::kLocation}, {"Rusia", EntityType::kLocation}}),
            "ACCUSE Jepang -> Rusia");
}

TEST(ParseArgumentsTest, TargetByCaseMarkerWhenThereIsNoObject) {
  // "Australia mengirim bantuan ke Fiji ."
  EXPECT_EQ(Coded({{"Australia", "Australia", P, 2, "nsubj", 0},
                   {"mengirim", "kirim", V, 0, "root"},
                   {"bantuan", "bantu", N, 2, "obj"},
                   {"ke", "ke", A, 5, "case"},
                   {"Fiji", "Fiji", P, 2, "obl", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Australia", EntityType::kLocation}, {"Fiji", EntityType::kLocation}}),
            "AID Australia -> Fiji");
}

TEST(ParseArgumentsTest, ANameRightAfterTheVerbWhereTheParseGivesNoArgument) {
  // "Jepang mengecam Rusia ." with "Rusia" left unlabelled by the parse:
  // the name right after the verb is its target.
  EXPECT_EQ(Coded({{"Jepang", "Jepang", P, 2, "nsubj", 0},
                   {"mengecam", "kecam", V, 0, "root"},
                   {"Rusia", "Rusia", P, 2, "dep", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Jepang", EntityType::kLocation}, {"Rusia", EntityType::kLocation}}),
            "ACCUSE Jepang -> Rusia");
  // "Budi diusung Partai Golkar ." — right after a passive verb, without
  // "oleh", its agent.
  EXPECT_EQ(Coded({{"Budi", "Budi", P, 2, "nsubj:pass", 0},
                   {"diusung", "usung", V, 0, "root"},
                   {"Partai", "Partai", P, 2, "obj", 1},
                   {"Golkar", "Golkar", P, 3, "flat:name", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Budi", EntityType::kPerson}, {"Partai Golkar", EntityType::kOrganization}}),
            "SUPPORT Partai Golkar -> Budi");
  // "Polri mengerahkan Brimob ." — what is sent is no target.
  EXPECT_EQ(Coded({{"Polri", "Polri", P, 2, "nsubj", 0},
                   {"mengerahkan", "kerah", V, 0, "root"},
                   {"Brimob", "Brimob", P, 2, "dep", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Polri", EntityType::kOrganization}, {"Brimob", EntityType::kOrganization}}),
            "MOBILIZE Polri -> -");
}

TEST(ParseArgumentsTest, TheOneMarkedByAgarIsTheOneAsked) {
  // "Budi berpesan agar warga merayakan Lebaran di rumah ." parsed with
  // "agar" as the case marker of "warga" (the tagger's ADP): warga is still
  // the one asked.
  EXPECT_EQ(Coded({{"Budi", "Budi", P, 2, "nsubj", 0},
                   {"berpesan", "pesan", V, 0, "root"},
                   {"agar", "agar", A, 4, "case"},
                   {"warga", "warga", N, 2, "obl"},
                   {"merayakan", "raya", V, 4, "acl"},
                   {"Lebaran", "lebaran", N, 5, "obj"},
                   {"di", "di", A, 8, "case"},
                   {"rumah", "rumah", N, 6, "nmod"},
                   {".", ".", X, 2, "punct"}},
                  {{"Budi", EntityType::kPerson}}),
            "REQUEST Budi -> [warga]");
}

TEST(ParseArgumentsTest, ControlledVerbTakesTheObjectOfTheVerbItCompletes) {
  // "Polri meminta warga untuk menangkap Budi ." — the request is Polri's
  // to the residents; the arrest it asks for has not taken place.
  EXPECT_EQ(Coded({{"Polri", "Polri", P, 2, "nsubj", 0},
                   {"meminta", "minta", V, 0, "root"},
                   {"warga", "warga", N, 2, "obj"},
                   {"untuk", "untuk", S, 5, "mark"},
                   {"menangkap", "tangkap", V, 2, "xcomp"},
                   {"Budi", "Budi", P, 5, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Polri", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "REQUEST Polri -> [warga]");
  // "Polri meminta Ani menangkap Budi ." — without "untuk" too: what is
  // asked for has not taken place.
  EXPECT_EQ(Coded({{"Polri", "Polri", P, 2, "nsubj", 0},
                   {"meminta", "minta", V, 0, "root"},
                   {"Ani", "Ani", P, 2, "obj", 1},
                   {"menangkap", "tangkap", V, 2, "xcomp"},
                   {"Budi", "Budi", P, 4, "obj", 2},
                   {".", ".", X, 2, "punct"}},
                  {{"Polri", EntityType::kOrganization},
                   {"Ani", EntityType::kPerson},
                   {"Budi", EntityType::kPerson}}),
            "REQUEST Polri -> Ani");
}

TEST(ParseArgumentsTest, CoordinatedVerbsShareTheirSubject) {
  // "KPK memeriksa dan menangkap Budi ." -> one subject and one object for
  // two acts.
  EXPECT_EQ(Coded({{"KPK", "KPK", P, 2, "nsubj", 0},
                   {"memeriksa", "periksa", V, 0, "root"},
                   {"dan", "dan", C, 4, "cc"},
                   {"menangkap", "tangkap", V, 2, "conj"},
                   {"Budi", "Budi", P, 4, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "ACCUSE KPK -> Budi; COERCE KPK -> Budi");
}

TEST(ParseArgumentsTest, RelativeClauseIsAboutTheNounBeforeYang) {
  // "Budi yang menyerang Ani ditangkap ."
  EXPECT_EQ(Coded({{"Budi", "Budi", P, 5, "nsubj:pass", 0},
                   {"yang", "yang", R, 3, "nsubj"},
                   {"menyerang", "serang", V, 1, "acl:relcl"},
                   {"Ani", "Ani", P, 3, "obj", 1},
                   {"ditangkap", "tangkap", V, 0, "root"},
                   {".", ".", X, 5, "punct"}},
                  {{"Budi", EntityType::kPerson}, {"Ani", EntityType::kPerson}}),
            "ASSAULT Budi -> Ani; COERCE - -> Budi");
}

TEST(ParseArgumentsTest, ProcessNounsTakeTheirPossessorAsTarget) {
  // "KPK melakukan penangkapan Budi" vs "kunjungan Jokowi ke Jepang".
  EXPECT_EQ(Coded({{"KPK", "KPK", P, 2, "nsubj", 0},
                   {"melakukan", "laku", V, 0, "root"},
                   {"penangkapan", "tangkap", N, 2, "obj"},
                   {"Budi", "Budi", P, 3, "nmod", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "COERCE KPK -> Budi");
  EXPECT_EQ(Coded({{"kunjungan", "kunjung", N, 0, "root"},
                   {"Jokowi", "Jokowi", P, 1, "nmod", 0},
                   {"ke", "ke", A, 4, "case"},
                   {"Jepang", "Jepang", P, 1, "nmod", 1},
                   {".", ".", X, 1, "punct"}},
                  {{"Jokowi", EntityType::kPerson}, {"Jepang", EntityType::kLocation}}),
            "CONSULT Jokowi -> Jepang");
}

TEST(ParseArgumentsTest, LightVerbsLendTheirSubjectToTheActTheirObjectNames) {
  // "Kemensos melakukan kunjungan ke Surabaya ."
  EXPECT_EQ(Coded({{"Kemensos", "Kemensos", P, 2, "nsubj", 0},
                   {"melakukan", "laku", V, 0, "root"},
                   {"kunjungan", "kunjung", N, 2, "obj"},
                   {"ke", "ke", A, 5, "case"},
                   {"Surabaya", "Surabaya", P, 2, "obl", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Kemensos", EntityType::kOrganization}, {"Surabaya", EntityType::kLocation}}),
            "CONSULT Kemensos -> Surabaya");
  // "Ani mendapat kecaman dari Budi ." — the subject receives the blame.
  EXPECT_EQ(Coded({{"Ani", "Ani", P, 2, "nsubj", 0},
                   {"mendapat", "dapat", V, 0, "root"},
                   {"kecaman", "kecam", N, 2, "obj"},
                   {"dari", "dari", A, 5, "case"},
                   {"Budi", "Budi", P, 2, "obl", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Ani", EntityType::kPerson}, {"Budi", EntityType::kPerson}}),
            "ACCUSE Budi -> Ani");
}

TEST(ParseArgumentsTest, TheMarkedTargetMayHangOnAModifier) {
  // "Lavrov melakukan lawatan selama dua hari ke Pyongyang ."
  EXPECT_EQ(Coded({{"Lavrov", "Lavrov", P, 2, "nsubj", 0},
                   {"melakukan", "laku", V, 0, "root"},
                   {"lawatan", "lawat", N, 2, "obj"},
                   {"selama", "selama", A, 6, "case"},
                   {"dua", "dua", M, 6, "nummod"},
                   {"hari", "hari", N, 2, "obl"},
                   {"ke", "ke", A, 8, "case"},
                   {"Pyongyang", "Pyongyang", P, 6, "nmod", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Sergey Lavrov", EntityType::kPerson}, {"Pyongyang", EntityType::kLocation}}),
            "CONSULT Sergey Lavrov -> Pyongyang");
}

TEST(ParseArgumentsTest, WhatIsSentIsSoughtInThePhraseAfterTheVerb) {
  // kirim is AID only for goods such as arms or supplies (a "next="
  // condition of the lexicon): "Korea Utara mengirimkan kontainer berisi
  // peralatan ke Rusia ." finds them inside the object's phrase.
  const std::vector<NamedEntity> entities = {{"Korea Utara", EntityType::kLocation},
                                             {"Rusia", EntityType::kLocation}};
  EXPECT_EQ(Coded({{"Korea", "Korea", P, 3, "nsubj", 0},
                   {"Utara", "Utara", P, 1, "flat:name", 0},
                   {"mengirimkan", "kirim", V, 0, "root"},
                   {"kontainer", "kontainer", N, 3, "obj"},
                   {"berisi", "isi", V, 4, "acl"},
                   {"peralatan", "alat", N, 5, "obj"},
                   {"ke", "ke", A, 8, "case"},
                   {"Rusia", "Rusia", P, 3, "obl", 1},
                   {".", ".", X, 3, "punct"}},
                  entities),
            "AID Korea Utara -> Rusia");
  EXPECT_EQ(Coded({{"Korea", "Korea", P, 3, "nsubj", 0},
                   {"Utara", "Utara", P, 1, "flat:name", 0},
                   {"mengirimkan", "kirim", V, 0, "root"},
                   {"surat", "surat", N, 3, "obj"},
                   {"ke", "ke", A, 6, "case"},
                   {"Rusia", "Rusia", P, 3, "obl", 1},
                   {".", ".", X, 3, "punct"}},
                  entities),
            "")
      << "a letter is no aid";
}

TEST(ParseArgumentsTest, WhereTheParseMissesThem) {
  // "Amerika Serikat menuduh China melakukan spionase ." — the accused is
  // the subject of what the accusation tells.
  const std::vector<NamedEntity> us_china = {{"Amerika Serikat", EntityType::kLocation},
                                             {"China", EntityType::kLocation}};
  EXPECT_EQ(Coded({{"Amerika", "Amerika", P, 3, "nsubj", 0},
                   {"Serikat", "Serikat", P, 1, "flat:name", 0},
                   {"menuduh", "tuduh", V, 0, "root"},
                   {"China", "China", P, 5, "nsubj", 1},
                   {"melakukan", "laku", V, 3, "ccomp"},
                   {"spionase", "spionase", N, 5, "obj"},
                   {".", ".", X, 3, "punct"}},
                  us_china),
            "ACCUSE Amerika Serikat -> China");
  // A subject the parser hung elsewhere: the name just before the verb.
  EXPECT_EQ(Coded({{"China", "China", P, 0, "root", 1},
                   {",", ",", X, 3, "punct"},
                   {"Amerika", "Amerika", P, 1, "appos", 0},
                   {"Serikat", "Serikat", P, 3, "flat:name", 0},
                   {"mengecam", "kecam", V, 1, "parataxis"},
                   {"Rusia", "Rusia", P, 5, "obj", 2},
                   {".", ".", X, 1, "punct"}},
                  {{"Amerika Serikat", EntityType::kLocation},
                   {"China", EntityType::kLocation},
                   {"Rusia", EntityType::kLocation}}),
            "ACCUSE Amerika Serikat -> Rusia");
  // The same for one who sends forces out: "..., Basarnas juga telah
  // mengerahkan tim SAR ." with the name hung on the clause before
  // ("menata kota, Basarnas ...").
  EXPECT_EQ(Coded({{"menata", "tata", V, 0, "root"},
                   {"kota", "kota", N, 1, "obj"},
                   {",", ",", X, 4, "punct"},
                   {"Basarnas", "Basarnas", P, 2, "appos", 0},
                   {"juga", "juga", Upos::kAdv, 7, "advmod"},
                   {"telah", "telah", Upos::kAux, 7, "aux"},
                   {"mengerahkan", "kerah", V, 1, "parataxis"},
                   {"tim", "tim", N, 7, "obj"},
                   {"SAR", "SAR", P, 8, "compound"},
                   {".", ".", X, 1, "punct"}},
                  {{"Basarnas", EntityType::kOrganization}}),
            "MOBILIZE Basarnas -> -");
}

TEST(ParseArgumentsTest, DescribedGroupsAreActorsWithTheirModifiers) {
  // "Polisi menangkap dua terduga pelaku ."
  EXPECT_EQ(Coded({{"Polres", "Polres", P, 2, "nsubj", 0},
                   {"menangkap", "tangkap", V, 0, "root"},
                   {"dua", "dua", M, 4, "nummod"},
                   {"pelaku", "laku", N, 2, "obj"},
                   {"kerusuhan", "rusuh", N, 4, "compound"},
                   {".", ".", X, 2, "punct"}},
                  {{"Polres", EntityType::kOrganization}}),
            "COERCE Polres -> [dua pelaku kerusuhan]");
  // A person inside the phrase is the actor: "rombongan Kementerian Sosial".
  EXPECT_EQ(Coded({{"rombongan", "rombong", N, 3, "nsubj"},
                   {"Kemensos", "Kemensos", P, 1, "nmod", 0},
                   {"mengunjungi", "kunjung", V, 0, "root"},
                   {"Surabaya", "Surabaya", P, 3, "obj", 1},
                   {".", ".", X, 3, "punct"}},
                  {{"Kemensos", EntityType::kOrganization}, {"Surabaya", EntityType::kLocation}}),
            "CONSULT Kemensos -> Surabaya");
  (void)D;
}

TEST(ParseArgumentsTest, AGroupsThingOrPartStandsForTheGroup) {
  // "Polri menyelidiki jaringan pelaku ." — the network is the suspects'.
  EXPECT_EQ(Coded({{"Polri", "Polri", P, 2, "nsubj", 0},
                   {"menyelidiki", "selidik", V, 0, "root"},
                   {"jaringan", "jaring", N, 2, "obj"},
                   {"pelaku", "laku", N, 3, "nmod"},
                   {".", ".", X, 2, "punct"}},
                  {{"Polri", EntityType::kOrganization}}),
            "ACCUSE Polri -> [jaringan pelaku]");
  // "Polri menyelidiki jumlah penumpang ." — a quantity, not the group.
  EXPECT_EQ(Coded({{"Polri", "Polri", P, 2, "nsubj", 0},
                   {"menyelidiki", "selidik", V, 0, "root"},
                   {"jumlah", "jumlah", N, 2, "obj"},
                   {"penumpang", "tumpang", N, 3, "nmod"},
                   {".", ".", X, 2, "punct"}},
                  {{"Polri", EntityType::kOrganization}}),
            "ACCUSE Polri -> -");
}

TEST(ParseArgumentsTest, APersonInAppositionNamesThePhraseBeforeIt) {
  // "Pengamat dari UGM , Budi , mengkritik Ani ." with the apposition hung
  // on UGM: Budi is the one who criticises, not the observers as a group.
  EXPECT_EQ(Coded({{"Pengamat", "amat", N, 7, "nsubj"},
                   {"dari", "dari", A, 3, "case"},
                   {"UGM", "UGM", P, 1, "nmod", 0},
                   {",", ",", X, 5, "punct"},
                   {"Budi", "Budi", P, 3, "appos", 1},
                   {",", ",", X, 1, "punct"},
                   {"mengkritik", "kritik", V, 0, "root"},
                   {"Ani", "Ani", P, 7, "obj", 2},
                   {".", ".", X, 7, "punct"}},
                  {{"UGM", EntityType::kOrganization},
                   {"Budi", EntityType::kPerson},
                   {"Ani", EntityType::kPerson}}),
            "ACCUSE Budi -> Ani");
}

TEST(ParseArgumentsTest, APurposeHoldsForWhatIsCoordinatedWithItAndForALightVerbsObject) {
  // "KPK bergerak untuk mengamankan bukti dan menangkap Budi ." — both are
  // the purpose, neither took place.
  EXPECT_EQ(Coded({{"KPK", "KPK", P, 2, "nsubj", 0},
                   {"bergerak", "gerak", V, 0, "root"},
                   {"untuk", "untuk", S, 4, "mark"},
                   {"mengamankan", "aman", V, 2, "advcl"},
                   {"bukti", "bukti", N, 4, "obj"},
                   {"dan", "dan", C, 7, "cc"},
                   {"menangkap", "tangkap", V, 4, "conj"},
                   {"Budi", "Budi", P, 7, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "");
  // "KPK bergerak untuk melakukan penangkapan Budi ."
  EXPECT_EQ(Coded({{"KPK", "KPK", P, 2, "nsubj", 0},
                   {"bergerak", "gerak", V, 0, "root"},
                   {"untuk", "untuk", S, 4, "mark"},
                   {"melakukan", "laku", V, 2, "advcl"},
                   {"penangkapan", "tangkap", N, 4, "obj"},
                   {"Budi", "Budi", P, 5, "nmod", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "");
}

TEST(ParseArgumentsTest, ArgumentsAreWordsOfTheSentence) {
  // "... mendapat ancaman dari Budi ." with no subject for the verb of
  // receiving: no argument stands for a missing word.
  const Document doc = Parsed({{"mendapat", "dapat", V, 0, "root"},
                               {"ancaman", "ancam", N, 1, "obj"},
                               {"dari", "dari", A, 4, "case"},
                               {"Budi", "Budi", P, 1, "obl", 0},
                               {".", ".", X, 1, "punct"}},
                              {{"Budi", EntityType::kPerson}});
  const TriggerLexicon lexicon;
  const SentenceParse parse(doc, doc.sentences[0]);
  const TriggerMatch match = lexicon.At(doc, 1, 5);
  ASSERT_NE(match.trigger, nullptr);
  const Arguments args = ArgumentsFromParse(parse, match, lexicon);
  for (const std::vector<uint32_t>* list : {&args.sources, &args.targets})
    for (uint32_t k : *list) EXPECT_LT(k, doc.tokens.size());
  EXPECT_FALSE(args.sources.empty());
}

TEST(ParseArgumentsTest, IntendedPossibleAndFutureActsAreNotCoded) {
  // "KPK bergerak untuk menangkap Budi ." — a purpose, not an arrest.
  EXPECT_EQ(Coded({{"KPK", "KPK", P, 2, "nsubj", 0},
                   {"bergerak", "gerak", V, 0, "root"},
                   {"untuk", "untuk", S, 4, "mark"},
                   {"menangkap", "tangkap", V, 2, "advcl"},
                   {"Budi", "Budi", P, 4, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "");
  // "KPK akan menangkap Budi ." / "KPK dapat menangkap Budi ."
  for (const char* modal : {"akan", "dapat"}) {
    EXPECT_EQ(Coded({{"KPK", "KPK", P, 3, "nsubj", 0},
                     {modal, modal, Upos::kAux, 3, "aux"},
                     {"menangkap", "tangkap", V, 0, "root"},
                     {"Budi", "Budi", P, 3, "obj", 1},
                     {".", ".", X, 3, "punct"}},
                    {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
              "")
        << modal;
  }
  // "Akan tetapi, KPK menangkap Budi ." — "akan tetapi" is "however".
  EXPECT_EQ(Coded({{"Akan", "akan", Upos::kAdv, 5, "advmod"},
                   {"tetapi", "tetapi", C, 1, "fixed"},
                   {",", ",", X, 1, "punct"},
                   {"KPK", "KPK", P, 5, "nsubj", 0},
                   {"menangkap", "tangkap", V, 0, "root"},
                   {"Budi", "Budi", P, 5, "obj", 1},
                   {".", ".", X, 5, "punct"}},
                  {{"KPK", EntityType::kOrganization}, {"Budi", EntityType::kPerson}}),
            "COERCE KPK -> Budi");
}

TEST(ParseArgumentsTest, AnActOnlyGroupsTakePartInIsNotCoded) {
  // "Warga menyerang polisi ." names nobody: the guide codes an event only
  // when one participant is named.
  EXPECT_EQ(Coded({{"Warga", "warga", N, 2, "nsubj"},
                   {"menyerang", "serang", V, 0, "root"},
                   {"polisi", "polisi", N, 2, "obj"},
                   {".", ".", X, 2, "punct"}},
                  {}),
            "");
}

TEST(ParseArgumentsTest, AConfirmedActIsClaimedByTheOneWhoConfirmsIt) {
  // "Chaidir membenarkan penangkapan Budi ."
  EXPECT_EQ(Coded({{"Chaidir", "Chaidir", P, 2, "nsubj", 0},
                   {"membenarkan", "benar", V, 0, "root"},
                   {"penangkapan", "tangkap", N, 2, "obj"},
                   {"Budi", "Budi", P, 3, "nmod", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Chaidir", EntityType::kPerson}, {"Budi", EntityType::kPerson}}),
            "COERCE - -> Budi claimed by Chaidir");
}

TEST(ParseArgumentsTest, TheObjectFocusPassiveActsOnWhatComesBeforeThePronoun) {
  // "Budi kami tangkap ." with tangkap read as an adjective and Budi as its
  // subject: the bare verb after a pronoun is an object-focus passive,
  // Budi the one arrested.
  EXPECT_EQ(Coded({{"Budi", "Budi", P, 3, "nsubj", 0},
                   {"kami", "kami", R, 3, "nsubj"},
                   {"tangkap", "tangkap", J, 0, "root"},
                   {".", ".", X, 3, "punct"}},
                  {{"Budi", EntityType::kPerson}}),
            "COERCE - -> Budi");
  // '"Dua pelaku itu sudah kami amankan," kata Hendra.': the pronoun is
  // the speaker's side (who also claims the arrest), the phrase before it
  // (past its determiner and the auxiliary) the target, and "amankan" the
  // bare form of "diamankan".
  Document doc = Parsed({{"Dua", "dua", M, 2, "nummod"},
                         {"pelaku", "laku", N, 6, "obl"},
                         {"itu", "itu", D, 2, "det"},
                         {"sudah", "sudah", Upos::kAux, 6, "aux"},
                         {"kami", "kami", R, 6, "nsubj"},
                         {"amankan", "aman", V, 0, "root"},
                         {",", ",", X, 6, "punct"},
                         {"kata", "kata", V, 6, "parataxis"},
                         {"Hendra", "Hendra", P, 8, "nsubj", 0}},
                        {{"Hendra", EntityType::kPerson}});
  Quote quote;
  quote.content = Span{doc.tokens[0].span.begin, doc.tokens[5].span.end};
  quote.speaker = 0;
  doc.quotes.push_back(quote);
  EXPECT_EQ(Coded(doc), "COERCE Hendra -> [Dua pelaku] claimed by Hendra");
}

TEST(ParseArgumentsTest, ABareVerbAfterAPronounWithNothingBeforeIsActive) {
  // "Kami menyerang Ani ." said colloquially, "kami serang Ani": with no
  // phrase before the pronoun the clause is active, Ani its object (Budi,
  // who tells it, claims it).
  EXPECT_EQ(Coded({{"Budi", "Budi", P, 2, "nsubj", 0},
                   {"berkata", "kata", V, 0, "root"},
                   {",", ",", X, 5, "punct"},
                   {"kami", "kami", R, 5, "nsubj"},
                   {"serang", "serang", V, 2, "ccomp"},
                   {"Ani", "Ani", P, 5, "obj", 1},
                   {".", ".", X, 2, "punct"}},
                  {{"Budi", EntityType::kPerson}, {"Ani", EntityType::kPerson}}),
            "ASSAULT - -> Ani claimed by Budi");
}

}  // namespace
}  // namespace warta::events
