// AnnotateChunk: the articles of one chunk through the pipeline, stage by
// stage (Pipeline::ProcessBatch), for the batch commands (annotate --jsonl,
// ingest), which gather kArticlesPerChunk articles before they call it.
//
// Each input is an article or the reason there is none (a JSON Lines
// record that did not parse); each output is its annotated document or why
// there is none, in the same order. One article's failure (reading its
// HTML, a stage, an exception) costs that article only.
#ifndef WARTA_TOOLS_CHUNK_ANNOTATOR_H_
#define WARTA_TOOLS_CHUNK_ANNOTATOR_H_

#include <cstddef>
#include <vector>

#include "warta/article.h"
#include "warta/document.h"
#include "warta/pipeline.h"
#include "warta/status.h"

namespace warta::cli {

// Articles per chunk: enough for every stage's models to stay in the caches
// across documents (BM_DefaultPipelineBatch gains as much at 16 as at 200),
// few enough to keep memory and the wait for the first result small.
inline constexpr size_t kArticlesPerChunk = 16;

// Chunks in flight for `jobs` threads (OrderedWorkers' window): two a
// thread, so no worker waits while the owner writes or stores; one for one
// job (the plain sequential loop).
inline size_t ChunkWindow(size_t jobs) { return jobs <= 1 ? 1 : 2 * jobs; }

std::vector<StatusOr<Document>> AnnotateChunk(std::vector<StatusOr<Article>> articles,
                                              const Pipeline& pipeline, Scratch& scratch);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_CHUNK_ANNOTATOR_H_
