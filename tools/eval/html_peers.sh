#!/usr/bin/env bash
# The HTML reader side by side with @mozilla/readability (on linkedom) and
# @extractus/article-extractor (bench/peers/html_extract.js) on the same raw
# pages of ../shared/data/html, all three scored by
# ../shared/eval/html_score.py: on all pages, the odd half (development) and
# the even half (held out). Also prints the peers' pages/s.
#
#   tools/eval/html_peers.sh
# Needs `npm install` in bench/peers. Environment: WARTA (default build/warta).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$here/../shared
data=$shared/data/html
if [ ! -f "$shared/eval/html_score.py" ] || [ ! -f "$data/expected.jsonl" ]; then
  echo "skipped: $data or $shared/eval/html_score.py is not there" >&2
  exit 77
fi
if [ ! -d "$here/bench/peers/node_modules/@mozilla/readability" ]; then
  echo "skipped: run 'npm install' in bench/peers for the peers" >&2
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
KEEP_PRED=$tmp/warta "$here/tools/eval/html_accuracy.sh" all > /dev/null
(cd "$here/bench/peers" && node html_extract.js "$data/pages" "${PASSES:-3}" "$tmp") | tee "$tmp/speed.txt"
/usr/bin/python3 - "$data" "$tmp" <<'PY'
import json, os, sys
data, tmp = sys.argv[1:3]
pages = sorted(f for f in os.listdir(os.path.join(data, "pages")) if f.endswith(".html"))
rows = [l for l in open(os.path.join(data, "expected.jsonl"), encoding="utf-8") if l.strip()]
for half in ("all", "odd", "even"):
    keep = {p for i, p in enumerate(pages, 1) if half == "all" or (half == "odd") == (i % 2 == 1)}
    with open(os.path.join(tmp, f"expected-{half}.jsonl"), "w", encoding="utf-8") as out:
        out.writelines(r for r in rows if os.path.basename(json.loads(r)["page"]) in keep)
PY
for peer in warta readability article-extractor; do
  for half in all odd even; do
    printf '%-18s %-4s ' "$peer" "$half"
    /usr/bin/python3 "$shared/eval/html_score.py" "$tmp/expected-$half.jsonl" "$tmp/$peer" --json |
      /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(f"{k}={d[k]}" for k in ("title_accuracy","date_accuracy","text_precision","text_recall","text_f1")))'
  done
done
awk '/^RESULT/ {printf "%s: %.1f pages/s wall, %.1f pages/s CPU, %.2f MB/s CPU\n", $2, $4/$3, $4/$6, $5/$6/1e6}' "$tmp/speed.txt"
