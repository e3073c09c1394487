#include "parser/parser.h"

#include "parser/punctuation_attachment.h"
#include "warta/tagger.h"

namespace warta::parser {
namespace {

// Per-thread buffers of this stage.
struct ParserScratch {
  ParseWorkspace workspace;
  std::vector<std::string_view> words, lemmas;
  std::vector<Upos> upos;
  std::vector<int32_t> heads;
  std::vector<uint8_t> deprels;
};

}  // namespace

StatusOr<std::unique_ptr<Parser>> Parser::Create(const ParserOptions& options) {
  auto model = DependencyParser::Load(options.model.empty() ? DefaultModelDir() + "/dep-id.bin"
                                                            : options.model);
  if (!model.ok()) return model.status();
  return std::make_unique<Parser>(std::move(*model));
}

Status Parser::Process(Document& doc, Scratch& scratch) const {
  ParserScratch& s = scratch.Object<ParserScratch>(this);
  for (const Sentence& sentence : doc.sentences) {
    if (wanted_ && !wanted_(doc, sentence)) {
      for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) {
        doc.tokens[k].head = kNoIndex;
        doc.tokens[k].deprel = 0;
      }
      continue;
    }
    s.words.clear();
    s.lemmas.clear();
    s.upos.clear();
    for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) {
      const Token& t = doc.tokens[k];
      s.words.push_back(doc.Form(t));
      s.lemmas.push_back(doc.Lemma(t));
      s.upos.push_back(t.upos);
    }
    model_.Parse({s.words, s.lemmas, s.upos}, &s.workspace, &s.heads, &s.deprels);
    AttachPunctuation(s.words, s.upos, &s.heads, &s.deprels);
    for (size_t i = 0; i < s.heads.size(); ++i) {
      Token& t = doc.tokens[sentence.token_begin + i];
      t.head = s.heads[i] < 0 ? kNoIndex : sentence.token_begin + static_cast<uint32_t>(s.heads[i]);
      t.deprel = s.deprels[i];
    }
  }
  return Status::Ok();
}

}  // namespace warta::parser
