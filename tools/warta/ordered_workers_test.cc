#include "ordered_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace warta::cli {
namespace {

using std::chrono::microseconds;

// Feeds 0..n-1 through the pool the way the batch commands do and returns
// what Next() gave back, in order.
template <typename Pool>
std::vector<int> Drive(Pool& pool, int n, size_t* max_in_flight = nullptr) {
  std::vector<int> out;
  for (int i = 0; i < n; ++i) {
    while (pool.full()) out.push_back(pool.Next());
    pool.Submit(i);
    if (max_in_flight && pool.in_flight() > *max_in_flight) {
      *max_in_flight = pool.in_flight();
    }
  }
  while (!pool.empty()) out.push_back(pool.Next());
  return out;
}

TEST(OrderedWorkersTest, KeepsSubmissionOrderUnderRandomDelays) {
  // Each item sleeps a random time, so workers finish out of order.
  std::vector<int> delays(500);
  std::mt19937 rng(16);
  for (int& d : delays) d = static_cast<int>(rng() % 400);
  for (size_t threads : {1u, 2u, 4u, 8u}) {
    std::atomic<int> concurrent{0}, most_concurrent{0};
    OrderedWorkers<int, int> pool(threads, 3 * threads, [&](int i, size_t worker) {
      EXPECT_LT(worker, threads);
      int now = ++concurrent;
      int seen = most_concurrent.load();
      while (now > seen && !most_concurrent.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(microseconds(delays[i]));
      --concurrent;
      return i * 10;
    });
    size_t max_in_flight = 0;
    std::vector<int> out = Drive(pool, static_cast<int>(delays.size()), &max_in_flight);
    ASSERT_EQ(out.size(), delays.size());
    for (size_t i = 0; i < out.size(); ++i) ASSERT_EQ(out[i], int(i) * 10) << threads;
    EXPECT_LE(max_in_flight, 3 * threads);
    EXPECT_LE(most_concurrent.load(), int(threads));
    if (threads > 1) {
      EXPECT_GT(most_concurrent.load(), 1) << "no parallelism";
    }
  }
}

TEST(OrderedWorkersTest, OneThreadRunsInlineOnTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<int> order;
  OrderedWorkers<int, int> pool(1, 1, [&](int i, size_t worker) {
    EXPECT_EQ(std::this_thread::get_id(), caller);
    EXPECT_EQ(worker, 0u);
    order.push_back(i);
    return i;
  });
  pool.Submit(7);
  EXPECT_EQ(order, std::vector<int>{7});  // ran before Submit returned
  EXPECT_TRUE(pool.full());
  EXPECT_EQ(pool.Next(), 7);
  EXPECT_TRUE(pool.empty());
}

TEST(OrderedWorkersTest, InFlightNeverPassesTheWindow) {
  // The owner takes results slowly; workers are fast. The pool must not run
  // ahead of the window.
  std::atomic<int> started{0};
  OrderedWorkers<int, int> pool(4, 5, [&](int i, size_t) {
    ++started;
    return i;
  });
  for (int i = 0; i < 5; ++i) pool.Submit(i);
  EXPECT_TRUE(pool.full());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(started.load(), 5);  // nothing more was there to start
  EXPECT_EQ(pool.Next(), 0);
  EXPECT_FALSE(pool.full());
  EXPECT_EQ(pool.in_flight(), 4u);
  std::vector<int> rest;
  while (!pool.empty()) rest.push_back(pool.Next());
  EXPECT_EQ(rest, (std::vector<int>{1, 2, 3, 4}));
}

TEST(OrderedWorkersTest, AnExceptionBelongsToItsItem) {
  for (size_t threads : {1u, 3u}) {
    OrderedWorkers<int, std::string> pool(threads, 4, [](int i, size_t) {
      if (i % 5 == 2) {
        std::string message = "bad ";
        message += std::to_string(i);
        throw std::runtime_error(message);
      }
      return std::to_string(i);
    });
    std::vector<std::string> got;
    auto take = [&] {
      try {
        got.push_back(pool.Next());
      } catch (const std::runtime_error& e) {
        std::string message = "!";
        message += e.what();
        got.push_back(message);
      }
    };
    for (int i = 0; i < 12; ++i) {
      while (pool.full()) take();
      pool.Submit(i);
    }
    while (!pool.empty()) take();
    EXPECT_EQ(got, (std::vector<std::string>{"0", "1", "!bad 2", "3", "4", "5", "6",
                                             "!bad 7", "8", "9", "10", "11"}))
        << threads;
  }
}

TEST(OrderedWorkersTest, DestroyingWithWorkInFlightIsClean) {
  std::atomic<int> ran{0};
  {
    OrderedWorkers<int, int> pool(2, 8, [&](int i, size_t) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++ran;
      return i;
    });
    for (int i = 0; i < 8; ++i) pool.Submit(i);
    EXPECT_EQ(pool.Next(), 0);
  }  // joins: the running items finish, the others are dropped
  EXPECT_GE(ran.load(), 1);
  EXPECT_LE(ran.load(), 8);
}

}  // namespace
}  // namespace warta::cli
