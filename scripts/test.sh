#!/usr/bin/env bash
# Builds warta with warnings as errors and runs the whole test suite
# (unit, golden, bad-input, CLI and accuracy tests) through ctest.
# Accuracy tests read ../shared and are skipped with a message when it is
# absent; the store's PostgreSQL tests run when WARTA_TEST_POSTGRES names a
# server (scripts/test_postgres.sh starts one) and are skipped, with a note,
# otherwise. Run scripts/setup.sh once first on a fresh machine.
#
#   scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}
# Debian's python runs the Python tests (it sees the python3-* packages the
# tests use; another python3 may come first on PATH).
python=()
[ -x /usr/bin/python3 ] && python=(-DPython3_EXECUTABLE=/usr/bin/python3)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DWARTA_WERROR=ON \
  -DWARTA_BUILD_TESTS=ON -DWARTA_BUILD_BENCHMARKS=ON "${python[@]}" ${CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"
postgres_note() {
  if [ -z "${WARTA_TEST_POSTGRES:-}" ]; then
    echo "NOTE: WARTA_TEST_POSTGRES is not set: the store's PostgreSQL tests are skipped" \
      "(export WARTA_TEST_POSTGRES=\$(scripts/test_postgres.sh) runs them)."
  fi
}
postgres_note
cd "$build"
status=0
ctest --output-on-failure -j "$jobs" || status=$?
postgres_note
exit "$status"
