// Pipeline: an ordered list of stages that turns an article into a Document.
//
//   auto pipeline = warta::Pipeline::CreateDefault(warta::PipelineOptions{});
//   if (!pipeline.ok()) { ... pipeline.status().message() ... }
//   warta::Scratch scratch;
//   warta::Document doc = warta::DocumentFromArticle(article);
//   warta::Status s = pipeline->Process(doc, scratch);
//
// Construction checks that every stage's required layers are provided by an
// earlier stage (or are expected from the input), so a mis-ordered pipeline is
// an error at build time, not a crash at run time.
//
// Thread-safety: a built Pipeline is immutable; Process() may be called from
// many threads at once, each with its own Scratch and Document.
#ifndef WARTA_PIPELINE_H_
#define WARTA_PIPELINE_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "warta/document.h"
#include "warta/options.h"
#include "warta/stage.h"
#include "warta/status.h"

namespace warta {

class Pipeline {
 public:
  // The standard stages in DESIGN order, as far as they exist in this
  // version: cleaner, segmenter.
  static StatusOr<Pipeline> CreateDefault(const PipelineOptions& options);

  // A pipeline of the given stages, run in order. Fails with
  // kFailedPrecondition naming the stage and the missing layers when a stage
  // requires a layer that no earlier stage provides.
  static StatusOr<Pipeline> Create(std::vector<std::unique_ptr<Stage>> stages);

  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  // Runs every stage on `doc`. Stops at the first stage that fails and
  // returns its status, prefixed with the stage name; the layers produced so
  // far stay in `doc`.
  [[nodiscard]] Status Process(Document& doc, Scratch& scratch) const;

  // The same for several documents, stage by stage over the batch (faster
  // than one Process call each: every stage's models stay in the caches).
  // One status per document, in order; a document whose stage fails keeps
  // the layers made before it and skips the later stages. Each document
  // ends as Process would leave it. An exception thrown by a stage for one
  // document becomes that document's kInternal status ("stage: what"); the
  // other documents go on.
  [[nodiscard]] std::vector<Status> ProcessBatch(std::span<Document> docs,
                                                 Scratch& scratch) const;

  // Stage names in order, for --help texts and logs.
  std::vector<std::string> StageNames() const;

 private:
  explicit Pipeline(std::vector<std::unique_ptr<Stage>> stages);
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace warta

#endif  // WARTA_PIPELINE_H_
