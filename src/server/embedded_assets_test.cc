#include "server/embedded_assets.h"

#include <gtest/gtest.h>

#include "server/web_assets.h"

namespace warta::server {
namespace {

TEST(ContentTypeForTest, ByExtension) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("css/warta.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("js/pages/search.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("i18n/id.json"), "application/json; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("favicon.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("a.png"), "image/png");
  // Unknown or missing extensions are opaque bytes, never something a
  // browser would run or render.
  EXPECT_EQ(ContentTypeFor("README"), "application/octet-stream");
  EXPECT_EQ(ContentTypeFor(".html"), "application/octet-stream");
  EXPECT_EQ(ContentTypeFor("js.html/x"), "application/octet-stream");
  EXPECT_EQ(ContentTypeFor("a.HTML.exe"), "application/octet-stream");
}

TEST(EmbeddedAssetsTest, FindsExactPathsOnly) {
  const EmbeddedFile files[] = {{"index.html", "<!DOCTYPE html>"},
                                {"js/app.js", "export {};"},
                                {"i18n/en.json", "{}"}};
  EmbeddedAssets assets(files);
  EXPECT_EQ(assets.size(), 3u);
  const StaticAsset* app = assets.Find("js/app.js");
  ASSERT_NE(app, nullptr);
  EXPECT_EQ(app->bytes, "export {};");
  EXPECT_EQ(app->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(assets.Find("index.html")->content_type, "text/html; charset=utf-8");
  // No directory listing, no prefix or case-insensitive matches.
  for (const char* path : {"", "js", "js/", "js/app", "JS/app.js", "/js/app.js", "js/app.js/",
                           "index.htm", "i18n"}) {
    EXPECT_EQ(assets.Find(path), nullptr) << path;
  }
}

TEST(WebAssetFilesTest, TheInterfaceIsEmbedded) {
  EmbeddedAssets assets(WebAssetFiles());
  for (const char* path : {"index.html", "css/warta.css", "js/app.js", "js/pages/search.js",
                           "js/pages/article.js", "js/pages/entity.js", "js/pages/network.js",
                           "js/pages/events.js", "js/pages/story.js", "i18n/id.json",
                           "i18n/en.json"}) {
    const StaticAsset* asset = assets.Find(path);
    ASSERT_NE(asset, nullptr) << path;
    EXPECT_FALSE(asset->bytes.empty()) << path;
  }
  EXPECT_NE(assets.Find("index.html")->bytes.find("/js/app.js"), std::string_view::npos);
  // Every file is served with a type a browser knows, and as what it is.
  for (const EmbeddedFile& file : WebAssetFiles()) {
    EXPECT_NE(ContentTypeFor(file.path), "application/octet-stream") << file.path;
    std::string url = "/";
    url += file.path;
    EXPECT_EQ(AssetPath(url), std::string(file.path)) << file.path;
  }
}

}  // namespace
}  // namespace warta::server
