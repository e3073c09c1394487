#!/usr/bin/env bash
# Segmentation accuracy on a UD CoNLL-U file, the way docs/accuracy.md reports
# it: the raw text is the file's "# text =" lines joined by single spaces; it
# goes through `warta annotate --format conllu` and the result is scored with
# the shared conllu.py (token and sentence F1 by character alignment).
#
# usage: tools/eval/ud_segmentation.sh [GOLD.conllu] [WARTA_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
gold=${1:-$here/../shared/data/ud/gsd-dev.conllu}
warta=${2:-$here/build/warta}
scorer=$here/../shared/eval/conllu.py
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
  echo "skipped: $gold or $scorer is not there (../shared is absent)" >&2
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep '^# text = ' "$gold" | sed 's/^# text = //' | paste -sd' ' > "$tmp/raw.txt"
"$warta" annotate --format conllu "$tmp/raw.txt" > "$tmp/pred.conllu"
python3 "$scorer" tokens "$gold" "$tmp/pred.conllu" "${@:3}"
