// Test support: an empty PostgreSQL archive for one test, on the server that
// $WARTA_TEST_POSTGRES names (a connection URI of a database the tests may
// fill; .ci/run starts one). Header-only; used by tests, not by the library.
#ifndef WARTA_TESTING_TEST_POSTGRES_H_
#define WARTA_TESTING_TEST_POSTGRES_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "store/pg_connection.h"

namespace warta::testing {

// $WARTA_TEST_POSTGRES, or "" when unset.
inline std::string TestPostgresUri() {
  const char* uri = std::getenv("WARTA_TEST_POSTGRES");
  return uri ? uri : "";
}

// A URI of the test database whose search_path is a new, empty schema named
// after `test_name` (dropped first if a former run left it): each test gets
// its own archive, and tests may run in parallel (ctest -j). "" when
// $WARTA_TEST_POSTGRES is unset; a test failure when the server is not there.
inline std::string FreshPostgresArchive(const std::string& test_name) {
  const std::string uri = TestPostgresUri();
  if (uri.empty()) return "";
  std::string schema = "warta_";
  for (char c : test_name) {
    const auto u = static_cast<unsigned char>(c);
    schema += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
  }
  schema.resize(std::min<size_t>(schema.size(), 63));  // PostgreSQL's longest name
  auto db = store::PgConnection::Open(uri);
  if (!db.ok()) {
    ADD_FAILURE() << db.status().ToString();
    return "";
  }
  std::string reset = "DROP SCHEMA IF EXISTS ";
  reset += schema;
  reset += " CASCADE; CREATE SCHEMA ";
  reset += schema;
  if (Status s = db->Exec(reset); !s.ok()) {
    ADD_FAILURE() << s.ToString();
    return "";
  }
  std::string location = uri;
  location += location.find('?') == std::string::npos ? '?' : '&';
  location += "options=-csearch_path%3D";
  location += schema;
  return location;
}

}  // namespace warta::testing

#endif  // WARTA_TESTING_TEST_POSTGRES_H_
