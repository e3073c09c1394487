#!/usr/bin/env bash
# Builds warta with warnings as errors and runs the whole test suite
# (unit, golden, bad-input, CLI and accuracy tests) through ctest.
# Accuracy tests read ../shared and are skipped with a message when it is
# absent. Run scripts/setup.sh once first on a fresh machine.
#
#   scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DWARTA_WERROR=ON \
  -DWARTA_BUILD_TESTS=ON -DWARTA_BUILD_BENCHMARKS=ON ${CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"
cd "$build"
ctest --output-on-failure -j "$jobs"
