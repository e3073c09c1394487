#!/usr/bin/env python3
"""Whole-article accuracy on the shared dev gold (Kompas + the example, and
PFSA-ID direct quotations), as a test: fails when a figure falls below the
floors measured at the last change (docs/accuracy.md). Skips (exit 77)
without ../shared.

usage: whole_article_test.py PATH_TO_WARTA
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
SCRIPT = os.path.join(ROOT, "tools", "eval", "whole_article.sh")
FLOORS = {
    "kompas": {"quotes": 0.88, "quote_speaker_accuracy": 0.90, "entities": 0.81,
               "events_typed": 0.70, "events_full": 0.47, "timex_valued": 0.95},
    "pfsa": {"quotes": 0.90},
}


def run(args, warta):
    env = dict(os.environ, WARTA=warta, SCORE_ARGS="--json")
    out = subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        return None
    return json.loads(out.stdout)


def main():
    warta = sys.argv[1]
    if not os.path.exists(os.path.join(SHARED, "eval", "score.py")):
        print("skipped: ../shared/eval is not there")
        return 77
    ok = True
    sets = {"kompas": [os.path.join(SHARED, "eval", "dev", "kompas"),
                       os.path.join(SHARED, "examples", "lavrov-pyongyang.gold.json")],
            "pfsa": [os.path.join(SHARED, "eval", "dev", "pfsa")]}
    for name, args in sets.items():
        scores = run(args, warta)
        if scores is None:
            return 1
        for measure, floor in FLOORS[name].items():
            value = scores[measure]["f1"] if isinstance(scores[measure], dict) else scores[measure]
            print(f"{name} {measure} {value:.4f} (floor {floor})")
            ok &= value >= floor
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
