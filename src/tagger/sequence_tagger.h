// SequenceTagger: a left-to-right tagger over hashed features with
// averaged-perceptron weights, used for two models: UPOS (greedy) and NER
// (BIO over PER, ORG, LOC; learnt as BILOU and decoded with a small beam).
//
// Model files ("models/*.bin") hold, little-endian:
//   magic "WARTATAG", format version (uint32), feature set, tag names,
//   the name-list lookup (NER), the weights, and an XXH3 checksum of all that
//   comes before it.
// A file that is missing, truncated, of another version or corrupt gives a
// clear error naming the file.
//
// Thread-safety: a loaded tagger is read-only; Tag() may run on many threads,
// each with its own TagWorkspace.
#ifndef WARTA_TAGGER_SEQUENCE_TAGGER_H_
#define WARTA_TAGGER_SEQUENCE_TAGGER_H_

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/sentence_features.h"
#include "tagger/word_score_cache.h"
#include "warta/status.h"

namespace warta::tagger {

inline constexpr uint32_t kModelFormatVersion = 3;

// One training or evaluation sentence.
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<std::string> lemmas;  // may be empty
  std::vector<uint64_t> root_classes;  // may be empty (RootLexicon::RootClass)
  std::vector<std::string> upos;       // may be empty (NER: UPOS tagger's tags)
  std::vector<std::string> tags;
  uint8_t conventions = kCurrentConventions;  // of the tags (SentenceInput)
};

inline constexpr size_t kMaxBeamWidth = 4;

// One tag history in a beam search (SequenceTagger, BILOU models).
struct BeamHypothesis {
  float total;    // the sum of its tags' scores
  float last;     // its last tag's score
  int tag, prev;  // its last two tags
  int back;       // the hypothesis it extends, in the step before
};

// Per-thread working memory for Tag(). Holds a word-score cache for the
// last model it served: give each model its own workspace to keep both
// caches warm.
struct TagWorkspace {
  TagWorkspace() : features(FeatureSet::kUpos, nullptr) {}
  SentenceFeatures features;
  WordScoreCache cache;
  WordDescription description;
  std::vector<uint64_t> feature_buffer;
  std::vector<float> scores;
  std::vector<float> tag_row;
  std::vector<float> best_scores;  // per word of the last sentence: its tag's score
  std::vector<int32_t> entries;  // per word: its cache entry
  std::vector<float> static_scores;     // per word: the tag-independent scores
  std::vector<uint32_t> pair_offsets;   // per word: its pair features in feature_buffer
  std::vector<std::string> lower;
  std::vector<int> case_classes;
  std::vector<uint64_t> plain_keys;
  std::vector<BeamHypothesis> beam;   // per word: kMaxBeamWidth hypotheses
  std::vector<uint8_t> beam_sizes;     // per word: how many of them are used
  std::vector<uint8_t> phrase;
  std::vector<uint64_t> upos_keys;
};

class SequenceTagger {
 public:
  SequenceTagger() = default;

  static StatusOr<SequenceTagger> Load(const std::string& path);
  static StatusOr<SequenceTagger> FromBytes(std::string_view bytes,
                                            const std::string& name);
  Status Save(const std::string& path) const;
  std::string ToBytes() const;

  FeatureSet feature_set() const { return set_; }
  const std::vector<std::string>& tags() const { return tags_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  size_t num_features() const { return model_.num_features(); }

  // Tags one sentence. Writes tag ids (indices into tags()) to *out.
  // Sums the weights of word features once per word form (WordScoreCache).
  void Tag(const SentenceInput& input, TagWorkspace* workspace,
           std::vector<int>* out) const;

  // Tags a sentence whose features are already prepared for this model's
  // feature set (SentenceFeatures::Prepare): the features one by one, as in
  // training. Gives the same tags as Tag().
  void TagPrepared(const SentenceFeatures& features, TagWorkspace* workspace,
                   std::vector<int>* out) const;

  // For the trainer.
  SequenceTagger(FeatureSet set, std::vector<std::string> tags,
                 Gazetteer gazetteer, LinearModel model);
  // The tags that may follow tag `prev` (-1: the sentence start).
  const std::vector<uint8_t>& AllowedAfter(int prev) const {
    return allowed_after_[static_cast<size_t>(prev + 1)];
  }
  // How many tag histories Tag() keeps: 1 (greedy) or 3 (BILOU models).
  size_t beam_width() const { return beam_width_; }

 private:
  // True if tag `t` may follow tag `prev`: I-X and L-X only after B-X or
  // I-X; in BILOU models, only I-X or L-X after B-X or I-X.
  bool Allowed(int prev, int t) const;
  void ComputeTransitions();
  // The best allowed tag after `prev` given the scores (row_stride floats).
  int Best(int prev, const float* scores) const;
  // Tag() for one sentence without the cache (longer than it holds).
  void TagUncached(const SentenceInput& input, TagWorkspace* ws,
                   std::vector<int>* out) const;
  // Left to right over n words, greedily or (beam_width_ > 1) with a beam;
  // score_row(i, prev, prev2, scores) fills word i's tag scores after the
  // tags prev and prev2 (-1: none). Uses ws->scores, at least
  // model_.row_stride() floats.
  template <typename ScoreRow>
  void Decode(size_t n, ScoreRow&& score_row, TagWorkspace* ws, std::vector<int>* out) const;

  FeatureSet set_ = FeatureSet::kUpos;
  std::vector<std::string> tags_;
  Gazetteer gazetteer_;
  LinearModel model_;
  // For I-X and L-X: the indices of B-X and I-X (-1 where there is none);
  // -1 for the other tags.
  std::vector<int8_t> begin_of_, middle_of_;
  // BILOU models: for B-X and I-X, the index of B-X (the next tag must be
  // I-X or L-X); -1 otherwise.
  std::vector<int8_t> continued_;
  size_t beam_width_ = 1;  // 3 for BILOU models
  // Per previous tag + 1 (0: none): the tags that may follow it.
  std::vector<std::vector<uint8_t>> allowed_after_;
  // Weights of the features of the two previous tags alone, one row per
  // (prev + 1) * (tags + 1) + (prev2 + 1).
  std::vector<float> tag_history_;
};

struct TrainOptions {
  FeatureSet feature_set = FeatureSet::kUpos;
  int epochs = 12;
  uint64_t seed = 20231020;
  // Averaged weights smaller than this are dropped from the model file.
  float min_weight = 0.02f;
  // Models decoded with a beam (BILOU) learn from whole sentences searched
  // with the same beam, updated where the best history outscores the gold
  // tags by most ("max-violation"); otherwise, and with false, each word
  // learns from its greedy guess after the tags guessed before it.
  bool beam_training = true;
};

// Trains on `train`, reporting dev figures after each epoch to `log`, and
// returns the model of the best dev epoch (the last epoch without a dev
// set). Deterministic for the same inputs and options.
StatusOr<SequenceTagger> Train(const std::vector<TaggedSentence>& train,
                               const std::vector<TaggedSentence>& dev,
                               const Gazetteer& gazetteer,
                               const TrainOptions& options, std::ostream* log);

// Names in BILOU (U-X: a one-word name, L-X: a name's last word) as BIO:
// "U-PER" -> "B-PER", "L-PER" -> "I-PER"; other tags as they are.
std::string BioName(const std::string& tag);
// Rewrites BIO tags as BILOU (an I-X that starts a name counts as B-X).
void ToBilou(std::vector<std::string>* tags);

// Token accuracy (UPOS) or entity F1 (NER, exact span and type) of `tagger`
// on `gold`.
double Evaluate(const SequenceTagger& tagger,
                const std::vector<TaggedSentence>& gold);

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_SEQUENCE_TAGGER_H_
