#include "cleaner/dateline.h"

#include <gtest/gtest.h>

namespace warta::cleaner {
namespace {

struct Case {
  const char* line;
  const char* dateline;  // nullptr: none
  const char* place;
  const char* source;
};

TEST(DatelineDetectorTest, Table) {
  const Case cases[] = {
      {"JAKARTA, KOMPAS.com - Harga naik.", "JAKARTA, KOMPAS.com -", "JAKARTA",
       "KOMPAS.com"},
      {"JAKARTA, KOMPAS.com \xE2\x80\x94 Harga naik.",
       "JAKARTA, KOMPAS.com \xE2\x80\x94", "JAKARTA", "KOMPAS.com"},
      {"Mataram, NTB (ANTARA News) - Hujan turun.",
       "Mataram, NTB (ANTARA News) -", "Mataram, NTB", "ANTARA News"},
      {"JAKARTA (Antara) - Hujan.", "JAKARTA (Antara) -", "JAKARTA", "Antara"},
      {"TEMPO.CO, Jakarta - Polisi datang.", "TEMPO.CO, Jakarta -", "Jakarta",
       "TEMPO.CO"},
      {"Jakarta, CNN Indonesia -- Sidang dibuka.",
       "Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"},
      {"Jakarta - Polisi menangkap dua orang.", "Jakarta -", "Jakarta", ""},
      {"NEW YORK, KOMPAS.com - Harga minyak turun.", "NEW YORK, KOMPAS.com -",
       "NEW YORK", "KOMPAS.com"},
      // Not datelines.
      {"Presiden Joko Widodo Bersama Para Menteri - yang datang.", nullptr, "",
       ""},
      {"Kim Jong-un datang ke Moskwa.", nullptr, "", ""},
      {"Harga naik - kata pedagang.", nullptr, "", ""},
      {"Menurut dia - dan juga mereka - harga naik.", nullptr, "", ""},
  };
  DatelineDetector detector;
  for (const Case& c : cases) {
    std::optional<Dateline> d = detector.Detect(c.line);
    if (c.dateline == nullptr) {
      EXPECT_FALSE(d.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(d.has_value()) << c.line;
    EXPECT_EQ(std::string_view(c.line).substr(d->span.begin, d->span.size()),
              c.dateline);
    EXPECT_EQ(d->place, c.place) << c.line;
    EXPECT_EQ(d->source, c.source) << c.line;
  }
}

}  // namespace
}  // namespace warta::cleaner
