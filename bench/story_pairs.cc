// Story grouping measured on real articles: ../shared/data/news/articles.jsonl
// (one day of Kompas and Tribunnews, and ~220 articles on one topic from ~15
// sites), each with edited copies made by bench/story_edits.h, and the
// unrelated articles of the same day and of the same topic that must stay
// apart. EVAL only: the articles are read at run time, never stored.
//
//   story_pairs [--half odd|even|all] [--json] [--raw] [--sweep] [--errors N]
//
// --half: the articles at odd or even line numbers (1-based); odd is the
// development half (the constants in src/stories/story_fingerprint.h were
// chosen on it), even is held out. Each source article gets seven copies
// with the issue's edits (boilerplate, lead, drop and their combinations)
// and two beyond them (truncate, damage). The truth: a copy belongs to its
// source's story; two source articles are one story when
// tools/eval/story_real_pairs.tsv says "copy" (real republished or
// syndicated copies in the data), and pairs it marks "event" or "unsure" are
// left out of every count. Reported: pairwise precision and recall of
// SameStory over every pair of the set; precision and recall of the clusters
// StoryGrouper builds from the whole set in a fixed shuffled order (pair
// counting and B-cubed); recall by edit and false positives by kind of
// unrelated pair.
//
// The text is cleaned by warta's cleaner first, as the ingest path does
// (--raw: fingerprints of the text as given).
//
// --sweep: the measurement behind the constants: shingle sizes 2-8, 32-256
// MinHash values, Jaccard and containment rules, LSH band layouts, and the
// MinHash estimates against the exact Jaccard similarity.
#include <simdjson.h>
#include <xxhash.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "cleaner/cleaner.h"
#include "stories/story_fingerprint.h"
#include "stories/story_grouper.h"
#include "story_edits.h"
#include "warta/document.h"
#include "warta/stage.h"

namespace warta::bench {
namespace {

using stories::Fingerprint;

constexpr unsigned kIssueEdits[] = {kBoilerplate,
                                    kLead,
                                    kDrop,
                                    kBoilerplate | kLead,
                                    kBoilerplate | kDrop,
                                    kLead | kDrop,
                                    kBoilerplate | kLead | kDrop};
constexpr unsigned kExtraEdits[] = {kTruncate, kDamage};

enum class Outlet { kKompas, kTribunnews, kTopic };

struct Article {
  size_t line = 0;
  std::string id, site, title, text;
  Outlet outlet = Outlet::kTopic;
};

struct Doc {
  uint32_t source = 0;  // index into the half's articles
  unsigned edits = 0;   // 0: the article itself
  bool extra = false;   // an edit beyond the issue's
  std::string text;     // cleaned (or raw with --raw)
  Fingerprint fp;
};

struct Options {
  std::string articles, labels, half = "odd";
  bool json = false, raw = false, sweep = false;
  int errors = 0;
  uint64_t seed = 14;
  std::string show;  // an article id whose copies to print
};

std::vector<Article> LoadArticles(const std::string& path,
                                  const std::string& half) {
  std::vector<Article> out;
  std::ifstream in(path);
  std::string line;
  simdjson::dom::parser parser;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (half != "all" && (half == "odd") != (n % 2 == 1)) continue;
    simdjson::dom::element e;
    if (parser.parse(line).get(e)) continue;
    std::string_view id, site, title, text;
    if (e["id"].get(id) || e["text"].get(text)) continue;
    if (e["site"].get(site)) site = "";
    if (e["title"].get(title)) title = "";
    Article a;
    a.line = n;
    a.id = id;
    a.site = site;
    a.title = title;
    a.text = text;
    if (a.id.starts_with("kt-"))
      a.outlet = a.site.find("tribunnews") != std::string::npos
                     ? Outlet::kTribunnews
                     : Outlet::kKompas;
    out.push_back(std::move(a));
  }
  return out;
}

// Union-find over source articles for the reviewed real copies.
struct Truth {
  std::vector<uint32_t> parent;
  std::set<std::pair<uint32_t, uint32_t>> ignored;  // story pairs left out
  size_t copy_pairs = 0, event_pairs = 0, unsure_pairs = 0;

  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

Truth LoadTruth(const std::string& path, const std::vector<Article>& articles) {
  Truth t;
  t.parent.resize(articles.size());
  std::iota(t.parent.begin(), t.parent.end(), 0);
  std::map<std::string, uint32_t> index;
  for (uint32_t i = 0; i < articles.size(); ++i) index[articles[i].id] = i;
  std::ifstream in(path);
  std::string line;
  std::vector<std::pair<uint32_t, uint32_t>> left_out;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos;
         start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() < 3) continue;
    const auto a = index.find(f[0]), b = index.find(f[1]);
    if (a == index.end() || b == index.end()) continue;  // the other half
    if (f[2] == "copy") {
      t.parent[t.Find(a->second)] = t.Find(b->second);
      ++t.copy_pairs;
    } else if (f[2] == "event" || f[2] == "unsure") {
      left_out.emplace_back(a->second, b->second);
      ++(f[2] == "event" ? t.event_pairs : t.unsure_pairs);
    }
  }
  for (auto [a, b] : left_out) {
    uint32_t x = t.Find(a), y = t.Find(b);
    if (x != y) t.ignored.insert({std::min(x, y), std::max(x, y)});
  }
  return t;
}

std::vector<Doc> MakeDocs(const std::vector<Article>& articles,
                          const Options& opt) {
  cleaner::Cleaner cleaner{CleanerOptions{}};
  Scratch scratch;
  auto clean = [&](std::string raw) {
    if (opt.raw) return raw;
    Document doc;
    doc.raw = std::move(raw);
    if (!cleaner.Process(doc, scratch).ok()) return doc.raw;
    return doc.text;
  };
  std::vector<std::string_view> headlines;
  for (const Article& a : articles) headlines.push_back(a.title);
  std::vector<Doc> docs;
  for (uint32_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    const SourceArticle source{a.id, a.title, a.text};
    docs.push_back({i, 0, false, clean(a.text), {}});
    for (unsigned e : kIssueEdits)
      docs.push_back(
          {i, e, false, clean(EditedCopy(source, e, headlines, opt.seed)), {}});
    for (unsigned e : kExtraEdits)
      docs.push_back(
          {i, e, true, clean(EditedCopy(source, e, headlines, opt.seed)), {}});
  }
  for (Doc& d : docs) d.fp = stories::FingerprintOf(d.text);
  return docs;
}

// The truth of a pair: 1 same story, 0 different, -1 left out.
int PairTruth(Truth& truth, const Doc& a, const Doc& b) {
  uint32_t x = truth.Find(a.source), y = truth.Find(b.source);
  if (x == y) return 1;
  return truth.ignored.count({std::min(x, y), std::max(x, y)}) ? -1 : 0;
}

std::string NegativeGroup(const Article& a, const Article& b) {
  if (a.outlet == Outlet::kTopic && b.outlet == Outlet::kTopic)
    return "same topic (dn-dn)";
  if (a.outlet == Outlet::kTopic || b.outlet == Outlet::kTopic)
    return "other days (dn-kt)";
  if (a.outlet != b.outlet) return "same day, Kompas-Tribunnews";
  return a.outlet == Outlet::kKompas ? "same day, Kompas-Kompas"
                                     : "same day, Tribunnews-Tribunnews";
}

std::string PositiveGroup(const Doc& a, const Doc& b) {
  if (a.source != b.source)
    return a.edits == 0 && b.edits == 0 ? "real copies" : "real copies, edited";
  if (a.edits == 0 || b.edits == 0)
    return "original-" + EditName(a.edits | b.edits);
  return "copy-copy";
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const {
    return tp + fp ? double(tp) / double(tp + fp) : 1.0;
  }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct PairReport {
  Counts all;
  std::map<std::string, Counts> positives;  // by kind of copy
  std::map<std::string, std::pair<size_t, size_t>>
      negatives;  // group -> (fp, pairs)
  size_t lsh_misses =
      0;  // SameStory true, truly one story, but no shared band key
  size_t left_out = 0,
         left_out_grouped = 0;  // originals of "event"/"unsure" pairs
  struct Error {
    double j, c;
    uint32_t a, b;
  };
  std::vector<Error> false_pos, false_neg;
};

bool ShareBand(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (a[i] == b[i]) return true;
  return false;
}

PairReport EvaluatePairs(const std::vector<Doc>& docs,
                         const std::vector<Article>& articles, Truth& truth,
                         bool with_extras) {
  PairReport r;
  std::vector<std::vector<uint64_t>> keys;
  for (const Doc& d : docs) keys.push_back(stories::BandKeys(d.fp));
  for (uint32_t i = 0; i < docs.size(); ++i) {
    if (docs[i].extra && !with_extras) continue;
    for (uint32_t j = i + 1; j < docs.size(); ++j) {
      if (docs[j].extra && !with_extras) continue;
      const int t = PairTruth(truth, docs[i], docs[j]);
      if (t < 0) {
        if (docs[i].edits == 0 && docs[j].edits == 0) {
          ++r.left_out;
          r.left_out_grouped += stories::SameStory(docs[i].fp, docs[j].fp);
        }
        continue;
      }
      const bool same = stories::SameStory(docs[i].fp, docs[j].fp);
      if (t == 1) {
        Counts& c = r.positives[PositiveGroup(docs[i], docs[j])];
        if (same) {
          ++r.all.tp, ++c.tp;
          if (!ShareBand(keys[i], keys[j])) ++r.lsh_misses;
        } else {
          ++r.all.fn, ++c.fn;
          r.false_neg.push_back(
              {stories::EstimatedJaccard(docs[i].fp, docs[j].fp),
               stories::EstimatedContainment(docs[i].fp, docs[j].fp), i, j});
        }
      } else {
        auto& g =
            r.negatives[NegativeGroup(articles[docs[i].source],
                                      articles[docs[j].source]) +
                        (docs[i].edits || docs[j].edits ? ", edited" : "")];
        ++g.second;
        if (same) {
          ++g.first, ++r.all.fp;
          r.false_pos.push_back(
              {stories::EstimatedJaccard(docs[i].fp, docs[j].fp),
               stories::EstimatedContainment(docs[i].fp, docs[j].fp), i, j});
        }
      }
    }
  }
  return r;
}

struct ClusterReport {
  Counts pairs;
  double bcubed_precision = 0, bcubed_recall = 0;
  size_t articles = 0, stories = 0, true_stories = 0, exact = 0;
};

ClusterReport EvaluateClusters(const std::vector<Doc>& docs, Truth& truth,
                               bool with_extras, uint64_t seed) {
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < docs.size(); ++i)
    if (with_extras || !docs[i].extra) order.push_back(i);
  EditRng rng(seed);
  for (size_t i = order.size(); i > 1; --i)
    std::swap(order[i - 1], order[rng.Below(i)]);
  stories::StoryGrouper grouper;
  std::vector<uint32_t> pred(docs.size(), UINT32_MAX);
  for (uint32_t d : order) pred[d] = grouper.Add(docs[d].fp);
  ClusterReport r;
  r.articles = order.size();
  r.stories = grouper.story_count();
  // Per article: counted pairs in its predicted cluster, in its true story,
  // and in both (itself included).
  std::vector<size_t> in_pred(docs.size(), 1), in_truth(docs.size(), 1),
      in_both(docs.size(), 1);
  std::map<uint32_t, std::set<uint32_t>> truth_to_pred;
  std::map<uint32_t, std::set<uint32_t>> pred_to_truth;
  for (uint32_t i : order) {
    truth_to_pred[truth.Find(docs[i].source)].insert(pred[i]);
    pred_to_truth[pred[i]].insert(truth.Find(docs[i].source));
    for (uint32_t j : order) {
      if (j <= i) continue;
      const int t = PairTruth(truth, docs[i], docs[j]);
      if (t < 0) continue;
      const bool same = pred[i] == pred[j];
      if (same) ++in_pred[i], ++in_pred[j];
      if (t == 1) ++in_truth[i], ++in_truth[j];
      if (same && t == 1) ++in_both[i], ++in_both[j], ++r.pairs.tp;
      if (same && t == 0) ++r.pairs.fp;
      if (!same && t == 1) ++r.pairs.fn;
    }
  }
  for (uint32_t i : order) {
    r.bcubed_precision += double(in_both[i]) / double(in_pred[i]);
    r.bcubed_recall += double(in_both[i]) / double(in_truth[i]);
  }
  r.bcubed_precision /= double(order.size());
  r.bcubed_recall /= double(order.size());
  r.true_stories = truth_to_pred.size();
  for (const auto& [story, preds] : truth_to_pred)
    if (preds.size() == 1 && pred_to_truth[*preds.begin()].size() == 1)
      ++r.exact;
  return r;
}

std::string Describe(const Doc& d, const std::vector<Article>& articles) {
  return articles[d.source].id + "/" + EditName(d.edits);
}

void PrintErrors(const PairReport& r, const std::vector<Doc>& docs,
                 const std::vector<Article>& articles, int n) {
  for (const Doc& d : docs)
    if (d.fp.empty)
      std::printf("too short to fingerprint: %s (%u shingles)\n",
                  Describe(d, articles).c_str(), d.fp.shingles);
  auto fp = r.false_pos;
  std::sort(fp.begin(), fp.end(), [](auto& a, auto& b) { return a.j > b.j; });
  std::printf("false positives (%zu; the most alike first):\n", fp.size());
  for (size_t i = 0; i < fp.size() && i < size_t(n); ++i)
    std::printf("  J %.3f C %.3f  %s | %s  (%zu / %zu shingles)\n", fp[i].j,
                fp[i].c, Describe(docs[fp[i].a], articles).c_str(),
                Describe(docs[fp[i].b], articles).c_str(),
                size_t(docs[fp[i].a].fp.shingles),
                size_t(docs[fp[i].b].fp.shingles));
  auto fn = r.false_neg;
  std::sort(fn.begin(), fn.end(), [](auto& a, auto& b) { return a.j > b.j; });
  std::printf("false negatives (%zu; the most alike first):\n", fn.size());
  for (size_t i = 0; i < fn.size() && i < size_t(n); ++i)
    std::printf("  J %.3f C %.3f  %s | %s  (%zu / %zu shingles)\n", fn[i].j,
                fn[i].c, Describe(docs[fn[i].a], articles).c_str(),
                Describe(docs[fn[i].b], articles).c_str(),
                size_t(docs[fn[i].a].fp.shingles),
                size_t(docs[fn[i].b].fp.shingles));
}

// ---------------------------------------------------------------- sweep

// Containment of the smaller set from a Jaccard value and the set sizes (as
// the library computes it).
double Containment(double j, uint32_t na, uint32_t nb) {
  const double smaller = std::min(na, nb);
  if (smaller <= 0) return 0;
  return std::min(1.0, j * (double(na) + nb) / (1 + j) / smaller);
}

constexpr size_t kSweepHashes[] = {32, 64, 128, 256};
constexpr size_t kBuckets = 101;  // containment in hundredths

struct Histogram {
  // [hash count index][matching slots][containment bucket]
  std::vector<std::vector<std::vector<size_t>>> pos, neg;
  Histogram() {
    for (size_t n : kSweepHashes) {
      pos.emplace_back(n + 1, std::vector<size_t>(kBuckets));
      neg.emplace_back(n + 1, std::vector<size_t>(kBuckets));
    }
  }
};

struct Rule {
  double tj, tc, floor;  // same when J >= tj, or J >= floor and C >= tc
};

Counts Apply(const Histogram& h, size_t ni, const Rule& rule) {
  Counts c;
  const size_t n = kSweepHashes[ni];
  for (size_t m = 0; m <= n; ++m) {
    const double j = double(m) / double(n);
    for (size_t b = 0; b < kBuckets; ++b) {
      const bool same =
          j >= rule.tj - 1e-9 ||
          (j >= rule.floor - 1e-9 && double(b) >= rule.tc * 100 - 1e-6);
      if (same) {
        c.tp += h.pos[ni][m][b];
        c.fp += h.neg[ni][m][b];
      } else {
        c.fn += h.pos[ni][m][b];
      }
    }
  }
  return c;
}

// The sweep's criterion: the best F1 among the rules whose pairwise
// precision is at least this (a store that merges unrelated stories is worse
// than one that misses a copy).
constexpr double kMinPrecision = 0.999;

struct Signed {
  std::vector<uint64_t> shingles;
  std::vector<uint32_t> sig;  // kMaxHashFunctions values
};

void Sweep(const std::vector<Doc>& docs, Truth& truth) {
  std::vector<uint32_t>
      set;  // the issue's edits, the originals and the real copies
  for (uint32_t i = 0; i < docs.size(); ++i)
    if (!docs[i].extra) set.push_back(i);
  std::printf(
      "sweep over %zu texts (originals and the issue's edits); best F1 with "
      "precision "
      ">= %.3f\n",
      set.size(), kMinPrecision);
  std::vector<Rule> rules;
  for (int tj = 20; tj <= 90; tj += 5) rules.push_back({tj / 100.0, 2, 2});
  for (int tj = 25; tj <= 101; tj += 5)
    for (int tc = 30; tc <= 95; tc += 5)
      for (int fl = 5; fl <= 30 && fl < tj; fl += 5)
        rules.push_back({std::min(tj, 101) / 100.0, tc / 100.0, fl / 100.0});
  std::printf("%-3s %-4s | %-37s | %-40s\n", "k", "n",
              "best Jaccard rule (P R F1 fp)",
              "best Jaccard-or-containment rule (P R F1)");
  for (size_t k : {2, 3, 4, 5, 6, 7, 8}) {
    std::vector<Signed> s(docs.size());
    for (uint32_t i : set) {
      s[i].shingles = stories::internal::ShingleHashes(docs[i].text, k);
      s[i].sig.resize(stories::internal::kMaxHashFunctions);
      stories::internal::MinHash(s[i].shingles, s[i].sig);
    }
    Histogram h;
    for (size_t a = 0; a < set.size(); ++a) {
      const Signed& x = s[set[a]];
      if (x.shingles.size() < stories::kMinShingles) continue;
      for (size_t b = a + 1; b < set.size(); ++b) {
        const Signed& y = s[set[b]];
        if (y.shingles.size() < stories::kMinShingles) continue;
        const int t = PairTruth(truth, docs[set[a]], docs[set[b]]);
        if (t < 0) continue;
        size_t m = 0, prefix = 0;
        for (size_t ni = 0; ni < std::size(kSweepHashes); ++ni) {
          for (; prefix < kSweepHashes[ni]; ++prefix)
            m += x.sig[prefix] == y.sig[prefix];
          const double c = Containment(double(m) / double(prefix),
                                       uint32_t(x.shingles.size()),
                                       uint32_t(y.shingles.size()));
          const auto bucket = static_cast<size_t>(std::floor(c * 100 + 1e-9));
          (t == 1 ? h.pos : h.neg)[ni][m][std::min(bucket, kBuckets - 1)]++;
        }
      }
    }
    for (size_t ni = 0; ni < std::size(kSweepHashes); ++ni) {
      Rule best_j{}, best_c{};
      Counts cj, cc;
      double fj = -1, fc = -1;
      for (const Rule& r : rules) {
        const Counts c = Apply(h, ni, r);
        double& best = r.tc > 1 ? fj : fc;
        if (c.Precision() < kMinPrecision || c.F1() <= best) continue;
        best = c.F1();
        (r.tc > 1 ? cj : cc) = c;
        (r.tc > 1 ? best_j : best_c) = r;
      }
      std::printf(
          "%-3zu %-4zu | J>=%.2f  %.4f %.4f %.4f fp %-4zu | J>=%.2f or "
          "(J>=%.2f, C>=%.2f) "
          "%.4f %.4f %.4f fp %zu\n",
          k, kSweepHashes[ni], best_j.tj, cj.Precision(), cj.Recall(), cj.F1(),
          cj.fp, best_c.tj, best_c.floor, best_c.tc, cc.Precision(),
          cc.Recall(), cc.F1(), cc.fp);
    }
    if (k != stories::kShingleWords) continue;
    // The chosen shingle size in detail: the rule in the header at each
    // signature length, and thresholds around it.
    const Rule chosen{stories::kJaccardThreshold,
                      stories::kContainmentThreshold,
                      stories::kContainmentJaccardFloor};
    for (size_t ni = 0; ni < std::size(kSweepHashes); ++ni) {
      const Counts c = Apply(h, ni, chosen);
      std::printf(
          "  k=%zu n=%zu the header's rule: P %.4f R %.4f F1 %.4f (fp %zu, fn "
          "%zu)\n",
          k, kSweepHashes[ni], c.Precision(), c.Recall(), c.F1(), c.fp, c.fn);
    }
    const size_t ni64 = 1;
    // Containment where it matters most: a copy that is the first page of a
    // multi-page article (the truncate edit, outside the sweep's set).
    {
      size_t both = 0, j_only = 0, pairs = 0;
      for (uint32_t i = 0; i < docs.size(); ++i) {
        if (docs[i].edits != kTruncate) continue;
        const uint32_t source =
            i - 8;  // the copies follow their source in order
        if (docs[source].edits != 0 || docs[source].source != docs[i].source)
          continue;
        std::vector<uint32_t> a(stories::internal::kMaxHashFunctions),
            b(stories::internal::kMaxHashFunctions);
        const auto sa = stories::internal::ShingleHashes(docs[source].text, k);
        const auto sb = stories::internal::ShingleHashes(docs[i].text, k);
        if (sa.size() < stories::kMinShingles ||
            sb.size() < stories::kMinShingles)
          continue;
        stories::internal::MinHash(sa, a);
        stories::internal::MinHash(sb, b);
        size_t m = 0;
        for (size_t x = 0; x < 64; ++x) m += a[x] == b[x];
        const double j = m / 64.0;
        const double c =
            Containment(j, uint32_t(sa.size()), uint32_t(sb.size()));
        ++pairs;
        j_only += j >= stories::kJaccardThreshold;
        both += j >= stories::kJaccardThreshold ||
                (j >= stories::kContainmentJaccardFloor &&
                 c >= stories::kContainmentThreshold);
      }
      std::printf(
          "  k=%zu n=64 original-truncate recall: Jaccard alone (J>=%.2f) "
          "%.4f, with "
          "containment %.4f (%zu pairs)\n",
          k, stories::kJaccardThreshold, double(j_only) / pairs,
          double(both) / pairs, pairs);
    }
    std::printf("  k=%zu n=64 Jaccard alone:", k);
    for (int tj = 30; tj <= 80; tj += 5) {
      const Counts c = Apply(h, ni64, {tj / 100.0, 2, 2});
      std::printf(" %.2f:P%.4f/R%.4f", tj / 100.0, c.Precision(), c.Recall());
    }
    std::printf("\n  k=%zu n=64 J>=%.2f or (J>=floor, C>=tc):\n", k,
                stories::kJaccardThreshold);
    for (int fl = 10; fl <= 30; fl += 5) {
      std::printf("    floor %.2f:", fl / 100.0);
      for (int tc = 60; tc <= 90; tc += 5) {
        const Counts c = Apply(
            h, ni64, {stories::kJaccardThreshold, tc / 100.0, fl / 100.0});
        std::printf(" C%.2f:P%.4f/R%.4f", tc / 100.0, c.Precision(),
                    c.Recall());
      }
      std::printf("\n");
    }
    // MinHash estimates against the exact Jaccard similarity (positive pairs
    // and the negatives that look alike), and the LSH band layouts.
    double se[4] = {}, theory[4] = {};
    size_t checked = 0;
    const size_t layouts[] = {1, 2, 4, 8};  // rows per band at n = 64
    size_t accepted = 0, missed[4] = {}, candidates[4] = {};
    for (size_t a = 0; a < set.size(); ++a) {
      const Signed& x = s[set[a]];
      if (x.shingles.size() < stories::kMinShingles) continue;
      for (size_t b = a + 1; b < set.size(); ++b) {
        const Signed& y = s[set[b]];
        if (y.shingles.size() < stories::kMinShingles) continue;
        const int t = PairTruth(truth, docs[set[a]], docs[set[b]]);
        if (t < 0) continue;
        size_t m256 = 0;
        for (size_t i = 0; i < 256; ++i) m256 += x.sig[i] == y.sig[i];
        for (size_t li = 0; li < 4; ++li) {
          const size_t r = layouts[li];
          for (size_t band = 0; band < 64 / r; ++band) {
            bool eq = true;
            for (size_t i = band * r; i < band * r + r && eq; ++i)
              eq = x.sig[i] == y.sig[i];
            if (eq) {
              ++candidates[li];
              break;
            }
          }
        }
        if (t == 1) {
          size_t m64 = 0;
          for (size_t i = 0; i < 64; ++i) m64 += x.sig[i] == y.sig[i];
          const double j64 = m64 / 64.0;
          if (j64 >= stories::kJaccardThreshold ||
              (j64 >= stories::kContainmentJaccardFloor &&
               Containment(j64, uint32_t(x.shingles.size()),
                           uint32_t(y.shingles.size())) >=
                   stories::kContainmentThreshold)) {
            ++accepted;
            for (size_t li = 0; li < 4; ++li) {
              const size_t r = layouts[li];
              bool hit = false;
              for (size_t band = 0; band < 64 / r && !hit; ++band) {
                bool eq = true;
                for (size_t i = band * r; i < band * r + r && eq; ++i)
                  eq = x.sig[i] == y.sig[i];
                hit = eq;
              }
              missed[li] += !hit;
            }
          }
        }
        if (t != 1 && m256 < 26)
          continue;  // negatives below J ~0.1: not checked
        std::vector<uint64_t> both;
        std::set_intersection(x.shingles.begin(), x.shingles.end(),
                              y.shingles.begin(), y.shingles.end(),
                              std::back_inserter(both));
        const double exact =
            double(both.size()) /
            double(x.shingles.size() + y.shingles.size() - both.size());
        ++checked;
        size_t m = 0, prefix = 0;
        for (size_t ni = 0; ni < 4; ++ni) {
          for (; prefix < kSweepHashes[ni]; ++prefix)
            m += x.sig[prefix] == y.sig[prefix];
          const double est = double(m) / double(prefix);
          se[ni] += (est - exact) * (est - exact);
          theory[ni] += exact * (1 - exact) / double(prefix);
        }
      }
    }
    std::printf(
        "  MinHash against exact Jaccard on %zu pairs: RMS error (expected for "
        "random "
        "permutations)",
        checked);
    for (size_t ni = 0; ni < 4; ++ni)
      std::printf(" n=%zu %.4f (%.4f)", kSweepHashes[ni],
                  std::sqrt(se[ni] / checked), std::sqrt(theory[ni] / checked));
    std::printf("\n  LSH at n=64 (%zu true pairs accepted by the rule):\n",
                accepted);
    for (size_t li = 0; li < 4; ++li)
      std::printf(
          "    %2zu bands x %zu rows: %zu of them share no band (%.2f %%); %zu "
          "candidate "
          "pairs in all (%.1f per text)\n",
          64 / layouts[li], layouts[li], missed[li],
          100.0 * missed[li] / accepted, candidates[li],
          2.0 * candidates[li] / set.size());
  }
}

// ---------------------------------------------------------------- main

int Run(const Options& opt) {
  std::ifstream probe(opt.articles);
  if (!probe) {
    std::fprintf(stderr, "skipped: %s is not there (../shared is absent)\n",
                 opt.articles.c_str());
    return 77;
  }
  const std::vector<Article> articles = LoadArticles(opt.articles, opt.half);
  Truth truth = LoadTruth(opt.labels, articles);
  const std::vector<Doc> docs = MakeDocs(articles, opt);
  if (!opt.show.empty()) {
    for (const Doc& d : docs)
      if (articles[d.source].id == opt.show)
        std::printf("=== %s (%u shingles)\n%s\n\n", EditName(d.edits).c_str(),
                    d.fp.shingles, d.text.c_str());
    return 0;
  }
  if (opt.sweep) {
    Sweep(docs, truth);
    return 0;
  }
  const PairReport issue = EvaluatePairs(docs, articles, truth, false);
  const PairReport all = EvaluatePairs(docs, articles, truth, true);
  const ClusterReport ci = EvaluateClusters(docs, truth, false, opt.seed);
  const ClusterReport ca = EvaluateClusters(docs, truth, true, opt.seed);
  size_t empty = 0;
  for (const Doc& d : docs) empty += d.fp.empty;
  if (opt.json) {
    std::printf(
        "{\"half\": \"%s\", \"articles\": %zu, \"texts\": %zu, \"empty\": "
        "%zu,\n",
        opt.half.c_str(), articles.size(), docs.size(), empty);
    auto counts = [](const char* name, const Counts& c) {
      std::printf(
          " \"%s_precision\": %.4f, \"%s_recall\": %.4f, \"%s_f1\": %.4f,\n",
          name, c.Precision(), name, c.Recall(), name, c.F1());
    };
    counts("pair", issue.all);
    counts("pair_all_edits", all.all);
    counts("cluster_pair", ci.pairs);
    counts("cluster_pair_all_edits", ca.pairs);
    std::printf(" \"bcubed_precision\": %.4f, \"bcubed_recall\": %.4f,\n",
                ci.bcubed_precision, ci.bcubed_recall);
    size_t topic_fp = 0, topic_pairs = 0;
    for (const auto& [group, v] : all.negatives)
      if (group.starts_with("same topic"))
        topic_fp += v.first, topic_pairs += v.second;
    std::printf(
        " \"same_topic_false_positives\": %zu, \"same_topic_pairs\": %zu,\n",
        topic_fp, topic_pairs);
    std::printf(" \"recall_by_edit\": {");
    bool first = true;
    for (const auto& [group, c] : all.positives) {
      std::printf("%s\"%s\": %.4f", first ? "" : ", ", group.c_str(),
                  c.Recall());
      first = false;
    }
    std::printf("}}\n");
    return 0;
  }
  std::printf(
      "half %s: %zu articles (%zu Kompas, %zu Tribunnews, %zu on one topic), "
      "%zu texts "
      "with the copies, %zu too short to fingerprint\n",
      opt.half.c_str(), articles.size(),
      size_t(
          std::count_if(articles.begin(), articles.end(),
                        [](auto& a) { return a.outlet == Outlet::kKompas; })),
      size_t(std::count_if(
          articles.begin(), articles.end(),
          [](auto& a) { return a.outlet == Outlet::kTribunnews; })),
      size_t(std::count_if(articles.begin(), articles.end(),
                           [](auto& a) { return a.outlet == Outlet::kTopic; })),
      docs.size(), empty);
  std::printf(
      "reviewed real pairs in this half: %zu copies, %zu same event (left "
      "out), %zu "
      "unsure (left out)\n",
      truth.copy_pairs, truth.event_pairs, truth.unsure_pairs);
  std::printf(
      "text: %s; shingles of %zu words, %zu MinHash values, %zu bands; same "
      "story when "
      "J >= %.2f or (J >= %.2f and C >= %.2f)\n",
      opt.raw ? "as given (--raw)" : "cleaned", stories::kShingleWords,
      stories::kMinHashes, stories::kBands, stories::kJaccardThreshold,
      stories::kContainmentJaccardFloor, stories::kContainmentThreshold);
  auto line = [](const char* what, const Counts& c) {
    std::printf("  %-44s P %.4f  R %.4f  F1 %.4f  (tp %zu, fp %zu, fn %zu)\n",
                what, c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn);
  };
  std::printf("pairs (SameStory on every pair):\n");
  line("the issue's edits", issue.all);
  line("with truncate and damage", all.all);
  std::printf("  true pairs accepted but sharing no LSH band: %zu\n",
              all.lsh_misses);
  std::printf(
      "  left out (\"event\" and \"unsure\" originals): %zu of %zu grouped\n",
      all.left_out_grouped, all.left_out);
  std::printf("recall by kind of pair:\n");
  for (const auto& [group, c] : all.positives)
    std::printf("  %-44s %.4f  (%zu of %zu)\n", group.c_str(), c.Recall(), c.tp,
                c.tp + c.fn);
  std::printf("unrelated pairs grouped (false positives):\n");
  for (const auto& [group, v] : all.negatives)
    std::printf("  %-44s %zu of %zu\n", group.c_str(), v.first, v.second);
  auto cluster = [](const char* what, const ClusterReport& c) {
    std::printf(
        "  %-26s pairs P %.4f R %.4f F1 %.4f; B-cubed P %.4f R %.4f; %zu texts "
        "-> %zu "
        "stories (truth %zu), %zu recovered exactly\n",
        what, c.pairs.Precision(), c.pairs.Recall(), c.pairs.F1(),
        c.bcubed_precision, c.bcubed_recall, c.articles, c.stories,
        c.true_stories, c.exact);
  };
  std::printf("clusters (StoryGrouper over the whole set, shuffled):\n");
  cluster("the issue's edits", ci);
  cluster("with truncate and damage", ca);
  if (opt.errors > 0) PrintErrors(all, docs, articles, opt.errors);
  return 0;
}

}  // namespace
}  // namespace warta::bench

int main(int argc, char** argv) {
  warta::bench::Options opt;
  const std::string root = std::string(WARTA_SOURCE_DIR);
  opt.articles = root + "/../shared/data/news/articles.jsonl";
  opt.labels = root + "/tools/eval/story_real_pairs.tsv";
  CLI::App app{
      "Story grouping on edited copies of real articles and unrelated pairs"};
  app.add_option("--articles", opt.articles, "JSON Lines of real articles")
      ->capture_default_str();
  app.add_option("--labels", opt.labels, "reviewed real pairs (TSV)")
      ->capture_default_str();
  app.add_option("--half", opt.half,
                 "odd (development), even (held out) or all")
      ->check(CLI::IsMember({"odd", "even", "all"}))
      ->capture_default_str();
  app.add_option("--seed", opt.seed, "seed of the edits and of the order")
      ->capture_default_str();
  app.add_flag("--json", opt.json, "one JSON object of the figures");
  app.add_flag("--raw", opt.raw, "fingerprint the text as given, not cleaned");
  app.add_flag("--sweep", opt.sweep,
               "measure other shingle sizes, signature lengths and rules");
  app.add_option("--errors", opt.errors,
                 "list this many false positives and negatives");
  app.add_option("--show", opt.show,
                 "print the copies of the article with this id");
  CLI11_PARSE(app, argc, argv);
  return warta::bench::Run(opt);
}
