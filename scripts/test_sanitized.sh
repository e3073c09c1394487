#!/usr/bin/env bash
# Builds warta with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-sanitize/, -O1, warnings as errors) and runs the whole test suite
# through ctest, as scripts/test.sh does: any sanitizer report fails the test
# it happened in. The Python module is left out of this build (a sanitizer
# runtime cannot be loaded into an interpreter built without it), and so are
# the benchmarks.
#
# RapidJSON's internal::Stack adds an offset to its null pointer before its
# first allocation, which UBSan's pointer-overflow check reports; that one
# check is switched off for the RapidJSON headers only
# (cmake/ubsan_ignorelist.txt), our own code keeps it. clang builds this
# (the ignore list is clang's), as it builds the fuzz targets.
#
#   scripts/test_sanitized.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-sanitize}
jobs=${JOBS:-$(nproc)}
python=()
[ -x /usr/bin/python3 ] && python=(-DPython3_EXECUTABLE=/usr/bin/python3)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DCMAKE_CXX_COMPILER="${CXX:-clang++}" -DWARTA_SANITIZE=ON -DWARTA_WERROR=ON \
  -DWARTA_BUILD_TESTS=ON -DWARTA_BUILD_BENCHMARKS=OFF -DWARTA_BUILD_PYTHON=OFF \
  "${python[@]}" ${CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"
# A report stops the process with an error; leaks are reports too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# Tests that size their input (the 50 MB line) take a smaller one: the
# instrumented code is several times slower, and what they check is the
# same.
export WARTA_TEST_SANITIZED=1
cd "$build"
ctest --output-on-failure -j "$jobs"
