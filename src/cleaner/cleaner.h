// Cleaner: the first stage. Document::raw (bytes as scraped) -> Document::text
// (clean, normalised UTF-8 that every later span points into).
//
//  1. Refuses input that is not text (NUL bytes, mostly undecodable bytes)
//     with kDataLoss, and empty input with kInvalidArgument.
//  2. Normalises Unicode (text/unicode_normalizer.h); bytes that are not
//     UTF-8 are read as Windows-1252 and reported in Document::warnings.
//  3. Trims lines and collapses runs of spaces; keeps paragraph breaks
//     (a blank line) and line breaks.
//  4. Removes boilerplate (cleaner/boilerplate_remover.h) into
//     Document::removed.
//  5. Records a dateline ("JAKARTA, KOMPAS.com -") in Document::dateline; it
//     stays in the text.
// Provides Layer::kText. Thread-safe.
#ifndef WARTA_CLEANER_CLEANER_H_
#define WARTA_CLEANER_CLEANER_H_

#include "cleaner/boilerplate_remover.h"
#include "cleaner/dateline.h"
#include "warta/options.h"
#include "warta/stage.h"

namespace warta::cleaner {

class Cleaner : public Stage {
 public:
  explicit Cleaner(const CleanerOptions& options);

  std::string_view Name() const override { return "cleaner"; }
  Layer Requires() const override { return Layer::kNone; }
  Layer Provides() const override { return Layer::kText; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  CleanerOptions options_;
  BoilerplateRemover boilerplate_;
  DatelineDetector datelines_;
};

}  // namespace warta::cleaner

#endif  // WARTA_CLEANER_CLEANER_H_
