// warta's Status codes as Python exceptions.
//
//   warta.Error                      every failure the engine reports
//   ├─ warta.InvalidArgumentError    (also a ValueError)   kInvalidArgument
//   ├─ warta.DataLossError           (also a ValueError)   kDataLoss
//   ├─ warta.NotFoundError           (also a LookupError)  kNotFound
//   ├─ warta.UnavailableError        (also a ConnectionError) kUnavailable
//   └─ warta.InternalError           (also a RuntimeError) kInternal,
//                                                         kFailedPrecondition
//
// Each carries the engine's message (in English) as its only argument and
// the code's name ("INVALID_ARGUMENT") as its `code` attribute.
#ifndef WARTA_PYTHON_STATUS_EXCEPTIONS_H_
#define WARTA_PYTHON_STATUS_EXCEPTIONS_H_

#include <pybind11/pybind11.h>

#include <string>

#include "warta/status.h"

namespace warta::python {

// Creates the exception classes and adds them to `module`. Called once, from
// the module's initialisation.
void RegisterExceptions(pybind11::module_& module);

// Raises the exception of `status`'s code with its message.
// REQUIRES: !status.ok(); the GIL is held.
[[noreturn]] void ThrowStatus(const Status& status);

// Raises warta.InvalidArgumentError(message). REQUIRES: the GIL is held.
[[noreturn]] void ThrowInvalidArgument(const std::string& message);

}  // namespace warta::python

#endif  // WARTA_PYTHON_STATUS_EXCEPTIONS_H_
