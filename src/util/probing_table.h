// ProbingTable: an open-addressing hash table over slots keyed by a 64-bit
// hash, for the engine's hot lookups (the root-word dictionary, the
// morphology cache, the tagger's weights and word scores).
//
// `Slot` is a small struct with a `uint64_t key` member, 0 meaning empty
// (a key of 0 is stored as 1). Keys must already be well mixed: the slot
// is `key & (capacity - 1)`, then linear probing. The table grows to keep
// its load at most 5/8. Lookups can check more than the key (a `match`
// predicate on the slot), for tables that keep the original key elsewhere.
//
// Not thread-safe for writing; a table no one writes to may be read from
// many threads.
#ifndef WARTA_UTIL_PROBING_TABLE_H_
#define WARTA_UTIL_PROBING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace warta::util {

template <typename Slot>
class ProbingTable {
 public:
  // Accepts any slot whose key matches.
  struct AnySlot {
    bool operator()(const Slot&) const { return true; }
  };

  ProbingTable() = default;
  explicit ProbingTable(size_t min_capacity) { Reset(min_capacity); }

  // Empties the table and gives it at least `min_capacity` slots.
  void Reset(size_t min_capacity = 16) {
    size_t capacity = 16;
    while (capacity < min_capacity) capacity *= 2;
    slots_.assign(capacity, Slot{});
    size_ = 0;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return slots_.size(); }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }

  // The slot with `key` for which `match(slot)` holds, or null.
  template <typename Match = AnySlot>
  const Slot* Find(uint64_t key, Match match = {}) const {
    if (slots_.empty()) return nullptr;
    if (key == 0) key = 1;
    const size_t mask = slots_.size() - 1;
    for (size_t i = key & mask; slots_[i].key != 0; i = (i + 1) & mask)
      if (slots_[i].key == key && match(slots_[i])) return &slots_[i];
    return nullptr;
  }

  // The slot with `key` for which `match(slot)` holds; if there is none, a
  // new slot with only the key set (*inserted says which). The reference
  // stays valid until the next insertion.
  template <typename Match = AnySlot>
  Slot& FindOrInsert(uint64_t key, bool* inserted, Match match = {}) {
    if (key == 0) key = 1;
    if ((size_ + 1) * 8 > slots_.size() * 5) Grow();
    const size_t mask = slots_.size() - 1;
    size_t i = key & mask;
    for (; slots_[i].key != 0; i = (i + 1) & mask) {
      if (slots_[i].key == key && match(slots_[i])) {
        *inserted = false;
        return slots_[i];
      }
    }
    slots_[i].key = key;
    ++size_;
    *inserted = true;
    return slots_[i];
  }

  // Asks the processor to fetch the first slot `key` would be found in.
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(key == 0 ? 1 : key) & (slots_.size() - 1)]);
  }

  // Calls fn(slot) for every occupied slot, in table order.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Slot& s : slots_)
      if (s.key != 0) fn(s);
  }

 private:
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;  // size is a power of two (or 0)
  size_t size_ = 0;
};

}  // namespace warta::util

#endif  // WARTA_UTIL_PROBING_TABLE_H_
