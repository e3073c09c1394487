// What only the SQLite backend has: its file, its schema versions and their
// migration. (What every backend does: store_conformance_test.cc.)
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "store/fts5_root_tokenizer.h"
#include "store/index_words.h"
#include "testing/default_pipeline.h"
#include "warta/store.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
    dir_ = fs::temp_directory_path() / ("warta-sqlite-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / (std::string(::testing::UnitTest::GetInstance()
                                     ->current_test_info()->name()) + ".db")).string();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Runs SQL on the file directly, as another program would.
  void Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }
  int Count(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
  }

  fs::path dir_;
  std::string path_;
};

// Version 4's entity counts taken away again, as older versions had none.
constexpr const char* kWithoutEntityCounts =
    "DROP INDEX entities_by_mentions; ALTER TABLE entities DROP COLUMN n_articles; "
    "ALTER TABLE entities DROP COLUMN n_mentions; ALTER TABLE entities DROP COLUMN n_quotes; ";

TEST_F(SqliteStoreTest, AVersionOneArchiveIsMigratedWhenOpened) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<Document> docs;
    docs.push_back(testing::AnnotateWithDefaultPipeline(
        "Pemerintah mengirim bantuan ke Gaza pada Senin (9/10/2023).", "2023-10-09"));
    ASSERT_TRUE((*store)->Ingest(docs).ok());
  }
  // The archive as version 1 left it.
  Sql(std::string(kWithoutEntityCounts) +
      "DROP INDEX story_bands_recent; CREATE INDEX story_bands_key ON story_bands(band_key); "
      "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->schema_version, kStoreSchemaVersion);
  EXPECT_EQ((*store)->Stats()->articles, 1u);
  SearchQuery query;
  query.text = "kirim";
  EXPECT_EQ((*store)->Search(query)->hits.size(), 1u);
  store->reset();
  EXPECT_EQ(Count("SELECT count(*) FROM sqlite_master WHERE name = 'story_bands_recent'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM sqlite_master WHERE name = 'story_bands_key'"), 0);
}

// Version 3 keeps filter terms in the search index: opening a version 2
// archive fills its new index from the articles already stored.
TEST_F(SqliteStoreTest, AVersionTwoArchiveGetsItsSearchIndexRefilled) {
  {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<Document> docs;
    docs.push_back(testing::AnnotateWithDefaultPipeline(
        "Pemerintah mengirim bantuan ke Gaza pada Senin (9/10/2023).", "2023-10-09"));
    docs.push_back(testing::AnnotateWithDefaultPipeline(
        "Relawan mengirim makanan ke Gresik pada Rabu (11/10/2023).", "2023-10-11"));
    docs[0].id = "gaza";
    docs[0].url = "https://www.kompas.com/read/gaza";
    docs[1].id = "gresik";
    docs[1].url = "https://regional.kompas.com/read/gresik";
    ASSERT_TRUE((*store)->Ingest(docs).ok());
  }
  // The search index as version 2 had it: title and text only.
  {
    auto words = store::IndexWords::Create(MorphologyOptions{});
    ASSERT_TRUE(words.ok()) << words.status().ToString();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(store::RegisterRootTokenizer(db, &*words).ok());
    char* error = nullptr;
    const std::string sql = std::string(kWithoutEntityCounts) +
                            "DROP TABLE article_search; CREATE VIRTUAL TABLE article_search "
                            "USING fts5(title, text, content='', tokenize='warta_root'); "
                            "INSERT INTO article_search(rowid, title, text) SELECT id, title, "
                            "text FROM articles; UPDATE meta SET value = '2' WHERE key = "
                            "'schema_version';";
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
  }
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->schema_version, kStoreSchemaVersion);
  SearchQuery query;
  query.text = "kirim";
  EXPECT_EQ((*store)->Search(query)->total, 2u);
  query.filter.site = "regional.kompas.com";
  auto result = (*store)->Search(query);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  ASSERT_EQ(result->hits.size(), 1u);
  EXPECT_EQ(result->hits[0].article.doc_id, "gresik");
  query.filter.site.clear();
  query.filter.to = "2023-10-10";
  result = (*store)->Search(query);
  ASSERT_EQ(result->hits.size(), 1u);
  EXPECT_EQ(result->hits[0].article.doc_id, "gaza");
  // Version 4 counted each entity's articles and mentions from the rows.
  auto entities = (*store)->Entities(ArchiveFilter{}, "");
  ASSERT_TRUE(entities.ok()) << entities.status().ToString();
  ASSERT_FALSE(entities->empty());
  for (const EntityRecord& e : *entities) {
    EXPECT_GE(e.articles, 1u) << e.name;
    EXPECT_GE(e.mentions, e.articles) << e.name;
  }
}

TEST_F(SqliteStoreTest, ANewerArchiveIsRefusedAndLeftAlone) {
  ASSERT_TRUE(Store::Open(path_).ok());
  Sql("UPDATE meta SET value = '99' WHERE key = 'schema_version';");
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
  EXPECT_EQ(Count("SELECT value FROM meta WHERE key = 'schema_version'"), 99);
}

TEST_F(SqliteStoreTest, AFileThatIsNoArchiveIsRefusedAndLeftAlone) {
  { std::ofstream(path_) << "notes, not a database\n"; }
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(store.status().message().find("not a warta archive"), std::string::npos);
  std::ifstream in(path_);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "notes, not a database");
  // Another program's database is no archive either.
  fs::remove(path_);
  Sql("CREATE TABLE contacts (name TEXT);");
  store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("without warta's tables"), std::string::npos);
}

// A word that thousands of articles hold is ranked among its most recent
// matches; the count stays exact and paging past the window still works.
TEST_F(SqliteStoreTest, ACommonWordIsRankedAmongItsRecentMatches) {
  auto store = Store::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::vector<Document> docs;
  for (int i = 0; i < 2500; ++i) {
    Document doc;
    std::ostringstream id, text;
    id << "d" << i;
    text << "Laporan nomor " << i << " tentang banjir di kota.";
    doc.id = id.str();
    doc.text = text.str();
    // The oldest article says it most often.
    if (i == 0) doc.text = "Banjir, banjir, banjir: banjir besar merendam kota.";
    if (i == 2400) doc.text = "Banjir dan banjir lagi di kota nomor 2400.";
    doc.title = i == 0 ? "Banjir" : "";
    docs.push_back(std::move(doc));
  }
  ASSERT_TRUE((*store)->Ingest(docs).ok());
  SearchQuery query;
  query.text = "banjir";
  query.filter.limit = 5;
  auto result = (*store)->Search(query);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->total, 2500u);
  ASSERT_EQ(result->hits.size(), 5u);
  EXPECT_EQ(result->hits[0].article.doc_id, "d2400");
  // Beyond the window: the page is still there.
  query.filter.offset = 2490;
  query.filter.limit = 20;
  result = (*store)->Search(query);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->hits.size(), 10u);
  // A rarer word is ranked over all its matches.
  query.text = "merendam";
  query.filter.offset = 0;
  result = (*store)->Search(query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->hits.size(), 1u);
  EXPECT_EQ(result->hits[0].article.doc_id, "d0");
}

TEST_F(SqliteStoreTest, MustExistDoesNotCreate) {
  StoreOptions options;
  options.must_exist = true;
  auto store = Store::Open(path_, options);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(path_));
}

}  // namespace
}  // namespace warta
