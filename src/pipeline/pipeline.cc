#include "warta/pipeline.h"

#include <exception>

#include "cleaner/cleaner.h"
#include "entities/entity_linker.h"
#include "events/event_coder.h"
#include "morphology/morphology.h"
#include "parser/parser.h"
#include "quotes/quote_extractor.h"
#include "segmenter/segmenter.h"
#include "tagger/tagger.h"
#include "timex/timex_normalizer.h"

namespace warta {

Scratch::Scratch() = default;
Scratch::~Scratch() = default;

std::string& Scratch::buffer(size_t slot) {
  if (slot >= buffers_.size()) buffers_.resize(slot + 1);
  return buffers_[slot];
}

std::vector<uint32_t>& Scratch::indices(size_t slot) {
  if (slot >= indices_.size()) indices_.resize(slot + 1);
  return indices_[slot];
}

Pipeline::Pipeline(std::vector<std::unique_ptr<Stage>> stages)
    : stages_(std::move(stages)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

StatusOr<Pipeline> Pipeline::Create(
    std::vector<std::unique_ptr<Stage>> stages) {
  Layer available = Layer::kNone;
  for (const auto& stage : stages) {
    if (stage == nullptr) return InvalidArgumentError("pipeline stage is null");
    if (!Has(available, stage->Requires())) {
      Layer missing = static_cast<Layer>(
          static_cast<uint32_t>(stage->Requires()) &
          ~static_cast<uint32_t>(available));
      return FailedPreconditionError(
          "stage \"" + std::string(stage->Name()) + "\" needs layers [" +
          LayerNames(missing) + "] that no earlier stage provides");
    }
    available = available | stage->Provides();
  }
  return Pipeline(std::move(stages));
}

StatusOr<Pipeline> Pipeline::CreateDefault(const PipelineOptions& options) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<cleaner::Cleaner>(options.cleaner));
  stages.push_back(std::make_unique<segmenter::Segmenter>(options.segmenter));
  auto morphology = morphology::Morphology::Create(options.morphology);
  if (!morphology.ok()) return morphology.status();
  auto lexicon = (*morphology)->analyzer().shared_lexicon();
  stages.push_back(std::move(*morphology));
  auto tagger = tagger::Tagger::Create(options.tagger, std::move(lexicon));
  if (!tagger.ok()) return tagger.status();
  stages.push_back(std::move(*tagger));
  auto parser = parser::Parser::Create(options.parser);
  if (!parser.ok()) return parser.status();
  // The events stage, made here so that the parser may ask its lexicon
  // (the pipeline owns both).
  auto coder = std::make_unique<events::EventCoder>();
  if (options.parser.only_event_sentences) {
    const events::EventCoder* events = coder.get();
    (*parser)->set_sentence_filter([events](const Document& doc, const Sentence& s) {
      return events->MayCodeEventsIn(doc, s);
    });
  }
  stages.push_back(std::move(*parser));
  stages.push_back(std::make_unique<entities::EntityLinker>());
  stages.push_back(std::make_unique<quotes::QuoteExtractor>());
  stages.push_back(std::make_unique<timex::TimexNormalizer>());
  stages.push_back(std::move(coder));
  return Create(std::move(stages));
}

Status Pipeline::Process(Document& doc, Scratch& scratch) const {
  for (const auto& stage : stages_) {
    if (!Has(doc.layers, stage->Requires())) {
      return FailedPreconditionError(
          std::string(stage->Name()) + ": document lacks layers [" +
          LayerNames(stage->Requires()) + "]");
    }
    Status s = stage->Process(doc, scratch);
    if (!s.ok()) {
      return Status(s.code(), std::string(stage->Name()) + ": " + s.message());
    }
    doc.layers = doc.layers | stage->Provides();
  }
  return Status::Ok();
}

std::vector<Status> Pipeline::ProcessBatch(std::span<Document> docs, Scratch& scratch) const {
  std::vector<Status> statuses(docs.size());
  // Stage by stage over the whole batch: each stage's models stay in the
  // caches for every document instead of being evicted by the next stage's.
  for (const auto& stage : stages_) {
    for (size_t i = 0; i < docs.size(); ++i) {
      if (!statuses[i].ok()) continue;
      Document& doc = docs[i];
      if (!Has(doc.layers, stage->Requires())) {
        statuses[i] = FailedPreconditionError(std::string(stage->Name()) +
                                              ": document lacks layers [" +
                                              LayerNames(stage->Requires()) + "]");
        continue;
      }
      Status s;
      try {
        s = stage->Process(doc, scratch);
      } catch (const std::exception& e) {
        // Third-party code may throw; it costs this document only.
        s = InternalError(e.what());
      }
      if (!s.ok()) {
        std::string message(stage->Name());
        message += ": ";
        message += s.message();
        statuses[i] = Status(s.code(), std::move(message));
        continue;
      }
      doc.layers = doc.layers | stage->Provides();
    }
  }
  return statuses;
}

std::vector<std::string> Pipeline::StageNames() const {
  std::vector<std::string> names;
  for (const auto& stage : stages_) names.emplace_back(stage->Name());
  return names;
}

}  // namespace warta
