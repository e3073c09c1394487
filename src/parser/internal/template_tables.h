// TemplateTables: the weights of the feature templates made only of small
// atoms (parts of speech, relations, counts of children, distances: see
// feature_templates.h), in arrays indexed by the atoms, built from a model
// when it is loaded. The parser takes such a feature's weights from its
// table in a few instructions, where hashing it and probing the model's
// hash table took some fifty; the weights are the same floats (a
// combination the model lacks has a row of zeros, which adds nothing).
//
// A table covers every combination of its atoms' values but counts of
// children from 8 up (those features are hashed as before). Rows are
// numbered per table (row 0: the zeros), 16 bits an entry.
#ifndef WARTA_PARSER_INTERNAL_TEMPLATE_TABLES_H_
#define WARTA_PARSER_INTERNAL_TEMPLATE_TABLES_H_

#include <cstdint>
#include <vector>

#include "parser/internal/feature_templates.h"
#include "tagger/linear_model.h"

namespace warta::parser::internal {

// How many values of a kind a table spans (0: never in a table).
constexpr uint32_t DomainSize(AtomKind kind, uint32_t num_labels) {
  switch (kind) {
    case AtomKind::kWord:
      return 0;
    case AtomKind::kPos:
      return 20;
    case AtomKind::kRelation:
      return num_labels + 1;
    case AtomKind::kCount:
    case AtomKind::kDistance:
      return 8;
    case AtomKind::kDirection:
      return 3;
    case AtomKind::kDistanceDirection:
      return 32;
  }
  return 0;
}

// The index of an atom's value in a table, or -1 if the table does not
// span it.
template <AtomKind K>
WARTA_PARSER_INLINE int64_t AtomIndex(uint64_t v, uint32_t num_labels) {
  if constexpr (K == AtomKind::kPos) {
    if (v >= 1 && v <= 18) return static_cast<int64_t>(v - 1);
    return v == 40 ? 18 : v == 41 ? 19 : -1;
  } else if constexpr (K == AtomKind::kRelation) {
    if (v < num_labels) return static_cast<int64_t>(v);
    return v == 255 ? num_labels : -1;
  } else {
    return v < DomainSize(K, num_labels) ? static_cast<int64_t>(v) : -1;
  }
}

// The value an index stands for (the inverse of AtomIndex).
inline uint64_t AtomValue(AtomKind kind, uint32_t index, uint32_t num_labels) {
  switch (kind) {
    case AtomKind::kPos:
      return index < 18 ? index + 1 : index + 22;
    case AtomKind::kRelation:
      return index < num_labels ? index : 255;
    default:
      return index;
  }
}

// The hash FeatureWriter gives template number t with these atoms.
template <typename... A>
WARTA_PARSER_INLINE uint64_t HashOf(uint64_t t, A... atoms) {
  uint64_t h = TemplateSeed(t);
  ((h = Mix(h, atoms.value)), ...);
  return h;
}

class TemplateTables {
 public:
  struct Table {
    uint32_t dims[3] = {1, 1, 1};
    std::vector<uint16_t> rows;  // by combination: a row of `weights`
    std::vector<float> weights;  // stride() floats a row; row 0 zeros
  };

  // Builds the tables of templates first_template + 1 .. + count of
  // `model`. `visit(sink)` must call the templates as the feature functions
  // do, on any configuration (only the atoms' kinds are read). `stride`:
  // floats a row (model.num_tags() or more; the padding stays 0).
  template <typename Visit>
  void Build(const tagger::LinearModel& model, uint64_t first_template, uint32_t num_labels,
             size_t stride, Visit visit);

  uint64_t first_template() const { return first_template_; }
  uint32_t num_labels() const { return num_labels_; }
  size_t stride() const { return stride_; }

  // The weights (stride() floats) of template t with these atoms, or null
  // if t has no table or an atom is out of its domain.
  template <typename... A>
  WARTA_PARSER_INLINE const float* Find(uint64_t t, A... atoms) const {
    const Table* table = &tables_[t - first_template_ - 1];
    if (table->rows.empty()) return nullptr;
    size_t index = 0;
    size_t k = 0;
    bool ok = true;
    ((ok = ok && Append<A::kKind>(atoms.value, table->dims[k++], &index)), ...);
    if (!ok) return nullptr;
    return table->weights.data() + static_cast<size_t>(table->rows[index]) * stride_;
  }

 private:
  template <AtomKind K>
  WARTA_PARSER_INLINE bool Append(uint64_t value, uint32_t dim, size_t* index) const {
    const int64_t i = AtomIndex<K>(value, num_labels_);
    if (i < 0) return false;
    *index = *index * dim + static_cast<size_t>(i);
    return true;
  }

  // Records the kinds of each template's atoms.
  struct KindRecorder {
    std::vector<std::vector<AtomKind>>* kinds;
    template <typename... A>
    void Add(A...) {
      kinds->push_back({A::kKind...});
    }
  };

  uint64_t first_template_ = 0;
  uint32_t num_labels_ = 0;
  size_t stride_ = 0;
  std::vector<Table> tables_;  // by template - first_template - 1; no rows: none
};

template <typename Visit>
void TemplateTables::Build(const tagger::LinearModel& model, uint64_t first_template,
                           uint32_t num_labels, size_t stride, Visit visit) {
  first_template_ = first_template;
  num_labels_ = num_labels;
  stride_ = stride;
  std::vector<std::vector<AtomKind>> kinds;
  KindRecorder recorder{&kinds};
  visit(recorder);
  tables_.assign(kinds.size(), Table{});
  std::vector<float> scores(stride);
  for (size_t k = 0; k < kinds.size(); ++k) {
    Table& table = tables_[k];
    size_t size = 1;
    bool small = true;
    for (size_t a = 0; a < kinds[k].size(); ++a) {
      table.dims[a] = DomainSize(kinds[k][a], num_labels);
      small &= table.dims[a] > 0;
      size *= table.dims[a];
    }
    // Row numbers are 16 bits (the shipped model's largest table, a part of
    // speech and two relations, has 48,020 combinations).
    if (!small || size >= 65535) continue;
    table.rows.assign(size, 0);
    table.weights.assign(stride, 0.0f);
    const uint64_t t = first_template + 1 + k;
    for (size_t index = 0; index < size; ++index) {
      // The atoms of this combination, last one fastest.
      uint64_t h = TemplateSeed(t);
      size_t rest = index;
      uint64_t values[3];
      for (size_t a = kinds[k].size(); a-- > 0;) {
        values[a] = AtomValue(kinds[k][a], static_cast<uint32_t>(rest % table.dims[a]), num_labels);
        rest /= table.dims[a];
      }
      for (size_t a = 0; a < kinds[k].size(); ++a) h = Mix(h, values[a]);
      std::fill(scores.begin(), scores.end(), 0.0f);
      // One feature scored alone: its weights as they are (0 + w).
      model.Score({&h, 1}, scores.data());
      bool any = false;
      for (float w : scores) any |= w != 0.0f;
      if (!any) continue;
      table.rows[index] = static_cast<uint16_t>(table.weights.size() / stride);
      table.weights.insert(table.weights.end(), scores.begin(), scores.end());
    }
  }
}

}  // namespace warta::parser::internal

#endif  // WARTA_PARSER_INTERNAL_TEMPLATE_TABLES_H_
