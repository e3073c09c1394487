// Cleaner and segmenter throughput on real Indonesian news articles.
//
//   build/bench/segmenter_benchmark --benchmark_min_time=2
//
// Reports MB/s (bytes_per_second), documents/s (items_per_second) and
// tokens/s; figures go in docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <initializer_list>
#include <optional>

#include "bench_corpus.h"
#include "cleaner/cleaner.h"
#include "entities/entity_linker.h"
#include "events/event_coder.h"
#include "morphology/morphology.h"
#include "parser/parser.h"
#include "quotes/quote_extractor.h"
#include "segmenter/segmenter.h"
#include "tagger/tagger.h"
#include "timex/timex_normalizer.h"
#include "warta/pipeline.h"
#include "warta/writer.h"

namespace warta::bench {
namespace {

bool HaveCorpus(benchmark::State& state) {
  std::string where;
  if (DevArticles(&where).empty()) {
    state.SkipWithError(("no articles under " + where +
                         " (../shared is absent); nothing to measure")
                            .c_str());
    return false;
  }
  return true;
}

void Report(benchmark::State& state, size_t bytes, size_t docs, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}

// Cleaner alone: Unicode normalisation, boilerplate, dateline.
void BM_Clean(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  const auto& articles = DevArticles();
  cleaner::Cleaner cleaner{CleanerOptions{}};
  Scratch scratch;
  Document doc;
  size_t bytes = 0, docs = 0;
  for (auto _ : state) {
    for (const std::string& a : articles) {
      doc.raw = a;
      doc.removed.clear();
      doc.warnings.clear();
      if (!cleaner.Process(doc, scratch).ok()) state.SkipWithError("clean");
      bytes += a.size();
      ++docs;
    }
  }
  Report(state, bytes, docs, 0);
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

// Segmenter alone, on text the cleaner has already produced.
void BM_Segment(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  cleaner::Cleaner cleaner{CleanerOptions{}};
  segmenter::Segmenter segmenter{SegmenterOptions{}};
  Scratch scratch;
  std::vector<Document> cleaned;
  for (const std::string& a : DevArticles()) {
    Document d;
    d.raw = a;
    if (cleaner.Process(d, scratch).ok()) {
      d.layers = Layer::kText;
      cleaned.push_back(std::move(d));
    }
  }
  size_t bytes = 0, docs = 0, tokens = 0;
  for (auto _ : state) {
    for (Document& d : cleaned) {
      if (!segmenter.Process(d, scratch).ok()) state.SkipWithError("segment");
      bytes += d.text.size();
      tokens += d.tokens.size();
      ++docs;
    }
  }
  Report(state, bytes, docs, tokens);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);


// Clean + segment from raw article bytes: the figure the foundation issue
// asks for.
void BM_CleanAndSegment(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  const auto& articles = DevArticles();
  auto pipeline = std::make_optional(CleanAndSegment());
  Scratch scratch;
  size_t bytes = 0, docs = 0, tokens = 0;
  for (auto _ : state) {
    for (const std::string& a : articles) {
      Document doc;
      doc.raw = a;
      if (!pipeline->Process(doc, scratch).ok()) state.SkipWithError("run");
      bytes += a.size();
      tokens += doc.tokens.size();
      ++docs;
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  Report(state, bytes, docs, tokens);
}
BENCHMARK(BM_CleanAndSegment)->Unit(benchmark::kMillisecond);

// The dev articles cleaned and segmented, then run through `before` (the
// stages a benchmarked stage needs first).
std::vector<Document> PreparedDocs(std::initializer_list<const Stage*> before,
                                   Scratch& scratch) {
  Pipeline segment = CleanAndSegment();
  std::vector<Document> docs;
  for (const std::string& a : DevArticles()) {
    Document d;
    d.raw = a;
    bool ok = segment.Process(d, scratch).ok();
    for (const Stage* stage : before) {
      if (!ok) break;
      ok = stage->Process(d, scratch).ok();
      d.layers = d.layers | stage->Provides();
    }
    if (ok) docs.push_back(std::move(d));
  }
  return docs;
}

// Times `stages` on `docs`, reporting MB/s, documents/s and tokens/s.
void TimeStages(benchmark::State& state, std::vector<Document>& docs,
                std::initializer_list<const Stage*> stages, Scratch& scratch) {
  size_t bytes = 0, n = 0, tokens = 0;
  for (auto _ : state) {
    for (Document& d : docs) {
      for (const Stage* stage : stages)
        if (!stage->Process(d, scratch).ok()) state.SkipWithError(std::string(stage->Name()).c_str());
      bytes += d.text.size();
      tokens += d.tokens.size();
      ++n;
    }
  }
  Report(state, bytes, n, tokens);
}

// The morphology stage alone, on segmented documents (root word of every
// token, with the per-thread cache of the Scratch).
void BM_Morphology(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto morphology = morphology::Morphology::Create(MorphologyOptions{});
  if (!morphology.ok()) {
    state.SkipWithError(morphology.status().message().c_str());
    return;
  }
  Scratch scratch;
  std::vector<Document> docs = PreparedDocs({}, scratch);
  TimeStages(state, docs, {morphology->get()}, scratch);
}
BENCHMARK(BM_Morphology)->Unit(benchmark::kMillisecond);

// The morphology and tagger stages, loaded from the default files; false
// (and the benchmark skipped with the reason) when they cannot be.
struct TaggingStages {
  std::unique_ptr<morphology::Morphology> morphology;
  std::unique_ptr<tagger::Tagger> tagger;
};
bool LoadTaggingStages(benchmark::State& state, TaggingStages* stages) {
  auto morphology = morphology::Morphology::Create(MorphologyOptions{});
  if (!morphology.ok()) {
    state.SkipWithError(morphology.status().message().c_str());
    return false;
  }
  auto tagger = tagger::Tagger::Create(TaggerOptions{}, (*morphology)->analyzer().shared_lexicon());
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().message().c_str());
    return false;
  }
  stages->morphology = std::move(*morphology);
  stages->tagger = std::move(*tagger);
  return true;
}

// The tagger stage alone (UPOS + NER together) on documents that have
// tokens and root words: the figure the tagger issue asks for (tokens/s).
void BM_Tagger(benchmark::State& state) {
  TaggingStages stages;
  if (!HaveCorpus(state) || !LoadTaggingStages(state, &stages)) return;
  Scratch scratch;
  std::vector<Document> docs = PreparedDocs({stages.morphology.get()}, scratch);
  TimeStages(state, docs, {stages.tagger.get()}, scratch);
}
BENCHMARK(BM_Tagger)->Unit(benchmark::kMillisecond);

// The parser stage with the default model, or null (the benchmark then
// skips with the error).
std::unique_ptr<Stage> LoadParser(benchmark::State& state) {
  auto parser = parser::Parser::Create(ParserOptions{});
  if (!parser.ok()) {
    state.SkipWithError(parser.status().message().c_str());
    return nullptr;
  }
  return std::move(*parser);
}

// The dependency parser alone on tagged documents (tokens/s: the parser
// issue asks for 250,000 a core).
void BM_Parser(benchmark::State& state) {
  TaggingStages stages;
  if (!HaveCorpus(state) || !LoadTaggingStages(state, &stages)) return;
  const std::unique_ptr<Stage> parser = LoadParser(state);
  if (parser == nullptr) return;
  Scratch scratch;
  std::vector<Document> docs =
      PreparedDocs({stages.morphology.get(), stages.tagger.get()}, scratch);
  TimeStages(state, docs, {parser.get()}, scratch);
}
BENCHMARK(BM_Parser)->Unit(benchmark::kMillisecond);

// The entities and quotes stages on tagged documents: their share of the
// pipeline's time per article (the quotes issue allows 20 %).
void BM_EntitiesAndQuotes(benchmark::State& state) {
  TaggingStages stages;
  if (!HaveCorpus(state) || !LoadTaggingStages(state, &stages)) return;
  entities::EntityLinker linker;
  quotes::QuoteExtractor extractor;
  Scratch scratch;
  std::vector<Document> docs =
      PreparedDocs({stages.morphology.get(), stages.tagger.get()}, scratch);
  TimeStages(state, docs, {&linker, &extractor}, scratch);
}
BENCHMARK(BM_EntitiesAndQuotes)->Unit(benchmark::kMillisecond);

// The time and events stages on parsed documents with entities and quotes.
void BM_TimeAndEvents(benchmark::State& state) {
  TaggingStages stages;
  if (!HaveCorpus(state) || !LoadTaggingStages(state, &stages)) return;
  const std::unique_ptr<Stage> parser = LoadParser(state);
  if (parser == nullptr) return;
  entities::EntityLinker linker;
  quotes::QuoteExtractor extractor;
  timex::TimexNormalizer time;
  events::EventCoder coder;
  Scratch scratch;
  std::vector<Document> docs = PreparedDocs(
      {stages.morphology.get(), stages.tagger.get(), parser.get(), &linker, &extractor}, scratch);
  TimeStages(state, docs, {&time, &coder}, scratch);
}
BENCHMARK(BM_TimeAndEvents)->Unit(benchmark::kMillisecond);

// The default pipeline as `warta annotate` runs it (clean, segment,
// morphology, tagger, parser, entities, quotes, time, events), from raw article
// bytes: the articles/s figure of the events issue.
void BM_DefaultPipeline(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().message().c_str());
    return;
  }
  Scratch scratch;
  size_t bytes = 0, docs = 0, tokens = 0;
  for (auto _ : state) {
    for (const std::string& a : DevArticles()) {
      Document doc;
      doc.raw = a;
      if (!pipeline->Process(doc, scratch).ok()) state.SkipWithError("run");
      bytes += a.size();
      tokens += doc.tokens.size();
      ++docs;
    }
  }
  Report(state, bytes, docs, tokens);
}
BENCHMARK(BM_DefaultPipeline)->Unit(benchmark::kMillisecond);

// The same through Pipeline::ProcessBatch, state.range(0) articles a batch,
// as the batch commands can run it.
void BM_DefaultPipelineBatch(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().message().c_str());
    return;
  }
  Scratch scratch;
  size_t bytes = 0, docs = 0, tokens = 0;
  const std::vector<std::string>& articles = DevArticles();
  for (auto _ : state) {
    const size_t size = static_cast<size_t>(state.range(0));
    for (size_t first = 0; first < articles.size(); first += size) {
      std::vector<Document> batch(std::min<size_t>(size, articles.size() - first));
      for (size_t i = 0; i < batch.size(); ++i) batch[i].raw = articles[first + i];
      for (const Status& s : pipeline->ProcessBatch(batch, scratch)) {
        if (!s.ok()) state.SkipWithError("run");
      }
      for (const Document& doc : batch) {
        bytes += doc.raw.size();
        tokens += doc.tokens.size();
        ++docs;
      }
    }
  }
  Report(state, bytes, docs, tokens);
}
BENCHMARK(BM_DefaultPipelineBatch)->Arg(16)->Arg(64)->Arg(200)->Unit(benchmark::kMillisecond);

// JSON output of segmented documents (with the tokens array).
void BM_WriteJson(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  Scratch scratch;
  std::vector<Document> docs;
  for (const std::string& a : DevArticles()) {
    Document d;
    d.raw = a;
    if (pipeline->Process(d, scratch).ok()) docs.push_back(std::move(d));
  }
  std::string out;
  size_t bytes = 0, n = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      out.clear();
      AppendJson(d, JsonWriteOptions{}, &out);
      bytes += d.text.size();
      ++n;
    }
  }
  Report(state, bytes, n, 0);
}
BENCHMARK(BM_WriteJson)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace warta::bench

BENCHMARK_MAIN();
