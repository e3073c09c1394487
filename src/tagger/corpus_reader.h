// Readers for the training and evaluation formats of the taggers:
//  * CoNLL-U: one sentence a block; words (not multiword range lines) and
//    their UPOS;
//  * CoNLL NER: "token<TAB>tag" (or space-separated, tag last) a line, blank
//    line between sentences; PERSON/PLACE/ORGANISATION are mapped to
//    PER/LOC/ORG.
#ifndef WARTA_TAGGER_CORPUS_READER_H_
#define WARTA_TAGGER_CORPUS_READER_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/sequence_tagger.h"
#include "warta/status.h"

namespace warta::tagger {

// Appends the sentences of a CoNLL-U stream with UPOS as tags.
// The error for line `line_number` of training file `name`: "NAME line N:
// WHAT" (for the corpus readers of the taggers and the parser).
Status CorpusLineError(const std::string& name, size_t line_number, std::string_view what);

Status ReadConlluUpos(std::istream& in, const std::string& name,
                      std::vector<TaggedSentence>* out);

// Appends the sentences of a token<TAB>tag stream with NER tags. With
// `tags_required` false, a line holding only a token gets tag "O" (input to
// be tagged).
Status ReadConllNer(std::istream& in, const std::string& name,
                    bool tags_required, std::vector<TaggedSentence>* out);

// The tab-separated fields of one line.
std::vector<std::string> SplitTabs(const std::string& line);

// "B-PERSON" -> "B-PER", "I-PLACE" -> "I-LOC", "B-ORGANISATION" -> "B-ORG".
std::string NormalizeNerTag(const std::string& tag);

}  // namespace warta::tagger

#endif  // WARTA_TAGGER_CORPUS_READER_H_
