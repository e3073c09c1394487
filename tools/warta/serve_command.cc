#include "serve_command.h"

#include <CLI/CLI.hpp>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "annotate_command.h"
#include "archive_flags.h"
#include "server/api_routes.h"
#include "server/http_server.h"
#include "server/store_pool.h"
#include "server/web_assets.h"
#include "warta/pipeline.h"

namespace warta::cli {

CLI::App* AddServeCommand(CLI::App& app, ServeFlags* flags) {
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve an archive and the pipeline as a JSON API over HTTP (docs/api.md), with the web "
      "interface at / (docs/web.md).");
  cmd->option_defaults()->always_capture_default();
  server::ServerOptions& o = flags->server;
  o.db = kDefaultArchive;
  cmd->add_option("--db", o.db, "The archive: a SQLite file, or postgresql://user@host/dbname")
      ->envname("WARTA_DB");
  cmd->add_option("--host", o.host,
                  "Address to listen on (0.0.0.0 for every interface: set --token then)");
  cmd->add_option("--port", o.port, "Port to listen on; 0 picks a free one")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--token", o.token,
                  "Writes (POST /v1/articles) need 'Authorization: Bearer TOKEN'")
      ->envname("WARTA_TOKEN");
  cmd->add_option("--max-body-bytes", o.max_body_bytes, "Larger request bodies get 413")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32));
  cmd->add_option("--threads", o.threads, "Requests answered at once")
      ->check(CLI::Range(size_t{1}, size_t{1024}));
  cmd->add_option("--read-timeout", o.read_timeout_seconds,
                  "Seconds a client may stay silent while sending a request")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--write-timeout", o.write_timeout_seconds,
                  "Seconds a client may stop reading its response")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--keep-alive", o.keep_alive_seconds,
                  "Seconds an idle connection is kept open")
      ->check(CLI::Range(1, 3600));
  cmd->footer(
      "Prints 'listening on http://HOST:PORT' on standard error once it accepts requests; "
      "SIGINT or SIGTERM stops it after the requests in flight. Exit codes: 0 stopped; "
      "2 bad flags; 3 the archive cannot be opened or the port is taken; 70 internal "
      "error.");
  return cmd;
}

int RunServe(const ServeFlags& flags) {
  const server::ServerOptions& o = flags.server;
  // Opened once here so that a bad --db is an error at start, not at the
  // first request; the store becomes the pool's first.
  server::StorePool stores(o.db, StoreOptions{});
  {
    StatusOr<server::StorePool::Lease> first = stores.Acquire();
    if (!first.ok()) {
      std::cerr << "warta: archive " << RedactedLocation(o.db) << ": "
                << first.status().message() << "\n";
      return kExitNoInput;
    }
  }
  StatusOr<Pipeline> pipeline = Pipeline::CreateDefault(PipelineOptions{});
  if (!pipeline.ok()) {
    std::cerr << "warta: " << pipeline.status().message() << "\n";
    return kExitInternal;
  }
  server::ApiRoutes routes(*pipeline, stores, o.token);
  const server::EmbeddedAssets web(server::WebAssetFiles());
  server::HttpServer http(o, routes, &web);

  // SIGINT and SIGTERM are taken by one thread (sigwait) rather than a
  // handler, so that stopping the server is ordinary code. Blocked before
  // any worker thread starts, so every thread inherits the mask. SIGPIPE is
  // ignored: a client that goes away must not end the server.
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  StatusOr<int> port = http.Bind();
  if (!port.ok()) {
    std::cerr << "warta: " << port.status().message() << "\n";
    return kExitNoInput;
  }
  std::atomic<bool> stopping{false};
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    if (!stopping.exchange(true)) http.Stop();
  });
  std::cerr << "warta serve: archive " << RedactedLocation(o.db) << ", listening on http://"
            << o.host << ":" << *port << (o.token.empty() ? "" : " (writes need the token)")
            << std::endl;
  Status served = http.Serve();
  // Serve() may also end without a signal: wake the stopper to let it end.
  if (!stopping.exchange(true)) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!served.ok()) {
    std::cerr << "warta: " << served.message() << "\n";
    return kExitInternal;
  }
  std::cerr << "warta serve: stopped\n";
  return kExitOk;
}

}  // namespace warta::cli
