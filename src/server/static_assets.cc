#include "server/static_assets.h"

#include <cctype>

namespace warta::server {
namespace {

// "%2e" / "%2E" -> '.', "%2f" -> '/', "%5c" -> '\\', so that a path that
// arrives still encoded (or encoded twice) is judged by what it would mean.
std::string DecodeDotsAndSlashes(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const char a = s[i + 1];
      const char b = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i + 2])));
      if (a == '2' && b == 'e') { out.push_back('.'); i += 2; continue; }
      if (a == '2' && b == 'f') { out.push_back('/'); i += 2; continue; }
      if (a == '5' && b == 'c') { out.push_back('\\'); i += 2; continue; }
      if (a == '2' && b == '5') { out.push_back('%'); i += 2; continue; }
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::optional<std::string> AssetPath(std::string_view url_path) {
  if (url_path.empty() || url_path[0] != '/') return std::nullopt;
  // Decode until nothing changes, so "%252e%252e" is caught too.
  std::string path(url_path);
  for (int round = 0; round < 4; ++round) {
    std::string decoded = DecodeDotsAndSlashes(path);
    if (decoded == path) break;
    path = std::move(decoded);
  }
  for (char c : path) {
    if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return std::nullopt;
  }
  std::string_view rest = std::string_view(path).substr(1);
  if (rest.empty()) return std::string("index.html");
  size_t start = 0;
  while (start <= rest.size()) {
    size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view segment = rest.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
    start = end + 1;
  }
  return std::string(rest);
}

}  // namespace warta::server
