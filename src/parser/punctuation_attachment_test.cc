#include "parser/punctuation_attachment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace warta::parser {
namespace {

struct Parsed {
  std::vector<int32_t> heads;
  std::vector<uint8_t> deprels;
};

// Runs the rule on words with the given heads (-1: the root); every word
// starts as "dep" so that a moved mark shows as "punct".
Parsed Attached(const std::vector<std::string_view>& words, std::vector<int32_t> heads) {
  std::vector<Upos> upos;
  for (std::string_view w : words) {
    const bool mark = w.size() <= 3 && !(w[0] >= 'a' && w[0] <= 'z') && !(w[0] >= 'A' && w[0] <= 'Z');
    upos.push_back(mark ? Upos::kPunct : Upos::kNoun);
  }
  Parsed p{std::move(heads), std::vector<uint8_t>(words.size(), DeprelId("dep"))};
  AttachPunctuation(words, upos, &p.heads, &p.deprels);
  return p;
}

TEST(PunctuationAttachmentTest, TheLastMarkGoesToTheRoot) {
  // "Presiden datang ." with the full stop hung on "Presiden".
  const Parsed p = Attached({"Presiden", "datang", "."}, {1, -1, 0});
  EXPECT_EQ(p.heads, (std::vector<int32_t>{1, -1, 1}));
  EXPECT_EQ(p.deprels[2], DeprelId("punct"));
  EXPECT_EQ(p.deprels[0], DeprelId("dep")) << "words keep their relations";
}

TEST(PunctuationAttachmentTest, BracketsGoToTheHeadOfWhatTheyEnclose) {
  // "rapat ( Senin pagi ) ditunda ." — the brackets hung on "rapat" and
  // "ditunda"; what they enclose has one head, "Senin".
  const Parsed p = Attached({"rapat", "(", "Senin", "pagi", ")", "ditunda", "."},
                            {5, 0, 0, 2, 5, -1, 5});
  EXPECT_EQ(p.heads[1], 2);
  EXPECT_EQ(p.heads[4], 2);
  EXPECT_EQ(p.heads[6], 5);
}

TEST(PunctuationAttachmentTest, QuotationMarksPairInOrder) {
  // ” Kami siap ” , katanya . — Indonesian newspapers open with ” too.
  const Parsed p = Attached({"\xE2\x80\x9D", "Kami", "siap", "\xE2\x80\x9D", ",", "katanya", "."},
                            {5, 2, 5, 5, 5, -1, 2});
  EXPECT_EQ(p.heads[0], 2);
  EXPECT_EQ(p.heads[3], 2);
  EXPECT_EQ(p.heads[4], 5) << "commas are left as they are";
  EXPECT_EQ(p.heads[6], 5);
}

TEST(PunctuationAttachmentTest, TellsWhichMarksTheRulesPlace) {
  // The trainer gives such marks of older trees these heads (the comma is
  // left unknown to it).
  const std::vector<std::string_view> words = {"rapat", "(", "Senin", ")", ",", "ditunda", "."};
  std::vector<Upos> upos(words.size(), Upos::kNoun);
  for (size_t i : {1, 3, 4, 6}) upos[i] = Upos::kPunct;
  std::vector<int32_t> heads = {5, 0, 0, 5, 5, -1, 0};
  std::vector<uint8_t> deprels(words.size(), DeprelId("dep"));
  std::vector<bool> placed;
  AttachPunctuation(words, upos, &heads, &deprels, &placed);
  EXPECT_EQ(placed, (std::vector<bool>{false, true, false, true, false, false, true}));
  EXPECT_EQ(heads, (std::vector<int32_t>{5, 2, 0, 2, 5, -1, 5}));
}

TEST(PunctuationAttachmentTest, MarksStayWhereMovingThemWouldBreakTheTree) {
  // What a pair encloses has two heads: the marks stay.
  Parsed p = Attached({"(", "Senin", "Selasa", ")", "rapat"}, {4, 4, 4, 4, -1});
  EXPECT_EQ(p.heads, (std::vector<int32_t>{4, 4, 4, 4, -1}));
  // A mark is not hung below a word that depends on it: "rapat" depends on
  // ")" here, and "Senin" on "rapat".
  p = Attached({"rapat", "(", "Senin", ")", "ditunda"}, {3, 0, 0, 4, -1});
  EXPECT_EQ(p.heads, (std::vector<int32_t>{3, 2, 0, 4, -1}));
  // A one-word sentence stays.
  p = Attached({"."}, {-1});
  EXPECT_EQ(p.heads, (std::vector<int32_t>{-1}));
}

}  // namespace
}  // namespace warta::parser
