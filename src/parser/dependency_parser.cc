#include "parser/dependency_parser.h"

#include <xxhash.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "util/byte_io.h"
#include "warta/document.h"

namespace warta::parser {
namespace {

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
      move_weights_(moves_) {
  const uint8_t root = DeprelId("root");
  for (size_t k = 0; k < labels_.size(); ++k)
    if (labels_[k] == root) root_label_ = static_cast<uint8_t>(k);
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

void DependencyParser::Parse(const ParseInput& input, ParseWorkspace* ws,
                             std::vector<int32_t>* heads, std::vector<uint8_t>* deprels) const {
  const size_t n = input.words.size();
  ws->atoms.Prepare(input);
  Configuration& c = ws->config;
  c.Reset(n);
  alignas(32) float scores[256];
  while (!c.Terminal()) {
    const size_t count = MoveFeatures(c, ws->atoms, ws->features);
    // Most rare features' slots are cache misses: ask for all of them
    // before summing.
    move_weights_.Prefetch({ws->features, count});
    scores[0] = scores[1] = scores[2] = 0;
    move_weights_.Score({ws->features, count}, scores);
    const Move move = BestValid(c, scores);
    uint8_t label = 0;
    if (move != Move::kShift) {
      if (c.HeadOf(move) == c.root()) {
        label = root_label_;
      } else {
        const size_t k = LabelFeatures(c, ws->atoms, move, ws->features);
        arcs_.Prefetch({ws->features, k});
        std::fill(scores, scores + labels_.size(), 0.0f);
        // Each feature has weights for a few of the ~45 relations: summing
        // its pairs reads less memory than a dense row.
        arcs_.ScoreSparse({ws->features, k}, scores);
        label = BestLabel(scores);
      }
    }
    c.Apply(move, label);
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
