// AttachPunctuation: the UD guidelines' attachment of paired and final
// punctuation, applied to a parsed sentence. The parser learns where marks
// go from few trees in the current conventions (UD 2.1's marks count as
// unknown, parser_trainer.h) and misplaces them often; the guidelines fix
// them without learning:
//  * brackets and quotation marks that enclose material with one head (one
//    word whose head lies outside them) attach to that word, both of them;
//  * the sentence's last mark (a full stop, "?" or "!"; not a closing
//    bracket or quotation mark) attaches to the root.
// A mark is moved only where the tree stays a tree (its new head is not one
// of its dependents). Quotation marks pair in order ("...", “...”, and the
// ”...” of Indonesian newspapers alike).
#ifndef WARTA_PARSER_PUNCTUATION_ATTACHMENT_H_
#define WARTA_PARSER_PUNCTUATION_ATTACHMENT_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "warta/document.h"

namespace warta::parser {

// heads[i]: word i's head (an index into the sentence) or -1 for the root;
// deprels[i] its relation (DeprelId). Moved marks get "punct". With
// `placed`, (*placed)[i] tells whether the rules gave mark i its head.
void AttachPunctuation(std::span<const std::string_view> words, std::span<const Upos> upos,
                       std::vector<int32_t>* heads, std::vector<uint8_t>* deprels,
                       std::vector<bool>* placed = nullptr);

}  // namespace warta::parser

#endif  // WARTA_PARSER_PUNCTUATION_ATTACHMENT_H_
