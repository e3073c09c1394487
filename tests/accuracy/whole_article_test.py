#!/usr/bin/env python3
"""Whole-article accuracy on the shared dev gold (Kompas + the example, PFSA-ID
direct quotations, and the fully annotated PFSA-ID articles, each half), as a
test: fails when a figure falls below the floors measured at the last change
(docs/accuracy.md). Skips (exit 77) without ../shared.

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
               "events_typed": 0.77, "events_full": 0.48, "timex_valued": 0.93},
    "pfsa": {"quotes": 0.90},
    "pfsa_full_odd": {"events_typed": 0.48, "events_full": 0.22, "timex_valued": 0.96},
    "pfsa_full_even": {"events_typed": 0.52, "events_full": 0.22, "timex_valued": 0.86},
    "example": {},
}
# Gold events found (of the example's 11): the events issue's bars.
MIN_FOUND = {"example": {"events_typed": 10, "events_full": 8}}


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
            "pfsa": [os.path.join(SHARED, "eval", "dev", "pfsa")],
            "pfsa_full_odd": ["--half", "odd", os.path.join(SHARED, "eval", "dev", "pfsa-full")],
            "pfsa_full_even": ["--half", "even", os.path.join(SHARED, "eval", "dev", "pfsa-full")],
            "example": [os.path.join(SHARED, "examples", "lavrov-pyongyang.gold.json")]}
    for name, args in sets.items():
        scores = run(args, warta)
        if scores is None:
            return 1
        for measure, floor in FLOORS[name].items():
            value = scores[measure]["f1"] if isinstance(scores[measure], dict) else scores[measure]
            print(f"{name} {measure} {value:.4f} (floor {floor})")
            ok &= value >= floor
        for measure, least in MIN_FOUND.get(name, {}).items():
            found = scores[measure]["tp"]
            print(f"{name} {measure} found {found} of {scores[measure]['gold']} (at least {least})")
            ok &= found >= least
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
