// Test support: runs the default pipeline over a short text, for the unit
// tests of the stages that need the ones before them (entities, quotes,
// events). Header-only; used by tests, not by the library.
#ifndef WARTA_TESTING_DEFAULT_PIPELINE_H_
#define WARTA_TESTING_DEFAULT_PIPELINE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "warta/pipeline.h"

namespace warta::testing {

// `text` (published on `published`, if given) after the default pipeline;
// one pipeline serves the whole test program.
inline Document AnnotateWithDefaultPipeline(const std::string& text,
                                            const std::string& published = "") {
  static auto pipeline = Pipeline::CreateDefault(PipelineOptions{});
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  Document doc;
  doc.raw = text;
  doc.published = published;
  Scratch scratch;
  EXPECT_TRUE(pipeline->Process(doc, scratch).ok());
  return doc;
}

// Tests through the default pipeline: skipped without hunspell-id.
class DefaultPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
  }
};

}  // namespace warta::testing

#endif  // WARTA_TESTING_DEFAULT_PIPELINE_H_
