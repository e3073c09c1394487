#include "text/unicode_normalizer.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "text/utf8.h"

namespace warta::text {
namespace {

// What to do with one non-ASCII code point.
enum class Action { kKeep, kSpace, kNewline, kDrop };

Action ActionFor(char32_t cp) {
  if (cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return Action::kSpace;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return Action::kNewline;
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) ||
      (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) ||
      cp == 0xFEFF || (cp >= 0x0080 && cp <= 0x009F) ||
      (cp >= 0xFFF9 && cp <= 0xFFFB))
    return Action::kDrop;
  return Action::kKeep;
}

// True for code points that NFC leaves alone whatever surrounds them
// (NFC_Quick_Check=Yes and canonical combining class 0, and never the second
// half of a composition). Conservative: anything else sends the text through
// utf8proc.
bool IsNfcInert(char32_t cp) {
  if (cp < 0x0300) return true;  // Latin-1, Latin Extended-A/B, IPA
  if (cp >= 0x2010 && cp <= 0x2027) return true;  // dashes, quotes, bullets
  if (cp >= 0x2030 && cp <= 0x205E) return true;  // per mille, primes, ...
  if (cp >= 0x20A0 && cp <= 0x20C0) return true;  // currency signs
  return false;
}

}  // namespace

void NormalizeUnicode(std::string_view raw, std::string* out,
                      NormalizationReport* report) {
  out->clear();
  out->reserve(raw.size());
  *report = NormalizationReport{};
  bool needs_nfc = false;
  const size_t n = raw.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path: copy runs of printable bytes in one go.
    size_t run = i;
    while (run < n) {
      unsigned char b = static_cast<unsigned char>(raw[run]);
      if (b < 0x20 || b >= 0x7F) break;
      ++run;
    }
    if (run > i) {
      out->append(raw.data() + i, run - i);
      i = run;
      if (i >= n) break;
    }
    unsigned char b = static_cast<unsigned char>(raw[i]);
    if (b < 0x80) {
      if (b == '\n') {
        out->push_back('\n');
      } else if (b == '\r') {
        out->push_back('\n');
        if (i + 1 < n && raw[i + 1] == '\n') ++i;
      } else if (b == '\t' || b == '\v' || b == '\f') {
        out->push_back(' ');
      } else if (b == 0) {
        ++report->nul_bytes;
      } else {
        ++report->controls;  // other C0 controls and DEL
      }
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(raw, i, &cp);
    if (len == 0) {
      ++report->invalid_bytes;
      cp = Cp1252ToUnicode(b);
      len = 1;
    }
    i += len;
    switch (ActionFor(cp)) {
      case Action::kSpace:
        out->push_back(' ');
        break;
      case Action::kNewline:
        out->push_back('\n');
        break;
      case Action::kDrop:
        ++report->controls;
        break;
      case Action::kKeep:
        if (!IsNfcInert(cp)) needs_nfc = true;
        AppendUtf8(cp, out);
        break;
    }
  }
  if (!needs_nfc) return;
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t got = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(out->data()),
      static_cast<utf8proc_ssize_t>(out->size()), &nfc,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (got >= 0 && nfc != nullptr) {
    out->assign(reinterpret_cast<const char*>(nfc), static_cast<size_t>(got));
    report->applied_nfc = true;
  }
  std::free(nfc);
}

}  // namespace warta::text
