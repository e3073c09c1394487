#!/usr/bin/env bash
# Load test of `warta serve` on loopback with wrk (Debian's wrk): searches
# and article reads (bench/load/search_and_articles.lua) on an archive.
#
#   bench/load/serve_load.sh ARCHIVE [WARTA] [SECONDS] [CONNECTIONS] [SERVER_THREADS]
#
# ARCHIVE: a warta archive (the 100,000-article one that
# bench/archive_benchmark builds in /tmp/warta-archive-bench/warta.db);
# WARTA: the binary (build/warta); 30 s, 16 connections, 8 server threads
# by default. Prints wrk's figures and the script's summary (requests/s,
# p50/p90/p99 latency, errors). Not part of ctest: timing only.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
archive=${1:?usage: serve_load.sh ARCHIVE [WARTA] [SECONDS] [CONNECTIONS] [SERVER_THREADS]}
warta=${2:-$here/build/warta}
seconds=${3:-30}
connections=${4:-16}
server_threads=${5:-8}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
log=$(mktemp)
"$warta" serve --db "$archive" --port 0 --threads "$server_threads" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
url=$(grep -o "http://[0-9.:]*" "$log" | head -1)
# Article ids are drawn from 1 to the highest one (sqlite3, for an SQLite
# archive; 1,000 otherwise).
articles=1000
if [[ "$archive" != postgres* ]] && command -v sqlite3 >/dev/null; then
  articles=$(sqlite3 "file:$archive?mode=ro" "SELECT max(id) FROM articles" 2>/dev/null || echo 1000)
fi
echo "server $url, archive $archive ($articles articles), $server_threads server threads"
# A warm-up pass, then the timed run.
WARTA_ARTICLES=$articles wrk -t2 -c"$connections" -d5s -s "$here/bench/load/search_and_articles.lua" "$url" >/dev/null
WARTA_ARTICLES=$articles wrk -t2 -c"$connections" -d"${seconds}s" --latency \
  -s "$here/bench/load/search_and_articles.lua" "$url"
