// The API's routes as functions of a request, without a network: routing,
// methods, parameters, authorisation and the JSON of errors. The same
// routes over HTTP are tested by tests/server/api_test.py.
#include "server/api_routes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "server/json_response.h"

namespace warta::server {
namespace {

namespace fs = std::filesystem;

class ApiRoutesTest : public ::testing::Test {
 protected:
  ApiRoutesTest()
      : db_(fs::temp_directory_path() /
            ("warta-api-routes-" + std::to_string(::getpid()) + ".db")),
        pipeline_(Pipeline::Create({})),
        stores_(db_.string(), StoreOptions{}),
        routes_(*pipeline_, stores_, "s3cret") {}
  ~ApiRoutesTest() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_.string() + suffix);
  }

  ApiResponse Get(const std::string& path,
                  std::vector<std::pair<std::string, std::string>> params = {}) {
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    request.params = std::move(params);
    return routes_.Handle(request);
  }

  static std::string Header(const ApiResponse& r, const std::string& name) {
    for (const auto& [key, value] : r.headers) {
      if (key == name) return value;
    }
    return "";
  }

  fs::path db_;
  StatusOr<Pipeline> pipeline_;
  StorePool stores_;
  ApiRoutes routes_;
};

TEST_F(ApiRoutesTest, UnknownRoutesAre404) {
  for (const char* path : {"/", "/v1", "/v1/", "/v1/search/", "/v1/articles/1/x",
                           "/v2/search", "/../../etc/passwd", "/v1/../healthz"}) {
    ApiResponse r = Get(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_NE(r.body.find("\"error\""), std::string::npos) << path;
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  }
}

TEST_F(ApiRoutesTest, WrongMethodIs405WithAllow) {
  struct Case {
    const char* method;
    const char* path;
    const char* allow;
  };
  for (const Case& c : {Case{"POST", "/v1/search", "GET, HEAD"},
                        Case{"DELETE", "/v1/articles/3", "GET, HEAD"},
                        Case{"GET", "/v1/articles", "POST"},
                        Case{"GET", "/v1/annotate", "POST"},
                        Case{"PUT", "/healthz", "GET, HEAD"}}) {
    ApiRequest request;
    request.method = c.method;
    request.path = c.path;
    ApiResponse r = routes_.Handle(request);
    EXPECT_EQ(r.status, 405) << c.method << " " << c.path;
    EXPECT_EQ(Header(r, "Allow"), c.allow) << c.path;
  }
  EXPECT_EQ(routes_.Allow("/v1/entities/7"), "GET, HEAD");
  EXPECT_EQ(routes_.Allow("/nowhere"), "");
}

TEST_F(ApiRoutesTest, OptionsListsTheMethods) {
  ApiRequest request;
  request.method = "OPTIONS";
  request.path = "/v1/articles";
  ApiResponse r = routes_.Handle(request);
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(Header(r, "Allow"), "POST");
}

TEST_F(ApiRoutesTest, BadParametersAre400BeforeTheArchiveIsTouched) {
  struct Case {
    const char* path;
    const char* name;
    const char* value;
    const char* says;
  };
  for (const Case& c : {
           Case{"/v1/search", "limit", "ten", "limit must be a whole number"},
           Case{"/v1/search", "limit", "0", "limit must be a whole number from 1"},
           Case{"/v1/search", "limit", "1001", "to 1000"},
           Case{"/v1/search", "limit", "-5", "limit"},
           Case{"/v1/search", "offset", "1e3", "offset"},
           Case{"/v1/search", "from", "2023-02-30", "from:"},
           Case{"/v1/search", "to", "yesterday", "to:"},
           Case{"/v1/search", "colour", "red", "unknown parameter \\\"colour\\\""},
           Case{"/v1/quotes", "actor", "x", "unknown parameter"},
           Case{"/v1/events", "from", "2023-13-01", "from:"},
           Case{"/v1/stories", "min", "many", "min must be"},
           Case{"/v1/entities", "limit", "", ""},  // empty means the default: not an error
           Case{"/v1/search", "story", "0", "story must be a whole number from 1"},
           Case{"/v1/quotes", "story", "x", "story must be"},
           Case{"/v1/facets", "limit", "0", "limit must be"},
           Case{"/v1/facets", "offset", "3", "unknown parameter"},
           Case{"/v1/facets", "from", "2023-02-30", "from:"},
           Case{"/v1/network", "nodes", "0", "nodes must be a whole number from 1 to 500"},
           Case{"/v1/network", "max_events", "50001", "max_events must be"},
           Case{"/v1/network", "limit", "5", "unknown parameter"},
           Case{"/v1/timeline", "bucket", "week", "bucket must be day, month or auto"},
           Case{"/v1/timeline", "to", "2023-10", "to:"},
       }) {
    ApiResponse r = Get(c.path, {{c.name, c.value}});
    if (std::string_view(c.says).empty()) {
      EXPECT_NE(r.status, 400) << c.path << "?" << c.name << "=" << c.value;
      continue;
    }
    EXPECT_EQ(r.status, 400) << c.path << "?" << c.name << "=" << c.value;
    EXPECT_NE(r.body.find(c.says), std::string::npos) << r.body;
  }
  EXPECT_EQ(Get("/v1/search", {{"q", "a"}, {"q", "b"}}).status, 400);
  EXPECT_EQ(Get("/v1/articles/abc").status, 400);
  EXPECT_EQ(Get("/v1/articles/0").status, 400);
  EXPECT_EQ(Get("/v1/entities/-3").status, 400);
  EXPECT_EQ(Get("/v1/articles/99999999999999999999").status, 400);
}

TEST_F(ApiRoutesTest, WritesNeedTheToken) {
  ApiRequest request;
  request.method = "POST";
  request.path = "/v1/articles";
  request.body = R"({"text": "Banjir merendam Gresik."})";
  ApiResponse missing = routes_.Handle(request);
  EXPECT_EQ(missing.status, 401);
  EXPECT_EQ(Header(missing, "WWW-Authenticate"), "Bearer");
  for (const char* wrong : {"Bearer s3cre", "Bearer s3cret2", "bearer s3cret", "s3cret",
                            "Basic czNjcmV0"}) {
    request.authorization = wrong;
    EXPECT_EQ(routes_.Handle(request).status, 401) << wrong;
  }
  // The right token gets past the check (to the body: no archive needed to
  // see that a text/plain body is refused).
  request.authorization = "Bearer s3cret";
  request.content_type = "text/plain";
  EXPECT_EQ(routes_.Handle(request).status, 415);
}

TEST_F(ApiRoutesTest, AnnotateRefusesWhatIsNotAnArticle) {
  ApiRequest request;
  request.method = "POST";
  request.path = "/v1/annotate";
  for (const char* body : {"", "{", "[1, 2]", "{\"title\": \"no text\"}",
                           "{\"text\": 5}", "{\"text\": \"x\", \"published\": \"2023-02-30\"}"}) {
    request.body = body;
    ApiResponse r = routes_.Handle(request);
    EXPECT_EQ(r.status, 400) << body;
    EXPECT_EQ(r.body.rfind("{\"error\":", 0), 0u) << r.body;
  }
  request.body = R"({"text": "x"})";
  request.params = {{"tokens", "maybe"}};
  EXPECT_EQ(routes_.Handle(request).status, 400);
}

TEST_F(ApiRoutesTest, ArchiveRoutesOnAnEmptyArchive) {
  if (!fs::exists(MorphologyOptions{}.hunspell_dic)) GTEST_SKIP() << "hunspell-id is not installed";
  ApiResponse health = Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_NE(health.body.find("\"backend\":\"sqlite\""), std::string::npos) << health.body;
  ApiResponse search = Get("/v1/search", {{"q", "bantuan"}});
  EXPECT_EQ(search.status, 200);
  EXPECT_NE(search.body.find("\"total\":0"), std::string::npos) << search.body;
  EXPECT_EQ(Get("/v1/articles/12345").status, 404);
  EXPECT_EQ(Get("/v1/entities/12345").status, 404);
  ApiResponse facets = Get("/v1/facets", {{"q", "bantuan"}, {"type", "aid"}});
  EXPECT_EQ(facets.status, 200);
  EXPECT_NE(facets.body.find("\"total\":0"), std::string::npos) << facets.body;
  EXPECT_NE(facets.body.find("\"months\":[]"), std::string::npos) << facets.body;
  ApiResponse network = Get("/v1/network", {{"actor", "Retno Marsudi"}});
  EXPECT_EQ(network.status, 200);
  EXPECT_NE(network.body.find("\"nodes\":[]"), std::string::npos) << network.body;
  EXPECT_NE(network.body.find("\"complete\":true"), std::string::npos) << network.body;
  ApiResponse timeline = Get("/v1/timeline", {{"bucket", "month"}});
  EXPECT_EQ(timeline.status, 200);
  EXPECT_NE(timeline.body.find("\"bucket\":\"month\""), std::string::npos) << timeline.body;
  // Each request gave its store back: one was enough.
  EXPECT_EQ(stores_.open(), 1u);
}

TEST(ConstantTimeEqualsTest, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("token", "token"));
  EXPECT_FALSE(ConstantTimeEquals("token", "token "));
  EXPECT_FALSE(ConstantTimeEquals("token", "tokem"));
  EXPECT_FALSE(ConstantTimeEquals("", "x"));
  EXPECT_FALSE(ConstantTimeEquals(std::string_view("a\0b", 3), "a"));
}

TEST(HighlightedSnippetTest, EscapesTheTextAndMarksTheMatches) {
  std::string snippet = "Polisi <b>menangkap</b> \x02pelaku\x03 & \"teman\" \x02" "dia\x03";
  EXPECT_EQ(HighlightedSnippet(snippet),
            "Polisi &lt;b&gt;menangkap&lt;/b&gt; <mark>pelaku</mark> &amp; "
            "&quot;teman&quot; <mark>dia</mark>");
}

TEST(HttpStatusForTest, FollowsTheStatusHeader) {
  EXPECT_EQ(HttpStatusFor(StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(StatusCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(StatusCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(StatusCode::kInternal), 500);
  EXPECT_EQ(HttpStatusFor(StatusCode::kFailedPrecondition), 500);
}

}  // namespace
}  // namespace warta::server
