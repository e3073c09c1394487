// The Python classes warta.Pipeline and warta.Document, and
// warta.annotate(): the engine's pipeline over texts, pages and JSON Lines
// records, giving the JSON writer's document ("warta.document/1",
// docs/schema.md) as a dict.
#ifndef WARTA_PYTHON_PIPELINE_BINDING_H_
#define WARTA_PYTHON_PIPELINE_BINDING_H_

#include <pybind11/pybind11.h>

#include <cstddef>
#include <memory>
#include <string>

#include "annotator.h"
#include "warta/document.h"
#include "warta/status.h"

namespace warta::python {

// What a warta.Document holds: one annotated document, never changed after
// it is made (so Python threads may share it).
struct DocumentHandle {
  std::shared_ptr<const Document> doc;
};

// What a warta.Pipeline holds.
struct PipelineHandle {
  std::shared_ptr<Annotator> annotator;
};

// The document as the JSON writer writes it, parsed into dicts and lists.
// REQUIRES: the GIL is held.
pybind11::object DocumentDict(const Document& doc, bool tokens);

// {"index": index, "id": id, "error": message} for a batch item that failed
// (id left out when empty). REQUIRES: the GIL is held.
pybind11::dict ErrorRecord(size_t index, const std::string& id, const Status& status);

void BindPipeline(pybind11::module_& module);

}  // namespace warta::python

#endif  // WARTA_PYTHON_PIPELINE_BINDING_H_
