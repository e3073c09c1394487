#include "tagger/sequence_tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "tagger/corpus_reader.h"

namespace warta::tagger {
namespace {

std::vector<TaggedSentence> ReadFixture(const char* name, bool ner) {
  std::ifstream in(std::string(WARTA_SOURCE_DIR) + "/tests/fixtures/" + name);
  EXPECT_TRUE(in) << name;
  std::vector<TaggedSentence> out;
  Status s = ner ? ReadConllNer(in, name, true, &out) : ReadConlluUpos(in, name, &out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

std::vector<std::string> TagNames(const SequenceTagger& t, const std::vector<std::string>& words) {
  std::vector<std::string_view> views(words.begin(), words.end());
  TagWorkspace ws;
  std::vector<int> ids;
  t.Tag({views, {}, {}, {}}, &ws, &ids);
  std::vector<std::string> out;
  for (int id : ids) out.push_back(t.tags()[static_cast<size_t>(id)]);
  return out;
}

TEST(SequenceTaggerTest, LearnsTheTrainingSentences) {
  auto train = ReadFixture("tiny-upos.conllu", false);
  ASSERT_EQ(train.size(), 8u);
  TrainOptions options;
  options.epochs = 8;
  auto model = Train(train, {}, Gazetteer(), options, nullptr);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(TagNames(*model, train[0].words), train[0].tags);
  EXPECT_GE(Evaluate(*model, train), 0.95);
}

TEST(SequenceTaggerTest, TrainingIsReproducible) {
  auto train = ReadFixture("tiny-upos.conllu", false);
  TrainOptions options;
  options.epochs = 5;
  auto a = Train(train, train, Gazetteer(), options, nullptr);
  auto b = Train(train, train, Gazetteer(), options, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->ToBytes(), b->ToBytes());
  options.seed += 1;
  auto c = Train(train, train, Gazetteer(), options, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->tags(), a->tags());
}

TEST(SequenceTaggerTest, TrainingReportsDevFiguresPerEpoch) {
  auto train = ReadFixture("tiny-upos.conllu", false);
  TrainOptions options;
  options.epochs = 3;
  std::ostringstream log;
  ASSERT_TRUE(Train(train, train, Gazetteer(), options, &log).ok());
  EXPECT_NE(log.str().find("epoch 3: train accuracy"), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("dev accuracy"), std::string::npos);
}

TEST(SequenceTaggerTest, NerMapsTypesAndKeepsBioValid) {
  auto train = ReadFixture("tiny-ner.tsv", true);
  EXPECT_EQ(train[0].tags[1], "B-PER");  // B-PERSON mapped
  EXPECT_EQ(train[0].tags[5], "B-LOC");  // B-PLACE mapped
  Gazetteer names;
  names.AddName("Joko Widodo", Gazetteer::kPerson, Gazetteer::kPersonFirst);
  TrainOptions options;
  options.feature_set = FeatureSet::kNer;
  options.epochs = 6;
  auto model = Train(train, train, names, options, nullptr);
  ASSERT_TRUE(model.ok());
  EXPECT_GE(Evaluate(*model, train), 0.9);
  // Whatever the words, I-X never follows O or another type.
  std::vector<std::string> words = {"Widodo", "Santoso", "Indonesia", "Jakarta", "tutup"};
  std::vector<std::string> tags = TagNames(*model, words);
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].rfind("I-", 0) != 0) continue;
    ASSERT_GT(i, 0u);
    EXPECT_EQ(tags[i - 1].substr(2), tags[i].substr(2)) << tags[i - 1] << " " << tags[i];
  }
}

TEST(SequenceTaggerTest, BilouTagsAndBackToBio) {
  std::vector<std::string> tags = {"B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-ORG", "O", "I-LOC"};
  ToBilou(&tags);
  EXPECT_EQ(tags, (std::vector<std::string>{"B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-ORG",
                                             "U-ORG", "O", "U-LOC"}));
  std::vector<std::string> bio;
  for (const std::string& t : tags) bio.push_back(BioName(t));
  EXPECT_EQ(bio, (std::vector<std::string>{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG",
                                            "B-ORG", "O", "B-LOC"}));
}

// A BILOU model keeps a name open after B-X until its L-X, whatever the
// scores say. The model here: every word prefers O (then L-PER), the first
// word B-PER.
TEST(SequenceTaggerTest, BilouModelKeepsANameOpenUntilItsLastWord) {
  const std::vector<std::string> tags = {"B-PER", "I-PER", "L-PER", "O", "U-PER"};
  WordDescription word;
  DescribeWord("kata", nullptr, nullptr, nullptr, &word);
  std::vector<uint64_t> self, first, later;
  AppendWordFeatures(FeatureSet::kNer, WordRole::kSelf, word, &self);
  AppendPairFeatures(word.keys, word.keys, word.keys, /*first=*/true, &first);
  AppendPairFeatures(word.keys, word.keys, word.keys, /*first=*/false, &later);
  std::sort(first.begin(), first.end());
  std::sort(later.begin(), later.end());
  std::vector<uint64_t> only_first;
  std::set_difference(first.begin(), first.end(), later.begin(), later.end(),
                      std::back_inserter(only_first));
  ASSERT_EQ(only_first.size(), 1u);
  LinearModel weights(tags.size());
  const LinearModel::Pair prefer_o[] = {{2, 0.5f}, {3, 1.0f}};  // O, then L-PER
  const LinearModel::Pair begin_first[] = {{0, 5.0f}};
  weights.AddFeature(self[0], prefer_o);  // the bias: every word
  weights.AddFeature(only_first[0], begin_first);
  weights.Finish();
  const SequenceTagger model(FeatureSet::kNer, tags, Gazetteer(), std::move(weights));
  EXPECT_EQ(TagNames(model, {"Joko", "tiba", "kemarin"}),
            (std::vector<std::string>{"B-PER", "L-PER", "O"}));
  // The same weights with BIO tags let the name end after one word.
  LinearModel bio_weights(4);
  const LinearModel::Pair bio_prefer_o[] = {{2, 1.0f}};
  bio_weights.AddFeature(self[0], bio_prefer_o);
  bio_weights.AddFeature(only_first[0], begin_first);
  bio_weights.Finish();
  const SequenceTagger bio(FeatureSet::kNer, {"B-PER", "I-PER", "O", "B-LOC"}, Gazetteer(),
                           std::move(bio_weights));
  EXPECT_EQ(TagNames(bio, {"Joko", "tiba", "kemarin"}),
            (std::vector<std::string>{"B-PER", "O", "O"}));
}

// A BILOU model is trained with the beam it is decoded with (max-violation
// updates on whole sentences). Here the type of a name shows only in its
// fourth word, beyond what the first word's features see: the beam holds
// both types open until that word, and training must teach it to.
TEST(SequenceTaggerTest, BeamTrainingLearnsNamesTypedByALaterWord) {
  auto train = ReadFixture("tiny-ner-late-type.tsv", true);
  ASSERT_EQ(train.size(), 2u);
  for (auto& s : train) ToBilou(&s.tags);
  TrainOptions options;
  options.feature_set = FeatureSet::kNer;
  options.epochs = 12;
  auto model = Train(train, {}, Gazetteer(), options, nullptr);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  ASSERT_EQ(model->beam_width(), 3u);
  for (const auto& s : train) EXPECT_EQ(TagNames(*model, s.words), s.tags);
  // Learning word by word from greedy guesses gives other weights.
  options.beam_training = false;
  auto greedy = Train(train, {}, Gazetteer(), options, nullptr);
  ASSERT_TRUE(greedy.ok());
  EXPECT_NE(greedy->ToBytes(), model->ToBytes());
}

// Tag() sums word features once per form (the word-score cache); it must
// give exactly what scoring every feature one by one (as in training) gives,
// also when one workspace serves several models in turn, and with a beam.
TEST(SequenceTaggerTest, CachedTaggingEqualsFeatureByFeatureTagging) {
  auto upos_train = ReadFixture("tiny-upos.conllu", false);
  auto ner_train = ReadFixture("tiny-ner.tsv", true);
  Gazetteer names;
  names.AddName("Joko Widodo", Gazetteer::kPerson, Gazetteer::kPersonFirst);
  names.AddName("Bank Indonesia", Gazetteer::kOrganization, Gazetteer::kOrganizationFirst);
  TrainOptions options;
  options.epochs = 4;
  auto upos = Train(upos_train, {}, Gazetteer(), options, nullptr);
  options.feature_set = FeatureSet::kNer;
  auto ner = Train(ner_train, {}, names, options, nullptr);
  auto bilou_train = ner_train;
  for (auto& s : bilou_train) ToBilou(&s.tags);
  auto bilou = Train(bilou_train, {}, names, options, nullptr);  // decodes with a beam
  ASSERT_TRUE(bilou.ok());
  ASSERT_TRUE(upos.ok() && ner.ok());
  TagWorkspace shared, plain;
  std::vector<int> cached_ids, plain_ids;
  size_t compared = 0;
  for (int round = 0; round < 2; ++round) {  // the second round hits the cache
    for (const auto* set : {&upos_train, &ner_train}) {
      for (const TaggedSentence& s : *set) {
        std::vector<std::string_view> words(s.words.begin(), s.words.end());
        std::vector<std::string> lemmas;
        for (const auto& w : s.words) lemmas.push_back(Lowercase(w).substr(0, 4));
        std::vector<std::string_view> lemma_views(lemmas.begin(), lemmas.end());
        std::vector<uint64_t> classes(s.words.size(), 3);
        std::vector<std::string_view> upos_tags(s.words.size(), "PROPN");
        for (const SequenceTagger* model : {&*upos, &*ner, &*bilou}) {
          const SentenceInput input{words, lemma_views, classes,
                                    model != &*upos ? std::span<const std::string_view>(upos_tags)
                                                   : std::span<const std::string_view>()};
          model->Tag(input, &shared, &cached_ids);
          plain.features.Reset(model->feature_set(), &model->gazetteer());
          plain.features.Prepare(input);
          model->TagPrepared(plain.features, &plain, &plain_ids);
          ASSERT_EQ(cached_ids, plain_ids);
          ASSERT_EQ(shared.best_scores.size(), plain.best_scores.size());
          for (size_t i = 0; i < plain.best_scores.size(); ++i)
            ASSERT_NEAR(shared.best_scores[i], plain.best_scores[i], 1e-4) << s.words[i];
          ++compared;
        }
      }
    }
  }
  EXPECT_GT(compared, 40u);
}

// Sentences in older annotation conventions teach a separate copy of the
// word and bias features; everything else is shared.
TEST(SentenceFeaturesTest, OlderConventionsGetTheirOwnWordAndBiasCopies) {
  std::vector<std::string_view> words = {"Dia", "pergi", "setelah", "makan"};
  SentenceFeatures current(FeatureSet::kUpos, nullptr), older(FeatureSet::kUpos, nullptr);
  current.Prepare({words, {}, {}, {}, kCurrentConventions});
  older.Prepare({words, {}, {}, {}, kOlderConventions});
  for (size_t i = 0; i < words.size(); ++i) {
    std::vector<uint64_t> a, b;
    current.Features(i, -1, -1, &a);
    older.Features(i, -1, -1, &b);
    ASSERT_EQ(a.size(), b.size());
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<uint64_t> only_a;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_a));
    EXPECT_EQ(only_a.size(), 2u) << words[i];
  }
  // The NER model has no convention copies.
  SentenceFeatures ner_current(FeatureSet::kNer, nullptr), ner_older(FeatureSet::kNer, nullptr);
  ner_current.Prepare({words, {}, {}, {}, kCurrentConventions});
  ner_older.Prepare({words, {}, {}, {}, kOlderConventions});
  std::vector<uint64_t> a, b;
  ner_current.Features(1, -1, -1, &a);
  ner_older.Features(1, -1, -1, &b);
  EXPECT_EQ(a, b);
}

// Listed whole names are found along a sentence through their beginnings:
// "universitas gadjah" is no name, but begins one, so the search goes on to
// "universitas gadjah mada"; it stops where no listed name goes on.
TEST(SentenceFeaturesTest, ListedNamesAreFoundThroughTheirBeginnings) {
  Gazetteer names;
  names.AddName("Universitas Gadjah Mada", Gazetteer::kOrganization,
                Gazetteer::kOrganizationFirst);
  names.AddName("Gadjah", Gazetteer::kPerson, Gazetteer::kPersonFirst);
  EXPECT_EQ(names.LookupName("universitas gadjah"), 0);
  EXPECT_EQ(names.LookupNameOrBeginning("universitas gadjah"), Gazetteer::kBeginsLongerName);
  EXPECT_EQ(names.LookupNameOrBeginning("universitas gadjah mada"), Gazetteer::kOrganization);
  EXPECT_EQ(names.LookupNameOrBeginning("gadjah"), Gazetteer::kPerson);
  const std::vector<std::string> lower = {"di", "universitas", "gadjah", "mada", "dan", "gadjah",
                                          "mada"};
  const std::vector<int> cases = {0, 1, 1, 1, 0, 1, 1};
  std::vector<uint8_t> phrase;
  FindListedNames(names, lower, cases, &phrase);
  const uint8_t org = Gazetteer::kOrganization, per = Gazetteer::kPerson;
  EXPECT_EQ(phrase, (std::vector<uint8_t>{0, static_cast<uint8_t>(org | 0x80),
                                          static_cast<uint8_t>(org | 0x40),
                                          static_cast<uint8_t>(org | 0x40), 0,
                                          static_cast<uint8_t>(per | 0x80), 0}));
}

// Every word of a run of capitalised words learns the run's first and last
// words ("Universitas ... Surakarta"), however far they are.
TEST(SentenceFeaturesTest, WordsOfACapitalisedRunShareItsEdges) {
  std::vector<std::string> words = {"kuliah", "di", "Universitas", "Muhammadiyah",
                                    "Negeri", "Surakarta", "kemarin"};
  std::vector<int> cases;
  std::vector<uint64_t> plain;
  for (const std::string& w : words) {
    WordDescription d;
    DescribeWord(w, nullptr, nullptr, nullptr, &d);
    cases.push_back(d.keys.case_class);
    plain.push_back(d.keys.plain);
  }
  auto features = [&](size_t i) {
    std::vector<uint64_t> out;
    AppendNameRunFeatures(cases, plain, i, &out);
    return out;
  };
  EXPECT_TRUE(features(0).empty());
  EXPECT_TRUE(features(6).empty());
  // Two inner words: the same features (first word, last word, size) but
  // for their places in the run.
  std::vector<uint64_t> a = features(3), b = features(4);
  ASSERT_EQ(a.size(), b.size());
  ASSERT_FALSE(a.empty());
  size_t shared = 0;
  for (uint64_t f : a) shared += std::count(b.begin(), b.end(), f);
  EXPECT_EQ(shared, a.size() - 1);
  // The first word of the run is marked as first.
  EXPECT_NE(features(2), a);
}

// The NER model reads the letter trigrams of words of four letters or
// more (at most twelve); the UPOS model does not.
TEST(SentenceFeaturesTest, NerReadsLetterTrigramsOfLongerWords) {
  auto ner_only = [](std::string_view word) {
    WordDescription d;
    DescribeWord(word, nullptr, nullptr, nullptr, &d);
    std::vector<uint64_t> ner, upos;
    AppendWordFeatures(FeatureSet::kNer, WordRole::kSelf, d, &ner);
    AppendWordFeatures(FeatureSet::kUpos, WordRole::kSelf, d, &upos);
    return static_cast<long>(ner.size()) - static_cast<long>(upos.size());
  };
  EXPECT_EQ(ner_only("wakatobi") - ner_only("wak"), 6);  // wak aka kat ato tob obi
  EXPECT_EQ(ner_only("abcdefghijklmnopqrst") - ner_only("wak"), 12);
}

class ModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto train = ReadFixture("tiny-upos.conllu", false);
    TrainOptions options;
    options.epochs = 3;
    auto model = Train(train, {}, Gazetteer(), options, nullptr);
    ASSERT_TRUE(model.ok());
    bytes_ = model->ToBytes();
    words_ = train[1].words;
    expected_ = TagNames(*model, words_);
  }
  std::string bytes_;
  std::vector<std::string> words_, expected_;
};

TEST_F(ModelFileTest, RoundTrip) {
  auto loaded = SequenceTagger::FromBytes(bytes_, "m.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(TagNames(*loaded, words_), expected_);
  const std::string path = ::testing::TempDir() + "/warta-model.bin";
  ASSERT_TRUE(loaded->Save(path).ok());
  auto from_file = SequenceTagger::Load(path);
  ASSERT_TRUE(from_file.ok());
  EXPECT_EQ(from_file->ToBytes(), bytes_);
}

TEST_F(ModelFileTest, CorruptFileIsRefusedByName) {
  std::string corrupt = bytes_;
  corrupt[corrupt.size() / 2] ^= 0x55;
  auto m = SequenceTagger::FromBytes(corrupt, "models/upos-id.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("models/upos-id.bin"), std::string::npos);
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos);
}

TEST_F(ModelFileTest, TruncatedFileIsRefused) {
  auto m = SequenceTagger::FromBytes(bytes_.substr(0, bytes_.size() - 100), "m.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("m.bin"), std::string::npos);
}

TEST_F(ModelFileTest, WrongMagicAndWrongVersionAreRefused) {
  auto m = SequenceTagger::FromBytes("not a model at all, just text", "notes.txt");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("not a warta tagger model"), std::string::npos);
  std::string other = bytes_;
  other[8] = static_cast<char>(kModelFormatVersion + 7);  // the version field
  m = SequenceTagger::FromBytes(other, "old.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("format version"), std::string::npos);
  EXPECT_NE(m.status().message().find("old.bin"), std::string::npos);
}

TEST(ModelFileTest2, MissingFileIsNotFound) {
  auto m = SequenceTagger::Load("/nonexistent/model.bin");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace warta::tagger
