// Golden files: the whole cleaned text of the bundled example article is
// pinned, so any change to what the cleaner keeps or drops shows up here.
// To update after an intended change:
//   build/warta annotate examples/lavrov-pyongyang.txt --compact |
//     python3 -c "import json,sys; sys.stdout.write(json.load(sys.stdin)['text'])"
//   (writing to tests/golden/cleaner/lavrov-pyongyang.txt)
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "warta/pipeline.h"

namespace warta {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document AnnotateExample() {
  auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  EXPECT_TRUE(pipeline.ok());
  Document doc;
  doc.raw = ReadFile(std::string(WARTA_SOURCE_DIR) +
                     "/examples/lavrov-pyongyang.txt");
  Scratch scratch;
  EXPECT_TRUE(pipeline->Process(doc, scratch).ok());
  return doc;
}

TEST(GoldenTest, ExampleArticleCleanedText) {
  Document doc = AnnotateExample();
  EXPECT_EQ(doc.text, ReadFile(std::string(WARTA_SOURCE_DIR) +
                               "/tests/golden/cleaner/lavrov-pyongyang.txt"));
}

TEST(GoldenTest, ExampleArticleLosesItsBoilerplate) {
  Document doc = AnnotateExample();
  EXPECT_EQ(doc.text.find("BACA JUGA"), std::string::npos);
  EXPECT_EQ(doc.text.find("Sahabatnya"), std::string::npos);
  EXPECT_EQ(doc.text.find("Pabrik Senjata"), std::string::npos);
  EXPECT_EQ(doc.text.find("[ft/ah]"), std::string::npos);
  ASSERT_EQ(doc.removed.size(), 3u);
  EXPECT_EQ(doc.removed[2].text, "[ft/ah]");
}

TEST(GoldenTest, ExampleArticleSentencesResumeAfterGluedHeadlines) {
  Document doc = AnnotateExample();
  bool gedung = false, setelah = false;
  for (const Sentence& s : doc.sentences) {
    std::string_view text = doc.Slice(s.span);
    gedung |= text.starts_with("Gedung Putih mengatakan pada pekan lalu");
    setelah |= text.starts_with("Setelah dia tiba");
  }
  EXPECT_TRUE(gedung);
  EXPECT_TRUE(setelah);
  EXPECT_EQ(doc.sentences.size(), 20u);
}

// Who said what in the example article: all twelve statements, with
// speaker and cue (tests/golden/quotes/lavrov-pyongyang.tsv).
TEST(GoldenTest, ExampleArticleQuotesAndSpeakers) {
  Document doc = AnnotateExample();
  std::vector<std::string> got;
  for (const Quote& q : doc.quotes) {
    std::string speaker =
        q.speaker == kNoIndex ? "-" : doc.entities[q.speaker].name;
    std::string content(doc.Slice(q.content));
    std::string line = std::string(q.kind == QuoteKind::kDirect ? "direct" : "indirect") +
                       "\t" + speaker + "\t" + std::string(doc.Slice(q.cue)) + "\t" + content;
    got.push_back(line);
  }
  std::istringstream expected(ReadFile(std::string(WARTA_SOURCE_DIR) +
                                       "/tests/golden/quotes/lavrov-pyongyang.tsv"));
  std::string want;
  size_t i = 0;
  while (std::getline(expected, want)) {
    if (want.empty() || want[0] == '#') continue;
    ASSERT_LT(i, got.size()) << "missing: " << want;
    // The golden line gives the start of the content.
    EXPECT_EQ(got[i].substr(0, want.size()), want);
    ++i;
  }
  EXPECT_EQ(i, got.size());
}

}  // namespace
}  // namespace warta
