#include "html/body_extractor.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "html/html_tree.h"

namespace warta::html {
namespace {

// Hints in class and id. Substrings, matched on the lowercased attribute
// text: "detail__body-text" is content, "box-related" is not.
constexpr std::string_view kPositive[] = {
    "article", "artikel", "content", "konten", "detail", "read",
    "body",    "entry",   "post",    "story",  "berita", "text",
    "isi",     "main",    "news",    "txt"};
// Never the article, even inside a container that looks like one.
constexpr std::string_view kStrongNegative[] = {
    "comment",   "komentar",   "share",      "sharing",    "social",
    "sosmed",    "related",    "terkait",    "rekomendasi", "recommend",
    "sidebar",   "footer",     "breadcrumb", "advert",     "iklan",
    "sponsor",   "popular",    "populer",    "trending",   "newsletter",
    "subscribe", "bacajuga",   "baca-juga",  "baca_juga",  "read-also",
    "readalso",  "outbrain",   "taboola",    "disqus",     "caption",
    "navbar",    "navigation", "masthead",   "widget",     "banner",
    "promo",     "pagination", "cookie",     "popup",      "lainnya",
    "terbaru",   "author-box", "byline",     "topik",      "hashtag"};
// Not the article unless a positive hint says so too.
constexpr std::string_view kWeakNegative[] = {
    "nav", "menu", "header", "foot", "tags", "meta", "hidden", "print",
    "login", "modal", "skip", "date", "time", "author", "credit"};

bool HasAny(std::string_view s, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (s.find(list[i]) != std::string_view::npos) return true;
  return false;
}

// Whole class tokens that name ads: "ad", "ads", "adv", "ads-top", "gpt".
bool HasAdToken(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '_')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '-' && s[j] != '_') ++j;
    std::string_view t = s.substr(i, j - i);
    if (t == "ad" || t == "ads" || t == "adv" || t == "gpt" || t == "dfp" ||
        t == "adsbygoogle" || t == "parallax" || t == "mgid" ||
        t.starts_with("adsense") || t.starts_with("adslot"))
      return true;
    i = j;
  }
  return false;
}

bool IsLabel(std::string_view s);

struct Hints {
  bool positive = false, strong_negative = false, weak_negative = false;
};

Hints HintsOf(std::string_view s) {
  Hints h;
  if (s.empty()) return h;
  h.positive = HasAny(s, kPositive, std::size(kPositive));
  h.strong_negative = HasAny(s, kStrongNegative, std::size(kStrongNegative)) ||
                      HasAdToken(s);
  h.weak_negative = HasAny(s, kWeakNegative, std::size(kWeakNegative));
  return h;
}

struct Elem {
  const GumboElement* element = nullptr;
  int parent = -1;
  unsigned kind = 0;
  Hints hints;
  bool dropped = false;
  bool scored = false;
  double score = 0;
  size_t text = 0, link = 0;
};

struct Block {
  int holder = -1;
  std::string text;
  size_t raw = 0, link = 0;
};

class Extractor {
 public:
  explicit Extractor(bool keep_figures) : keep_figures_(keep_figures) {}

  void Walk(const GumboNode* node, int parent, int holder, bool in_link,
            int depth) {
    if (depth > kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE: {
        if (holder != cur_holder_) Flush();
        cur_holder_ = holder;
        size_t n = std::char_traits<char>::length(node->v.text.text);
        cur_ += node->v.text.text;
        cur_raw_ += n;
        if (in_link) cur_link_ += n;
        return;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;
    }
    const GumboElement& e = node->v.element;
    unsigned kind = KindOf(e);
    if (e.tag == GUMBO_TAG_BR) {
      Flush();
      return;
    }
    const bool figure = e.tag == GUMBO_TAG_FIGURE || e.tag == GUMBO_TAG_FIGCAPTION;
    if (figure && keep_figures_) kind = kBlock;
    if ((kind & kSkip) || IsHidden(e)) {
      if (kind & kBlock) Flush();
      return;
    }
    int idx = static_cast<int>(elems_.size());
    Elem el;
    el.element = &e;
    el.parent = parent;
    el.kind = kind;
    el.hints = HintsOf(ClassAndId(e));
    if (keep_figures_ && el.hints.strong_negative &&
        ClassAndId(e).find("caption") != std::string::npos &&
        !HintsOf(CaptionFree(ClassAndId(e))).strong_negative)
      el.hints.strong_negative = false;
    elems_.push_back(el);
    int child_holder = (kind & kBlock) ? idx : holder;
    if (kind & kBlock) Flush();
    bool link = in_link || (kind & kLink);
    for (unsigned i = 0; i < e.children.length; ++i)
      Walk(static_cast<const GumboNode*>(e.children.data[i]), idx,
           child_holder, link, depth + 1);
    if (kind & kBlock) Flush();
  }

  void Flush() {
    if (cur_holder_ >= 0 && !cur_.empty()) {
      std::string text = CollapseSpace(cur_);
      if (!text.empty()) {
        blocks_.push_back(Block{cur_holder_, std::move(text), cur_raw_,
                                std::min(cur_link_, cur_raw_)});
      }
    }
    cur_.clear();
    cur_raw_ = cur_link_ = 0;
  }

  ExtractedBody Result();

 private:
  int ScoreTarget(int holder) const {
    const Elem& h = elems_[holder];
    if ((h.kind & (kParagraph | kHeading)) && h.parent >= 0) return h.parent;
    return holder;
  }
  double BaseScore(const Elem& el) const {
    std::string_view tag = TagName(*el.element);
    double base = 0;
    if (tag == "div" || tag == "article" || tag == "main" || tag == "section")
      base = 5;
    else if (tag == "td" || tag == "blockquote" || tag == "pre")
      base = 3;
    else if (tag == "ul" || tag == "ol" || tag == "li" || tag == "dl")
      base = -3;
    if (el.hints.positive) base += 25;
    if (el.hints.strong_negative || el.hints.weak_negative) base -= 25;
    return base;
  }
  void AddScore(int target, double score) {
    Elem& el = elems_[target];
    if (!el.scored) {
      el.scored = true;
      el.score = BaseScore(el);
    }
    el.score += score;
  }
  bool Inside(int idx, const std::vector<char>& chosen) const {
    for (int i = idx; i >= 0; i = elems_[i].parent)
      if (chosen[i]) return true;
    return false;
  }

  // The hints without "caption" (built by appending: GCC 12 warns falsely
  // on std::string::replace here).
  static std::string CaptionFree(std::string_view s) {
    std::string out;
    size_t from = 0;
    for (size_t at; (at = s.find("caption", from)) != std::string_view::npos;
         from = at + 7) {
      out.append(s.substr(from, at - from));
      out += ' ';
    }
    out.append(s.substr(from));
    return out;
  }

  bool keep_figures_;
  std::vector<Elem> elems_;
  std::vector<Block> blocks_;
  std::string cur_;
  size_t cur_raw_ = 0, cur_link_ = 0;
  int cur_holder_ = -1;
};

size_t CountCommas(std::string_view s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), ','));
}

double LinkDensity(size_t link, size_t text) {
  return text ? std::min(1.0, double(link) / double(text)) : 0.0;
}

ExtractedBody Extractor::Result() {
  Flush();
  ExtractedBody out;
  if (blocks_.empty()) return out;
  size_t total = 0;
  for (const Block& b : blocks_) {
    total += b.raw;
    for (int i = b.holder; i >= 0; i = elems_[i].parent) {
      elems_[i].text += b.raw;
      elems_[i].link += b.link;
    }
  }
  // A container with a negative hint is dropped unless it holds most of the
  // page's text (a wrapper named "content-with-sidebar" is still the page).
  for (size_t i = 0; i < elems_.size(); ++i) {
    Elem& el = elems_[i];
    if (el.parent >= 0 && elems_[el.parent].dropped) {
      el.dropped = true;
      continue;
    }
    std::string_view tag = TagName(*el.element);
    if (tag == "body" || tag == "html") continue;
    bool negative = el.hints.strong_negative ||
                    (el.hints.weak_negative && !el.hints.positive);
    if (negative && el.text * 2 < total) el.dropped = true;
  }
  std::vector<char> usable(blocks_.size(), 0);
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const Block& block = blocks_[b];
    if (elems_[block.holder].dropped) continue;
    if (IsBoilerplateBlock(block.text)) continue;
    usable[b] = 1;
    if (block.text.size() < 25) continue;
    double ld = LinkDensity(block.link, block.raw);
    double score = (1.0 + double(CountCommas(block.text)) +
                    std::min(double(block.text.size()) / 100.0, 3.0)) *
                   (1.0 - ld);
    int target = ScoreTarget(block.holder);
    AddScore(target, score);
    int up = elems_[target].parent;
    if (up >= 0) {
      AddScore(up, score / 2);
      if (elems_[up].parent >= 0) AddScore(elems_[up].parent, score / 3);
    }
  }
  int top = -1;
  double best = 0;
  std::vector<double> final_score(elems_.size(), 0);
  for (size_t i = 0; i < elems_.size(); ++i) {
    const Elem& el = elems_[i];
    if (!el.scored || el.dropped) continue;
    final_score[i] = el.score * (1.0 - LinkDensity(el.link, el.text));
    if (top < 0 || final_score[i] > best) {
      best = final_score[i];
      top = static_cast<int>(i);
    }
  }
  std::vector<char> chosen(elems_.size(), 0);
  if (top < 0) {
    // Nothing stood out: the largest block is the best guess.
    size_t longest = 0;
    for (size_t b = 0; b < blocks_.size(); ++b)
      if (blocks_[b].text.size() > blocks_[longest].text.size()) longest = b;
    out.text = blocks_[longest].text;
    out.guessed = true;
    return out;
  }
  chosen[top] = 1;
  int parent = elems_[top].parent;
  const double threshold = std::max(10.0, best * 0.2);
  for (size_t i = 0; i < elems_.size(); ++i) {
    if (static_cast<int>(i) == top || elems_[i].parent != parent || parent < 0)
      continue;
    if (elems_[i].dropped) continue;
    if (elems_[i].scored && final_score[i] >= threshold) chosen[i] = 1;
  }
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const Block& block = blocks_[b];
    if (!usable[b] || !Inside(block.holder, chosen)) continue;
    if (TagName(*elems_[block.holder].element) == "h1") continue;
    double ld = LinkDensity(block.link, block.raw);
    if (ld > 0.5) continue;
    if (IsLabel(block.text)) continue;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += block.text;
  }
  return out;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

// A few words without a sentence's end: a widget's label ("Vote Photo",
// "More Photos"), not article text.
bool IsLabel(std::string_view s) {
  int words = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++words;
    in = !space;
  }
  if (words > 3) return false;
  char last = s.empty() ? ' ' : s.back();
  return last != '.' && last != '!' && last != '?' && last != '"' &&
         last != ':' && !(static_cast<unsigned char>(last) & 0x80);
}

}  // namespace

int ClassWeight(std::string_view class_and_id) {
  Hints h = HintsOf(class_and_id);
  return (h.positive ? 25 : 0) -
         (h.strong_negative || h.weak_negative ? 25 : 0);
}

bool IsBoilerplateBlock(std::string_view block) {
  // Prefixes that open a block which is an insert, a credit or a prompt.
  static constexpr std::string_view kPrefixes[] = {
      "baca juga",      "baca pula",         "simak juga",
      "lihat juga",     "tonton juga",       "saksikan juga",
      "cek juga",       "baca selengkapnya", "simak selengkapnya",
      "editor:",        "editor :",          "penulis:",
      "penulis :",      "pewarta:",          "pewarta :",
      "reporter:",      "reporter :",        "redaktur:",
      "fotografer:",    "fotografer :",      "kontributor:",
      "penyunting:",    "foto:",             "foto :",
      "(foto:",         "(foto :",           "photo:",
      "sumber foto",    "copyright",         "\xC2\xA9",
      "hak cipta",      "advertisement",     "scroll to continue",
      "ikuti berita",   "ikuti kami",        "dapatkan update",
      "dapatkan berita", "download aplikasi", "unduh aplikasi",
      "artikel ini telah tayang", "bagikan", "share:",
      "share this",     "tag:",              "tags:",
      "topik:",         "simak video",       "saksikan video",
      "tonton video",   "lihat video",       "video pilihan",
      "klik di sini",   "berita terkait",    "iklan",
      "loading",        "baca berita"};
  std::string_view s = block;
  while (!s.empty() && (s.front() == ' ' || s.front() == '[' ||
                        s.front() == '(' || s.front() == '*'))
    s.remove_prefix(1);
  for (std::string_view p : kPrefixes) {
    std::string_view q = p;
    if (q.front() == '(' && !s.empty()) q.remove_prefix(1);
    if (StartsWithNoCase(s, q)) {
      // "Iklan" and "Loading" as words of a sentence are text: only a short
      // block made of them is a marker.
      if ((q == "iklan" || q == "loading" || q == "bagikan") &&
          s.size() > 40)
        return false;
      return true;
    }
  }
  return false;
}

ExtractedBody ExtractBody(const GumboNode* root, bool keep_figures) {
  Extractor extractor(keep_figures);
  extractor.Walk(root, -1, -1, false, 0);
  return extractor.Result();
}

}  // namespace warta::html
