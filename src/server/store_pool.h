// StorePool: one archive connection per request in flight.
//
// A Store is one connection, to be used from one thread at a time
// (warta/store.h). The server answers requests on several worker threads,
// so each request leases a Store of its own for as long as it runs and gives
// it back afterwards; a store is opened only when every open one is leased,
// so there are never more open stores than requests running at once
// (ServerOptions::threads). This was chosen over one Store behind a mutex so
// that searches run in parallel (SQLite in WAL mode and PostgreSQL both let
// readers run beside a writer); writes are still serialised, by the database.
//
// Thread-safe.
#ifndef WARTA_SERVER_STORE_POOL_H_
#define WARTA_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "warta/status.h"
#include "warta/store.h"

namespace warta::server {

class StorePool {
 public:
  // Stores are opened with Store::Open(location, options).
  StorePool(std::string location, StoreOptions options);
  StorePool(const StorePool&) = delete;
  StorePool& operator=(const StorePool&) = delete;

  // A store for the holder's use alone, returned to the pool on
  // destruction (unless Discard()ed).
  class Lease {
   public:
    Lease(Lease&& other) noexcept
        : pool_(std::exchange(other.pool_, nullptr)), store_(std::move(other.store_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }
    // Closes the store instead of returning it: for a connection that
    // failed (kUnavailable), so that the next request opens a new one.
    void Discard() { store_.reset(); }

   private:
    friend class StorePool;
    Lease(StorePool* pool, std::unique_ptr<Store> store)
        : pool_(pool), store_(std::move(store)) {}
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // An idle store, or a newly opened one; Store::Open's error when it
  // cannot be opened.
  StatusOr<Lease> Acquire();

  // Stores opened so far and not closed (for tests and /healthz).
  size_t open() const;

 private:
  void Release(std::unique_ptr<Store> store);

  const std::string location_;
  const StoreOptions options_;
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
  size_t open_ = 0;
};

}  // namespace warta::server

#endif  // WARTA_SERVER_STORE_POOL_H_
