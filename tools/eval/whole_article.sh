#!/usr/bin/env bash
# Whole-article accuracy (entities, quotes, events, time) on gold files in the
# format of ../shared/eval/GOLD_FORMAT.md, scored by ../shared/eval/score.py.
# Each gold file's text, id and publication date go through `warta annotate`.
#
#   tools/eval/whole_article.sh [GOLD_DIR_OR_FILE ...]   (default: the Kompas
#                                                      dev gold and the example)
#   tools/eval/whole_article.sh --half odd|even DIR   (odd- or even-numbered files
#                                                      of DIR only, e.g. dev/pfsa-full)
# KEEP=DIR keeps the gold and predicted files (DIR/gold, DIR/pred), e.g. for
# tools/eval/event_review.py DIR/gold DIR/pred.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$here/../shared
warta=${WARTA:-$here/build/warta}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval is not there" >&2
  exit 77
fi
[ $# -gt 0 ] || set -- "$shared/eval/dev/kompas" "$shared/examples/lavrov-pyongyang.gold.json"
if [ "$1" = "--half" ]; then
  parity=$2
  dir=$3
  [ "$parity" = odd ] && want=1 || want=0
  set --
  for f in "$dir"/*.gold.json; do
    n=$(basename "$f" .gold.json | grep -o '[0-9]*$')
    [ $((10#$n % 2)) -eq "$want" ] && set -- "$@" "$f"
  done
fi
if [ -n "${KEEP:-}" ]; then
  tmp=$KEEP
  rm -rf "$tmp/gold" "$tmp/pred"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
fi
mkdir -p "$tmp/pred"
"$here/tools/eval/gold_articles.py" "$tmp/gold" "$tmp/in.jsonl" "$@"
"$warta" annotate --jsonl "$tmp/in.jsonl" --no-tokens > "$tmp/out.jsonl" || true
python3 - "$tmp/out.jsonl" "$tmp/pred" <<'PY'
import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if "id" in d and "text" in d:
        json.dump(d, open(os.path.join(sys.argv[2], d["id"] + ".json"), "w", encoding="utf-8"))
PY
python3 "$shared/eval/score.py" "$tmp/gold" "$tmp/pred" ${SCORE_ARGS:-}
