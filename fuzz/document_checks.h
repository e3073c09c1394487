// What must hold of any document the engine hands back, whatever the input:
// text is UTF-8, every span lies inside it on character boundaries, tokens
// and sentences agree, and the writers produce JSON (and CoNLL-U) a strict
// parser accepts. A broken check prints what broke and aborts, so libFuzzer
// keeps the input as a crash.
#ifndef WARTA_FUZZ_DOCUMENT_CHECKS_H_
#define WARTA_FUZZ_DOCUMENT_CHECKS_H_

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "warta/document.h"
#include "warta/writer.h"

namespace warta::fuzz {

[[noreturn]] inline void Broken(const char* what, const char* where) {
  std::fprintf(stderr, "fuzz check failed: %s (%s)\n", what, where);
  std::abort();
}

#define WARTA_FUZZ_STR2(x) #x
#define WARTA_FUZZ_STR(x) WARTA_FUZZ_STR2(x)
#define WARTA_FUZZ_CHECK(condition)                                   \
  ((condition) ? (void)0                                              \
               : ::warta::fuzz::Broken(#condition,                    \
                                       __FILE__ ":" WARTA_FUZZ_STR(__LINE__)))

inline bool IsUtf8(std::string_view s) {
  return simdjson::validate_utf8(s.data(), s.size());
}

// A byte offset that does not fall inside a multi-byte character.
inline bool OnCharBoundary(std::string_view text, uint32_t offset) {
  return offset == text.size() ||
         (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

inline void CheckSpan(const Document& doc, Span span) {
  WARTA_FUZZ_CHECK(span.begin <= span.end);
  WARTA_FUZZ_CHECK(span.end <= doc.text.size());
  WARTA_FUZZ_CHECK(OnCharBoundary(doc.text, span.begin));
  WARTA_FUZZ_CHECK(OnCharBoundary(doc.text, span.end));
}

// Everything that goes into the JSON document as a string.
inline void CheckMetadata(const Document& doc) {
  for (const std::string* s :
       {&doc.id, &doc.url, &doc.source, &doc.title, &doc.published,
        &doc.language, &doc.published_time, &doc.author, &doc.site_name,
        &doc.canonical_url})
    WARTA_FUZZ_CHECK(IsUtf8(*s));
  for (const std::string& warning : doc.warnings)
    WARTA_FUZZ_CHECK(IsUtf8(warning));
}

// After the cleaner: Layer::kText.
inline void CheckText(const Document& doc) {
  WARTA_FUZZ_CHECK(Has(doc.layers, Layer::kText));
  WARTA_FUZZ_CHECK(!doc.text.empty());
  WARTA_FUZZ_CHECK(IsUtf8(doc.text));
  WARTA_FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
  if (doc.dateline) CheckSpan(doc, doc.dateline->span);
  for (const Removal& removal : doc.removed)
    WARTA_FUZZ_CHECK(IsUtf8(removal.text));
  CheckMetadata(doc);
}

// After the segmenter: sentences tile the tokens in order, and every token
// knows its sentence.
inline void CheckSegments(const Document& doc) {
  WARTA_FUZZ_CHECK(Has(doc.layers, Layer::kSentences | Layer::kTokens));
  uint32_t next_token = 0;
  uint32_t last_end = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    CheckSpan(doc, sentence.span);
    WARTA_FUZZ_CHECK(sentence.span.begin >= last_end);
    last_end = sentence.span.end;
    WARTA_FUZZ_CHECK(sentence.token_begin == next_token);
    WARTA_FUZZ_CHECK(sentence.token_begin <= sentence.token_end);
    WARTA_FUZZ_CHECK(sentence.token_end <= doc.tokens.size());
    next_token = sentence.token_end;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = doc.tokens[t];
      CheckSpan(doc, token.span);
      WARTA_FUZZ_CHECK(token.sentence == s);
      WARTA_FUZZ_CHECK(token.span.begin >= sentence.span.begin);
      WARTA_FUZZ_CHECK(token.span.end <= sentence.span.end);
      if (t > sentence.token_begin)
        WARTA_FUZZ_CHECK(token.span.begin >= doc.tokens[t - 1].span.begin);
    }
    // The last word of a sentence cannot be joined to the next one.
    if (sentence.token_end > sentence.token_begin)
      WARTA_FUZZ_CHECK(!doc.tokens[sentence.token_end - 1].joined_to_next);
  }
  WARTA_FUZZ_CHECK(next_token == doc.tokens.size());
}

// After the time stage.
inline void CheckTimex(const Document& doc) {
  for (const Timex& timex : doc.timex) {
    CheckSpan(doc, timex.span);
    WARTA_FUZZ_CHECK(!timex.span.empty());
    WARTA_FUZZ_CHECK(!timex.value.empty());
    WARTA_FUZZ_CHECK(IsUtf8(timex.value));
  }
}

// The writers' output parses: JSON with a strict parser (which also checks
// UTF-8), CoNLL-U as UTF-8.
inline void CheckWriters(const Document& doc) {
  thread_local simdjson::dom::parser parser;
  std::string json;
  AppendJson(doc, JsonWriteOptions{}, &json);
  simdjson::dom::element root;
  WARTA_FUZZ_CHECK(parser.parse(json).get(root) == simdjson::SUCCESS);
  if (Has(doc.layers, Layer::kSentences | Layer::kTokens)) {
    std::string conllu;
    AppendConllu(doc, &conllu);
    WARTA_FUZZ_CHECK(IsUtf8(conllu));
  }
}

}  // namespace warta::fuzz

#endif  // WARTA_FUZZ_DOCUMENT_CHECKS_H_
