#include "server/embedded_assets.h"

namespace warta::server {

std::string_view ContentTypeFor(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) {
    const std::string_view extension = name.substr(dot);
    for (const auto& [ext, type] : kTypes) {
      if (extension == ext) return type;
    }
  }
  return "application/octet-stream";
}

EmbeddedAssets::EmbeddedAssets(std::span<const EmbeddedFile> files) {
  for (const EmbeddedFile& file : files) {
    assets_.insert_or_assign(std::string(file.path),
                             StaticAsset{ContentTypeFor(file.path), file.bytes});
  }
}

const StaticAsset* EmbeddedAssets::Find(std::string_view path) const {
  auto it = assets_.find(path);
  return it == assets_.end() ? nullptr : &it->second;
}

}  // namespace warta::server
