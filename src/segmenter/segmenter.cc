#include "segmenter/segmenter.h"

#include <utility>
#include <vector>

#include "segmenter/tokenizer.h"
#include "text/ascii.h"

namespace warta::segmenter {
namespace {

// "20.00" or "10:30" that is a clock time: an hour and minutes, with a time
// zone after it ("20.00 WIB") or "pukul"/"jam" before it.
bool IsClockTime(std::string_view w) {
  if (w.size() < 4 || w.size() > 5) return false;
  size_t sep = w.find_first_of(".:");
  if (sep == std::string_view::npos || sep == 0 || sep > 2 ||
      w.size() - sep != 3)
    return false;
  int hour = 0, minute = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i == sep) continue;
    char c = w[i];
    if (c < '0' || c > '9') return false;
    (i < sep ? hour : minute) = (i < sep ? hour : minute) * 10 + (c - '0');
  }
  return hour <= 24 && minute < 60;
}

bool IsTimeZone(std::string_view w) {
  return w == "WIB" || w == "WITA" || w == "WIT" || w == "GMT" || w == "UTC";
}

bool IsTimeCue(std::string_view w) {
  std::string lower = text::AsciiLower(w);
  return lower == "pukul" || lower == "jam" || lower == "pkl";
}

}  // namespace

Segmenter::Segmenter(const SegmenterOptions& options) : options_(options) {}

Status Segmenter::Process(Document& doc, Scratch& /*scratch*/) const {
  std::string_view text = doc.text;
  if (text.size() >= UINT32_MAX) {
    return InvalidArgumentError("text is larger than 4 GiB");
  }
  std::vector<SurfaceToken> surface;
  surface.reserve(text.size() / 5);
  Tokenize(text, &surface);

  for (size_t k = 0; k < surface.size(); ++k) {
    SurfaceToken& t = surface[k];
    if (t.kind != TokenKind::kNumber) continue;
    std::string_view w = text.substr(t.begin, t.end - t.begin);
    if (!IsClockTime(w)) continue;
    bool zone_after = k + 1 < surface.size() &&
                      IsTimeZone(text.substr(surface[k + 1].begin,
                                             surface[k + 1].end -
                                                 surface[k + 1].begin));
    bool cue_before = k > 0 && IsTimeCue(text.substr(
                                   surface[k - 1].begin,
                                   surface[k - 1].end - surface[k - 1].begin));
    if (zone_after || cue_before) t.kind = TokenKind::kTime;
  }

  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  uint32_t forced_break = doc.dateline ? doc.dateline->span.end : UINT32_MAX;
  sentences_.Split(text, surface, forced_break, &ranges);

  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(surface.size() + surface.size() / 16);
  doc.sentences.reserve(ranges.size());
  for (const auto& [first, last] : ranges) {
    Sentence sentence;
    sentence.span = {surface[first].begin, surface[last - 1].end};
    sentence.token_begin = static_cast<uint32_t>(doc.tokens.size());
    const uint32_t sentence_index = static_cast<uint32_t>(doc.sentences.size());
    for (uint32_t k = first; k < last; ++k) {
      const SurfaceToken& t = surface[k];
      bool space_after = k + 1 >= surface.size() || surface[k + 1].space_before;
      Token token;
      token.span = {t.begin, t.end};
      token.sentence = sentence_index;
      token.kind = t.kind;
      token.space_after = space_after;
      size_t host = 0;
      if (options_.split_clitics && t.kind == TokenKind::kWord)
        host = clitics_.HostLength(text.substr(t.begin, t.end - t.begin));
      if (host != 0) {
        Token clitic = token;
        token.span.end = t.begin + static_cast<uint32_t>(host);
        token.space_after = false;
        token.joined_to_next = true;
        clitic.span.begin = token.span.end;
        doc.tokens.push_back(token);
        doc.tokens.push_back(clitic);
      } else {
        doc.tokens.push_back(token);
      }
    }
    sentence.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sentence);
  }
  return Status::Ok();
}

}  // namespace warta::segmenter
