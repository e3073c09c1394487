// The document model: one article as it flows through the pipeline.
//
// A Document owns the article's original bytes (`raw`) and, once the cleaner
// has run, the cleaned UTF-8 `text`. Every later layer is a vector of
// half-open byte spans into `text` plus indices into other layers; nothing
// copies strings around. Writers turn byte offsets into character (code
// point) offsets when they emit JSON, so the JSON contract (docs/schema.md,
// "warta.document/1") speaks of characters while the engine works on bytes.
//
// Layers are filled by stages (include/warta/stage.h). `layers` records which
// ones exist; a layer a stage has not produced yet is empty and is written as
// an empty array.
//
// Thread-safety: a Document is a plain value. Distinct documents may be
// processed on distinct threads; one document must not be shared between
// threads while a stage writes to it.
#ifndef WARTA_DOCUMENT_H_
#define WARTA_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

inline constexpr uint32_t kNoIndex = UINT32_MAX;

// Which layers a document carries. A bit set; see Document::layers.
enum class Layer : uint32_t {
  kNone = 0,
  kText = 1u << 0,       // text, dateline, removed
  kSentences = 1u << 1,  // sentences
  kTokens = 1u << 2,     // tokens (with kind, space_after, multiword grouping)
  kLemmas = 1u << 3,     // Token::lemma
  kUpos = 1u << 4,       // Token::upos
  kNer = 1u << 5,        // Token::ner
  kEntities = 1u << 6,
  kQuotes = 1u << 7,
  kEvents = 1u << 8,
  kTimex = 1u << 9,
  kDependencies = 1u << 10,  // Token::head, Token::deprel
};
constexpr Layer operator|(Layer a, Layer b) {
  return static_cast<Layer>(static_cast<uint32_t>(a) |
                            static_cast<uint32_t>(b));
}
constexpr Layer operator&(Layer a, Layer b) {
  return static_cast<Layer>(static_cast<uint32_t>(a) &
                            static_cast<uint32_t>(b));
}
constexpr bool Has(Layer set, Layer wanted) {
  return (set & wanted) == wanted;
}
// "sentences,tokens" for error messages.
std::string LayerNames(Layer set);

// What a token is, decided by the tokenizer from its characters.
enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with internal hyphens or apostrophes
  kNumber,       // 1.000  2,5  1960-an  ke-5
  kPunctuation,  // . , " ( ...
  kSymbol,       // % $ + = and other symbols
  kUrl,          // https://... www.example.co.id
  kEmail,        // redaksi@example.co.id
  kHandle,       // @kompascom
  kHashtag,      // #PemiluDamai
  kDate,         // 20/10  19/2/2022
  kTime,         // 20.00 (as in "pukul 20.00 WIB")
};
std::string_view TokenKindName(TokenKind kind);

// Universal POS tags (UD v2). kNone until the tagger runs.
enum class Upos : uint8_t {
  kNone = 0, kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart,
  kPron, kPropn, kPunct, kSconj, kSym, kVerb, kX,
};
std::string_view UposName(Upos upos);  // "ADJ", ...; "_" for kNone

// A syntactic word. Clitics split off as UD Indonesian does ("membelinya" ->
// "membeli" + "nya") become separate words whose spans lie inside the
// surface token; `joined_to_next` marks every word but the last of such a
// multiword token.
struct Token {
  Span span;
  uint32_t sentence = kNoIndex;
  // Root word (filled by morphology): a span into Document::lemma_pool.
  uint32_t lemma_begin = 0;
  uint32_t lemma_size = 0;
  TokenKind kind = TokenKind::kWord;
  Upos upos = Upos::kNone;
  // NER tag as a BIO label id (0 = "O"); see NerLabelName().
  uint8_t ner = 0;
  bool space_after = true;     // white space follows the surface token
  bool joined_to_next = false; // part of a multiword token with the next word
  // Dependency relation (filled by the parser): the head word, as an index
  // into Document::tokens within the same sentence, or kNoIndex for the
  // sentence's root (and before parsing); the relation's id (DeprelName()).
  uint8_t deprel = 0;
  uint32_t head = kNoIndex;
};
std::string_view NerLabelName(uint8_t ner);  // "O", "B-PER", "I-PER", ...

// Dependency relations (UD v2, with the subtypes UD Indonesian uses), by id;
// 0 = none (not parsed). DeprelId("nsubj:pass") gives the id, 0 if unknown.
std::string_view DeprelName(uint8_t deprel);  // "nsubj", "obl", ...; "_" for 0
uint8_t DeprelId(std::string_view name);
// The universal part of a relation: "nsubj" for "nsubj:pass".
std::string_view UniversalDeprel(uint8_t deprel);

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
};

enum class EntityType : uint8_t { kPerson, kOrganization, kLocation };
std::string_view EntityTypeName(EntityType type);  // "PER" | "ORG" | "LOC"

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string name;         // canonical (fullest) name
  std::string title;        // title or role: "Menteri Luar Negeri"
  std::string affiliation;  // organisation the entity belongs to
  std::string country;      // ISO 3166-1 alpha-3, or empty
  std::string actor_code;   // CAMEO-style actor code: "RUSGOV", or empty
  std::vector<Span> mentions;
};

enum class QuoteKind : uint8_t { kDirect, kIndirect };

struct Quote {
  QuoteKind kind = QuoteKind::kDirect;
  Span content;                  // without quotation marks
  Span cue;                      // speech verb or marker; empty if none
  uint32_t speaker = kNoIndex;   // index into Document::entities
};

// An actor no entity names: a group the text calls by a common noun
// ("masyarakat", "pemerintah"), with a CAMEO-style code ("CVL", "GOV").
struct GroupActor {
  Span span;               // the noun; empty if there is no group
  std::string actor_code;
  bool empty() const { return span.end == span.begin; }
};

struct Event {
  std::string type;   // PLOVER type: "ACCUSE"
  std::string cameo;  // nearest CAMEO code: "112"
  uint32_t sentence = kNoIndex;
  Span trigger;
  uint32_t source = kNoIndex;      // index into Document::entities
  uint32_t target = kNoIndex;
  uint32_t claimed_by = kNoIndex;
  // When no entity is the source (target): the group that is, if any.
  GroupActor source_group, target_group;
  bool negated = false;
  std::string date;  // ISO date, month, year or week; empty if unknown
};

struct Timex {
  Span span;
  std::string value;  // TIMEX3 value: "2023-10-20", "2023-W42", "PAST_REF"
};

// A dateline found at the start of the article ("JAKARTA, KOMPAS.com -").
// It stays in `text` (the place is a mention like any other) and forms a
// sentence of its own; these fields say what it is.
struct Dateline {
  Span span;           // the whole dateline including the dash
  std::string place;   // "JAKARTA"
  std::string source;  // "KOMPAS.com"; empty when the dateline names none
};

// Something the cleaner took out of the article, kept for audit.
struct Removal {
  std::string kind;  // "related_link" | "editor_initials" | "advertising"
  std::string text;  // what was removed, as written
};

// Where Document::published came from.
enum class DateSource : uint8_t { kUnknown, kGiven, kFound, kInferred };
std::string_view DateSourceName(DateSource source);  // null|given|found|inferred

struct Document {
  // --- Metadata (from the reader or the caller) ---
  std::string id;
  std::string url;
  std::string source;     // site or agency; from the URL or the dateline
  std::string title;
  std::string published;  // YYYY-MM-DD, or empty when unknown
  DateSource published_source = DateSource::kUnknown;
  std::string language = "id";
  // From an HTML page's metadata (include/warta/html.h); empty otherwise.
  std::string published_time;  // ISO 8601 with offset: 2015-11-04T21:04:00+07:00
  std::string author;
  std::string site_name;
  std::string canonical_url;

  // --- Content ---
  std::string raw;   // the article as given (UTF-8 or not)
  std::string text;  // cleaned UTF-8; every Span points into it

  std::optional<Dateline> dateline;
  std::vector<Removal> removed;
  std::vector<std::string> warnings;  // recoverable problems with the input

  // --- Layers ---
  Layer layers = Layer::kNone;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string lemma_pool;  // storage for Token::lemma_*
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<Timex> timex;

  std::string_view Slice(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  std::string_view Form(const Token& token) const { return Slice(token.span); }
  std::string_view Lemma(const Token& token) const {
    return std::string_view(lemma_pool).substr(token.lemma_begin,
                                               token.lemma_size);
  }
  // A 64-bit hash of `text`, as 16 lowercase hex digits (stable across
  // versions and machines; used for de-duplication by stores).
  std::string ContentHash() const;
};

}  // namespace warta

#endif  // WARTA_DOCUMENT_H_
