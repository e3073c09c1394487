// The source and target of an event read off the dependency parse of its
// sentence (UD Indonesian conventions):
//  * a verb's source is its subject (nsubj); a passive's (nsubj:pass, or a
//    di- form) is its target, and its source the "oleh" agent;
//  * a verb without a subject of its own takes the subject it shares:
//    the object of the verb it completes ("meminta X untuk V": X) or that
//    verb's subject (xcomp), the first of coordinated verbs (conj), the
//    main clause's (advcl), the noun a relative clause is about ("yang");
//  * a bare verb right after a personal pronoun is an object-focus passive
//    ("tiga tersangka kami tangkap"): the pronoun is its source, the phrase
//    before the pronoun its target;
//  * the target is the object, else an oblique by its case marker (kepada,
//    terhadap, dengan, ke, atas); what is given (AID) goes to the one after
//    ke / kepada / untuk / bagi; the one a request is made of is the
//    subject of what it asks for, or the one agar / supaya marks;
//  * a noun naming the act ("penangkapan X oleh Y") takes "oleh Y" as its
//    source and its possessor as target when it is a peN-...-an process
//    noun (penangkapan, pemeriksaan), else as source (kunjungan Lavrov,
//    serangan Israel); "antara X dan Y" gives both; the object of a light
//    verb (melakukan pertemuan, memberikan bantuan, menjatuhkan sanksi) or
//    of any verb but one of saying (melontarkan kecaman, menjalin kerja
//    sama; not "membenarkan penangkapan") has that verb's subject as
//    source, and the subject of a verb of receiving (mendapat ancaman dari
//    X) is its target.
#ifndef WARTA_EVENTS_PARSE_ARGUMENTS_H_
#define WARTA_EVENTS_PARSE_ARGUMENTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/sentence_parse.h"
#include "events/trigger_lexicon.h"

namespace warta::events {

// Head words of the phrases that may be the source and the target, best
// first: the first that names an actor is the one (an object that names a
// thing gives way to an oblique that names a person).
struct Arguments {
  std::vector<uint32_t> sources, targets;
};

// `lexicon` tells verbs of saying (which report an act) from the others.
Arguments ArgumentsFromParse(const SentenceParse& parse, const TriggerMatch& match,
                             const TriggerLexicon& lexicon);

// The subject of a verb, its own or the one it shares; kNoIndex if none.
uint32_t SubjectOf(const SentenceParse& parse, uint32_t verb);

// Whether a verb form is passive (di- forms, or with a passive subject).
bool IsPassive(const SentenceParse& parse, uint32_t verb);

}  // namespace warta::events

#endif  // WARTA_EVENTS_PARSE_ARGUMENTS_H_
