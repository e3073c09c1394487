#include "pipeline_binding.h"

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "article_input.h"
#include "status_exceptions.h"
#include "warta/writer.h"

namespace warta::python {
namespace py = pybind11;
using namespace pybind11::literals;

namespace {

std::string DocumentJson(const Document& doc, bool tokens, bool pretty) {
  JsonWriteOptions options;
  options.tokens = tokens;
  options.pretty = pretty;
  std::string json;
  AppendJson(doc, options, &json);
  return json;
}

// json.loads: the writer's own output read back, so the dict is exactly
// the document `warta annotate` prints.
py::object ParseJson(const std::string& json) {
  return py::module_::import("json").attr("loads")(py::str(json));
}

template <typename T>
T ValueOrThrow(StatusOr<T> value) {
  if (!value.ok()) ThrowStatus(value.status());
  return std::move(*value);
}

// The article of a single call (annotate, process): bad arguments raise.
Article SingleArticle(py::handle text, py::handle published, bool html, py::handle id,
                      py::handle url, py::handle title) {
  Article article;
  article.text = ValueOrThrow(TextBytes(text, "text"));
  article.published = ValueOrThrow(PublishedDate(published));
  article.is_html = html;
  article.id = OptionalString(id, "id");
  article.url = OptionalString(url, "url");
  article.title = OptionalString(title, "title");
  return article;
}

std::shared_ptr<Annotator> DefaultAnnotator() {
  std::shared_ptr<Annotator> annotator;
  Status s = [&] {
    py::gil_scoped_release release;
    return Annotator::Default(&annotator);
  }();
  if (!s.ok()) ThrowStatus(s);
  return annotator;
}

Document AnnotateOne(const Annotator& annotator, Article article) {
  StatusOr<Document> doc = [&] {
    py::gil_scoped_release release;
    return annotator.Annotate(std::move(article));
  }();
  return ValueOrThrow(std::move(doc));
}

py::object AnnotateDict(const Annotator& annotator, Article article, bool tokens) {
  StatusOr<std::string> json = [&]() -> StatusOr<std::string> {
    py::gil_scoped_release release;
    StatusOr<Document> doc = annotator.Annotate(std::move(article));
    if (!doc.ok()) return doc.status();
    return DocumentJson(*doc, tokens, false);
  }();
  return ParseJson(ValueOrThrow(std::move(json)));
}

struct BatchInput {
  std::vector<StatusOr<Article>> articles;
  std::vector<std::string> ids;
};

BatchInput ReadBatch(py::iterable items, bool html, bool jsonl) {
  BatchInput input;
  for (py::handle item : items) {
    input.articles.push_back(ArticleFromItem(item, html, jsonl));
    input.ids.push_back(input.articles.back().ok() ? input.articles.back()->id : ItemId(item));
  }
  return input;
}

py::list AnnotateBatchDicts(const Annotator& annotator, py::iterable items, bool html, bool jsonl,
                            bool tokens) {
  BatchInput input = ReadBatch(items, html, jsonl);
  std::vector<StatusOr<std::string>> json;
  {
    py::gil_scoped_release release;
    std::vector<StatusOr<Document>> docs = annotator.AnnotateBatch(std::move(input.articles));
    json.reserve(docs.size());
    for (StatusOr<Document>& doc : docs) {
      if (doc.ok()) {
        json.emplace_back(DocumentJson(*doc, tokens, false));
      } else {
        json.emplace_back(doc.status());
      }
    }
  }
  py::list out;
  for (size_t i = 0; i < json.size(); ++i) {
    out.append(json[i].ok() ? ParseJson(*json[i]) : ErrorRecord(i, input.ids[i], json[i].status()));
  }
  return out;
}

py::list ProcessBatch(const Annotator& annotator, py::iterable items, bool html, bool jsonl) {
  BatchInput input = ReadBatch(items, html, jsonl);
  std::vector<StatusOr<Document>> docs;
  {
    py::gil_scoped_release release;
    docs = annotator.AnnotateBatch(std::move(input.articles));
  }
  py::list out;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].ok()) {
      out.append(py::cast(DocumentHandle{std::make_shared<const Document>(std::move(*docs[i]))}));
    } else {
      out.append(ErrorRecord(i, input.ids[i], docs[i].status()));
    }
  }
  return out;
}

constexpr const char* kAnnotateDoc = R"(Annotates one article and returns its document as a dict.

The dict is the JSON document `warta annotate` writes ("warta.document/1",
docs/schema.md): metadata, the cleaned "text", sentences, tokens (unless
tokens=False), entities, quotes, events and time expressions, offsets in
characters of "text".

text: str or bytes; bytes that are not UTF-8 are read as Windows-1252, with
    a warning in the document's "warnings".
published: "YYYY-MM-DD", a datetime.date or None (inferred from the text
    when it can be).
html: text is a web page; its article body and metadata are read.
id, url, title: metadata carried into the document.

Raises warta.InvalidArgumentError (a ValueError) for empty text, a bad date
or a page with no text; warta.DataLossError for binary data; TypeError for
arguments of the wrong type.)";

constexpr const char* kBatchDoc = R"(Annotates several articles and returns one dict each, in order.

items: an iterable of texts (str or bytes) or of dicts with the fields of a
    JSON Lines record ("id", "url", "title", "published", "text", or "html"
    for a web page). With jsonl=True a str item is one JSON Lines record,
    read by the engine as `warta annotate --jsonl` reads it.
html: texts (and dicts' "text") are web pages.

An item that cannot be annotated gives {"index": i, "id": ..., "error":
message} in its place and the batch goes on; a bad "published" in a dict
is ignored with a warning in the document, as in JSON Lines input. The
articles go through the pipeline stage by stage in chunks of 16, with the
GIL released.)";

}  // namespace

py::object DocumentDict(const Document& doc, bool tokens) {
  return ParseJson(DocumentJson(doc, tokens, false));
}

py::dict ErrorRecord(size_t index, const std::string& id, const Status& status) {
  py::dict record;
  record["index"] = index;
  if (!id.empty()) record["id"] = id;
  record["error"] = py::reinterpret_steal<py::object>(PyUnicode_DecodeUTF8(
      status.message().data(), static_cast<Py_ssize_t>(status.message().size()), "replace"));
  return record;
}

void BindPipeline(py::module_& m) {
  py::class_<DocumentHandle>(m, "Document", R"(One annotated article (made by Pipeline.process).

Immutable. to_dict() gives the JSON writer's document; Archive.ingest stores
it without annotating it again.)")
      .def_property_readonly("id", [](const DocumentHandle& d) { return d.doc->id; })
      .def_property_readonly("url", [](const DocumentHandle& d) { return d.doc->url; })
      .def_property_readonly("title", [](const DocumentHandle& d) { return d.doc->title; })
      .def_property_readonly("published", [](const DocumentHandle& d) { return d.doc->published; })
      .def_property_readonly("source", [](const DocumentHandle& d) { return d.doc->source; })
      .def_property_readonly("text", [](const DocumentHandle& d) { return d.doc->text; },
                             "The cleaned text every offset points into.")
      .def_property_readonly("warnings", [](const DocumentHandle& d) { return d.doc->warnings; })
      .def(
          "to_dict",
          [](const DocumentHandle& d, bool tokens) { return DocumentDict(*d.doc, tokens); },
          py::kw_only(), "tokens"_a = true, "The document as warta annotate writes it, as a dict.")
      .def(
          "to_json",
          [](const DocumentHandle& d, bool pretty, bool tokens) {
            std::string json;
            {
              py::gil_scoped_release release;
              json = DocumentJson(*d.doc, tokens, pretty);
            }
            return json;
          },
          py::kw_only(), "pretty"_a = false, "tokens"_a = true,
          "The document as JSON text (one line unless pretty).")
      .def(
          "to_conllu",
          [](const DocumentHandle& d) {
            std::string conllu;
            {
              py::gil_scoped_release release;
              AppendConllu(*d.doc, &conllu);
            }
            return conllu;
          },
          "The sentences in CoNLL-U, one block each.")
      .def("__repr__", [](const DocumentHandle& d) {
        std::string repr = "<warta.Document";
        if (!d.doc->id.empty()) {
          repr += " id=";
          repr += py::repr(py::str(d.doc->id)).cast<std::string>();
        }
        repr += ' ';
        repr += std::to_string(d.doc->sentences.size());
        repr += " sentences>";
        return repr;
      });

  py::class_<PipelineHandle>(m, "Pipeline", R"(warta's pipeline, loaded once and reused.

Loading reads the dictionaries and the models (about a second); every call
after that releases the GIL while the engine works, so several Python
threads may annotate with one Pipeline at the same time.)")
      .def(py::init([] {
        std::shared_ptr<Annotator> annotator;
        Status s = [&] {
          py::gil_scoped_release release;
          return Annotator::Create(&annotator);
        }();
        if (!s.ok()) ThrowStatus(s);
        return PipelineHandle{std::move(annotator)};
      }))
      .def_property_readonly(
          "stages", [](const PipelineHandle& p) { return p.annotator->pipeline().StageNames(); },
          "The stages' names, in order.")
      .def(
          "annotate",
          [](const PipelineHandle& p, py::object text, py::object published, bool html,
             py::object id, py::object url, py::object title, bool tokens) {
            return AnnotateDict(*p.annotator, SingleArticle(text, published, html, id, url, title),
                                tokens);
          },
          "text"_a, "published"_a = py::none(), "html"_a = false, py::kw_only(),
          "id"_a = py::none(), "url"_a = py::none(), "title"_a = py::none(), "tokens"_a = true,
          kAnnotateDoc)
      .def(
          "process",
          [](const PipelineHandle& p, py::object text, py::object published, bool html,
             py::object id, py::object url, py::object title) {
            Document doc =
                AnnotateOne(*p.annotator, SingleArticle(text, published, html, id, url, title));
            return DocumentHandle{std::make_shared<const Document>(std::move(doc))};
          },
          "text"_a, "published"_a = py::none(), "html"_a = false, py::kw_only(),
          "id"_a = py::none(), "url"_a = py::none(), "title"_a = py::none(),
          "As annotate(), but returns a warta.Document (for Archive.ingest).")
      .def(
          "annotate_batch",
          [](const PipelineHandle& p, py::iterable items, bool html, bool jsonl, bool tokens) {
            return AnnotateBatchDicts(*p.annotator, items, html, jsonl, tokens);
          },
          "items"_a, py::kw_only(), "html"_a = false, "jsonl"_a = false, "tokens"_a = true,
          kBatchDoc)
      .def(
          "process_batch",
          [](const PipelineHandle& p, py::iterable items, bool html, bool jsonl) {
            return ProcessBatch(*p.annotator, items, html, jsonl);
          },
          "items"_a, py::kw_only(), "html"_a = false, "jsonl"_a = false,
          "As annotate_batch(), but gives a warta.Document for each item annotated.");

  m.def(
      "annotate",
      [](py::object text, py::object published, bool html, py::object id, py::object url,
         py::object title, bool tokens) {
        Article article = SingleArticle(text, published, html, id, url, title);
        return AnnotateDict(*DefaultAnnotator(), std::move(article), tokens);
      },
      "text"_a, "published"_a = py::none(), "html"_a = false, py::kw_only(), "id"_a = py::none(),
      "url"_a = py::none(), "title"_a = py::none(), "tokens"_a = true,
      (std::string(kAnnotateDoc) +
       "\n\nUses one Pipeline shared by the process, loaded on the first call.")
          .c_str());
}

}  // namespace warta::python
