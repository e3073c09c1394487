// The conformance suite every Store backend passes: the same articles in,
// the same answers out. SQLite runs always (a file in a temporary folder);
// PostgreSQL runs when $WARTA_TEST_POSTGRES names a server to use (a
// connection URI of a database the test may empty), as .ci/run sets it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "testing/default_pipeline.h"
#include "testing/test_postgres.h"
#include "warta/store.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

// Articles written for these tests.
constexpr const char* kAidText =
    "JAKARTA, KOMPAS.com - Pemerintah Indonesia mengirim bantuan ke Gaza pada "
    "Senin (9/10/2023). Menteri Luar Negeri Retno Marsudi mengatakan bantuan itu "
    "berupa obat-obatan dan makanan. \"Kami akan terus membantu warga Gaza,\" kata "
    "Retno di Jakarta. Pengiriman berikutnya direncanakan pekan depan dari Bandara "
    "Halim Perdanakusuma, menurut Kementerian Luar Negeri. Bantuan kemanusiaan "
    "tahap pertama diberangkatkan dengan pesawat TNI Angkatan Udara yang membawa "
    "puluhan ton logistik bagi para pengungsi di wilayah selatan.";

// The same wire story on another site: another dateline, a footer, the last
// sentence dropped.
constexpr const char* kAidCopyText =
    "Jakarta (ANTARA) - Pemerintah Indonesia mengirim bantuan ke Gaza pada "
    "Senin (9/10/2023). Menteri Luar Negeri Retno Marsudi mengatakan bantuan itu "
    "berupa obat-obatan dan makanan. \"Kami akan terus membantu warga Gaza,\" kata "
    "Retno di Jakarta. Pengiriman berikutnya direncanakan pekan depan dari Bandara "
    "Halim Perdanakusuma, menurut Kementerian Luar Negeri.\n\nPewarta: Redaksi "
    "Editor: Redaksi";

constexpr const char* kFloodText =
    "SURABAYA, KOMPAS.com - Banjir merendam ratusan rumah di Kabupaten Gresik, "
    "Jawa Timur, Rabu (11/10/2023). Kepala Pelaksana BPBD Sutrisno mengatakan "
    "warga telah dievakuasi ke balai desa. \"Air mulai surut sore ini,\" ujar "
    "Sutrisno. Polisi menangkap dua orang yang diduga menjarah toko saat banjir. "
    "Bantuan makanan dikirimkan oleh relawan ke posko pengungsian di Kecamatan "
    "Menganti sejak pagi hari.";

constexpr const char* kTradeText =
    "Menteri Perdagangan Zulkifli Hasan menyatakan ekspor kopi naik pada "
    "September 2023. Zulkifli menuduh pedagang perantara menaikkan harga di pasar. "
    "\"Kita akan awasi rantai pasok,\" kata Zulkifli di Jakarta, Kamis (12/10/2023). "
    "Kementerian Perdagangan juga mencatat kenaikan permintaan dari Jepang.";

Document Annotated(const std::string& text, const std::string& id, const std::string& url,
                   const std::string& published, const std::string& title) {
  Document doc = testing::AnnotateWithDefaultPipeline(text, published);
  doc.id = id;
  doc.url = url;
  doc.title = title;
  return doc;
}

std::vector<Document> FourArticles() {
  std::vector<Document> docs;
  docs.push_back(Annotated(kAidText, "aid", "https://www.kompas.com/read/2023/10/09/aid",
                           "2023-10-09", "Indonesia Kirim Bantuan ke Gaza"));
  docs.push_back(Annotated(kAidCopyText, "aid-copy",
                           "https://www.antaranews.com/berita/aid", "2023-10-10",
                           "RI kirim bantuan kemanusiaan ke Gaza"));
  docs.push_back(Annotated(kFloodText, "flood",
                           "https://regional.kompas.com/read/2023/10/11/flood",
                           "2023-10-11", "Banjir Rendam Gresik"));
  docs.push_back(Annotated(kTradeText, "trade", "https://money.kompas.com/read/trade",
                           "2023-10-12", "Ekspor Kopi Naik"));
  return docs;
}

// Where each backend's archive lives for one test.
struct Backend {
  std::string name;
  // An empty archive to open, or "" when the backend cannot run here.
  std::string (*fresh)(const std::string& test_name);
  std::string skip_reason;
};

void PrintTo(const Backend& backend, std::ostream* out) { *out << backend.name; }

std::string FreshSqlite(const std::string& test_name) {
  fs::path dir = fs::temp_directory_path() /
                 ("warta-store-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string name = test_name;
  std::replace(name.begin(), name.end(), '/', '-');
  fs::path file = dir / (name + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
  return file.string();
}

std::string FreshPostgres(const std::string&);

class StoreConformanceTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (!fs::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
    location_ = GetParam().fresh(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    // A server named but not there has failed the test already; a skip
    // after a failure would still run the test's body, on no store.
    if (location_.empty() && HasFailure()) FAIL() << "no archive to test";
    if (location_.empty()) GTEST_SKIP() << GetParam().skip_reason;
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }

  std::unique_ptr<Store> Open() {
    auto store = Store::Open(location_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  std::vector<IngestOutcome> IngestAll(const std::vector<Document>& docs) {
    auto outcomes = store_->Ingest(docs);
    EXPECT_TRUE(outcomes.ok()) << outcomes.status().ToString();
    return outcomes.ok() ? *outcomes : std::vector<IngestOutcome>{};
  }

  SearchResult SearchFor(const std::string& text, ArchiveFilter filter = {}) {
    SearchQuery query;
    query.text = text;
    query.filter = filter;
    auto result = store_->Search(query);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? *result : SearchResult{};
  }

  static std::vector<std::string> DocIds(const SearchResult& result) {
    std::vector<std::string> ids;
    for (const SearchHit& hit : result.hits) ids.push_back(hit.article.doc_id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::string location_;
  std::unique_ptr<Store> store_;
};

using Ids = std::vector<std::string>;

TEST_P(StoreConformanceTest, IngestsABatchAndCountsWhatItHolds) {
  std::vector<IngestOutcome> outcomes = IngestAll(FourArticles());
  ASSERT_EQ(outcomes.size(), 4u);
  for (const IngestOutcome& o : outcomes) {
    EXPECT_EQ(o.kind, IngestOutcome::Kind::kAdded);
    EXPECT_GT(o.article_id, 0);
    EXPECT_GT(o.story_id, 0);
  }
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->articles, 4u);
  EXPECT_EQ(stats->schema_version, kStoreSchemaVersion);
  EXPECT_GT(stats->entities, 3u);
  EXPECT_GE(stats->quotes, 3u);
  EXPECT_GT(stats->timex, 0u);
  EXPECT_EQ(store_->backend(), GetParam().name);
}

TEST_P(StoreConformanceTest, TheSameUrlOrTheSameTextIsOneArticle) {
  std::vector<IngestOutcome> first = IngestAll(FourArticles());
  std::vector<IngestOutcome> again = IngestAll(FourArticles());
  ASSERT_EQ(again.size(), 4u);
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].kind, IngestOutcome::Kind::kDuplicate);
    EXPECT_EQ(again[i].article_id, first[i].article_id);
  }
  // The same text under another URL, and another text under a stored URL.
  std::vector<Document> twins;
  twins.push_back(Annotated(kFloodText, "flood-mirror", "https://mirror.example/flood",
                            "2023-10-11", "Banjir"));
  twins.push_back(Annotated("Teks lain sama sekali tentang pasar saham hari ini.",
                            "trade-updated", "https://money.kompas.com/read/trade",
                            "2023-10-12", "Ekspor Kopi Naik"));
  // And one document twice in the same batch.
  twins.push_back(Annotated("Harga cabai naik menjelang Lebaran di Pasar Minggu.",
                            "chili", "", "2023-10-13", "Cabai"));
  twins.push_back(twins.back());
  std::vector<IngestOutcome> outcomes = IngestAll(twins);
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_EQ(outcomes[0].kind, IngestOutcome::Kind::kDuplicate);
  EXPECT_EQ(outcomes[0].article_id, first[2].article_id);
  EXPECT_EQ(outcomes[1].kind, IngestOutcome::Kind::kDuplicate);
  EXPECT_EQ(outcomes[1].article_id, first[3].article_id);
  EXPECT_EQ(outcomes[2].kind, IngestOutcome::Kind::kAdded);
  EXPECT_EQ(outcomes[3].kind, IngestOutcome::Kind::kDuplicate);
  EXPECT_EQ(outcomes[3].article_id, outcomes[2].article_id);
  EXPECT_EQ(store_->Stats()->articles, 5u);
}

TEST_P(StoreConformanceTest, SearchMatchesRootWords) {
  IngestAll(FourArticles());
  // mengirim (aid, aid-copy), pengiriman (aid, aid-copy), dikirimkan (flood)
  EXPECT_EQ(DocIds(SearchFor("kirim")), (Ids{"aid", "aid-copy", "flood"}));
  EXPECT_EQ(DocIds(SearchFor("pengiriman")), (Ids{"aid", "aid-copy", "flood"}));
  EXPECT_EQ(DocIds(SearchFor("KIRIM")), (Ids{"aid", "aid-copy", "flood"}));
  EXPECT_EQ(DocIds(SearchFor("kopi")), (Ids{"trade"}));
  EXPECT_TRUE(SearchFor("gempa").hits.empty());
  EXPECT_EQ(SearchFor("kirim").total, 3u);
}

TEST_P(StoreConformanceTest, SearchHasPhrasesOrAndNot) {
  IngestAll(FourArticles());
  // "bantuan makanan" is a phrase only in the flood article.
  EXPECT_EQ(DocIds(SearchFor("\"bantuan makanan\"")), (Ids{"flood"}));
  EXPECT_EQ(DocIds(SearchFor("bantuan makanan")), (Ids{"aid", "aid-copy", "flood"}));
  EXPECT_EQ(DocIds(SearchFor("kopi OR banjir")), (Ids{"flood", "trade"}));
  EXPECT_EQ(DocIds(SearchFor("kirim -banjir")), (Ids{"aid", "aid-copy"}));
  // Query syntax of the backends is taken as words, never as an error.
  EXPECT_EQ(DocIds(SearchFor("kopi AND \"naik")), (Ids{"trade"}));
  EXPECT_EQ(DocIds(SearchFor("(kopi*)")), (Ids{"trade"}));
  EXPECT_TRUE(SearchFor("NEAR(kopi)").hits.empty());
  EXPECT_TRUE(SearchFor("\"").hits.empty());
  EXPECT_TRUE(SearchFor("'; DROP TABLE articles; --").hits.empty());
}

TEST_P(StoreConformanceTest, SearchRanksAndHighlights) {
  IngestAll(FourArticles());
  SearchQuery query;
  query.text = "banjir";
  query.highlight_open = "<mark>";
  query.highlight_close = "</mark>";
  auto result = store_->Search(query);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  ASSERT_EQ(result->hits.size(), 1u);
  const SearchHit& hit = result->hits[0];
  EXPECT_EQ(hit.article.title, "Banjir Rendam Gresik");
  EXPECT_NE(hit.snippet.find("<mark>Banjir</mark>"), std::string::npos) << hit.snippet;
  EXPECT_GT(hit.score, 0);
  // The article whose title and text both speak of Gaza ranks first.
  SearchResult gaza = SearchFor("Gaza");
  ASSERT_EQ(gaza.hits.size(), 2u);
  EXPECT_GE(gaza.hits[0].score, gaza.hits[1].score);
  EXPECT_NE(SearchFor("dikirim").hits[0].snippet.find('['), std::string::npos);
}

TEST_P(StoreConformanceTest, SearchFiltersByDateSiteEntitySpeakerAndType) {
  IngestAll(FourArticles());
  ArchiveFilter dates;
  dates.from = "2023-10-10";
  dates.to = "2023-10-11";
  EXPECT_EQ(DocIds(SearchFor("kirim", dates)), (Ids{"aid-copy", "flood"}));
  ArchiveFilter site;
  site.site = "regional.kompas.com";
  EXPECT_EQ(DocIds(SearchFor("kirim", site)), (Ids{"flood"}));
  ArchiveFilter speaker;
  speaker.speaker = "zulkifli hasan";
  EXPECT_EQ(DocIds(SearchFor("", speaker)), (Ids{"trade"}));
  ArchiveFilter entity;
  entity.entity = "kabupaten gresik";
  EXPECT_EQ(DocIds(SearchFor("", entity)), (Ids{"flood"}));
  ArchiveFilter type;
  type.event_type = "ACCUSE";
  EXPECT_EQ(DocIds(SearchFor("", type)), (Ids{"trade"}));
  // An empty query lists every article, newest first, with paging.
  ArchiveFilter page;
  page.limit = 2;
  SearchResult first = SearchFor("", page);
  EXPECT_EQ(first.total, 4u);
  ASSERT_EQ(first.hits.size(), 2u);
  EXPECT_EQ(first.hits[0].article.doc_id, "trade");
  page.offset = 2;
  SearchResult second = SearchFor("", page);
  ASSERT_EQ(second.hits.size(), 2u);
  EXPECT_EQ(second.hits[1].article.doc_id, "aid");
}

// A search with words and filters keeps exactly the articles that the words
// alone and the filters alone both keep (the SQLite store answers the two
// in different ways: filter terms in its search index, SQL without words).
// An article whose date is unknown is kept by no date filter.
TEST_P(StoreConformanceTest, FiltersKeepTheSameArticlesWithAndWithoutWords) {
  std::vector<Document> docs = FourArticles();
  docs.push_back(Annotated("Relawan mengirim bantuan makanan ke Gresik, kata warga Jakarta.",
                           "undated", "https://regional.kompas.com/read/undated", "",
                           "Bantuan Relawan"));
  docs.push_back(Annotated("Bantuan untuk korban banjir dikirim dari Jakarta pada 2022.",
                           "older", "https://www.kompas.com/read/2022/12/31/older",
                           "2022-12-31", "Bantuan Akhir Tahun"));
  IngestAll(docs);
  std::vector<ArchiveFilter> filters;
  auto add = [&](auto set) {
    ArchiveFilter f;
    f.limit = 100;
    set(f);
    filters.push_back(f);
  };
  add([](ArchiveFilter& f) { f.from = "2023-10-10"; });
  add([](ArchiveFilter& f) { f.to = "2023-10-10"; });
  add([](ArchiveFilter& f) { f.from = "2022-12-31"; f.to = "2023-10-09"; });
  add([](ArchiveFilter& f) { f.from = "2023-01-01"; f.to = "2023-12-31"; });
  add([](ArchiveFilter& f) { f.from = "2023-10-12"; f.to = "2023-10-01"; });  // empty
  add([](ArchiveFilter& f) { f.from = "2024-01-01"; });
  add([](ArchiveFilter& f) { f.site = "regional.kompas.com"; });
  add([](ArchiveFilter& f) { f.site = "www.kompas.com"; f.to = "2023-10-31"; });
  add([](ArchiveFilter& f) { f.entity = "retno marsudi"; });
  add([](ArchiveFilter& f) { f.speaker = "zulkifli hasan"; });
  add([](ArchiveFilter& f) { f.event_type = "ACCUSE"; });
  add([](ArchiveFilter& f) { f.entity = "jakarta"; f.from = "2023-10-11"; });
  // The story of the aid article and its syndicated copy.
  int64_t aid_story = 0;
  for (const SearchHit& hit : SearchFor("", ArchiveFilter{}).hits) {
    if (hit.article.doc_id == "aid") aid_story = hit.article.story_id;
  }
  ASSERT_NE(aid_story, 0);
  add([&](ArchiveFilter& f) { f.story_id = aid_story; });
  add([&](ArchiveFilter& f) { f.story_id = aid_story; f.from = "2023-10-10"; });
  for (const std::string word : {"kirim", "bantu", "jakarta", "banjir"}) {
    ArchiveFilter all;
    all.limit = 100;
    const Ids with_word = DocIds(SearchFor(word, all));
    ASSERT_FALSE(with_word.empty()) << word;
    for (size_t i = 0; i < filters.size(); ++i) {
      const Ids filtered = DocIds(SearchFor("", filters[i]));
      Ids both;
      std::set_intersection(with_word.begin(), with_word.end(), filtered.begin(),
                            filtered.end(), std::back_inserter(both));
      const SearchResult result = SearchFor(word, filters[i]);
      EXPECT_EQ(DocIds(result), both) << word << ", filter " << i;
      EXPECT_EQ(result.total, both.size()) << word << ", filter " << i;
    }
  }
  ArchiveFilter until;
  until.to = "2023-10-10";
  EXPECT_EQ(DocIds(SearchFor("bantu", until)), (Ids{"aid", "aid-copy", "older"}));
  EXPECT_EQ(DocIds(SearchFor("", until)), (Ids{"aid", "aid-copy", "older"}));
}

TEST_P(StoreConformanceTest, QuotesBySpeaker) {
  IngestAll(FourArticles());
  ArchiveFilter filter;
  filter.speaker = "Sutrisno";
  auto quotes = store_->Quotes(filter);
  ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
  ASSERT_FALSE(quotes->empty());
  for (const QuoteRecord& q : *quotes) {
    EXPECT_EQ(q.speaker, "Sutrisno");
    EXPECT_EQ(q.article.doc_id, "flood");
  }
  EXPECT_TRUE(std::any_of(quotes->begin(), quotes->end(), [](const QuoteRecord& q) {
    return q.content == "Air mulai surut sore ini," && q.kind == "direct";
  }));
  auto all = store_->Quotes(ArchiveFilter{});
  ASSERT_TRUE(all.ok());
  EXPECT_GT(all->size(), quotes->size());
  filter.speaker = "Nobody Here";
  EXPECT_TRUE(store_->Quotes(filter)->empty());
}

TEST_P(StoreConformanceTest, EventsByActorTypeAndDate) {
  IngestAll(FourArticles());
  ArchiveFilter filter;
  filter.event_type = "ACCUSE";
  auto accusations = store_->Events(filter, "");
  ASSERT_TRUE(accusations.ok()) << accusations.status().ToString();
  ASSERT_EQ(accusations->size(), 1u);
  const EventRecord& e = accusations->front();
  EXPECT_EQ(e.source, "Zulkifli Hasan");
  EXPECT_EQ(e.trigger, "menuduh");
  EXPECT_GT(e.id, 0);
  EXPECT_FALSE(e.sentence.empty());
  auto by_actor = store_->Events(ArchiveFilter{}, "zulkifli hasan");
  ASSERT_TRUE(by_actor.ok());
  EXPECT_FALSE(by_actor->empty());
  for (const EventRecord& ev : *by_actor) {
    EXPECT_TRUE(ev.source == "Zulkifli Hasan" || ev.target == "Zulkifli Hasan");
  }
  ArchiveFilter later;
  later.from = "2023-10-13";
  EXPECT_TRUE(store_->Events(later, "")->empty());
}

TEST_P(StoreConformanceTest, EntitiesAreSharedAcrossArticles) {
  IngestAll(FourArticles());
  auto retno = store_->Entities(ArchiveFilter{}, "retno");
  ASSERT_TRUE(retno.ok()) << retno.status().ToString();
  ASSERT_EQ(retno->size(), 1u);
  EXPECT_EQ(retno->front().name, "Retno Marsudi");
  EXPECT_EQ(retno->front().type, "PER");
  EXPECT_EQ(retno->front().articles, 2u);  // the story and its copy
  EXPECT_GE(retno->front().mentions, 4u);
  EXPECT_GE(retno->front().quotes, 1u);
  // The same articles again are duplicates: no count moves.
  IngestAll(FourArticles());
  auto again = store_->Entities(ArchiveFilter{}, "retno");
  ASSERT_TRUE(again.ok() && again->size() == 1u);
  EXPECT_EQ(again->front().articles, 2u);
  EXPECT_EQ(again->front().mentions, retno->front().mentions);
  EXPECT_EQ(again->front().quotes, retno->front().quotes);
  auto one = store_->Entity(retno->front().id);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->name, "Retno Marsudi");
  EXPECT_EQ(store_->Entity(987654321).status().code(), StatusCode::kNotFound);
  auto all = store_->Entities(ArchiveFilter{}, "");
  ASSERT_TRUE(all.ok());
  for (size_t i = 1; i < all->size(); ++i) {
    EXPECT_GE((*all)[i - 1].mentions, (*all)[i].mentions);
  }
}

TEST_P(StoreConformanceTest, SyndicatedCopiesFormOneStory) {
  std::vector<IngestOutcome> outcomes = IngestAll(FourArticles());
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_EQ(outcomes[0].story_id, outcomes[1].story_id);
  EXPECT_NE(outcomes[0].story_id, outcomes[2].story_id);
  EXPECT_NE(outcomes[2].story_id, outcomes[3].story_id);
  auto stories = store_->Stories(ArchiveFilter{}, 2);
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories->size(), 1u);
  const StoryRecord& story = stories->front();
  EXPECT_EQ(story.articles, 2u);
  EXPECT_EQ(story.title, "Indonesia Kirim Bantuan ke Gaza");
  EXPECT_EQ(story.first_published, "2023-10-09");
  EXPECT_EQ(story.sites, (Ids{"www.kompas.com", "www.antaranews.com"}));
  EXPECT_EQ(story.article_ids.size(), 2u);
  EXPECT_EQ(store_->Stories(ArchiveFilter{}, 1)->size(), 3u);
}

TEST_P(StoreConformanceTest, AStoryFilterKeepsTheArticlesOfOneStory) {
  std::vector<IngestOutcome> outcomes = IngestAll(FourArticles());
  ASSERT_EQ(outcomes.size(), 4u);
  ArchiveFilter story;
  story.story_id = outcomes[0].story_id;  // the aid report and its copy
  EXPECT_EQ(DocIds(SearchFor("", story)), (Ids{"aid", "aid-copy"}));
  EXPECT_EQ(DocIds(SearchFor("kirim", story)), (Ids{"aid", "aid-copy"}));
  EXPECT_EQ(SearchFor("", story).total, 2u);
  auto stories = store_->Stories(story, 1);
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ(stories->front().id, outcomes[0].story_id);
  auto quotes = store_->Quotes(story);
  ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
  EXPECT_FALSE(quotes->empty());
  for (const QuoteRecord& q : *quotes) EXPECT_EQ(q.article.story_id, outcomes[0].story_id);
  ArchiveFilter flood;
  flood.story_id = outcomes[2].story_id;
  EXPECT_EQ(DocIds(SearchFor("", flood)), (Ids{"flood"}));
  auto events = store_->Events(flood, "");
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  for (const EventRecord& e : *events) EXPECT_EQ(e.article.doc_id, "flood");
  ArchiveFilter none;
  none.story_id = 987654321;
  EXPECT_EQ(SearchFor("", none).total, 0u);
}

// The values of a facet with their counts, in the facet's order.
std::vector<std::pair<std::string, uint64_t>> Counts(const std::vector<FacetValue>& values) {
  std::vector<std::pair<std::string, uint64_t>> out;
  for (const FacetValue& v : values) out.emplace_back(v.value, v.articles);
  return out;
}

TEST_P(StoreConformanceTest, FacetsCountTheMatchingArticles) {
  IngestAll(FourArticles());
  auto all = store_->Facets(SearchQuery{}, 10);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(all->total, 4u);
  using Pairs = std::vector<std::pair<std::string, uint64_t>>;
  // One article a site; ties in site order.
  Pairs sites = Counts(all->sites);
  std::sort(sites.begin(), sites.end());
  EXPECT_EQ(sites, (Pairs{{"money.kompas.com", 1}, {"regional.kompas.com", 1},
                          {"www.antaranews.com", 1}, {"www.kompas.com", 1}}));
  EXPECT_EQ(Counts(all->months), (Pairs{{"2023-10", 4}}));
  ASSERT_FALSE(all->people.empty());
  EXPECT_EQ(all->people.front().value, "Retno Marsudi");  // in the story and its copy
  EXPECT_EQ(all->people.front().articles, 2u);
  EXPECT_GT(all->people.front().entity_id, 0);
  for (size_t i = 1; i < all->people.size(); ++i) {
    EXPECT_GE(all->people[i - 1].articles, all->people[i].articles);
  }
  bool accuse = false;
  for (const FacetValue& t : all->types) accuse = accuse || (t.value == "ACCUSE" && t.articles == 1);
  EXPECT_TRUE(accuse);

  // The text narrows every facet; a facet's own filter does not narrow it.
  SearchQuery aid;
  aid.text = "kirim";
  aid.filter.site = "www.kompas.com";
  auto narrowed = store_->Facets(aid, 10);
  ASSERT_TRUE(narrowed.ok()) << narrowed.status().ToString();
  EXPECT_EQ(narrowed->total, 1u);
  sites = Counts(narrowed->sites);
  std::sort(sites.begin(), sites.end());
  EXPECT_EQ(sites, (Pairs{{"regional.kompas.com", 1}, {"www.antaranews.com", 1},
                          {"www.kompas.com", 1}}));
  EXPECT_EQ(Counts(narrowed->months), (Pairs{{"2023-10", 1}}));
  ASSERT_FALSE(narrowed->people.empty());
  EXPECT_EQ(narrowed->people.front().value, "Retno Marsudi");
  EXPECT_EQ(narrowed->people.front().articles, 1u);

  // The limit; months are all kept.
  auto one = store_->Facets(SearchQuery{}, 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->sites.size(), 1u);
  EXPECT_EQ(one->people.size(), 1u);
  EXPECT_LE(one->types.size(), 1u);
  SearchQuery nothing;
  nothing.text = "-kirim";
  auto none = store_->Facets(nothing, 10);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->total, 0u);
  EXPECT_TRUE(none->sites.empty());
}

TEST_P(StoreConformanceTest, AnArticleComesBackWithItsFactsAndOffsets) {
  std::vector<IngestOutcome> outcomes = IngestAll(FourArticles());
  auto article = store_->Article(outcomes[2].article_id);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->summary.doc_id, "flood");
  EXPECT_EQ(article->summary.site, "regional.kompas.com");
  EXPECT_EQ(article->summary.published, "2023-10-11");
  EXPECT_NE(article->text.find("Banjir merendam"), std::string::npos);
  ASSERT_FALSE(article->quotes.empty());
  // The text is ASCII, so character offsets are byte offsets.
  for (const QuoteRecord& q : article->quotes) {
    EXPECT_EQ(article->text.substr(q.begin, q.end - q.begin), q.content);
  }
  for (const EventRecord& e : article->events) {
    EXPECT_EQ(article->text.substr(e.begin, e.end - e.begin), e.trigger);
  }
  ASSERT_FALSE(article->timex.empty());
  for (const auto& t : article->timex) {
    EXPECT_EQ(article->text.substr(t.begin, t.end - t.begin), t.text);
  }
  ASSERT_FALSE(article->mentions.empty());
  EXPECT_FALSE(article->entities.empty());
  EXPECT_EQ(store_->Article(987654321).status().code(), StatusCode::kNotFound);
}

TEST_P(StoreConformanceTest, ErrorsAreKept) {
  std::vector<IngestError> errors = {{"batch.jsonl", 3, "x1", "not valid JSON"},
                                     {"page.html", 0, "", "empty file"}};
  ASSERT_TRUE(store_->RecordErrors(errors).ok());
  auto kept = store_->Errors();
  ASSERT_TRUE(kept.ok()) << kept.status().ToString();
  ASSERT_EQ(kept->size(), 2u);
  EXPECT_EQ((*kept)[0].input, "batch.jsonl");
  EXPECT_EQ((*kept)[0].line, 3u);
  EXPECT_EQ((*kept)[0].doc_id, "x1");
  EXPECT_EQ((*kept)[1].message, "empty file");
  EXPECT_EQ(store_->Stats()->errors, 2u);
}

TEST_P(StoreConformanceTest, WhatIsStoredSurvivesReopening) {
  IngestAll(FourArticles());
  store_.reset();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->Stats()->articles, 4u);
  EXPECT_EQ(DocIds(SearchFor("kirim")), (Ids{"aid", "aid-copy", "flood"}));
  // And ingest goes on where it stopped.
  EXPECT_EQ(IngestAll(FourArticles())[0].kind, IngestOutcome::Kind::kDuplicate);
}

TEST_P(StoreConformanceTest, TextOutsideAsciiKeepsCharacterOffsets) {
  std::vector<Document> docs;
  docs.push_back(Annotated(
      "Menteri Retno Marsudi berkata “kerja sama itu penting” di Düsseldorf. "
      "Retno juga mengatakan bahwa pertemuan berikutnya digelar di Jakarta.",
      "utf8", "", "2023-10-14", "Retno di Düsseldorf"));
  std::vector<IngestOutcome> outcomes = IngestAll(docs);
  ASSERT_EQ(outcomes.size(), 1u);
  auto article = store_->Article(outcomes[0].article_id);
  ASSERT_TRUE(article.ok());
  std::u32string chars;
  for (size_t i = 0; i < article->text.size();) {
    unsigned char c = static_cast<unsigned char>(article->text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    chars.push_back(c);
    i += len;
  }
  for (const auto& m : article->mentions) EXPECT_LE(m.end, chars.size());
  EXPECT_EQ(DocIds(SearchFor("düsseldorf")), (Ids{"utf8"}));
}

// Each test gets its own empty schema of the test database.
std::string FreshPostgres(const std::string& test_name) {
  return testing::FreshPostgresArchive(test_name);
}

INSTANTIATE_TEST_SUITE_P(
    Backends, StoreConformanceTest,
    ::testing::Values(
        Backend{"sqlite", FreshSqlite, ""},
        Backend{"postgresql", FreshPostgres,
                "set WARTA_TEST_POSTGRES=postgresql://… to run the suite on PostgreSQL"}),
    [](const ::testing::TestParamInfo<Backend>& param) { return param.param.name; });

}  // namespace
}  // namespace warta
