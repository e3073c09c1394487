// Python values into warta::Article, with the GIL held.
//
// A text is a `str` or bytes-like object. A `str` is encoded as UTF-8 with
// "surrogateescape", so text decoded that way from bytes that were not UTF-8
// gives the engine back the very bytes, which it reads as it reads any input
// (Windows-1252, with a warning in the document). A batch item is a text or a
// dict with the fields of a JSON Lines record ("id", "url", "title",
// "published", "text" or "html"); with jsonl=True a `str` item is one JSON
// Lines record, parsed by the engine as `warta annotate --jsonl` does.
//
// A wrong Python type raises TypeError (a bug in the caller); a value the
// engine cannot use comes back as a non-OK status, so that in a batch it
// becomes that item's error record and the batch goes on.
#ifndef WARTA_PYTHON_ARTICLE_INPUT_H_
#define WARTA_PYTHON_ARTICLE_INPUT_H_

#include <pybind11/pybind11.h>

#include <string>

#include "warta/article.h"
#include "warta/status.h"

namespace warta::python {

// The bytes of a text (str or bytes-like). A str that cannot be encoded
// (a lone surrogate other than surrogateescape's) is kInvalidArgument.
// Raises TypeError for any other type; `what` names the argument.
StatusOr<std::string> TextBytes(pybind11::handle text, const char* what);

// A publication date as the engine takes it: None -> "", a datetime.date
// (or datetime) -> its day, a str "YYYY-MM-DD" (or a timestamp
// "YYYY-MM-DDThh:mm…", whose day is kept). A str that is no calendar day is
// kInvalidArgument with the engine's message; other types raise TypeError.
StatusOr<std::string> PublishedDate(pybind11::handle published);

// An optional str field (None -> ""); raises TypeError for other types.
std::string OptionalString(pybind11::handle value, const char* what);

// The "id" of a dict item (str or int), "" for anything else: it names the
// item in its error record even when the item is no article.
std::string ItemId(pybind11::handle item);

// One item of a batch, as described above. `html`: texts are web pages.
StatusOr<Article> ArticleFromItem(pybind11::handle item, bool html, bool jsonl);

}  // namespace warta::python

#endif  // WARTA_PYTHON_ARTICLE_INPUT_H_
