// The files of the web interface (web/), compiled into the binary at build
// time by cmake/EmbedWebFiles.cmake, so that `warta serve` needs no files
// beside it. The definition is generated (build/generated/web/web_assets.cc)
// and linked into the `warta` program only (library target warta_web).
#ifndef WARTA_SERVER_WEB_ASSETS_H_
#define WARTA_SERVER_WEB_ASSETS_H_

#include <span>

#include "server/embedded_assets.h"

namespace warta::server {

// Every file under web/, sorted by path; valid for the whole program.
std::span<const EmbeddedFile> WebAssetFiles();

}  // namespace warta::server

#endif  // WARTA_SERVER_WEB_ASSETS_H_
