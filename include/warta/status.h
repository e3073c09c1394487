// Status and StatusOr<T>: how every warta call reports failure.
//
// The library never throws across its API and never writes to stdout/stderr.
// A call that can fail returns a Status (or a StatusOr<T> carrying a value on
// success); the caller decides what to print and which exit code or HTTP
// status to use. Codes map to front-end responses as follows:
//   kInvalidArgument -> CLI exit 2 / HTTP 400   (bad flag, malformed input)
//   kNotFound        -> CLI exit 3 / HTTP 404   (missing file or record)
//   kDataLoss        -> per-document error record (undecodable article)
//   kFailedPrecondition -> a stage ran without the layers it needs (a bug)
//   kUnavailable     -> HTTP 503                (store or resource busy)
//   kInternal        -> CLI exit 70 / HTTP 500
//
// Thread-safety: Status values are immutable after construction and may be
// copied between threads freely.
#ifndef WARTA_STATUS_H_
#define WARTA_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace warta {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,
  kNotFound,
  kDataLoss,
  kFailedPrecondition,
  kUnavailable,
  kInternal,
};

// Returns "OK", "INVALID_ARGUMENT", ... for messages and logs.
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // Human-readable explanation, in English, without a trailing newline.
  const std::string& message() const { return message_; }

  // "INVALID_ARGUMENT: line 3 is not JSON" (or "OK").
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string message) {
  return Status(StatusCode::kInvalidArgument, std::move(message));
}
inline Status NotFoundError(std::string message) {
  return Status(StatusCode::kNotFound, std::move(message));
}
inline Status DataLossError(std::string message) {
  return Status(StatusCode::kDataLoss, std::move(message));
}
inline Status FailedPreconditionError(std::string message) {
  return Status(StatusCode::kFailedPrecondition, std::move(message));
}
inline Status InternalError(std::string message) {
  return Status(StatusCode::kInternal, std::move(message));
}

// Holds either a T or a non-OK Status.
// REQUIRES: value() is called only when ok() is true.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // Implicit on purpose: `return value;` and `return SomeError(...);` both
  // read naturally in functions returning StatusOr<T>.
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "StatusOr needs a value or an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace warta

#endif  // WARTA_STATUS_H_
