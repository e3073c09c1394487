#include "server/store_pool.h"

#include <utility>

namespace warta::server {

StorePool::StorePool(std::string location, StoreOptions options)
    : location_(std::move(location)), options_(std::move(options)) {}

StorePool::Lease::~Lease() {
  if (pool_ == nullptr) return;
  if (store_) {
    pool_->Release(std::move(store_));
  } else {
    std::lock_guard<std::mutex> lock(pool_->mu_);
    --pool_->open_;
  }
}

StatusOr<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  // Opening may take a while (migrations, a PostgreSQL login): not under
  // the lock, so that other requests get their idle stores meanwhile.
  StatusOr<std::unique_ptr<Store>> store = Store::Open(location_, options_);
  if (!store.ok()) return store.status();
  std::lock_guard<std::mutex> lock(mu_);
  ++open_;
  return Lease(this, std::move(*store));
}

void StorePool::Release(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
}

size_t StorePool::open() const {
  std::lock_guard<std::mutex> lock(mu_);
  return open_;
}

}  // namespace warta::server
