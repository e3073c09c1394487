#include "events/trigger_lexicon.h"

#include <algorithm>

#include "text/ascii.h"
#include "text/lexicon.h"

namespace warta::events {
namespace {

std::vector<std::string> SplitOn(std::string_view list, char separator) {
  std::vector<std::string> out;
  while (!list.empty()) {
    const size_t at = list.find(separator);
    if (at != 0) out.emplace_back(list.substr(0, at));
    if (at == std::string_view::npos) break;
    list = list.substr(at + 1);
  }
  return out;
}

Trigger::Kind KindOf(std::string_view name) {
  if (name == "noun") return Trigger::Kind::kNoun;
  if (name == "form") return Trigger::Kind::kVerbForm;
  if (name == "phrase") return Trigger::Kind::kPhrase;
  if (name == "not") return Trigger::Kind::kNot;
  return Trigger::Kind::kVerbRoot;
}

}  // namespace

bool IsNominalisation(std::string_view form, std::string_view root) {
  if (form.size() < root.size() + 4 || !form.ends_with("an") || !form.starts_with("pe"))
    return false;
  // The root's letters (its first one may have melted into the nasal:
  // pe-nyerang-an of serang) just before the suffix.
  const std::string_view body = form.substr(0, form.size() - 2);
  const std::string_view tail = root.size() > 1 ? root.substr(1) : root;
  return body.ends_with(tail);
}

uint32_t ObjectFocusAgent(const Document& doc, uint32_t k) {
  if (k == 0) return kNoIndex;
  // The pronoun first: most words do not follow one.
  const std::string_view before = doc.Form(doc.tokens[k - 1]);
  static constexpr std::string_view kAgents[] = {"kami", "kita",   "saya", "aku",
                                                 "kamu", "anda",   "mereka", "engkau"};
  if (std::none_of(std::begin(kAgents), std::end(kAgents), [&](std::string_view a) {
        return text::EqualsIgnoreAsciiCase(before, a);
      }))
    return kNoIndex;
  const Token& verb = doc.tokens[k];
  const std::string form = text::AsciiLower(doc.Form(verb));
  const std::string_view root = doc.Lemma(verb);
  if (root.empty() || !form.starts_with(root)) return kNoIndex;
  const std::string_view suffix = std::string_view(form).substr(root.size());
  return suffix.empty() || suffix == "kan" || suffix == "i" ? k - 1 : kNoIndex;
}

TriggerLexicon::TriggerLexicon() { Load(lexicons::EventTriggers()); }

TriggerLexicon::TriggerLexicon(std::string_view tsv) { Load(tsv); }

void TriggerLexicon::Load(std::string_view tsv) {
  directive_.type = "REQUEST";
  directive_.cameo = "020";
  text::ForEachLexiconEntry(lexicons::SpeechCues(),
                            [this](const std::vector<std::string_view>& f, size_t) {
                              if (!f.empty()) speech_roots_.emplace(f[0]);
                            });
  text::ForEachLexiconEntry(tsv, [this](const std::vector<std::string_view>& f, size_t) {
    if (f.size() < 4) return;
    Trigger t;
    t.type = std::string(f[1]);
    t.cameo = std::string(f[2]);
    t.kind = KindOf(f[3]);
    if (f.size() > 4) {
      if (f[4] == "negated") t.only_negated = true;
      else if (f[4] == "target") t.needs_target = true;
      else if (f[4].starts_with("next=")) t.next_words = SplitOn(f[4].substr(5), '|');
    }
    if (t.kind == Trigger::Kind::kPhrase) {
      std::vector<std::string> words = SplitOn(f[0], ' ');
      if (words.size() < 2) return;
      const std::string first = words.front();
      t.rest.assign(words.begin() + 1, words.end());
      auto& list = phrases_[first];
      list.push_back(std::move(t));
      std::stable_sort(list.begin(), list.end(), [](const Trigger& a, const Trigger& b) {
        return a.rest.size() > b.rest.size();
      });
      return;
    }
    (t.kind == Trigger::Kind::kVerbRoot ? roots_ : forms_)[std::string(f[0])] = std::move(t);
  });
}

TriggerMatch TriggerLexicon::At(const Document& doc, uint32_t k, uint32_t end) const {
  TriggerMatch match;
  const Token& token = doc.tokens[k];
  const std::string form = text::AsciiLower(doc.Form(token));
  const std::string_view lemma = doc.Lemma(token);
  // Phrases first: the longest that fits.
  auto word_is = [&](uint32_t j, const std::string& w) {
    return text::AsciiLower(doc.Form(doc.tokens[j])) == w || doc.Lemma(doc.tokens[j]) == w;
  };
  const std::string root(lemma);
  for (const std::string* key : {&form, &root}) {
    if (key == &root && root == form) break;
    auto it = phrases_.find(*key);
    if (it == phrases_.end()) continue;
    for (const Trigger& t : it->second) {
      if (k + t.rest.size() >= end) continue;
      bool all = true;
      for (size_t i = 0; i < t.rest.size() && all; ++i) all = word_is(k + 1 + i, t.rest[i]);
      if (!all) continue;
      match.trigger = &t;
      match.first = k;
      match.last = k + static_cast<uint32_t>(t.rest.size());
      match.nominal = token.upos == Upos::kNoun;
      return match;
    }
  }
  match.first = match.last = k;
  if (auto it = forms_.find(form); it != forms_.end()) {
    if (it->second.kind == Trigger::Kind::kNot) return match;
    match.trigger = &it->second;
    match.nominal = it->second.kind == Trigger::Kind::kNoun;
    return match;
  }
  const bool object_focus = ObjectFocusAgent(doc, k) != kNoIndex;
  // An object-focus passive is the di- passive without its prefix: "kami
  // amankan" is "diamankan" told by its agent.
  if (object_focus) {
    if (auto it = forms_.find("di" + form);
        it != forms_.end() && it->second.kind == Trigger::Kind::kVerbForm) {
      match.trigger = &it->second;
      return match;
    }
  }
  auto it = roots_.find(std::string(lemma));
  if (it == roots_.end()) {
    // "menekankan agar ...": a request made by saying.
    if (form != lemma && (token.upos == Upos::kVerb || token.upos == Upos::kNone) &&
        speech_roots_.count(std::string(lemma)) > 0) {
      // Within the next few words, before another verb of its own.
      for (uint32_t next = k + 1; next < end && next <= k + 6; ++next) {
        const std::string w = text::AsciiLower(doc.Form(doc.tokens[next]));
        if (w == "agar" || w == "supaya") {
          match.trigger = &directive_;
          break;
        }
        if (doc.tokens[next].upos == Upos::kVerb || w == "bahwa" || w == "." ) break;
      }
    }
    return match;
  }
  if (IsNominalisation(form, lemma)) {
    // "penangkapan", "pemeriksaan": the act named as a noun.
    match.trigger = &it->second;
    match.nominal = true;
  } else if (token.upos == Upos::kVerb || token.upos == Upos::kNone) {
    // An affixed verb (menuduh, dituduh), or the bare root used as a verb
    // ("kami tangkap").
    if (form != lemma || token.upos == Upos::kVerb) match.trigger = &it->second;
  }
  // The bare verb of an object-focus passive, whatever its tag ("dua
  // pelaku kami tangkap", where tangkap may be read as an adjective).
  if (match.trigger == nullptr && object_focus) match.trigger = &it->second;
  return match;
}

}  // namespace warta::events
