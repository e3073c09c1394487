#include "server/static_assets.h"

#include <gtest/gtest.h>

namespace warta::server {
namespace {

TEST(AssetPathTest, NamesAnAssetUnderTheRoot) {
  EXPECT_EQ(AssetPath("/"), "index.html");
  EXPECT_EQ(AssetPath("/index.html"), "index.html");
  EXPECT_EQ(AssetPath("/js/search.js"), "js/search.js");
  EXPECT_EQ(AssetPath("/i18n/id.json"), "i18n/id.json");
  EXPECT_EQ(AssetPath("/a..b/c.d"), "a..b/c.d");  // dots inside a name are fine
}

TEST(AssetPathTest, RefusesPathsThatLeaveTheRoot) {
  for (const char* path :
       {"", "index.html", "/..", "/../../etc/passwd", "/js/../../etc/passwd", "/./index.html",
        "/%2e%2e/etc/passwd", "/%2E%2E/", "/js/%2e%2e%2f%2e%2e%2fetc", "/%252e%252e/x",
        "/..%2f..%2fetc%2fpasswd", "/js\\..\\secret", "/js//a.js", "/js/", "/a%5c..%5cb"}) {
    EXPECT_EQ(AssetPath(path), std::nullopt) << path;
  }
  EXPECT_EQ(AssetPath(std::string_view("/a\0b", 4)), std::nullopt);
  EXPECT_EQ(AssetPath("/a\nb"), std::nullopt);
}

}  // namespace
}  // namespace warta::server
