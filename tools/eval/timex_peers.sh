#!/usr/bin/env bash
# The date layer's accuracy side by side: warta's time stage and the
# `chrono-node` package's Indonesian parser (chrono.id, bench/peers) on the
# same gold articles, each resolved against its publication date, both scored
# by ../shared/eval/score.py (timex: span overlap; timex_valued: the value too).
#
#   tools/eval/timex_peers.sh [GOLD_DIR_OR_FILE ...]   (default: the Kompas
#                                                     dev gold and the example)
# Needs `npm install` in bench/peers for the peer.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$here/../shared
if [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval is not there" >&2
  exit 77
fi
if [ ! -d "$here/bench/peers/node_modules/chrono-node" ]; then
  echo "skipped: run 'npm install' in bench/peers for chrono-node" >&2
  exit 77
fi
[ $# -gt 0 ] || set -- "$shared/eval/dev/kompas" "$shared/examples/lavrov-pyongyang.gold.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/chrono"
"$here/tools/eval/gold_articles.py" "$tmp/gold" "$tmp/in.jsonl" "$@"
(cd "$here/bench/peers" && node chrono_timex.js "$tmp/in.jsonl" 1 "$tmp/chrono" > /dev/null)
echo "== warta (time stage)"
SCORE_ARGS= "$here/tools/eval/whole_article.sh" "$tmp/gold" | grep -E '^(timex|documents)'
echo "== chrono-node (chrono.id)"
python3 "$shared/eval/score.py" "$tmp/gold" "$tmp/chrono" | grep -E '^(timex|documents)'
