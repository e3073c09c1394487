// StaticAssets: the files of the web interface, served beside the API.
//
// The web interface (web/, docs/web.md) is embedded into the binary at build
// time (EmbeddedAssets, web_assets.h), so `warta serve` needs no files
// beside it; the server looks a GET path up here when it is not an API
// route. Lookups go
// through AssetPath first, so a path that tries to leave the asset root
// ("/../../etc/passwd", "/%2e%2e/", "/a/..%2f..%2f") is refused before any
// table is consulted, and nothing is ever read from the file system.
#ifndef WARTA_SERVER_STATIC_ASSETS_H_
#define WARTA_SERVER_STATIC_ASSETS_H_

#include <optional>
#include <string>
#include <string_view>

namespace warta::server {

struct StaticAsset {
  std::string_view content_type;  // "text/html; charset=utf-8", ...
  std::string_view bytes;
};

// A table of assets by normalised path ("index.html", "js/search.js").
// Implementations are immutable and thread-safe.
class StaticAssets {
 public:
  virtual ~StaticAssets() = default;
  // nullptr when there is no such asset.
  virtual const StaticAsset* Find(std::string_view path) const = 0;
};

// The asset a decoded URL path names, relative to the asset root ("/" ->
// "index.html", "/js/a.js" -> "js/a.js"), or nullopt when the path is not
// one an asset can have: a "." or ".." segment (also percent-encoded, in
// case a path reaches here encoded), a backslash, an empty segment, a NUL
// or other control character.
std::optional<std::string> AssetPath(std::string_view url_path);

}  // namespace warta::server

#endif  // WARTA_SERVER_STATIC_ASSETS_H_
