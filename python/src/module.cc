// The extension module warta._warta; the package warta (python/warta/)
// re-exports it. See python/README.md.
#include <pybind11/pybind11.h>

#include <string>

#include "archive_binding.h"
#include "pipeline_binding.h"
#include "status_exceptions.h"
#include "warta/store.h"
#include "warta/writer.h"

PYBIND11_MODULE(_warta, m) {
  m.doc() = "warta: Indonesian news into structured facts (the engine's Python module).";
  warta::python::RegisterExceptions(m);
  warta::python::BindPipeline(m);
  warta::python::BindArchive(m);
  m.attr("__version__") = WARTA_VERSION;
  m.attr("DOCUMENT_SCHEMA") = std::string(warta::kDocumentSchema);
  m.attr("STORE_SCHEMA_VERSION") = warta::kStoreSchemaVersion;
}
