// A pipeline stage: one step that reads some layers of a Document and adds
// others (cleaner, segmenter, morphology, tagger, ...).
//
// A stage is built once from its options and resources, is immutable
// afterwards, and is safe to call from many threads at once: per-call
// working memory lives in the Scratch the caller passes in, one per thread.
//
// Writing a stage:
//   class MyStage : public Stage {
//    public:
//     std::string_view Name() const override { return "my-stage"; }
//     Layer Requires() const override { return Layer::kTokens; }
//     Layer Provides() const override { return Layer::kLemmas; }
//     Status Process(Document& doc, Scratch& scratch) const override;
//   };
#ifndef WARTA_STAGE_H_
#define WARTA_STAGE_H_

#include <memory>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "warta/document.h"
#include "warta/status.h"

namespace warta {

// Reusable per-thread working memory, so that stages do not allocate afresh
// for every document. Stages keep their buffers in slots they own.
// Not thread-safe: use one Scratch per thread.
class Scratch {
 public:
  Scratch();
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  // A string buffer a stage may use freely during one Process() call; its
  // contents are unspecified on entry.
  std::string& buffer(size_t slot);
  std::vector<uint32_t>& indices(size_t slot);

  // An object of type T kept in this Scratch, created (default-constructed)
  // on first use; `owner` identifies its user (a stage passes `this`), so
  // that a per-thread cache lives as long as the Scratch does.
  template <typename T>
  T& Object(const void* owner) {
    for (auto& [key, object] : objects_)
      if (key == owner) return *static_cast<T*>(object.get());
    auto object = std::make_shared<T>();
    objects_.emplace_back(owner, object);
    return *object;
  }

 private:
  std::vector<std::pair<const void*, std::shared_ptr<void>>> objects_;
  std::vector<std::string> buffers_;
  std::vector<std::vector<uint32_t>> indices_;
};

class Stage {
 public:
  virtual ~Stage() = default;

  // A short lowercase name used in messages: "cleaner", "segmenter".
  virtual std::string_view Name() const = 0;
  // Layers that must exist before Process() runs; the Pipeline checks this.
  virtual Layer Requires() const = 0;
  // Layers this stage adds; the Pipeline marks them present afterwards.
  virtual Layer Provides() const = 0;

  // Adds this stage's layers to `doc`. An error leaves `doc` in a state that
  // writers can still print (possibly with some layers empty) and is
  // reported by the Pipeline as the document's error record.
  [[nodiscard]] virtual Status Process(Document& doc,
                                       Scratch& scratch) const = 0;
};

}  // namespace warta

#endif  // WARTA_STAGE_H_
