// Writers: a Document in the formats users read.
//
//  * JSON ("warta.document/1", docs/schema.md): every field of the document;
//    offsets are character (code point) offsets into "text", half-open.
//  * CoNLL-U: one block per sentence with "# sent_id" and "# text" comments,
//    multiword-token range lines for split clitics, LEMMA/UPOS and HEAD/DEPREL
//    when known ("_" otherwise), MISC SpaceAfter=No where the text has no
//    space.
//  * Error record: {"line": N, "id": "...", "error": "..."} for one input
//    that could not be processed (JSON Lines batches go on after it).
//
// All writers append to a std::string and are thread-safe.
#ifndef WARTA_WRITER_H_
#define WARTA_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "warta/document.h"

namespace warta {

inline constexpr std::string_view kDocumentSchema = "warta.document/1";

struct JsonWriteOptions {
  bool pretty = false;  // indented (for one document) or one line (JSONL)
  bool tokens = true;   // include the tokens array
};

// Appends the document as one JSON object (no trailing newline).
void AppendJson(const Document& doc, const JsonWriteOptions& options,
                std::string* out);

// Appends the document's sentences in CoNLL-U, each block ending with a
// blank line. Sentence ids are "<id>-s<N>" (N from 1), or "s<N>" when the
// document has no id.
void AppendConllu(const Document& doc, std::string* out);

// Appends {"line": line, "id": id, "error": message} (line omitted when 0,
// id when empty), without a trailing newline.
void AppendErrorRecord(uint64_t line, std::string_view id,
                       std::string_view message, std::string* out);

}  // namespace warta

#endif  // WARTA_WRITER_H_
