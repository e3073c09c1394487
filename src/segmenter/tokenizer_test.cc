#include "segmenter/tokenizer.h"

#include <gtest/gtest.h>

namespace warta::segmenter {
namespace {

// Tokens joined by "|".
std::string Tokens(std::string_view text) {
  std::vector<SurfaceToken> tokens;
  Tokenize(text, &tokens);
  std::string out;
  for (const SurfaceToken& t : tokens) {
    if (!out.empty()) out += '|';
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

TEST(TokenizerTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      // Reduplication, hyphenated words and numbers with suffixes.
      {"roket-roket dan upaya-upaya", "roket-roket|dan|upaya-upaya"},
      {"Kim Jong-un tiba.", "Kim|Jong-un|tiba|."},
      {"tahun 1960-an, ke-5", "tahun|1960-an|,|ke-5"},
      // Numbers, money, dates and times.
      {"lebih dari 1.000 kontainer", "lebih|dari|1.000|kontainer"},
      {"naik 2,5 persen", "naik|2,5|persen"},
      {"Rp 5 juta atau Rp5.000", "Rp|5|juta|atau|Rp|5.000"},
      {"Rp66,5 triliun, RP2,75 juta, Rp10:30", "Rp|66,5|triliun|,|RP|2,75|juta|,|Rp|10:30"},
      {"Rpx,5 dan Rp5,", "Rpx|,|5|dan|Rp|5|,"},
      {"Jumat (20/10) dan Senin (29/12/2014)",
       "Jumat|(|20/10|)|dan|Senin|(|29/12/2014|)"},
      {"pukul 20.00 WIB", "pukul|20.00|WIB"},
      {"pukul 10:30.", "pukul|10:30|."},
      {"kaliber .50 itu", "kaliber|.50|itu"},
      // Abbreviation periods are tokens of their own, as in UD.
      {"Prof. Dr. Budi", "Prof|.|Dr|.|Budi"},
      {"Jl. Sudirman No. 5", "Jl|.|Sudirman|No|.|5"},
      {"Budi, S.H., M.H.", "Budi|,|S.H|.|,|M.H|."},
      {"dll. dan", "dll|.|dan"},
      // A missing space after a period splits; a domain does not.
      {"tahun 2019.Dia pergi", "tahun|2019|.|Dia|pergi"},
      {"JAKARTA, KOMPAS.com -", "JAKARTA|,|KOMPAS.com|-"},
      // URLs, e-mail, handles and hashtags.
      {"lihat https://www.kompas.com/read/2023/10/20/abc.html.",
       "lihat|https://www.kompas.com/read/2023/10/20/abc.html|."},
      {"(www.antaranews.com)", "(|www.antaranews.com|)"},
      {"kirim ke redaksi@kompas.co.id.", "kirim|ke|redaksi@kompas.co.id|."},
      {"akun @kompascom dan #PemiluDamai", "akun|@kompascom|dan|#PemiluDamai"},
      // Quotes and brackets.
      {"\"Saya tidak tahu,\" katanya.", "\"|Saya|tidak|tahu|,|\"|katanya|."},
      {"\xE2\x80\x9CYa.\xE2\x80\x9D", "\xE2\x80\x9C|Ya|.|\xE2\x80\x9D"},
      {"'Sahabatnya' Xi", "'|Sahabatnya|'|Xi"},
      {"Lloyd's dan Jum'at", "Lloyd's|dan|Jum'at"},
      // Repeated punctuation, as UD Indonesian writes it.
      {"Apa??? Tidak... ``ya'' -- oke", "Apa|?|?|?|Tidak|.|.|.|``|ya|''|--|oke"},
      // Superscripts and entities left by scrapers.
      {"10 km\xC2\xB2 &amp; 14&amp;nbsp", "10|km\xC2\xB2|&amp;|14&amp;nbsp"},
      {"P&G dan AT&T", "P&G|dan|AT&T"},
      {"dan/atau 19:4-6", "dan|/|atau|19:4-6"},
      // Ranges of numbers and months and words joined by a slash split, as
      // both UD Indonesian treebanks write them; dates, names and
      // single letters do not.
      {"naik 5-10 persen pada 1887-1899", "naik|5|-|10|persen|pada|1887|-|1899"},
      {"skor 2-2 dan 3-1", "skor|2-2|dan|3-1"},
      {"ekspor Januari-September dan Mei-juni", "ekspor|Januari|-|September|dan|Mei|-|juni"},
      {"kata IMF/WB soal MPR/DPR", "kata|IMF|/|WB|soal|MPR|/|DPR"},
      {"Jumat-Minggu (2-4/4/2021), 2019/2020, S/A, Covid-19, Bapepam-LK, April-26",
       "Jumat-Minggu|(|2-4/4/2021|)|,|2019/2020|,|S/A|,|Covid-19|,|Bapepam-LK|,|April-26"},
      {"", ""},
      {"   ", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Tokens(in), want) << in;
}

TEST(TokenizerTest, Kinds) {
  std::string text = "Rp 1.000 pada 20/10 pukul 20.00 di https://a.id @b #c d@e.id";
  std::vector<SurfaceToken> t;
  Tokenize(text, &t);
  ASSERT_EQ(t.size(), 11u);
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_EQ(t[1].kind, TokenKind::kNumber);
  EXPECT_EQ(t[3].kind, TokenKind::kDate);
  EXPECT_EQ(t[7].kind, TokenKind::kUrl);
  EXPECT_EQ(t[8].kind, TokenKind::kHandle);
  EXPECT_EQ(t[9].kind, TokenKind::kHashtag);
  EXPECT_EQ(t[10].kind, TokenKind::kEmail);
}

TEST(TokenizerTest, SpacesAndLineBreaksBefore) {
  std::string text = "a,b\nc";
  std::vector<SurfaceToken> t;
  Tokenize(text, &t);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_FALSE(t[1].space_before);
  EXPECT_FALSE(t[2].space_before);
  EXPECT_TRUE(t[3].space_before);
  EXPECT_TRUE(t[3].newline_before);
}

TEST(TokenizerTest, NonLatinScriptsAndEmoji) {
  EXPECT_EQ(Tokens("Xi Jinping 习近平 😀 ok"), "Xi|Jinping|习近平|😀|ok");
}

}  // namespace
}  // namespace warta::segmenter
