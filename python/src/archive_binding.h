// The Python class warta.Archive: the store of include/warta/store.h (a
// SQLite file or a PostgreSQL URI) for ingest and queries. Queries return
// rows as lists of flat dicts, which pandas.DataFrame takes as they are.
#ifndef WARTA_PYTHON_ARCHIVE_BINDING_H_
#define WARTA_PYTHON_ARCHIVE_BINDING_H_

#include <pybind11/pybind11.h>

namespace warta::python {

void BindArchive(pybind11::module_& module);

}  // namespace warta::python

#endif  // WARTA_PYTHON_ARCHIVE_BINDING_H_
