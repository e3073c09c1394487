#include "annotator.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "warta/html.h"

namespace warta::python {
namespace {

Status ExceptionStatus(const char* where, const std::exception& e) {
  std::string message = where;
  message += ": ";
  message += e.what();
  return InternalError(std::move(message));
}

}  // namespace

Status Annotator::Create(std::shared_ptr<Annotator>* out) {
  StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) return pipeline.status();
  out->reset(new Annotator(std::move(*pipeline)));
  return Status::Ok();
}

Status Annotator::Default(std::shared_ptr<Annotator>* out) {
  static std::mutex mu;
  static std::shared_ptr<Annotator> annotator;
  std::lock_guard lock(mu);
  if (!annotator) {
    // A failure is not kept: a later call tries again (the dictionary may
    // have been installed meanwhile).
    if (Status s = Create(&annotator); !s.ok()) return s;
  }
  *out = annotator;
  return Status::Ok();
}

Annotator::ScratchLease::ScratchLease(const Annotator& owner) : owner_(owner) {
  {
    std::lock_guard lock(owner_.mu_);
    if (!owner_.free_scratch_.empty()) {
      scratch_ = std::move(owner_.free_scratch_.back());
      owner_.free_scratch_.pop_back();
    }
  }
  if (!scratch_) scratch_ = std::make_unique<Scratch>();
}

Annotator::ScratchLease::~ScratchLease() {
  std::lock_guard lock(owner_.mu_);
  owner_.free_scratch_.push_back(std::move(scratch_));
}

StatusOr<Document> Annotator::Annotate(Article article) const {
  try {
    StatusOr<Document> doc = ReadArticle(std::move(article));
    if (!doc.ok()) return doc.status();
    ScratchLease scratch(*this);
    if (Status s = pipeline_.Process(*doc, scratch.get()); !s.ok()) return s;
    return doc;
  } catch (const std::exception& e) {
    // Third-party code (the HTML parser) or memory may throw; it costs this
    // article, never the interpreter.
    return ExceptionStatus("annotate", e);
  }
}

void Annotator::AnnotateChunk(std::vector<StatusOr<Article>>& articles, size_t begin, size_t end,
                              Scratch& scratch, std::vector<StatusOr<Document>>& out) const {
  std::vector<std::optional<Status>> failures(end - begin);
  std::vector<Document> docs;
  std::vector<size_t> origin;  // docs[k] came from articles[begin + origin[k]]
  for (size_t i = begin; i < end; ++i) {
    if (!articles[i].ok()) {
      failures[i - begin] = articles[i].status();
      continue;
    }
    try {
      StatusOr<Document> doc = ReadArticle(std::move(*articles[i]));
      if (!doc.ok()) {
        failures[i - begin] = doc.status();
        continue;
      }
      docs.push_back(std::move(*doc));
      origin.push_back(i - begin);
    } catch (const std::exception& e) {
      failures[i - begin] = ExceptionStatus("reading the article", e);
    }
  }
  std::vector<std::optional<Document>> done(end - begin);
  try {
    const std::vector<Status> statuses = pipeline_.ProcessBatch(std::span<Document>(docs), scratch);
    for (size_t k = 0; k < docs.size(); ++k) {
      if (statuses[k].ok()) {
        done[origin[k]] = std::move(docs[k]);
      } else {
        failures[origin[k]] = statuses[k];
      }
    }
  } catch (const std::exception& e) {
    // ProcessBatch catches each stage's exceptions; what is left (out of
    // memory) costs this chunk.
    for (size_t k : origin) failures[k] = ExceptionStatus("annotate", e);
  }
  for (size_t i = 0; i < end - begin; ++i) {
    if (done[i]) {
      out.emplace_back(std::move(*done[i]));
    } else {
      out.emplace_back(std::move(*failures[i]));
    }
  }
}

std::vector<StatusOr<Document>> Annotator::AnnotateBatch(
    std::vector<StatusOr<Article>> articles) const {
  std::vector<StatusOr<Document>> out;
  out.reserve(articles.size());
  ScratchLease scratch(*this);
  for (size_t begin = 0; begin < articles.size(); begin += kArticlesPerChunk) {
    const size_t end = std::min(articles.size(), begin + kArticlesPerChunk);
    AnnotateChunk(articles, begin, end, scratch.get(), out);
  }
  return out;
}

}  // namespace warta::python
