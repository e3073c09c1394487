// EmbeddedAssets: a StaticAssets table over files compiled into the binary.
//
//   EmbeddedAssets assets(WebAssetFiles());      // web/, embedded at build time
//   const StaticAsset* a = assets.Find("js/app.js");
//
// Each file's Content-Type comes from its extension (ContentTypeFor). The
// table holds views of the files' bytes, which must outlive it (the
// generated arrays of web_assets.cc live as long as the program). Lookups
// are exact: "js" is no asset even when "js/app.js" is one, so there is no
// directory listing.
//
// Immutable after construction; thread-safe.
#ifndef WARTA_SERVER_EMBEDDED_ASSETS_H_
#define WARTA_SERVER_EMBEDDED_ASSETS_H_

#include <map>
#include <span>
#include <string>
#include <string_view>

#include "server/static_assets.h"

namespace warta::server {

// One file of the web interface: its path under web/ ("js/app.js") and bytes.
struct EmbeddedFile {
  std::string_view path;
  std::string_view bytes;
};

// The Content-Type of a file by its extension ("index.html" -> "text/html;
// charset=utf-8"); "application/octet-stream" for an extension not listed.
std::string_view ContentTypeFor(std::string_view path);

class EmbeddedAssets : public StaticAssets {
 public:
  explicit EmbeddedAssets(std::span<const EmbeddedFile> files);

  const StaticAsset* Find(std::string_view path) const override;
  size_t size() const { return assets_.size(); }

 private:
  std::map<std::string, StaticAsset, std::less<>> assets_;
};

}  // namespace warta::server

#endif  // WARTA_SERVER_EMBEDDED_ASSETS_H_
