#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with AddressSanitizer and
# UBSan, in a build directory of their own) and runs each for a while on a
# fresh copy of its seed corpus (fuzz/corpus/<target>/) in a temporary
# directory, so the repository is never written. Prints, per target, the
# inputs tried, the coverage reached and the corpus grown; fails if any
# target crashes, leaks, runs out of memory or hangs, after showing the
# report and keeping the input that did it (also printed as base64 when
# small, so a CI log is enough to reproduce it).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]   # default 20 s, all five
#
# Targets: cleaner segmenter html_reader jsonl_reader timex.
# Environment: FUZZ_BUILD_DIR (default build-fuzz), JOBS (default: all cores).
# Needs Debian's clang and libclang-rt-14-dev (scripts/packages.txt).
# To reproduce a crash: build-fuzz/fuzz/<target>_fuzzer FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(cleaner segmenter html_reader jsonl_reader timex)
build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${JOBS:-$(nproc)}
case "$seconds" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a number" >&2; exit 2 ;; esac

# -O1 with assertions on (no NDEBUG): what fuzzing wants from the library.
CC=clang CXX=clang++ cmake -S . -B "$build" -DWARTA_FUZZ=ON \
  -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_BENCHMARKS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
  >/dev/null
cmake --build "$build" --target warta_fuzzers -j "$jobs"

work=$(mktemp -d -t warta-fuzz.XXXXXX)
failed=()
cleanup() { [ ${#failed[@]} -eq 0 ] && rm -rf "$work"; }
trap cleanup EXIT

# libFuzzer's status lines: "#26463<TAB>DONE   cov: 1222 ft: 4596 corp: 567/1188Kb ...".
final_stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -n 1; }
status_field() {  # FIELD LOG [first]: the field of the last (or first) status line
  local lines
  lines=$(grep -E "^#[0-9]+[[:space:]].* $1: " "$2" || true)
  [ "${3:-}" = first ] && lines=$(head -n 1 <<<"$lines") || lines=$(tail -n 1 <<<"$lines")
  sed -E "s/.* $1: ([0-9]+).*/\\1/" <<<"$lines"
}

rows=()
for t in "${targets[@]}"; do
  fuzzer="$build/fuzz/${t}_fuzzer"
  seeds="fuzz/corpus/$t"
  [ -x "$fuzzer" ] && [ -d "$seeds" ] || { echo "fuzz.sh: unknown target $t" >&2; exit 2; }
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  cp "$seeds"/* "$work/$t/corpus/"
  log="$work/$t/log"
  echo "== $t: ${seconds}s on $(ls "$seeds" | wc -l) seeds"
  rc=0
  "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 \
    -print_final_stats=1 -artifact_prefix="$work/$t/artifacts/" \
    "$work/$t/corpus" >"$log" 2>&1 || rc=$?
  execs=$(final_stat number_of_executed_units "$log")
  rate=$(final_stat average_exec_per_sec "$log")
  new_units=$(final_stat new_units_added "$log")
  cov0=$(status_field cov "$log" first)
  cov1=$(status_field cov "$log")
  ft=$(status_field ft "$log")
  files=$(ls "$work/$t/corpus" | wc -l)
  result=ok
  if [ "$rc" -ne 0 ]; then
    result="FAILED (exit $rc)"
    failed+=("$t")
    echo "-- $t failed; the end of its log ($log):"
    tail -n 60 "$log"
    for a in "$work/$t/artifacts"/*; do
      [ -f "$a" ] || continue
      echo "-- input kept in $a ($(wc -c <"$a") bytes)"
      [ "$(wc -c <"$a")" -le 4096 ] && { echo "-- base64:"; base64 "$a"; }
    done
  fi
  rows+=("$(printf '%-13s %5ss %10s %8s %6s -> %-6s %7s %5s -> %-5s %6s  %s' "$t" "$seconds" \
    "${execs:-?}" "${rate:-?}" "${cov0:-?}" "${cov1:-?}" "${ft:-?}" \
    "$(ls "$seeds" | wc -l)" "$files" "+${new_units:-?}" "$result")")
done

echo
echo "== fuzzing summary (libFuzzer; cov = coverage edges at start -> end, ft = features)"
printf '%-13s %6s %10s %8s %16s %7s %14s %6s  %s\n' target time execs exec/s cov ft corpus new result
printf '%s\n' "${rows[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: ${failed[*]} failed; inputs and logs kept in $work" >&2
  exit 1
fi
