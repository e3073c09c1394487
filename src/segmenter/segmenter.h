// Segmenter: the second stage. Document::text -> tokens (syntactic words,
// with clitics split as UD Indonesian does) and sentences.
// Requires Layer::kText; provides kSentences | kTokens. Thread-safe.
#ifndef WARTA_SEGMENTER_SEGMENTER_H_
#define WARTA_SEGMENTER_SEGMENTER_H_

#include "segmenter/clitic_splitter.h"
#include "segmenter/sentence_splitter.h"
#include "warta/options.h"
#include "warta/stage.h"

namespace warta::segmenter {

class Segmenter : public Stage {
 public:
  explicit Segmenter(const SegmenterOptions& options);

  std::string_view Name() const override { return "segmenter"; }
  Layer Requires() const override { return Layer::kText; }
  Layer Provides() const override {
    return Layer::kSentences | Layer::kTokens;
  }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  SegmenterOptions options_;
  SentenceSplitter sentences_;
  CliticSplitter clitics_;
};

}  // namespace warta::segmenter

#endif  // WARTA_SEGMENTER_SEGMENTER_H_
