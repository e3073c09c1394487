#include "status_exceptions.h"

#include <Python.h>

#include <array>

namespace warta::python {
namespace py = pybind11;
namespace {

constexpr size_t kCodes = static_cast<size_t>(StatusCode::kInternal) + 1;

// Owned references, kept for the life of the process: the classes must
// outlive every call that may raise them, including those made while the
// interpreter shuts down.
PyObject* g_error = nullptr;
std::array<PyObject*, kCodes> g_by_code{};

PyObject* NewException(py::module_& module, const char* name, PyObject* builtin,
                       const char* doc) {
  std::string qualified = "warta.";
  qualified += name;
  PyObject* bases = builtin ? PyTuple_Pack(2, g_error, builtin) : PyTuple_Pack(1, PyExc_Exception);
  if (bases == nullptr) throw py::error_already_set();
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases, nullptr);
  Py_DECREF(bases);
  if (type == nullptr) throw py::error_already_set();
  module.add_object(name, py::reinterpret_borrow<py::object>(type));
  return type;
}

}  // namespace

void RegisterExceptions(py::module_& module) {
  g_error = NewException(module, "Error", nullptr,
                         "A failure reported by the warta engine; the argument is its message.");
  PyObject* invalid = NewException(
      module, "InvalidArgumentError", PyExc_ValueError,
      "Bad input: empty or binary text, a bad date, a malformed record or query.");
  PyObject* data_loss = NewException(module, "DataLossError", PyExc_ValueError,
                                     "An article that cannot be decoded.");
  PyObject* not_found =
      NewException(module, "NotFoundError", PyExc_LookupError, "No such article, entity or archive.");
  PyObject* unavailable = NewException(module, "UnavailableError", PyExc_ConnectionError,
                                       "The archive cannot be reached or is busy.");
  PyObject* internal =
      NewException(module, "InternalError", PyExc_RuntimeError, "A bug in warta: please report it.");
  g_by_code.fill(internal);
  g_by_code[static_cast<size_t>(StatusCode::kInvalidArgument)] = invalid;
  g_by_code[static_cast<size_t>(StatusCode::kDataLoss)] = data_loss;
  g_by_code[static_cast<size_t>(StatusCode::kNotFound)] = not_found;
  g_by_code[static_cast<size_t>(StatusCode::kUnavailable)] = unavailable;
}

void ThrowStatus(const Status& status) {
  const auto index = static_cast<size_t>(status.code());
  PyObject* type = index < kCodes ? g_by_code[index] : g_by_code.back();
  // The engine keeps its messages UTF-8; "replace" makes sure of it.
  py::object message = py::reinterpret_steal<py::object>(PyUnicode_DecodeUTF8(
      status.message().data(), static_cast<Py_ssize_t>(status.message().size()), "replace"));
  if (!message) throw py::error_already_set();
  py::object error = py::reinterpret_borrow<py::object>(type)(message);
  error.attr("code") = py::str(std::string(StatusCodeName(status.code())));
  PyErr_SetObject(type, error.ptr());
  throw py::error_already_set();
}

void ThrowInvalidArgument(const std::string& message) {
  ThrowStatus(InvalidArgumentError(message));
}

}  // namespace warta::python
