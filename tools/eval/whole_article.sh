#!/usr/bin/env bash
# Whole-article accuracy (entities, quotes, events, time) on gold files in the
# format of ../shared/eval/GOLD_FORMAT.md, scored by ../shared/eval/score.py.
# Each gold file's text, id and publication date go through `warta annotate`.
#
#   tools/eval/whole_article.sh [GOLD_DIR_OR_FILE ...]   (default: the Kompas
#                                                      dev gold and the example)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$here/../shared
warta=${WARTA:-$here/build/warta}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared/eval is not there" >&2
  exit 77
fi
[ $# -gt 0 ] || set -- "$shared/eval/dev/kompas" "$shared/examples/lavrov-pyongyang.gold.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
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
