#include "chunk_annotator.h"

#include <exception>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "warta/html.h"

namespace warta::cli {

std::vector<StatusOr<Document>> AnnotateChunk(std::vector<StatusOr<Article>> articles,
                                              const Pipeline& pipeline, Scratch& scratch) {
  std::vector<std::optional<Status>> failures(articles.size());
  std::vector<Document> docs;
  std::vector<size_t> origin;  // docs[k] came from articles[origin[k]]
  docs.reserve(articles.size());
  origin.reserve(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].ok()) {
      failures[i] = articles[i].status();
      continue;
    }
    try {
      StatusOr<Document> doc = ReadArticle(std::move(*articles[i]));
      if (!doc.ok()) {
        failures[i] = doc.status();
        continue;
      }
      docs.push_back(std::move(*doc));
      origin.push_back(i);
    } catch (const std::exception& e) {
      // Third-party code (the HTML parser) may throw; it costs this article.
      failures[i] = InternalError(e.what());
    }
  }
  const std::vector<Status> statuses = pipeline.ProcessBatch(std::span<Document>(docs), scratch);
  std::vector<std::optional<Document>> done(articles.size());
  for (size_t k = 0; k < docs.size(); ++k) {
    if (statuses[k].ok()) {
      done[origin[k]] = std::move(docs[k]);
    } else {
      failures[origin[k]] = statuses[k];
    }
  }
  std::vector<StatusOr<Document>> out;
  out.reserve(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    if (done[i]) {
      out.emplace_back(std::move(*done[i]));
    } else {
      out.emplace_back(std::move(*failures[i]));
    }
  }
  return out;
}

}  // namespace warta::cli
