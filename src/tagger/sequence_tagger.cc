#include "tagger/sequence_tagger.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <tuple>

#include "util/byte_io.h"

namespace warta::tagger {
namespace {

constexpr char kMagic[8] = {'W', 'A', 'R', 'T', 'A', 'T', 'A', 'G'};

using Writer = util::ByteWriter;
using Reader = util::ByteReader;

// Entities of a BIO tag sequence as (start, end, type).
std::set<std::tuple<size_t, size_t, std::string>> Spans(
    const std::vector<std::string>& tags) {
  std::set<std::tuple<size_t, size_t, std::string>> out;
  size_t start = 0;
  std::string type;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const std::string tag = i < tags.size() ? tags[i] : "O";
    const bool inside = tag.size() > 2 && tag[0] == 'I' && tag.substr(2) == type;
    if (!type.empty() && !inside) {
      out.insert({start, i, type});
      type.clear();
    }
    if (tag.size() > 2 && (tag[0] == 'B' || (tag[0] == 'I' && type.empty()))) {
      start = i;
      type = tag.substr(2);
    }
  }
  return out;
}

std::vector<std::string_view> Views(const std::vector<std::string>& v) {
  return std::vector<std::string_view>(v.begin(), v.end());
}

// splitmix64: a small PRNG whose sequence is the same on every platform
// (std::shuffle's is not).
uint64_t NextRandom(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

SequenceTagger::SequenceTagger(FeatureSet set, std::vector<std::string> tags,
                               Gazetteer gazetteer, LinearModel model)
    : set_(set),
      tags_(std::move(tags)),
      gazetteer_(std::move(gazetteer)),
      model_(std::move(model)) {
  ComputeTransitions();
}

void SequenceTagger::ComputeTransitions() {
  // I-X and L-X (BILOU's last word) continue a name: only after B-X or I-X.
  begin_of_.assign(tags_.size(), -1);
  middle_of_.assign(tags_.size(), -1);
  auto index = [&](const std::string& name) {
    for (size_t k = 0; k < tags_.size(); ++k)
      if (tags_[k] == name) return static_cast<int8_t>(k);
    return static_cast<int8_t>(-1);
  };
  // In BILOU (the model has L- tags) a name goes on after B-X and I-X until
  // its L-X.
  const bool bilou = std::any_of(tags_.begin(), tags_.end(),
                                 [](const std::string& tag) { return tag.rfind("L-", 0) == 0; });
  continued_.assign(tags_.size(), -1);
  // A name held open until its last word runs on when it was opened by
  // mistake; a beam of three histories lets the tagger take that back (the
  // trainer searches with the same beam).
  beam_width_ = bilou ? 3 : 1;
  static_assert(3 <= kMaxBeamWidth);
  for (size_t t = 0; t < tags_.size(); ++t) {
    const std::string& tag = tags_[t];
    if (tag.size() > 2 && (tag.compare(0, 2, "I-") == 0 || tag.compare(0, 2, "L-") == 0)) {
      begin_of_[t] = index("B-" + tag.substr(2));
      middle_of_[t] = index("I-" + tag.substr(2));
    }
    if (bilou && tag.size() > 2 && (tag.compare(0, 2, "B-") == 0 || tag.compare(0, 2, "I-") == 0))
      continued_[t] = index("B-" + tag.substr(2));
  }
  allowed_after_.assign(tags_.size() + 1, {});
  for (size_t p = 0; p <= tags_.size(); ++p)
    for (size_t t = 0; t < tags_.size(); ++t)
      if (Allowed(static_cast<int>(p) - 1, static_cast<int>(t)))
        allowed_after_[p].push_back(static_cast<uint8_t>(t));
  const size_t stride = model_.row_stride();
  const size_t n = tags_.size() + 1;
  tag_history_.assign(n * n * stride, 0.0f);
  std::vector<uint64_t> features;
  for (size_t p1 = 0; p1 < n; ++p1) {
    for (size_t p2 = 0; p2 < n; ++p2) {
      features.clear();
      AppendTagFeatures(static_cast<int>(p1) - 1, static_cast<int>(p2) - 1, &features);
      model_.Accumulate(features, tag_history_.data() + (p1 * n + p2) * stride);
    }
  }
}

bool SequenceTagger::Allowed(int prev, int t) const {
  const int begin = begin_of_[static_cast<size_t>(t)];
  if (prev >= 0 && continued_[static_cast<size_t>(prev)] >= 0)
    return begin == continued_[static_cast<size_t>(prev)];  // BILOU: B-X, I-X go on
  if (begin < 0) return true;  // does not continue a name
  return prev == begin || prev == middle_of_[static_cast<size_t>(t)];
}

int SequenceTagger::Best(int prev, const float* scores) const {
  int best = -1;
  for (uint8_t t : allowed_after_[static_cast<size_t>(prev + 1)])
    if (best < 0 || scores[t] > scores[static_cast<size_t>(best)]) best = t;
  return best;
}

namespace {

// The cache key of one word: its form, lemma, root class and (NER) UPOS tag.
uint64_t FormKey(const SentenceInput& input, size_t i) {
  const std::string_view w = input.words[i];
  uint64_t key = XXH3_64bits(w.data(), w.size());
  if (!input.lemmas.empty()) {
    const std::string_view l = input.lemmas[i];
    key ^= XXH3_64bits_withSeed(l.data(), l.size(), 0x1e3a) * 0x9E3779B97F4A7C15ull;
  }
  if (!input.root_classes.empty()) key ^= (input.root_classes[i] + 1) * 0xC2B2AE3D27D4EB4Full;
  if (!input.upos.empty()) {
    const std::string_view u = input.upos[i];
    key ^= XXH3_64bits_withSeed(u.data(), u.size(), 0x7a9) * 0xFF51AFD7ED558CCDull;
  }
  return key;
}

}  // namespace

void SequenceTagger::Tag(const SentenceInput& input, TagWorkspace* ws,
                         std::vector<int>* out) const {
  const size_t n = input.words.size();
  if (n + 2 > WordScoreCache::kCapacity / 2) return TagUncached(input, ws, out);
  const size_t stride = model_.row_stride();
  WordScoreCache& cache = ws->cache;
  cache.Bind(this, stride, tags_.size());
  if (cache.size() + n + 2 > WordScoreCache::kCapacity) cache.Clear();
  constexpr WordRole kRoles[] = {WordRole::kSelf, WordRole::kPrev, WordRole::kNext,
                                 WordRole::kPrev2, WordRole::kNext2};
  auto fill = [&](int32_t e, const WordDescription& d) {
    for (WordRole role : kRoles) {
      ws->feature_buffer.clear();
      AppendWordFeatures(set_, role, d, &ws->feature_buffer);
      model_.Accumulate(ws->feature_buffer, cache.Scores(e, role));
    }
  };
  // Entries 0 and 1: the sentence start and end.
  if (cache.size() == 0) {
    for (bool start : {true, false}) fill(cache.Add(start ? 1 : 2, Boundary(start).keys), Boundary(start));
  }
  constexpr int32_t kStart = 0, kEnd = 1;
  const Gazetteer* gazetteer = set_ == FeatureSet::kNer ? &gazetteer_ : nullptr;
  ws->entries.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const uint64_t key = FormKey(input, i) | 4;  // never a boundary's key
    int32_t e = cache.Find(key);
    if (e < 0) {
      DescribeWord(input.words[i], input.lemmas.empty() ? nullptr : &input.lemmas[i],
                   input.root_classes.empty() ? nullptr : &input.root_classes[i], gazetteer,
                   &ws->description);
      if (set_ == FeatureSet::kNer && !input.upos.empty())
        ws->description.upos_key = UposKey(input.upos[i]);
      e = cache.Add(key, ws->description.keys);
      fill(e, ws->description);
    }
    ws->entries[i] = e;
  }
  if (set_ == FeatureSet::kNer) {
    ws->lower.resize(n);
    ws->case_classes.resize(n);
    ws->plain_keys.resize(n);
    for (size_t i = 0; i < n; ++i) {
      ws->case_classes[i] = cache.Keys(ws->entries[i]).case_class;
      ws->plain_keys[i] = cache.Keys(ws->entries[i]).plain;
      ws->lower[i].assign(input.words[i]);
      for (char& c : ws->lower[i])
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    FindListedNames(gazetteer_, ws->lower, ws->case_classes, &ws->phrase);
    ws->upos_keys.clear();
    for (std::string_view u : input.upos) ws->upos_keys.push_back(UposKey(u));
  }
  auto entry = [&](long j) {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return ws->entries[static_cast<size_t>(j)];
  };
  // The weights that do not depend on tags, for the whole sentence first:
  // the cached rows of each word and its neighbours, and the features of
  // word pairs, whose table slots are fetched ahead (they are mostly cache
  // misses, and independent of one another).
  ws->feature_buffer.clear();
  ws->pair_offsets.assign(1, 0);
  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    const WordKeys& self = cache.Keys(entry(li));
    AppendPairFeatures(cache.Keys(entry(li - 1)), self, cache.Keys(entry(li + 1)), i == 0,
                       &ws->feature_buffer);
    if (set_ == FeatureSet::kNer) {
      AppendNerPairFeatures(ws->phrase, ws->upos_keys, i, &ws->feature_buffer);
      AppendNameRunFeatures(ws->case_classes, ws->plain_keys, i, &ws->feature_buffer);
    }
    ws->pair_offsets.push_back(static_cast<uint32_t>(ws->feature_buffer.size()));
  }
  model_.Prefetch(ws->feature_buffer);
  ws->static_scores.resize(n * stride);
  for (size_t i = 0; i < n; ++i) {
    const long li = static_cast<long>(i);
    const float* rows[] = {
        cache.Scores(entry(li), WordRole::kSelf), cache.Scores(entry(li - 1), WordRole::kPrev),
        cache.Scores(entry(li + 1), WordRole::kNext), cache.Scores(entry(li - 2), WordRole::kPrev2),
        cache.Scores(entry(li + 2), WordRole::kNext2)};
    float* scores = ws->static_scores.data() + i * stride;
    for (size_t t = 0; t < stride; ++t)
      scores[t] = rows[0][t] + rows[1][t] + rows[2][t] + rows[3][t] + rows[4][t];
    model_.Accumulate(std::span<const uint64_t>(ws->feature_buffer)
                          .subspan(ws->pair_offsets[i], ws->pair_offsets[i + 1] - ws->pair_offsets[i]),
                      scores);
  }

  // Then left to right, adding what the previous tags bring.
  ws->scores.resize(stride);
  const size_t history_width = tags_.size() + 1;
  // The scores of word i's tags after the tags prev and prev2.
  auto score_row = [&](size_t i, int prev, int prev2, float* scores) {
    const float* fixed = ws->static_scores.data() + i * stride;
    const float* history =
        tag_history_.data() +
        (static_cast<size_t>(prev + 1) * history_width + static_cast<size_t>(prev2 + 1)) * stride;
    // The previous tag with the word, looked up once per form and tag.
    const int32_t e = entry(static_cast<long>(i));
    int32_t& tag_row = cache.TagRowIndex(e, prev);
    if (tag_row == WordScoreCache::kTagRowUnknown) {
      ws->feature_buffer.clear();
      AppendTagWordFeatures(set_, prev, cache.Keys(e), &ws->feature_buffer);
      ws->tag_row.assign(stride, 0.0f);
      tag_row = model_.Accumulate(ws->feature_buffer, ws->tag_row.data()) > 0
                    ? cache.AddTagRow(ws->tag_row.data())
                    : WordScoreCache::kNoTagRow;
    }
    if (tag_row >= 0) {
      const float* tag_word = cache.TagRowValues(tag_row);
      for (size_t t = 0; t < stride; ++t) scores[t] = fixed[t] + history[t] + tag_word[t];
    } else {
      for (size_t t = 0; t < stride; ++t) scores[t] = fixed[t] + history[t];
    }
  };
  Decode(n, score_row, ws, out);
}

void SequenceTagger::TagUncached(const SentenceInput& input, TagWorkspace* ws,
                                 std::vector<int>* out) const {
  ws->features.Reset(set_, &gazetteer_);
  ws->features.Prepare(input);
  TagPrepared(ws->features, ws, out);
}

void SequenceTagger::TagPrepared(const SentenceFeatures& features,
                                 TagWorkspace* ws, std::vector<int>* out) const {
  auto score_row = [&](size_t i, int prev, int prev2, float* scores) {
    features.Features(i, prev, prev2, &ws->feature_buffer);
    std::fill(scores, scores + tags_.size(), 0.0f);
    model_.Score(ws->feature_buffer, scores);
  };
  ws->scores.resize(std::max(tags_.size(), model_.row_stride()));
  Decode(features.size(), score_row, ws, out);
}

template <typename ScoreRow>
void SequenceTagger::Decode(size_t n, ScoreRow&& score_row, TagWorkspace* ws,
                            std::vector<int>* out) const {
  out->assign(n, 0);
  ws->best_scores.assign(n, 0.0f);
  float* scores = ws->scores.data();
  if (beam_width_ <= 1) {
    int prev = -1, prev2 = -1;
    for (size_t i = 0; i < n; ++i) {
      score_row(i, prev, prev2, scores);
      const int best = Best(prev, scores);
      (*out)[i] = best;
      ws->best_scores[i] = scores[static_cast<size_t>(best)];
      prev2 = prev;
      prev = best;
    }
    return;
  }
  // A beam of tag histories (the last two tags), best first; each step
  // keeps the best continuation of each history. Step i's hypotheses are
  // ws->beam[i * kMaxBeamWidth ...], ws->beam_sizes[i] of them.
  using Hypothesis = BeamHypothesis;
  ws->beam.resize(n * kMaxBeamWidth);
  ws->beam_sizes.assign(n, 0);
  const Hypothesis start{0.0f, 0.0f, -1, -1, -1};
  for (size_t i = 0; i < n; ++i) {
    const Hypothesis* beam = i == 0 ? &start : &ws->beam[(i - 1) * kMaxBeamWidth];
    const size_t beam_size = i == 0 ? 1 : ws->beam_sizes[i - 1];
    Hypothesis* kept = &ws->beam[i * kMaxBeamWidth];
    size_t size = 0;
    for (size_t h = 0; h < beam_size; ++h) {
      score_row(i, beam[h].tag, beam[h].prev, scores);
      // Two continuations share a history only when their hypotheses end
      // in the same tag.
      bool shared = false;
      for (size_t g = 0; g < h; ++g) shared |= beam[g].tag == beam[h].tag;
      for (uint8_t t : allowed_after_[static_cast<size_t>(beam[h].tag + 1)]) {
        const float total = beam[h].total + scores[t];
        if (size == beam_width_ && total <= kept[size - 1].total) continue;
        size_t at = size;  // where it goes; a kept one with its history leaves
        if (shared) {
          size_t same = size;
          for (size_t k = 0; k < size; ++k)
            if (kept[k].tag == t && kept[k].prev == beam[h].tag) same = k;
          if (same < size) {
            if (kept[same].total >= total) continue;
            for (size_t k = same; k + 1 < size; ++k) kept[k] = kept[k + 1];
            at = --size;
          }
        }
        while (at > 0 && kept[at - 1].total < total) --at;
        if (at >= beam_width_) continue;
        for (size_t k = std::min(size, beam_width_ - 1); k > at; --k) kept[k] = kept[k - 1];
        kept[at] = {total, scores[t], t, beam[h].tag, static_cast<int>(h)};
        size = std::min(size + 1, beam_width_);
      }
    }
    // Histories far behind the best are dropped: they never catch up (the
    // cross-validated figures are the same without this), and a word with
    // one history is scored once.
    constexpr float kBeamMargin = 100.0f;
    while (size > 1 && kept[0].total - kept[size - 1].total > kBeamMargin) --size;
    ws->beam_sizes[i] = static_cast<uint8_t>(size);
  }
  for (size_t i = n, h = 0; i-- > 0;) {
    const Hypothesis& hyp = ws->beam[i * kMaxBeamWidth + h];
    (*out)[i] = hyp.tag;
    ws->best_scores[i] = hyp.last;
    h = static_cast<size_t>(hyp.back);
  }
}

std::string SequenceTagger::ToBytes() const {
  Writer w;
  w.Raw(kMagic, sizeof kMagic);
  w.U32(kModelFormatVersion);
  w.U8(static_cast<uint8_t>(set_));
  w.U32(static_cast<uint32_t>(tags_.size()));
  for (const std::string& t : tags_) w.Str(t);
  // Name lists, sorted so that the file does not depend on hash-map order.
  const std::vector<std::pair<uint64_t, uint8_t>> gaz = gazetteer_.SortedTokens();
  w.U32(static_cast<uint32_t>(gaz.size()));
  for (const auto& [k, b] : gaz) {
    w.U64(k);
    w.U8(b);
  }
  const std::vector<std::pair<uint64_t, uint8_t>> names = gazetteer_.SortedNames();
  w.U32(static_cast<uint32_t>(names.size()));
  for (const auto& [k, b] : names) {
    w.U64(k);
    w.U8(b);
  }
  w.U32(static_cast<uint32_t>(model_.num_features()));
  model_.ForEachFeature([&](uint64_t f, std::span<const LinearModel::Pair> pairs) {
    w.U64(f);
    w.U8(static_cast<uint8_t>(pairs.size()));
    for (const auto& p : pairs) {
      w.U8(p.tag);
      w.F32(p.weight);
    }
  });
  w.U64(XXH3_64bits(w.out().data(), w.out().size()));
  return std::move(w.out());
}

Status SequenceTagger::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return NotFoundError("cannot write model file " + path);
  std::string bytes = ToBytes();
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return InternalError("cannot write model file " + path);
  return Status::Ok();
}

StatusOr<SequenceTagger> SequenceTagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open model file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return FromBytes(ss.str(), path);
}

StatusOr<SequenceTagger> SequenceTagger::FromBytes(std::string_view bytes,
                                                   const std::string& name) {
  auto bad = [&](const std::string& why) {
    return InvalidArgumentError("model file " + name + ": " + why);
  };
  if (bytes.size() < sizeof kMagic + 4 + 8 ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return bad("not a warta tagger model (wrong magic number)");
  Reader r(bytes.substr(sizeof kMagic));
  const uint32_t version = r.U32();
  if (version != kModelFormatVersion) {
    return bad("format version " + std::to_string(version) +
               ", this warta reads version " +
               std::to_string(kModelFormatVersion) + "; retrain the model");
  }
  const uint64_t stored = [&] {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
      v = v << 8 | static_cast<uint8_t>(bytes[bytes.size() - 8 + static_cast<size_t>(i)]);
    return v;
  }();
  if (XXH3_64bits(bytes.data(), bytes.size() - 8) != stored)
    return bad("checksum mismatch (the file is corrupt or truncated)");
  const uint8_t set = r.U8();
  if (set > 1) return bad("unknown feature set");
  const uint32_t num_tags = r.U32();
  if (num_tags == 0 || num_tags > 250) return bad("bad tag count");
  std::vector<std::string> tags(num_tags);
  for (auto& t : tags) t = r.Str();
  Gazetteer gazetteer;
  const uint32_t num_names = r.U32();
  for (uint32_t i = 0; i < num_names && r.ok(); ++i) {
    uint64_t k = r.U64();
    gazetteer.Set(k, r.U8());
  }
  const uint32_t num_whole_names = r.U32();
  for (uint32_t i = 0; i < num_whole_names && r.ok(); ++i) {
    uint64_t k = r.U64();
    gazetteer.SetName(k, r.U8());
  }
  LinearModel model(num_tags);
  const uint32_t num_features = r.U32();
  std::vector<LinearModel::Pair> pairs;
  for (uint32_t i = 0; i < num_features && r.ok(); ++i) {
    const uint64_t f = r.U64();
    const uint8_t n = r.U8();
    pairs.clear();
    for (uint8_t k = 0; k < n; ++k) {
      LinearModel::Pair p{r.U8(), r.F32()};
      if (p.tag >= num_tags) return bad("tag index out of range");
      pairs.push_back(p);
    }
    model.AddFeature(f, pairs);
  }
  if (!r.ok() || r.pos() + sizeof kMagic + 8 != bytes.size())
    return bad("truncated or has trailing bytes");
  model.Finish();
  return SequenceTagger(static_cast<FeatureSet>(set), std::move(tags),
                        std::move(gazetteer), std::move(model));
}

std::string BioName(const std::string& tag) {
  if (tag.size() > 2 && tag[1] == '-') {
    if (tag[0] == 'U') return "B" + tag.substr(1);
    if (tag[0] == 'L') return "I" + tag.substr(1);
  }
  return tag;
}

void ToBilou(std::vector<std::string>* tags) {
  std::vector<std::string>& t = *tags;
  auto type = [](const std::string& tag) { return tag.size() > 2 ? tag.substr(2) : std::string(); };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].size() < 3 || (t[i][0] != 'B' && t[i][0] != 'I')) continue;
    const bool starts = t[i][0] == 'B' || i == 0 || type(t[i - 1]) != type(t[i]) ||
                        t[i - 1] == "O";
    const bool ends = i + 1 == t.size() || t[i + 1].size() < 3 || t[i + 1][0] != 'I' ||
                      type(t[i + 1]) != type(t[i]);
    t[i] = std::string(starts ? (ends ? "U" : "B") : (ends ? "L" : "I")) + "-" + type(t[i]);
  }
}

double Evaluate(const SequenceTagger& tagger,
                const std::vector<TaggedSentence>& gold) {
  TagWorkspace ws;
  std::vector<int> predicted;
  size_t correct = 0, total = 0, tp = 0, n_pred = 0, n_gold = 0;
  for (const TaggedSentence& s : gold) {
    auto words = Views(s.words);
    auto lemmas = Views(s.lemmas);
    auto upos = Views(s.upos);
    tagger.Tag({words, lemmas, s.root_classes, upos}, &ws, &predicted);
    std::vector<std::string> names;
    for (size_t i = 0; i < predicted.size(); ++i) {
      const std::string p = BioName(tagger.tags()[static_cast<size_t>(predicted[i])]);
      names.push_back(p);
      correct += p == s.tags[i];
      ++total;
    }
    if (tagger.feature_set() == FeatureSet::kNer) {
      auto g = Spans(s.tags), pr = Spans(names);
      n_gold += g.size();
      n_pred += pr.size();
      for (const auto& e : pr) tp += g.count(e);
    }
  }
  if (tagger.feature_set() == FeatureSet::kUpos)
    return total ? static_cast<double>(correct) / static_cast<double>(total) : 0;
  const double p = n_pred ? static_cast<double>(tp) / static_cast<double>(n_pred) : 0;
  const double rc = n_gold ? static_cast<double>(tp) / static_cast<double>(n_gold) : 0;
  return p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
}

namespace {

// One history in the training beam.
struct TrainingHypothesis {
  float total;
  int tag, prev;
  int back;   // the hypothesis it extends, in the step before
  bool gold;  // all its tags so far are the gold tags
};

// Trains on one sentence with the decoder's beam ("max-violation update",
// Huang, Fayong and Guo 2012): searches left to right with the current
// weights, and where the best history in the beam outscores the gold tags
// by most, moves the weights of the words up to there towards the gold
// history and away from the best one. Training then sees the mistakes the
// beam makes, and the beam the weights were learnt for. Returns how many
// words the best histories tagged right.
size_t TrainOnSentence(const SentenceFeatures& features, const std::vector<int>& gold,
                       const SequenceTagger& shape, PerceptronTrainer* trainer,
                       std::vector<uint64_t>* feats, std::vector<float>* scores,
                       std::vector<std::vector<TrainingHypothesis>>* steps) {
  const size_t n = gold.size();
  const size_t width = shape.beam_width();
  if (steps->size() < n) steps->resize(n);
  auto score = [&](size_t i, int prev, int prev2) {
    features.Features(i, prev, prev2, feats);
    std::fill(scores->begin(), scores->end(), 0.0f);
    trainer->Score(*feats, scores->data());
  };
  const TrainingHypothesis start{0.0f, -1, -1, -1, true};
  float gold_total = 0.0f, violation = 0.0f;
  size_t update_to = n;  // the word of the largest violation; n: none
  for (size_t i = 0; i < n; ++i) {
    const std::vector<TrainingHypothesis>* before = i == 0 ? nullptr : &(*steps)[i - 1];
    const size_t beam_size = i == 0 ? 1 : before->size();
    std::vector<TrainingHypothesis>& kept = (*steps)[i];
    kept.clear();
    for (size_t h = 0; h < beam_size; ++h) {
      const TrainingHypothesis& from = i == 0 ? start : (*before)[h];
      score(i, from.tag, from.prev);
      for (uint8_t t : shape.AllowedAfter(from.tag)) {
        const TrainingHypothesis next{from.total + (*scores)[t], t, from.tag,
                                      static_cast<int>(h), from.gold && t == gold[i]};
        // Histories ending in the same two tags score the rest alike: the
        // better one is kept.
        auto same = std::find_if(kept.begin(), kept.end(), [&](const TrainingHypothesis& k) {
          return k.tag == next.tag && k.prev == next.prev;
        });
        if (same != kept.end()) {
          if (same->total >= next.total) continue;
          kept.erase(same);
        }
        auto at = std::find_if(kept.begin(), kept.end(),
                               [&](const TrainingHypothesis& k) { return k.total < next.total; });
        if (static_cast<size_t>(at - kept.begin()) >= width) continue;
        kept.insert(at, next);
        if (kept.size() > width) kept.pop_back();
      }
    }
    score(i, i >= 1 ? gold[i - 1] : -1, i >= 2 ? gold[i - 2] : -1);
    gold_total += (*scores)[static_cast<size_t>(gold[i])];
    if (!kept[0].gold && kept[0].total - gold_total >= violation) {
      violation = kept[0].total - gold_total;
      update_to = i;
    }
  }
  // The best history ending at word `last`, word by word.
  std::vector<int> best(n);
  auto trace_back = [&](size_t last) {
    for (size_t i = last + 1, h = 0; i-- > 0;) {
      best[i] = (*steps)[i][h].tag;
      h = static_cast<size_t>((*steps)[i][h].back);
    }
  };
  size_t correct = 0;
  if (n > 0) trace_back(n - 1);
  for (size_t i = 0; i < n; ++i) correct += best[i] == gold[i];
  if (update_to < n) {
    trace_back(update_to);
    std::vector<uint64_t> history_feats;  // word i after the gold or the best history
    for (size_t i = 0; i <= update_to; ++i) {
      const int gp = i >= 1 ? gold[i - 1] : -1, gp2 = i >= 2 ? gold[i - 2] : -1;
      const int bp = i >= 1 ? best[i - 1] : -1, bp2 = i >= 2 ? best[i - 2] : -1;
      const bool same_history = gp == bp && gp2 == bp2;
      if (same_history && best[i] == gold[i]) continue;
      features.Features(i, gp, gp2, &history_feats);
      trainer->Adjust(history_feats, gold[i], 1.0f);
      if (!same_history) features.Features(i, bp, bp2, &history_feats);
      trainer->Adjust(history_feats, best[i], -1.0f);
    }
  }
  for (size_t i = 0; i < n; ++i) trainer->Tick();
  return correct;
}

}  // namespace

StatusOr<SequenceTagger> Train(const std::vector<TaggedSentence>& train,
                               const std::vector<TaggedSentence>& dev,
                               const Gazetteer& gazetteer,
                               const TrainOptions& options, std::ostream* log) {
  if (train.empty()) return InvalidArgumentError("no training sentences");
  // Tags in sorted order: the same data always gives the same tag ids.
  std::set<std::string> tag_set;
  for (const auto& s : train) {
    if (s.tags.size() != s.words.size())
      return InvalidArgumentError("a training sentence has words and tags of different lengths");
    tag_set.insert(s.tags.begin(), s.tags.end());
  }
  std::vector<std::string> tags(tag_set.begin(), tag_set.end());
  if (tags.size() > 250) return InvalidArgumentError("more than 250 tags");
  std::map<std::string, int> tag_id;
  for (size_t i = 0; i < tags.size(); ++i) tag_id[tags[i]] = static_cast<int>(i);

  // The tag-independent features of every sentence, computed once.
  std::vector<SentenceFeatures> prepared;
  prepared.reserve(train.size());
  for (const auto& s : train) {
    prepared.emplace_back(options.feature_set, &gazetteer);
    auto words = Views(s.words);
    auto lemmas = Views(s.lemmas);
    auto upos = Views(s.upos);
    prepared.back().Prepare({words, lemmas, s.root_classes, upos, s.conventions});
  }
  // Prepare keeps views into the words only while it runs, so the prepared
  // features stay valid.

  PerceptronTrainer trainer(tags.size());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = options.seed;
  std::vector<uint64_t> feats;
  std::vector<float> scores(tags.size());
  SequenceTagger best;
  double best_score = -1;
  int best_epoch = 0;
  // The tag transitions and beam width the decoder will have.
  const SequenceTagger shape(options.feature_set, tags, Gazetteer(), LinearModel(tags.size()));
  const bool beam = options.beam_training && shape.beam_width() > 1;
  std::vector<std::vector<int>> gold_ids;
  for (const auto& s : train) {
    gold_ids.emplace_back();
    for (const std::string& tag : s.tags) gold_ids.back().push_back(tag_id[tag]);
  }
  std::vector<std::vector<TrainingHypothesis>> steps;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[NextRandom(&rng) % i]);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const TaggedSentence& s = train[idx];
      if (beam) {
        correct += TrainOnSentence(prepared[idx], gold_ids[idx], shape, &trainer, &feats,
                                   &scores, &steps);
        total += s.words.size();
        continue;
      }
      int prev = -1, prev2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        prepared[idx].Features(i, prev, prev2, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(feats, scores.data());
        int guess = static_cast<int>(
            std::max_element(scores.begin(), scores.end()) - scores.begin());
        const int gold = tag_id[s.tags[i]];
        trainer.Update(feats, gold, guess);
        trainer.Tick();
        correct += guess == gold;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    SequenceTagger model(options.feature_set, tags, gazetteer,
                         trainer.Averaged(options.min_weight));
    double score = dev.empty() ? 0 : Evaluate(model, dev);
    if (log) {
      *log << "epoch " << epoch << ": train accuracy " << std::fixed
           << std::setprecision(4)
           << static_cast<double>(correct) / static_cast<double>(total);
      if (!dev.empty())
        *log << ", dev " << (options.feature_set == FeatureSet::kUpos ? "accuracy " : "entity F1 ")
             << score;
      *log << ", features " << model.num_features() << "\n";
    }
    if (dev.empty() || score > best_score) {
      best = std::move(model);
      best_score = score;
      best_epoch = epoch;
    }
  }
  if (log && !dev.empty())
    *log << "best dev epoch " << best_epoch << ": " << best_score << "\n";
  return best;
}

}  // namespace warta::tagger
