// Parser: the stage after the tagger. Gives every token its head word
// (Token::head, an index into Document::tokens within the same sentence;
// kNoIndex for the sentence's root) and relation (Token::deprel), with
// exactly one root per sentence.
// Requires tokens, lemmas and upos; provides dependencies. Thread-safe.
#ifndef WARTA_PARSER_PARSER_H_
#define WARTA_PARSER_PARSER_H_

#include <functional>
#include <memory>

#include "parser/dependency_parser.h"
#include "warta/options.h"
#include "warta/stage.h"

namespace warta::parser {

class Parser : public Stage {
 public:
  // Loads the model named in `options` (or the default). Errors name the file.
  static StatusOr<std::unique_ptr<Parser>> Create(const ParserOptions& options);
  explicit Parser(DependencyParser model) : model_(std::move(model)) {}

  // Sentences for which `wanted` is false are not parsed: their tokens keep
  // no head (kNoIndex) and relation 0 (ParserOptions::only_event_sentences).
  using SentenceFilter = std::function<bool(const Document&, const Sentence&)>;
  void set_sentence_filter(SentenceFilter wanted) { wanted_ = std::move(wanted); }

  std::string_view Name() const override { return "parser"; }
  Layer Requires() const override { return Layer::kTokens | Layer::kLemmas | Layer::kUpos; }
  Layer Provides() const override { return Layer::kDependencies; }
  Status Process(Document& doc, Scratch& scratch) const override;

 private:
  DependencyParser model_;
  SentenceFilter wanted_;
};

}  // namespace warta::parser

#endif  // WARTA_PARSER_PARSER_H_
