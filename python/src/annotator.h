// Annotator: one built Pipeline shared by every Python thread, with a pool
// of Scratch objects so that concurrent calls never share working memory.
// Plain C++: none of it touches Python, so callers release the GIL around
// it.
#ifndef WARTA_PYTHON_ANNOTATOR_H_
#define WARTA_PYTHON_ANNOTATOR_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "warta/article.h"
#include "warta/document.h"
#include "warta/pipeline.h"
#include "warta/stage.h"
#include "warta/status.h"

namespace warta::python {

// Articles annotated together (Pipeline::ProcessBatch): as the batch
// commands of the CLI do, enough for each stage's models to stay in the
// caches, few enough to keep memory small.
inline constexpr size_t kArticlesPerChunk = 16;

class Annotator {
 public:
  // Builds the default pipeline: reads the dictionaries and the models
  // (a second or so). Thread-safe.
  // (Out-parameters rather than StatusOr<shared_ptr>: GCC 12 warns, falsely,
  // that the latter's pointer may be used uninitialised.)
  static Status Create(std::shared_ptr<Annotator>* out);

  // The annotator warta.annotate() uses, built on first use; later calls
  // share it. Thread-safe.
  static Status Default(std::shared_ptr<Annotator>* out);

  const Pipeline& pipeline() const { return pipeline_; }

  // One article: its HTML page read (Article::is_html) or its text taken as
  // it is, then every stage. Thread-safe.
  StatusOr<Document> Annotate(Article article) const;

  // Several, stage by stage in chunks of kArticlesPerChunk; one result per
  // input in order. An input that is already an error stays that error; one
  // article's failure (its page, a stage, an exception) costs it alone.
  // Thread-safe.
  std::vector<StatusOr<Document>> AnnotateBatch(std::vector<StatusOr<Article>> articles) const;

 private:
  explicit Annotator(Pipeline pipeline) : pipeline_(std::move(pipeline)) {}

  // A Scratch for the duration of one call, returned to the pool after.
  class ScratchLease {
   public:
    explicit ScratchLease(const Annotator& owner);
    ~ScratchLease();
    ScratchLease(const ScratchLease&) = delete;
    ScratchLease& operator=(const ScratchLease&) = delete;
    Scratch& get() { return *scratch_; }

   private:
    const Annotator& owner_;
    std::unique_ptr<Scratch> scratch_;
  };

  void AnnotateChunk(std::vector<StatusOr<Article>>& articles, size_t begin, size_t end,
                     Scratch& scratch, std::vector<StatusOr<Document>>& out) const;

  Pipeline pipeline_;
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<Scratch>> free_scratch_;
};

}  // namespace warta::python

#endif  // WARTA_PYTHON_ANNOTATOR_H_
