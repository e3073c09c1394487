#!/usr/bin/env python3
"""Segmentation accuracy on UD Indonesian GSD dev (shared data), as a test:
fails when token or sentence F1 falls below the figures in docs/accuracy.md.
Skips (exit 77) when ../shared is not there.

usage: ud_segmentation_test.py PATH_TO_WARTA
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "..", "shared", "data", "ud", "gsd-dev.conllu")
SCRIPT = os.path.join(ROOT, "tools", "eval", "ud_segmentation.sh")

# Floors: the bar of the foundation issue for tokens; for sentences the
# figure measured at the last change (see docs/accuracy.md for why GSD's
# multi-sentence units keep it below the 0.95 bar).
TOKEN_F1_FLOOR = 0.995
SENTENCE_F1_FLOOR = 0.875


def main():
    if not os.path.exists(GOLD):
        print(f"skipped: {GOLD} is not there (../shared/data is absent)")
        return 77
    out = subprocess.run([SCRIPT, GOLD, sys.argv[1], "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        return 1
    scores = json.loads(out.stdout)
    print(json.dumps(scores))
    ok = scores["tokens"]["f1"] >= TOKEN_F1_FLOOR and scores["sentences"]["f1"] >= SENTENCE_F1_FLOOR
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
