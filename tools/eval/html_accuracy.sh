#!/usr/bin/env bash
# The HTML reader's accuracy on the raw news pages in ../shared/data/html:
# warta reads every page (one JSON Lines batch, "html" records), writes one
# document per page, and ../shared/eval/html_score.py scores title, date (the
# day in WIB) and main-text word F1.
#
#   tools/eval/html_accuracy.sh [all|odd|even] [--json]
#
# odd / even: the odd- or even-numbered pages in sorted order (1-based): the
# odd half is the development half, the even half is held out.
# Environment: WARTA (default build/warta), PAGES_DIR (default the shared one).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$here/../shared
data=${PAGES_DIR:-$shared/data/html}
if [ ! -f "$shared/eval/html_score.py" ] || [ ! -f "$data/expected.jsonl" ]; then
  echo "skipped: $data or $shared/eval/html_score.py is not there" >&2
  exit 77
fi
warta=${WARTA:-$here/build/warta}
half=${1:-all}
shift || true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$data" "$half" "$tmp" <<'PY'
import json, os, sys
data, half, tmp = sys.argv[1:4]
pages = sorted(f for f in os.listdir(os.path.join(data, "pages")) if f.endswith(".html"))
keep = {p for i, p in enumerate(pages, 1)
        if half == "all" or (half == "odd") == (i % 2 == 1)}
with open(os.path.join(tmp, "expected.jsonl"), "w", encoding="utf-8") as out:
    for line in open(os.path.join(data, "expected.jsonl"), encoding="utf-8"):
        if line.strip() and os.path.basename(json.loads(line)["page"]) in keep:
            out.write(line)
with open(os.path.join(tmp, "pages.jsonl"), "w", encoding="utf-8") as out:
    for p in sorted(keep):
        raw = open(os.path.join(data, "pages", p), "rb").read()
        out.write(json.dumps({"id": p[:-5], "html": raw.decode("utf-8", "replace")},
                             ensure_ascii=False) + "\n")
PY
"$warta" annotate --jsonl "$tmp/pages.jsonl" --no-tokens > "$tmp/docs.jsonl" || true
mkdir -p "$tmp/pred"
/usr/bin/python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
for line in open(os.path.join(tmp, "docs.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    if "error" in d:
        continue
    with open(os.path.join(tmp, "pred", d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump({"title": d.get("title"), "published": d.get("published_time") or d.get("published"),
                   "text": d.get("text")}, f, ensure_ascii=False)
PY
[ -n "${KEEP_PRED:-}" ] && cp -r "$tmp/pred" "$KEEP_PRED"
/usr/bin/python3 "$shared/eval/html_score.py" "$tmp/expected.jsonl" "$tmp/pred" "$@"
