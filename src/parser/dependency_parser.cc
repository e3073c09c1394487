#include "parser/dependency_parser.h"

#include <xxhash.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "parser/internal/feature_templates.h"
#include "util/byte_io.h"
#include "warta/document.h"

namespace warta::parser {
namespace {

const float kNoWeights[kNumMoves] = {0, 0, 0};

// Reads the templates for ParseWorkspace::move_parts: a template of small
// atoms from its table, any other hashed for a lookup.
class MovePartWriter {
 public:
  MovePartWriter(const internal::TemplateTables& tables, uint64_t first_template, size_t first_part,
                 ParseWorkspace* ws)
      : tables_(tables), template_(first_template), part_(first_part), ws_(ws) {}
  template <typename... A>
  WARTA_PARSER_INLINE void Add(A... atoms) {
    const uint64_t t = ++template_;
    const size_t part = part_++;
    if constexpr (((A::kKind != internal::AtomKind::kWord) && ...)) {
      if (const float* w = tables_.Find(t, atoms...)) {
        ws_->move_parts[part] = w;
        return;
      }
    }
    ws_->hashed[ws_->num_hashed++] = {internal::HashOf(t, atoms...), static_cast<uint32_t>(part)};
  }

 private:
  const internal::TemplateTables& tables_;
  uint64_t template_;
  size_t part_;
  ParseWorkspace* ws_;
};

constexpr char kMagic[8] = {'W', 'A', 'R', 'T', 'A', 'D', 'E', 'P'};

void WriteModel(const tagger::LinearModel& model, util::ByteWriter* w) {
  w->U32(static_cast<uint32_t>(model.num_features()));
  model.ForEachFeature([&](uint64_t f, std::span<const tagger::LinearModel::Pair> pairs) {
    w->U64(f);
    w->U8(static_cast<uint8_t>(pairs.size()));
    for (const auto& p : pairs) {
      w->U8(p.tag);
      w->F32(p.weight);
    }
  });
}

bool ReadModel(util::ByteReader* r, size_t num_classes, tagger::LinearModel* model) {
  *model = tagger::LinearModel(num_classes);
  const uint32_t num_features = r->U32();
  std::vector<tagger::LinearModel::Pair> pairs;
  for (uint32_t i = 0; i < num_features && r->ok(); ++i) {
    const uint64_t f = r->U64();
    const uint8_t n = r->U8();
    pairs.clear();
    for (uint8_t k = 0; k < n; ++k) {
      tagger::LinearModel::Pair p{r->U8(), r->F32()};
      if (p.tag >= num_classes) return false;
      pairs.push_back(p);
    }
    model->AddFeature(f, pairs);
  }
  model->Finish();
  return r->ok();
}

}  // namespace

DependencyParser::DependencyParser(std::vector<uint8_t> labels, tagger::LinearModel moves,
                                   tagger::LinearModel arcs)
    : labels_(std::move(labels)),
      moves_(std::move(moves)),
      arcs_(std::move(arcs)),
      move_weights_(moves_),
      label_weights_(arcs_) {
  const uint8_t root = DeprelId("root");
  for (size_t k = 0; k < labels_.size(); ++k)
    if (labels_[k] == root) root_label_ = static_cast<uint8_t>(k);
  // The shape and relation templates, read on a sentence of one word.
  SentenceAtoms atoms;
  const std::string_view word = "x";
  const Upos upos = Upos::kX;
  atoms.Prepare({{&word, 1}, {}, {&upos, 1}});
  Configuration c;
  c.Reset(1);
  move_tables_.Build(moves_, kNumWordMoveFeatures, static_cast<uint32_t>(labels_.size()), kNumMoves,
                     [&](auto& sink) {
                       internal::ShapeTemplates(c, atoms, sink);
                       internal::RelationTemplates(c, atoms, sink);
                     });
}

Move DependencyParser::BestValid(const Configuration& c, const float* scores) {
  Move best = Move::kShift;
  float best_score = 0;
  bool found = false;
  for (int m = 0; m < kNumMoves; ++m) {
    const auto move = static_cast<Move>(m);
    if (!c.Valid(move)) continue;
    if (!found || scores[m] > best_score) {
      best = move;
      best_score = scores[m];
      found = true;
    }
  }
  return best;
}

uint8_t DependencyParser::BestLabel(const float* scores) const {
  uint8_t best = root_label_ == 0 && labels_.size() > 1 ? 1 : 0;
  for (size_t k = 0; k < labels_.size(); ++k)
    if (k != root_label_ && scores[k] > scores[best]) best = static_cast<uint8_t>(k);
  return best;
}

void DependencyParser::ScoreWords(ParseWorkspace* ws) const {
  // Each word stands as s0, b0 and the others in several configurations:
  // its single-word features are looked up once here, all of the sentence's
  // fetched ahead, instead of at every move.
  const size_t n = ws->atoms.size();
  ws->word_features.resize((n + 2) * kNumWordMoveFeatures);
  ws->word_scores.resize(n + 2);
  for (size_t i = 0; i < n + 2; ++i) {
    const int32_t w = i == n + 1 ? -1 : static_cast<int32_t>(i);
    uint64_t* f = ws->word_features.data() + i * kNumWordMoveFeatures;
    WordMoveFeatures(ws->atoms, w, w, w, w, w, w, f);
    move_weights_.Prefetch({f, kNumWordMoveFeatures});
  }
  for (size_t i = 0; i < n + 2; ++i) {
    const uint64_t* f = ws->word_features.data() + i * kNumWordMoveFeatures;
    ParseWorkspace::WordScores& s = ws->word_scores[i];
    // The first four in the order MoveWeights::Score adds them; a feature
    // the model lacks adds 0, which changes no sum.
    for (int m = 0; m < kNumMoves; ++m) s.s0[m] = 0;
    for (size_t k = 0; k < 4; ++k) {
      const float* w = move_weights_.Find(f[k]);
      if (w != nullptr)
        for (int m = 0; m < kNumMoves; ++m) s.s0[m] += w[m];
    }
    for (size_t k = 4; k < kNumWordMoveFeatures; ++k) {
      const float* w = move_weights_.Find(f[k]);
      for (int m = 0; m < kNumMoves; ++m) s.rest[k - 4][m] = w == nullptr ? 0.0f : w[m];
    }
  }
}

void DependencyParser::Parse(const ParseInput& input, ParseWorkspace* ws,
                             std::vector<int32_t>* heads, std::vector<uint8_t>* deprels) const {
  const size_t n = input.words.size();
  ws->atoms.Prepare(input);
  ScoreWords(ws);
  Configuration& c = ws->config;
  c.Reset(n);
  const SentenceAtoms& atoms = ws->atoms;
  const ParseWorkspace::WordScores* word_scores = ws->word_scores.data();
  uint64_t label_features[kMaxLabelFeatures];
  // The move features of the configuration about to be scored, without the
  // single words' (ws->word_scores); the slots of hashed ones are asked for
  // as soon as each is known, since most rare features' slots are cache
  // misses.
  auto shape_features = [&] {
    ws->num_hashed = 0;
    MovePartWriter parts(move_tables_, kNumWordMoveFeatures, 0, ws);
    internal::ShapeTemplates(c, atoms, parts);
    for (size_t i = 0; i < ws->num_hashed; ++i) move_weights_.Prefetch(ws->hashed[i].feature);
  };
  auto relation_features = [&] {
    const size_t from = ws->num_hashed;
    MovePartWriter parts(move_tables_, kNumWordMoveFeatures + kNumShapeMoveFeatures,
                         kNumShapeMoveFeatures, ws);
    internal::RelationTemplates(c, atoms, parts);
    for (size_t i = from; i < ws->num_hashed; ++i) move_weights_.Prefetch(ws->hashed[i].feature);
  };
  shape_features();
  relation_features();
  alignas(32) float scores[256];
  while (!c.Terminal()) {
    // The single-word features, in the order MoveFeatures writes them.
    const ParseWorkspace::WordScores& s0 = word_scores[atoms.Index(c.Stack(0))];
    const ParseWorkspace::WordScores& s1 = word_scores[atoms.Index(c.Stack(1))];
    const ParseWorkspace::WordScores& b0 = word_scores[atoms.Index(c.Buffer(0))];
    const ParseWorkspace::WordScores& b1 = word_scores[atoms.Index(c.Buffer(1))];
    const ParseWorkspace::WordScores& b2 = word_scores[atoms.Index(c.Buffer(2))];
    const ParseWorkspace::WordScores& s2 = word_scores[atoms.Index(c.Stack(2))];
    const float* parts[12] = {s1.rest[0], s1.rest[1], s1.rest[2], b0.rest[3],
                              b0.rest[4], b0.rest[5], b0.rest[6], b1.rest[7],
                              b1.rest[8], b1.rest[9], b2.rest[10], s2.rest[11]};
    for (int m = 0; m < kNumMoves; ++m) {
      float sum = s0.s0[m];
      for (const float* p : parts) sum += p[m];
      scores[m] = sum;
    }
    for (size_t i = 0; i < ws->num_hashed; ++i) {
      const float* w = move_weights_.Find(ws->hashed[i].feature);
      ws->move_parts[ws->hashed[i].part] = w == nullptr ? kNoWeights : w;
    }
    // In the order MoveFeatures writes them: the same sums as adding the
    // weights of all features one by one (a row of zeros adds nothing).
    for (const float* w : ws->move_parts)
      for (int m = 0; m < kNumMoves; ++m) scores[m] += w[m];
    const Move move = BestValid(c, scores);
    if (move == Move::kShift || c.HeadOf(move) == c.root()) {
      c.Apply(move, root_label_);
      shape_features();
      relation_features();
      continue;
    }
    // An arc: its relation is scored while the next configuration's
    // features that do not read relations are fetched.
    const size_t k = LabelFeatures(c, atoms, move, label_features);
    label_weights_.Prefetch({label_features, k});
    const int32_t dep = c.Stack(0);
    c.Apply(move, 0);
    shape_features();
    std::fill(scores, scores + label_weights_.stride(), 0.0f);
    label_weights_.Score({label_features, k}, scores);
    c.SetLabel(dep, BestLabel(scores));
    relation_features();
  }
  heads->resize(n);
  deprels->resize(n);
  for (size_t i = 0; i < n; ++i) {
    const WordState& w = c.word(static_cast<int32_t>(i));
    (*heads)[i] = w.head == c.root() ? -1 : w.head;
    (*deprels)[i] = labels_.empty() ? 0 : labels_[w.label];
  }
}

std::string DependencyParser::ToBytes() const {
  util::ByteWriter w;
  w.Raw(kMagic, sizeof kMagic);
  w.U32(kParserFormatVersion);
  w.U32(static_cast<uint32_t>(labels_.size()));
  for (uint8_t l : labels_) w.Str(DeprelName(l));
  WriteModel(moves_, &w);
  WriteModel(arcs_, &w);
  w.U64(XXH3_64bits(w.out().data(), w.out().size()));
  return std::move(w.out());
}

Status DependencyParser::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return NotFoundError("cannot write model file " + path);
  const std::string bytes = ToBytes();
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return InternalError("cannot write model file " + path);
  return Status::Ok();
}

StatusOr<DependencyParser> DependencyParser::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open model file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return FromBytes(ss.str(), path);
}

StatusOr<DependencyParser> DependencyParser::FromBytes(std::string_view bytes,
                                                       const std::string& name) {
  auto bad = [&](const std::string& why) {
    return InvalidArgumentError("model file " + name + ": " + why);
  };
  if (bytes.size() < sizeof kMagic + 4 + 8 ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return bad("not a warta parser model (wrong magic number)");
  util::ByteReader r(bytes.substr(sizeof kMagic));
  const uint32_t version = r.U32();
  if (version != kParserFormatVersion) {
    return bad("format version " + std::to_string(version) + ", this warta reads version " +
               std::to_string(kParserFormatVersion) + "; retrain the model");
  }
  uint64_t stored = 0;
  for (int i = 7; i >= 0; --i)
    stored = stored << 8 | static_cast<uint8_t>(bytes[bytes.size() - 8 + static_cast<size_t>(i)]);
  if (XXH3_64bits(bytes.data(), bytes.size() - 8) != stored)
    return bad("checksum mismatch (the file is corrupt or truncated)");
  const uint32_t num_labels = r.U32();
  if (num_labels == 0 || num_labels > 250) return bad("bad relation count");
  std::vector<uint8_t> labels;
  bool has_root = false;
  for (uint32_t k = 0; k < num_labels; ++k) {
    const std::string label = r.Str();
    const uint8_t id = DeprelId(label);
    if (id == 0) return bad("unknown relation \"" + label + "\"");
    has_root |= label == "root";
    labels.push_back(id);
  }
  if (!has_root) return bad("no \"root\" relation");
  tagger::LinearModel moves, arcs;
  if (!ReadModel(&r, kNumMoves, &moves) || !ReadModel(&r, num_labels, &arcs) ||
      r.pos() + sizeof kMagic + 8 != bytes.size())
    return bad("truncated, has trailing bytes or a class out of range");
  return DependencyParser(std::move(labels), std::move(moves), std::move(arcs));
}

}  // namespace warta::parser
