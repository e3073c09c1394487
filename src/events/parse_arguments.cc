#include "events/parse_arguments.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

namespace warta::events {
namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Verbs that carry an act named by their object: "melakukan pertemuan",
// "memberikan bantuan", "menjatuhkan sanksi", "mengajukan gugatan".
bool IsLightVerb(std::string_view root) {
  return OneOf(root, {"laku", "ada", "gelar", "beri", "jatuh", "aju", "terap", "layang",
                      "lancar", "buat", "ambil", "tempuh", "kirim", "sampai", "nyata"});
}

// Verbs whose subject undergoes the act their object names: "mendapat
// ancaman dari X", "menerima bantuan".
bool IsReceivingVerb(std::string_view root) {
  return OneOf(root, {"dapat", "terima", "alami", "peroleh"});
}

// A peN-...-an noun names a process done to its possessor (penangkapan X:
// X is arrested); other event nouns name an act of their possessor
// (kunjungan X, serangan X, pertemuan X).
bool PossessorUndergoes(std::string_view form) {
  if (form.size() < 6 || !form.starts_with("pe") || !form.ends_with("an")) return false;
  return form[2] == 'm' || form[2] == 'n';
}

// Case markers of the one an act is aimed at, and of the one given to.
constexpr std::array<std::string_view, 6> kTowards = {"kepada", "terhadap", "dengan",
                                                      "ke",     "atas",     "pada"};
constexpr std::array<std::string_view, 5> kNounTowards = {"ke", "kepada", "terhadap", "dengan",
                                                          "atas"};
constexpr std::array<std::string_view, 4> kGivenTo = {"kepada", "ke", "untuk", "bagi"};

class ArgumentReader {
 public:
  ArgumentReader(const SentenceParse& p, const TriggerLexicon* lexicon)
      : p_(p), lexicon_(lexicon) {}

  // The subject of a verb, its own or the one it shares (see the header).
  uint32_t Subject(uint32_t v, int depth = 0) const {
    if (uint32_t s = p_.Dependent(v, {"nsubj", "nsubj:pass", "csubj"}); s != kNoIndex)
      return RelativeHead(v, s);
    const uint32_t h = p_.Head(v);
    if (h == kNoIndex || depth > 4) return kNoIndex;
    const std::string_view rel = p_.Relation(v);
    if (rel == "xcomp" || rel == "ccomp") {
      // "meminta X untuk V", "menuduh X V": the object before the clause.
      if (uint32_t o = p_.Dependent(h, {"obj"}); o != kNoIndex && o < v) return o;
      return rel == "xcomp" ? Subject(h, depth + 1) : kNoIndex;
    }
    if (rel == "conj" || rel == "advcl") return Subject(h, depth + 1);
    if (rel == "acl:relcl" || rel == "acl") return h;
    return kNoIndex;
  }

  Arguments OfVerb(uint32_t v, std::string_view type) const {
    Arguments a;
    const uint32_t subject = Subject(v);
    if (type == "MOBILIZE") {
      // "mengerahkan pasukan ke X", "Tagana dikerahkan": who is sent out
      // acts; the act aims at a place or a party named by its marker.
      if (!IsPassive(p_, v)) Add(&a.sources, subject == kNoIndex ? WordBefore(v) : subject);
      Add(&a.sources, p_.Dependent(v, {"obl:agent"}));
      Add(&a.sources, p_.Marked(v, "obl", {"oleh"}));
      if (IsPassive(p_, v)) Add(&a.sources, subject);
      Add(&a.targets, p_.Marked(v, "obl", {"ke", "terhadap", "kepada"}));
      if (uint32_t sent = p_.Dependent(v, {"obj"}); sent != kNoIndex)
        Add(&a.targets, p_.Marked(sent, "nmod", {"ke", "terhadap", "kepada"}));
      return a;
    }
    if (const uint32_t agent = ObjectFocusAgent(p_.doc(), v);
        agent != kNoIndex && p_.Contains(agent)) {
      // "tiga tersangka kami tangkap": the pronoun acts on what comes
      // before it, the verb's subject as parsed or the phrase it ends.
      // With nothing before the pronoun, the clause is active ("kami kerja
      // sama dengan BI").
      if (const uint32_t patient = PhraseBefore(agent, v); patient != kNoIndex) {
        Add(&a.sources, agent);
        if (subject != kNoIndex && subject < agent) Add(&a.targets, subject);
        Add(&a.targets, patient);
        return a;
      }
    }
    if (IsPassive(p_, v)) {
      Add(&a.targets, subject);
      Add(&a.sources, p_.Dependent(v, {"obl:agent"}));
      Add(&a.sources, p_.Marked(v, "obl", {"oleh"}));
      Add(&a.sources, p_.Marked(v, "nmod", {"oleh"}));
      // "ditetapkan sebagai tersangka oleh KPK": the agent may hang on what
      // completes the verb.
      for (uint32_t d : p_.Dependents(v)) {
        if (d < v) continue;
        Add(&a.sources, p_.Marked(d, "nmod", {"oleh"}));
        Add(&a.sources, p_.Marked(d, "obl", {"oleh"}));
      }
      return a;
    }
    Add(&a.sources, subject == kNoIndex ? WordBefore(v) : subject);
    const uint32_t object = p_.Dependent(v, {"obj"});
    if (type == "AID") {
      // What is given goes to the one after ke / kepada, which may hang on
      // the verb or on what is given ("mengirim bantuan ke X").
      Add(&a.targets, p_.Marked(v, "obl", kGivenTo));
      Add(&a.targets, p_.Dependent(v, {"iobj"}));
      if (object != kNoIndex) Add(&a.targets, p_.Marked(object, "nmod", kGivenTo));
    }
    Add(&a.targets, object);
    Add(&a.targets, p_.Dependent(v, {"iobj"}));
    Add(&a.targets, p_.Marked(v, "obl", kTowards));
    if (type == "RETREAT") {
      // "menarik pasukan dari X".
      Add(&a.targets, p_.Marked(v, "obl", {"dari"}));
      if (object != kNoIndex) Add(&a.targets, p_.Marked(object, "nmod", {"dari"}));
    }
    // The marked one may hang on the object ("mengerahkan pasukan ke X",
    // "memutuskan hubungan dengan X") or, for the one addressed, on the
    // clause that follows ("berjanji kepada X akan ...").
    if (object != kNoIndex) Add(&a.targets, p_.Marked(object, "nmod", kTowards));
    for (uint32_t c : p_.Dependents(v))
      if (c > v && OneOf(p_.Relation(c), {"ccomp", "xcomp"}))
        Add(&a.targets, p_.Marked(c, "obl", {"kepada"}));
    // "meminta agar X ...", "berharap X bisa ...": the one asked is the
    // subject of what is asked for; "menuduh X melakukan ...": the one
    // accused, of what is told.
    if (type == "REQUEST" || type == "ACCUSE") {
      // "berpesan agar warga merayakan ...", parsed with "agar" as the
      // case of "warga": the one marked by agar / supaya is the one asked.
      if (type == "REQUEST") Add(&a.targets, p_.Marked(v, "obl", {"agar", "supaya"}));
      for (uint32_t c : p_.Dependents(v)) {
        if (c < v) continue;
        const std::string_view rel = p_.Relation(c);
        const uint32_t asked = p_.Dependent(c, {"nsubj", "nsubj:pass"});
        // A coordinated verb counts when its subject follows the request
        // ("meminta Menteri Sri Mulyani menertibkan ...").
        if (OneOf(rel, {"ccomp", "xcomp", "advcl", "parataxis"}) ||
            (rel == "conj" && asked != kNoIndex && asked > v))
          Add(&a.targets, asked);
      }
    }
    // "memeriksa dan menangkap X": the object of the last of coordinated
    // verbs is the object of all.
    if (uint32_t c = p_.Dependent(v, {"conj"});
        c != kNoIndex && p_.doc().tokens[c].upos == Upos::kVerb)
      Add(&a.targets, p_.Dependent(c, {"obj"}));
    // "Lavrov dan Kim membahas ...": the first meets the second.
    if (subject != kNoIndex && OneOf(type, {"CONSULT", "COOPERATE", "AGREE"}))
      Add(&a.targets, p_.Dependent(subject, {"conj"}));
    return a;
  }

  Arguments OfNoun(uint32_t n, std::string_view type) const {
    Arguments a;
    Add(&a.sources, p_.Marked(n, "nmod", {"oleh"}));
    Add(&a.sources, p_.Marked(n, "obl", {"oleh"}));
    if (uint32_t between = p_.Marked(n, "nmod", {"antara"}); between != kNoIndex) {
      Add(&a.sources, between);
      Add(&a.targets, p_.Dependent(between, {"conj"}));
    }
    uint32_t possessor = kNoIndex;
    for (uint32_t d : p_.Dependents(n)) {
      const std::string_view rel = p_.Relation(d);
      if (OneOf(rel, {"nmod", "nmod:poss", "compound", "flat", "flat:name", "appos"}) &&
          p_.CaseOf(d).empty() && d > n) {
        possessor = d;
        break;
      }
    }
    // Who is sent out is the one who mobilises (as with the verb).
    const bool undergoes = PossessorUndergoes(p_.Lower(n)) && type != "MOBILIZE";
    Add(undergoes || !a.sources.empty() ? &a.targets : &a.sources, possessor);
    // "kunjungan (selama dua hari) ke X": the marked one may hang on a
    // modifier of the noun.
    const std::span<const std::string_view> towards =
        type == "AID" ? std::span<const std::string_view>(kGivenTo) : kNounTowards;
    Add(&a.targets, p_.Marked(n, "nmod", towards));
    for (uint32_t d : p_.Dependents(n))
      if (p_.UniversalRelation(d) == "nmod") Add(&a.targets, p_.Marked(d, "nmod", towards));
    // The verb the noun depends on.
    const uint32_t h = p_.Head(n);
    if (h == kNoIndex) return a;
    const std::string_view rel = p_.Relation(n);
    const std::string_view root = p_.doc().Lemma(p_.doc().tokens[h]);
    if (rel == "obj" && IsReceivingVerb(root)) {
      // "mendapat ancaman dari X".
      if (const uint32_t receiver = Subject(h); receiver != kNoIndex)
        a.targets.insert(a.targets.begin(), receiver);
      Add(&a.sources, p_.Marked(h, "obl", {"dari", "oleh"}));
    } else if (((rel == "obj" || rel == "compound") && !is_reporting_(root)) ||
               (rel == "xcomp" && IsLightVerb(root))) {
      // "Kemensos melakukan kunjungan ke Surabaya".
      const uint32_t doer = Subject(h);
      Add(&a.sources, doer == kNoIndex ? WordBefore(h) : doer);
      Add(&a.targets, p_.Marked(h, "obl", {"ke", "kepada", "terhadap", "dengan", "bagi", "untuk"}));
      // "melakukan lawatan selama dua hari ke Pyongyang".
      for (uint32_t d : p_.Dependents(h))
        if (p_.UniversalRelation(d) == "obl") Add(&a.targets, p_.Marked(d, "nmod", towards));
    } else if (p_.UniversalRelation(n) == "nsubj") {
      // "Pemeriksaan dilakukan oleh Inspektorat".
      Add(&a.sources, p_.Marked(h, "obl", {"oleh"}));
    }
    return a;
  }

  // The head of the noun phrase that ends right before word w of verb v,
  // past the auxiliaries and adverbs before w ("program itu akan kami
  // ..."): its last noun, or the noun a determiner or number there belongs
  // to; kNoIndex at the clause's start. After "yang", the noun the relative
  // clause is about ("dua orang yang kami tangkap").
  uint32_t PhraseBefore(uint32_t w, uint32_t v) const {
    uint32_t j = w;
    while (j-- > 0 && p_.Contains(j)) {
      const Upos upos = p_.doc().tokens[j].upos;
      if (upos == Upos::kAux || upos == Upos::kAdv || upos == Upos::kPart) continue;
      if (p_.Lower(j) == "yang") {
        const uint32_t about = p_.Head(v);
        return about != kNoIndex && about < j && p_.UniversalRelation(v) == "acl" ? about
                                                                                  : kNoIndex;
      }
      if (upos == Upos::kDet || upos == Upos::kNum || upos == Upos::kAdj) {
        const uint32_t h = p_.Head(j);
        return h != kNoIndex && h < j ? h : kNoIndex;
      }
      return upos == Upos::kNoun || upos == Upos::kPropn ? j : kNoIndex;
    }
    return kNoIndex;
  }

 private:
  static void Add(std::vector<uint32_t>* list, uint32_t k) {
    if (k != kNoIndex && std::find(list->begin(), list->end(), k) == list->end())
      list->push_back(k);
  }
  // Where the parse gives a verb no subject ("..., Amerika Serikat
  // menjatuhkan sanksi" with the name hung elsewhere): the word before verb
  // v that is not one of its auxiliaries, adverbs or markers, or kNoIndex
  // at the clause's start (punctuation, "yang").
  uint32_t WordBefore(uint32_t v) const {
    for (uint32_t j = v; j-- > 0 && p_.Contains(j);) {
      const std::string_view rel = p_.UniversalRelation(j);
      if (p_.Head(j) == v && (rel == "aux" || rel == "advmod" || rel == "mark")) continue;
      if (rel == "punct" || p_.Lower(j) == "yang") return kNoIndex;
      return j;
    }
    return kNoIndex;
  }
  // "senjata yang dipasok": the relative pronoun stands for the noun the
  // clause is about.
  uint32_t RelativeHead(uint32_t v, uint32_t subject) const {
    if (p_.Lower(subject) != "yang") return subject;
    const std::string_view rel = p_.Relation(v);
    return rel.starts_with("acl") ? p_.Head(v) : kNoIndex;
  }

  // Verbs of saying report the act their object names; other verbs do it
  // ("melontarkan kecaman", "menjalin kerja sama").
  bool is_reporting_(std::string_view root) const {
    return lexicon_ != nullptr && lexicon_->IsReportingRoot(root);
  }

  const SentenceParse& p_;
  const TriggerLexicon* lexicon_;
};

}  // namespace

bool IsPassive(const SentenceParse& parse, uint32_t verb) {
  const std::string form = parse.Lower(verb);
  const std::string_view root = parse.doc().Lemma(parse.doc().tokens[verb]);
  // An active prefix (meN-, ber-: "berharap", "meminta") is never passive,
  // whatever the parse says of the subject (a root that itself begins with
  // those letters is read as the parse has it).
  const bool active = form != root && (form.starts_with("me") || form.starts_with("ber")) &&
                      !root.starts_with(form.substr(0, 2));
  if (!active && parse.Dependent(verb, {"nsubj:pass"}) != kNoIndex) return true;
  if (const uint32_t agent = ObjectFocusAgent(parse.doc(), verb);
      agent != kNoIndex && parse.Contains(agent) &&
      ArgumentReader(parse, nullptr).PhraseBefore(agent, verb) != kNoIndex)
    return true;
  // The di- prefix marks the passive whatever the parse says of the subject
  // (a root that itself begins with di- keeps it in its active forms:
  // mendirikan, didirikan).
  if (form == root || !form.starts_with("di")) return false;
  return !root.starts_with("di") || form.starts_with("didi");
}

uint32_t SubjectOf(const SentenceParse& parse, uint32_t verb) {
  return ArgumentReader(parse, nullptr).Subject(verb);
}

Arguments ArgumentsFromParse(const SentenceParse& parse, const TriggerMatch& match,
                             const TriggerLexicon& lexicon) {
  const ArgumentReader reader(parse, &lexicon);
  const std::string_view type = match.trigger->type;
  return match.nominal ? reader.OfNoun(match.first, type) : reader.OfVerb(match.first, type);
}

}  // namespace warta::events
