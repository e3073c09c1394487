// `warta serve`: the archive and the pipeline over HTTP (docs/api.md).
#ifndef WARTA_TOOLS_SERVE_COMMAND_H_
#define WARTA_TOOLS_SERVE_COMMAND_H_

#include "server/server_options.h"

namespace CLI {
class App;
}

namespace warta::cli {

struct ServeFlags {
  server::ServerOptions server;
};

CLI::App* AddServeCommand(CLI::App& app, ServeFlags* flags);

// Serves until SIGINT or SIGTERM; returns the exit code.
int RunServe(const ServeFlags& flags);

}  // namespace warta::cli

#endif  // WARTA_TOOLS_SERVE_COMMAND_H_
