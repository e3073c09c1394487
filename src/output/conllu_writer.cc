// CoNLL-U output: one block per sentence; split clitics become multiword
// tokens (a range line with the surface form, then one line per word).
#include <string>

#include "warta/writer.h"

namespace warta {
namespace {

// CoNLL-U fields may not hold tabs or line breaks; the segmenter never puts
// them inside a token, but a sentence's "# text" may span a line break.
void AppendFlat(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\n' || c == '\t' ? ' ' : c);
}

void AppendField(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->push_back('_');
  } else {
    AppendFlat(s, out);
  }
}

}  // namespace

void AppendConllu(const Document& doc, std::string* out) {
  const bool lemmas = Has(doc.layers, Layer::kLemmas);
  const bool upos = Has(doc.layers, Layer::kUpos);
  const bool dependencies = Has(doc.layers, Layer::kDependencies);
  const std::string prefix = doc.id.empty() ? "s" : doc.id + "-s";
  if (!doc.id.empty()) {
    *out += "# newdoc id = ";
    AppendFlat(doc.id, out);
    *out += '\n';
  }
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    *out += "# sent_id = ";
    AppendFlat(prefix, out);
    *out += std::to_string(si + 1);
    *out += "\n# text = ";
    AppendFlat(doc.Slice(s.span), out);
    *out += '\n';
    uint32_t word_id = 0;
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      // A multiword token: the range line carries the surface form and the
      // SpaceAfter of the whole token.
      if (t.joined_to_next && (k == s.token_begin || !doc.tokens[k - 1].joined_to_next)) {
        uint32_t last = k;
        while (last + 1 < s.token_end && doc.tokens[last].joined_to_next) ++last;
        *out += std::to_string(word_id + 1) + '-' +
                std::to_string(word_id + 1 + (last - k)) + '\t';
        AppendField(doc.Slice({t.span.begin, doc.tokens[last].span.end}), out);
        *out += "\t_\t_\t_\t_\t_\t_\t_\t";
        *out += doc.tokens[last].space_after ? "_" : "SpaceAfter=No";
        *out += '\n';
      }
      bool inside_mwt = t.joined_to_next ||
                        (k > s.token_begin && doc.tokens[k - 1].joined_to_next);
      ++word_id;
      *out += std::to_string(word_id);
      *out += '\t';
      AppendField(doc.Form(t), out);
      *out += '\t';
      if (lemmas) {
        AppendField(doc.Lemma(t), out);
      } else {
        *out += '_';
      }
      *out += '\t';
      *out += upos ? UposName(t.upos) : "_";
      *out += "\t_\t_\t";
      if (dependencies && t.deprel != 0) {
        // HEAD numbers words within the sentence from 1; 0 is the root.
        *out += t.head == kNoIndex ? std::string("0") : std::to_string(t.head - s.token_begin + 1);
        *out += '\t';
        *out += DeprelName(t.deprel);
      } else {
        *out += "_\t_";
      }
      *out += "\t_\t";
      *out += (!t.space_after && !inside_mwt) ? "SpaceAfter=No" : "_";
      *out += '\n';
    }
    *out += '\n';
  }
}

}  // namespace warta
