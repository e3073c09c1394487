#include "parser/parser_trainer.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <ostream>
#include <string_view>
#include <unordered_map>

#include "parser/punctuation_attachment.h"

namespace warta::parser {
namespace {

// splitmix64: a small deterministic generator (the same on every machine,
// unlike the standard distributions).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

struct Views {
  std::vector<std::string_view> words, lemmas;
  void Set(const ParsedSentence& s) {
    words.assign(s.words.begin(), s.words.end());
    lemmas.assign(s.lemmas.begin(), s.lemmas.end());
  }
};

// The copy of feature f that only sentences in older conventions teach.
inline uint64_t OlderCopy(uint64_t f) { return (f ^ 0x5bd1e9955bd1e995ull) * 0x9E3779B97F4A7C15ull; }

// Appends the older-conventions copies of features[0..count); returns the
// new count.
size_t AddOlderCopies(uint64_t* features, size_t count,
                      std::unordered_map<uint64_t, bool>* copies) {
  for (size_t i = 0; i < count; ++i) {
    features[count + i] = OlderCopy(features[i]);
    (*copies)[features[count + i]] = true;
  }
  return 2 * count;
}

// The averaged weights of `trainer` without the features seen fewer than
// min_count times and without the older-conventions copies.
tagger::LinearModel Pruned(const tagger::PerceptronTrainer& trainer, size_t num_classes,
                           const std::unordered_map<uint64_t, uint32_t>& counts,
                           const std::unordered_map<uint64_t, bool>& copies,
                           const ParserTrainOptions& options) {
  const tagger::LinearModel all = trainer.Averaged(options.min_weight);
  tagger::LinearModel kept(num_classes);
  all.ForEachFeature([&](uint64_t f, std::span<const tagger::LinearModel::Pair> pairs) {
    auto it = counts.find(f);
    if (it != counts.end() && it->second >= options.min_count && !copies.count(f))
      kept.AddFeature(f, pairs);
  });
  kept.Finish();
  return kept;
}

}  // namespace

AttachmentScore Evaluate(const DependencyParser& parser, const std::vector<ParsedSentence>& gold) {
  AttachmentScore score;
  ParseWorkspace ws;
  Views v;
  std::vector<int32_t> heads;
  std::vector<uint8_t> deprels;
  for (const ParsedSentence& s : gold) {
    v.Set(s);
    parser.Parse({v.words, v.lemmas, s.upos}, &ws, &heads, &deprels);
    AttachPunctuation(v.words, s.upos, &heads, &deprels);
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++score.words;
      if (heads[i] != s.heads[i]) continue;
      ++score.heads;
      score.labelled += UniversalDeprel(deprels[i]) == UniversalDeprel(s.deprels[i]);
    }
  }
  return score;
}

StatusOr<DependencyParser> TrainParserModel(const std::vector<ParsedSentence>& train,
                                            const std::vector<ParsedSentence>& dev,
                                            const ParserTrainOptions& options, std::ostream* log) {
  if (train.empty()) return InvalidArgumentError("no training sentences");
  // Label classes: the relations of the training trees, by relation id.
  std::map<uint8_t, uint8_t> class_of;
  class_of[DeprelId("root")] = 0;
  for (const ParsedSentence& s : train)
    for (uint8_t d : s.deprels)
      if (d != 0) class_of.emplace(d, 0);
  if (class_of.size() > 250) return InvalidArgumentError("too many relations");
  std::vector<uint8_t> labels;
  for (auto& [id, k] : class_of) {
    k = static_cast<uint8_t>(labels.size());
    labels.push_back(id);
  }
  const uint8_t root_class = class_of[DeprelId("root")];

  // Gold heads as the oracle wants them (n for the root), projective.
  const uint8_t punct = DeprelId("punct");
  std::vector<std::vector<int32_t>> gold(train.size());
  size_t lifted = 0;
  std::vector<bool> placed;
  for (size_t i = 0; i < train.size(); ++i) {
    const ParsedSentence& s = train[i];
    const auto n = static_cast<int32_t>(s.words.size());
    std::vector<int32_t> heads = s.heads;
    const bool older_punct = s.older_conventions && options.older_punct_unknown;
    if (older_punct && options.older_punct_by_guidelines) {
      // Paired and final marks where the current conventions put them.
      std::vector<uint8_t> deprels = s.deprels;
      const std::vector<std::string_view> words(s.words.begin(), s.words.end());
      AttachPunctuation(words, s.upos, &heads, &deprels, &placed);
    }
    for (int32_t h : heads) gold[i].push_back(h < 0 ? n : h);
    lifted += static_cast<size_t>(Projectivize(&gold[i]));
    if (older_punct)
      for (size_t w = 0; w < gold[i].size(); ++w)
        if (s.deprels[w] == punct && !(options.older_punct_by_guidelines && placed[w]))
          gold[i][w] = kUnknownHead;
  }
  if (log) *log << "parser: " << train.size() << " sentences, " << labels.size()
                << " relations, " << lifted << " arcs lifted to make trees projective\n";

  tagger::PerceptronTrainer moves(kNumMoves), arcs(labels.size());
  Random random(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Configuration c;
  SentenceAtoms atoms;
  Views v;
  uint64_t features[2 * kMaxMoveFeatures];
  std::unordered_map<uint64_t, bool> copies;  // older-conventions copies
  std::vector<float> label_scores(labels.size());
  std::unordered_map<uint64_t, uint32_t> counts;  // features in epoch 1
  auto count_features = [&](const uint64_t* f, size_t k) {
    for (size_t i = 0; i < k; ++i) ++counts[f[i]];
  };
  DependencyParser best;
  double best_las = -1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.Below(i)]);
    const bool explore = options.explore_from > 0 && epoch >= options.explore_from;
    size_t steps = 0, wrong = 0;
    for (size_t index : order) {
      const ParsedSentence& s = train[index];
      const std::vector<int32_t>& g = gold[index];
      v.Set(s);
      atoms.Prepare({v.words, v.lemmas, s.upos});
      c.Reset(s.words.size());
      while (!c.Terminal()) {
        size_t count = MoveFeatures(c, atoms, features);
        if (epoch == 0) count_features(features, count);
        if (s.older_conventions && options.older_copies) count = AddOlderCopies(features, count, &copies);
        float scores[kNumMoves] = {0, 0, 0};
        moves.Score({features, count}, scores);
        const Move predicted = DependencyParser::BestValid(c, scores);
        int costs[kNumMoves];
        int least = 1 << 30;
        for (int m = 0; m < kNumMoves; ++m) {
          costs[m] = c.Valid(static_cast<Move>(m)) ? MoveCost(c, static_cast<Move>(m), g) : -1;
          if (costs[m] >= 0) least = std::min(least, costs[m]);
        }
        // The best-scored of the moves that lose least.
        int right = -1;
        for (int m = 0; m < kNumMoves; ++m)
          if (costs[m] == least && (right < 0 || scores[m] > scores[right])) right = m;
        const int p = static_cast<int>(predicted);
        ++steps;
        if (costs[p] != least) {
          ++wrong;
          moves.Update({features, count}, right, p);
        }
        moves.Tick();
        const Move taken =
            explore && random.Uniform() < options.explore_probability ? predicted
                                                                      : static_cast<Move>(right);
        uint8_t label = 0;
        if (taken != Move::kShift) {
          const int32_t head = c.HeadOf(taken);
          const int32_t dep = c.Stack(0);
          if (head == c.root()) {
            label = root_class;
          } else {
            size_t k = LabelFeatures(c, atoms, taken, features);
            if (epoch == 0) count_features(features, k);
            if (s.older_conventions && options.older_copies) k = AddOlderCopies(features, k, &copies);
            std::fill(label_scores.begin(), label_scores.end(), 0.0f);
            arcs.Score({features, k}, label_scores.data());
            uint8_t guess = root_class == 0 ? 1 : 0;
            for (size_t l = 0; l < labels.size(); ++l)
              if (l != root_class && label_scores[l] > label_scores[guess])
                guess = static_cast<uint8_t>(l);
            if (g[static_cast<size_t>(dep)] == head) {
              const uint8_t gold_label = class_of[s.deprels[static_cast<size_t>(dep)]];
              arcs.Update({features, k}, gold_label, guess);
              arcs.Tick();
            }
            label = guess;
          }
        }
        c.Apply(taken, label);
      }
    }
    DependencyParser model(labels, Pruned(moves, kNumMoves, counts, copies, options),
                           Pruned(arcs, labels.size(), counts, copies, options));
    if (log) {
      *log << "epoch " << epoch + 1 << ": moves wrong " << std::fixed << std::setprecision(4)
           << static_cast<double>(wrong) / static_cast<double>(std::max<size_t>(steps, 1));
    }
    if (!dev.empty()) {
      const AttachmentScore score = Evaluate(model, dev);
      if (log) *log << ", dev UAS " << score.uas() << " LAS " << score.las();
      if (score.las() > best_las) {
        best_las = score.las();
        best = std::move(model);
      }
    } else {
      best = std::move(model);
    }
    if (log) *log << "\n";
  }
  return best;
}

}  // namespace warta::parser
