#include "article_input.h"

#include <Python.h>

#include <utility>

namespace warta::python {
namespace py = pybind11;
namespace {

[[noreturn]] void ThrowType(const char* what, const char* expected, py::handle value) {
  std::string message = what;
  message += " must be ";
  message += expected;
  message += ", not ";
  message += py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>();
  throw py::type_error(message);
}

// The Python exception being handled, in words, and cleared.
std::string TakePythonError() {
  py::error_already_set error;
  return py::str(error.value()).cast<std::string>();
}

}  // namespace

StatusOr<std::string> TextBytes(py::handle text, const char* what) {
  if (PyUnicode_Check(text.ptr())) {
    py::object encoded = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogateescape"));
    if (!encoded) {
      std::string message = what;
      message += " is not valid Unicode: ";
      message += TakePythonError();
      return InvalidArgumentError(std::move(message));
    }
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(encoded.ptr(), &data, &size);
    return std::string(data, static_cast<size_t>(size));
  }
  if (PyBytes_Check(text.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(text.ptr(), &data, &size);
    return std::string(data, static_cast<size_t>(size));
  }
  if (PyObject_CheckBuffer(text.ptr())) {  // bytearray, memoryview
    py::buffer_info info = py::reinterpret_borrow<py::buffer>(text).request();
    if (info.ndim != 1 || info.itemsize != 1 || info.strides[0] != 1) {
      ThrowType(what, "str or a contiguous bytes-like object", text);
    }
    return std::string(static_cast<const char*>(info.ptr), static_cast<size_t>(info.size));
  }
  ThrowType(what, "str or bytes", text);
}

StatusOr<std::string> PublishedDate(py::handle published) {
  if (published.is_none()) return std::string();
  py::module_ datetime = py::module_::import("datetime");
  if (py::isinstance(published, datetime.attr("date"))) {
    // A datetime is also a date; its day is the one it shows.
    return py::str(published.attr("strftime")("%Y-%m-%d")).cast<std::string>();
  }
  if (!PyUnicode_Check(published.ptr())) ThrowType("published", "a str, a date or None", published);
  StatusOr<std::string> bytes = TextBytes(published, "published");
  if (!bytes.ok()) return bytes.status();
  std::string date = std::move(*bytes);
  // A timestamp keeps its day, as the engine reads JSON Lines records.
  if (date.size() > 10 && (date[10] == 'T' || date[10] == ' ')) date.resize(10);
  if (Status valid = ValidatePublishedDate(date); !valid.ok()) {
    std::string message = "published: ";
    message += valid.message();
    return InvalidArgumentError(std::move(message));
  }
  return date;
}

std::string OptionalString(py::handle value, const char* what) {
  if (value.is_none()) return std::string();
  if (!PyUnicode_Check(value.ptr())) ThrowType(what, "a str or None", value);
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(value.ptr(), &size);
  if (data == nullptr) {
    std::string message = what;
    message += ": ";
    message += TakePythonError();
    throw py::value_error(message);
  }
  return std::string(data, static_cast<size_t>(size));
}

std::string ItemId(py::handle item) {
  if (!PyDict_Check(item.ptr())) return std::string();
  PyObject* id = PyDict_GetItemString(item.ptr(), "id");  // borrowed
  if (id == nullptr) return std::string();
  if (PyLong_Check(id)) return py::str(id).cast<std::string>();
  if (!PyUnicode_Check(id)) return std::string();
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(id, &size);
  if (data == nullptr) {
    PyErr_Clear();
    return std::string();
  }
  return std::string(data, static_cast<size_t>(size));
}

StatusOr<Article> ArticleFromItem(py::handle item, bool html, bool jsonl) {
  if (PyDict_Check(item.ptr())) {
    py::dict fields = py::reinterpret_borrow<py::dict>(item);
    Article article;
    if (fields.contains("id")) {
      py::handle id = fields["id"];
      // JSON Lines ids may be numbers; so may a dict's.
      article.id = PyLong_Check(id.ptr()) ? py::str(id).cast<std::string>()
                                          : OptionalString(id, "\"id\"");
    }
    if (fields.contains("url")) article.url = OptionalString(fields["url"], "\"url\"");
    if (fields.contains("title")) article.title = OptionalString(fields["title"], "\"title\"");
    if (fields.contains("published")) {
      py::handle published = fields["published"];
      // A bad date in a record is the engine's warning, not an error
      // (DocumentFromArticle), as in `warta annotate --jsonl`.
      if (py::isinstance(published, py::module_::import("datetime").attr("date"))) {
        StatusOr<std::string> date = PublishedDate(published);
        if (date.ok()) article.published = std::move(*date);
      } else {
        article.published = OptionalString(published, "\"published\"");
      }
    }
    const char* field = "\"text\"";
    py::object text = fields.attr("get")("text");
    article.is_html = html;
    if (text.is_none()) {
      text = fields.attr("get")("html");
      if (text.is_none()) return InvalidArgumentError("no \"text\" field");
      field = "\"html\"";
      article.is_html = true;
    }
    StatusOr<std::string> bytes = TextBytes(text, field);
    if (!bytes.ok()) return bytes.status();
    article.text = std::move(*bytes);
    return article;
  }
  if (jsonl) {
    StatusOr<std::string> line = TextBytes(item, "a JSON Lines record");
    if (!line.ok()) return line.status();
    StatusOr<Article> article = ParseArticleJson(*line);
    if (article.ok() && html) article->is_html = true;
    return article;
  }
  if (!PyUnicode_Check(item.ptr()) && !PyObject_CheckBuffer(item.ptr())) {
    ThrowType("a batch item", "a str, bytes or a dict", item);
  }
  StatusOr<std::string> text = TextBytes(item, "text");
  if (!text.ok()) return text.status();
  Article article;
  article.text = std::move(*text);
  article.is_html = html;
  return article;
}

}  // namespace warta::python
