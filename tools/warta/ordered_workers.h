// OrderedWorkers: a small ordered parallel map for the batch commands.
//
// One thread (the caller) submits items; N worker threads run `work` on
// them; the caller takes the results back with Next() in the order it
// submitted them, whatever order the workers finish in. At most `window`
// items are in flight (submitted and not yet taken), so memory stays
// bounded however long the input is:
//
//   OrderedWorkers<std::string, Result> pool(jobs, 4 * jobs,
//       [&](std::string line, size_t worker) { return Annotate(line, worker); });
//   while (ReadLine(&line)) {
//     while (pool.full()) Write(pool.Next());
//     pool.Submit(std::move(line));
//   }
//   while (!pool.empty()) Write(pool.Next());
//
// `worker` is the index of the thread running the item, in [0, threads), so
// a caller can keep one piece of per-thread state (a Scratch) for each.
//
// With threads <= 1 no thread is started: Submit() runs `work` at once on
// the calling thread, so a one-job run does exactly what a plain loop does.
//
// An exception thrown by `work` belongs to its item: Next() rethrows it when
// that item's turn comes; the other items are not affected.
//
// Thread-safety: Submit(), Next(), full(), empty() and in_flight() are for
// the one thread that owns the pool. `work` runs on the worker threads and
// must be safe to call concurrently with itself.
#ifndef WARTA_TOOLS_ORDERED_WORKERS_H_
#define WARTA_TOOLS_ORDERED_WORKERS_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace warta::cli {

template <typename In, typename Out>
class OrderedWorkers {
 public:
  using Work = std::function<Out(In, size_t worker)>;

  // REQUIRES: window >= 1 (a smaller value is taken as 1).
  OrderedWorkers(size_t threads, size_t window, Work work)
      : window_(window ? window : 1), work_(std::move(work)) {
    if (threads <= 1) return;
    threads_.reserve(threads);
    for (size_t i = 0; i < threads; ++i) {
      threads_.emplace_back([this, i] { WorkerLoop(i); });
    }
  }

  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  // Results not taken are dropped; items not yet started are not run.
  ~OrderedWorkers() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // True when a Submit() now would have to wait for a Next().
  bool full() const {
    std::lock_guard<std::mutex> lock(mu_);
    return slots_.size() >= window_;
  }
  bool empty() const {
    std::lock_guard<std::mutex> lock(mu_);
    return slots_.empty();
  }
  size_t in_flight() const {
    std::lock_guard<std::mutex> lock(mu_);
    return slots_.size();
  }

  // Hands `item` to the workers.
  // REQUIRES: !full() — the owner is the only one who frees a place, so
  // submitting into a full pool would wait for ever.
  void Submit(In item) {
    if (threads_.empty()) {
      slots_.emplace_back();
      Run(slots_.back(), std::move(item), 0);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      slots_.emplace_back();
      slots_.back().input.emplace(std::move(item));
      pending_.push_back(&slots_.back());
    }
    work_ready_.notify_one();
  }

  // The result of the oldest item not yet taken, waiting until it is done;
  // rethrows what `work` threw for it. REQUIRES: !empty().
  Out Next() {
    std::unique_lock<std::mutex> lock(mu_);
    result_ready_.wait(lock, [this] { return slots_.front().done; });
    Slot slot = std::move(slots_.front());
    slots_.pop_front();  // a deque keeps the other slots where they are
    lock.unlock();
    if (slot.error) std::rethrow_exception(slot.error);
    return std::move(*slot.output);
  }

 private:
  struct Slot {
    std::optional<In> input;
    std::optional<Out> output;
    std::exception_ptr error;
    bool done = false;
  };

  // Fills `slot` outside the lock; the caller publishes `done`.
  void Run(Slot& slot, In item, size_t worker) {
    try {
      slot.output.emplace(work_(std::move(item), worker));
    } catch (...) {
      slot.error = std::current_exception();
    }
    slot.done = true;
  }

  void WorkerLoop(size_t worker) {
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      work_ready_.wait(lock, [this] { return stop_ || !pending_.empty(); });
      if (stop_) return;
      Slot* slot = pending_.front();
      pending_.pop_front();
      In item = std::move(*slot->input);
      slot->input.reset();
      lock.unlock();
      // Only this thread touches the slot until `done` is set under the
      // lock, and Next() never takes a slot that is not done.
      std::optional<Out> output;
      std::exception_ptr error;
      try {
        output.emplace(work_(std::move(item), worker));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      slot->output = std::move(output);
      slot->error = error;
      slot->done = true;
      // Only the oldest slot can unblock Next(), but which one that is can
      // change between here and the wait, so wake the owner every time.
      result_ready_.notify_all();
    }
  }

  const size_t window_;
  const Work work_;
  mutable std::mutex mu_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<Slot> slots_;     // in flight, oldest first
  std::deque<Slot*> pending_;  // submitted, not yet started
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// The thread count for `-j N`: N, or every core when N is 0 (at least 1).
inline size_t ResolveJobs(unsigned jobs) {
  if (jobs) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores ? cores : 1;
}

// Items in flight for `jobs` threads: enough that no worker waits while the
// owner writes a result (or stores a batch), few enough that a long input
// never sits in memory. One job keeps one item: the plain sequential loop.
inline size_t BatchWindow(size_t jobs) { return jobs <= 1 ? 1 : 8 * jobs; }

}  // namespace warta::cli

#endif  // WARTA_TOOLS_ORDERED_WORKERS_H_
