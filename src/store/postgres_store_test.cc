// What only the PostgreSQL backend has: a server to reach, a password to
// keep out of messages, a schema shared with other programs, and writers in
// several processes at once. (What every backend does is in
// store_conformance_test.cc.) Tests that need a server run when
// $WARTA_TEST_POSTGRES names one.
#include "store/postgres_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "store/pg_connection.h"
#include "testing/default_pipeline.h"
#include "testing/test_postgres.h"
#include "warta/store.h"

namespace warta {
namespace {

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(MorphologyOptions{}.hunspell_dic))
      GTEST_SKIP() << "hunspell-id is not installed";
  }

  // An empty archive of its own for this test ("" after a failure).
  static std::string FreshArchive() {
    return testing::FreshPostgresArchive(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  static bool HaveServer() { return !testing::TestPostgresUri().empty(); }
};

#define SKIP_WITHOUT_SERVER()                                                   \
  if (!HaveServer())                                                            \
  GTEST_SKIP() << "set WARTA_TEST_POSTGRES=postgresql://… to run on PostgreSQL"

TEST_F(PostgresStoreTest, AnUnreachableServerIsUnavailableWithoutThePassword) {
  // Port 1 on loopback: nothing listens there, the connection is refused.
  auto store = Store::Open("postgresql://warta:s3cret-pass@127.0.0.1:1/warta");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable) << store.status().ToString();
  EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos)
      << store.status().message();
  EXPECT_NE(store.status().message().find("127.0.0.1"), std::string::npos)
      << store.status().message();
  // libpq checks the values of options only when it connects.
  store = Store::Open("postgresql://warta:s3cret-pass@127.0.0.1:port/warta");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos)
      << store.status().message();
  // The password as a parameter, too.
  store = Store::Open("postgresql://warta@127.0.0.1:1/warta?password=s3cret-pass");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos)
      << store.status().message();
}

TEST_F(PostgresStoreTest, AMalformedUriIsAnInvalidArgumentWithoutThePassword) {
  // libpq quotes the part it cannot read, here the password itself.
  for (const char* uri : {"postgresql://warta:s3cret%zz@127.0.0.1/warta",
                          "postgresql://warta:s3cret@[::1/warta",
                          "postgresql://warta@127.0.0.1/warta?password=s3cret&nonsense=1"}) {
    auto store = Store::Open(uri);
    ASSERT_FALSE(store.ok()) << uri;
    EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument)
        << store.status().ToString();
    EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos)
        << store.status().message();
  }
}

TEST(PostgresUriTest, RedactedUriHidesThePasswordOnly) {
  EXPECT_EQ(store::RedactedUri("postgresql://u:pw@host:5432/db?sslmode=require"),
            "postgresql://u:***@host:5432/db?sslmode=require");
  EXPECT_EQ(store::RedactedUri("postgres://u@host/db?password=pw&x=1"),
            "postgres://u@host/db?password=***&x=1");
  EXPECT_EQ(store::RedactedUri("postgresql://u:p@w/x@host/db"),
            "postgresql://u:***@host/db");
  EXPECT_EQ(store::RedactedUri("postgresql://host/db"), "postgresql://host/db");
}

TEST_F(PostgresStoreTest, AWrongPasswordIsUnavailableWithoutThePassword) {
  SKIP_WITHOUT_SERVER();
  // The test server's URI with another password.
  std::string uri = testing::TestPostgresUri();
  const size_t at = uri.find('@');
  const size_t colon = uri.find(':', uri.find("://") + 3);
  if (at == std::string::npos || colon == std::string::npos || colon > at) {
    GTEST_SKIP() << "WARTA_TEST_POSTGRES has no password to change";
  }
  uri.replace(colon + 1, at - colon - 1, "not-the-password-42");
  auto store = Store::Open(uri);
  if (store.ok()) GTEST_SKIP() << "the server does not ask for passwords";
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable) << store.status().ToString();
  EXPECT_EQ(store.status().message().find("not-the-password-42"), std::string::npos)
      << store.status().message();
}

TEST_F(PostgresStoreTest, AnArchiveOfANewerSchemaVersionIsRefused) {
  SKIP_WITHOUT_SERVER();
  const std::string location = FreshArchive();
  ASSERT_FALSE(location.empty());
  {
    auto store = Store::Open(location);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ((*store)->backend(), "postgresql");
    EXPECT_EQ((*store)->Stats()->schema_version, kStoreSchemaVersion);
  }
  auto db = store::PgConnection::Open(location);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE(db->Query("UPDATE meta SET value = $1 WHERE key = 'schema_version'",
                        store::PgParams().Add(std::to_string(kStoreSchemaVersion + 1)))
                  .ok());
  auto store = Store::Open(location);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(store.status().message().find("newer"), std::string::npos)
      << store.status().message();
}

TEST_F(PostgresStoreTest, ASchemaOfOtherTablesIsNotAnArchive) {
  SKIP_WITHOUT_SERVER();
  const std::string location = FreshArchive();
  ASSERT_FALSE(location.empty());
  StoreOptions existing;
  existing.must_exist = true;
  EXPECT_EQ(Store::Open(location, existing).status().code(), StatusCode::kNotFound);
  auto db = store::PgConnection::Open(location);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE(db->Exec("CREATE TABLE invoices (id integer)").ok());
  auto store = Store::Open(location);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument)
      << store.status().ToString();
}

TEST_F(PostgresStoreTest, TwoWritersIngestingTheSameBatchStoreEachArticleOnce) {
  SKIP_WITHOUT_SERVER();
  const std::string location = FreshArchive();
  ASSERT_FALSE(location.empty());
  std::vector<Document> batch;
  for (int i = 0; i < 6; ++i) {
    std::string text = "Harga beras di pasar induk naik untuk pekan ke-";
    text += std::to_string(i + 1);
    text += " berturut-turut, kata pedagang di Jakarta. Pemerintah menyiapkan operasi "
            "pasar di ";
    text += std::to_string(10 + i);
    text += " kota.";
    std::string published = "2023-10-1";
    published += std::to_string(i);
    Document doc = testing::AnnotateWithDefaultPipeline(text, published);
    doc.id = "beras-";
    doc.id += std::to_string(i);
    doc.url = "https://example.com/beras/";
    doc.url += doc.id;
    batch.push_back(std::move(doc));
  }
  // Two connections, opened (and the archive created) at the same moment.
  std::latch start(2);
  std::vector<std::vector<IngestOutcome>> outcomes(2);
  std::vector<Status> failures(2);
  auto writer = [&](int w) {
    start.arrive_and_wait();
    auto store = Store::Open(location);
    if (!store.ok()) {
      failures[w] = store.status();
      return;
    }
    auto added = (*store)->Ingest(batch);
    if (!added.ok()) {
      failures[w] = added.status();
      return;
    }
    outcomes[w] = std::move(*added);
  };
  std::thread first(writer, 0), second(writer, 1);
  first.join();
  second.join();
  for (const Status& s : failures) ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(outcomes[0].size(), batch.size());
  ASSERT_EQ(outcomes[1].size(), batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    const IngestOutcome& a = outcomes[0][i];
    const IngestOutcome& b = outcomes[1][i];
    EXPECT_EQ(a.article_id, b.article_id) << batch[i].id;
    EXPECT_NE(a.kind, b.kind) << batch[i].id << ": one writer adds it, the other finds it";
  }
  auto store = Store::Open(location);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->articles, batch.size());
}

}  // namespace
}  // namespace warta
