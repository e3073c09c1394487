// Options for building a pipeline and its stages. Every field has a default
// that suits Indonesian news; front ends expose them as flags.
#ifndef WARTA_OPTIONS_H_
#define WARTA_OPTIONS_H_

#include <cstddef>
#include <string>

namespace warta {

struct CleanerOptions {
  // Drop "BACA JUGA:" / "Baca juga:" link lines and inserts with the linked
  // headline, including a headline glued to the next sentence.
  bool remove_related_links = true;
  // Drop editor initials at the end of the article: "[ft/ah]", "(ant/ulf)".
  bool remove_editor_initials = true;
  // Drop advertising lines: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT".
  bool remove_advertising = true;
  // Recognise a dateline at the start ("JAKARTA, KOMPAS.com -") and record it.
  bool detect_dateline = true;
  // Inputs larger than this are refused with kInvalidArgument (bytes).
  size_t max_input_bytes = size_t{256} << 20;
};

struct SegmenterOptions {
  // Split clitics (-nya, -lah, -kah, -pun, -ku, -mu) into words of their own,
  // as UD Indonesian does; the surface token stays one multiword token.
  bool split_clitics = true;
};

struct MorphologyOptions {
  // Debian's Indonesian hunspell dictionary (package hunspell-id), read at
  // start-up and expanded into the root-word table.
  std::string hunspell_dic = "/usr/share/hunspell/id_ID.dic";
  std::string hunspell_aff = "/usr/share/hunspell/id_ID.aff";
};

struct TaggerOptions {
  // Model files written by `warta train`; empty means the default file in
  // DefaultModelDir() (include/warta/tagger.h): upos-id.bin, ner-id.bin.
  std::string upos_model;
  std::string ner_model;
};

struct ParserOptions {
  // The dependency parser's model file, written by `warta train dep`; empty
  // means dep-id.bin in DefaultModelDir() (include/warta/tagger.h).
  std::string model;
  // Parse only the sentences the events stage reads (those with a word of
  // the trigger lexicon); the others keep no tree (every Token::head
  // kNoIndex, deprel 0). The events are the same; for an archive, which
  // keeps events but not trees (`warta ingest`). Off for `warta annotate`,
  // whose documents carry every token's head.
  bool only_event_sentences = false;
};

struct PipelineOptions {
  CleanerOptions cleaner;
  SegmenterOptions segmenter;
  MorphologyOptions morphology;
  TaggerOptions tagger;
  ParserOptions parser;
};

}  // namespace warta

#endif  // WARTA_OPTIONS_H_
