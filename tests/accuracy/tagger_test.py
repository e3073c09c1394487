#!/usr/bin/env python3
"""UPOS and NER accuracy on the shared dev sets, as a test: fails when a
figure falls below the floors (the figures measured at the last model change,
docs/accuracy.md). Skips (exit 77) without ../shared.

The shipped models train on the dev sets too (GSD dev; the NER dev sets), so
both are measured by cross-validation over them with the recipes of
tools/train_models.sh: tools/eval/upos_crossval.py and tools/eval/ner_crossval.py.

usage: tagger_test.py PATH_TO_WARTA
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
FLOORS = {"upos": 0.935, "idner-news-2k-dev": 0.83, "nergrit-dev": 0.78}


def main():
    warta = sys.argv[1]
    gold_ud = os.path.join(SHARED, "data", "ud", "gsd-dev.conllu")
    if not os.path.exists(gold_ud):
        print(f"skipped: {gold_ud} is not there (../shared/data is absent)")
        return 77
    # Under the sanitizers (scripts/test_sanitized.sh) the same training and
    # tagging run for one epoch each: the code is the same and any report
    # fails the run, but the floors belong to the full recipe, which the
    # ordinary build checks.
    sanitized = bool(os.environ.get("WARTA_TEST_SANITIZED"))
    upos_epochs, ner_epochs = ("1", "1") if sanitized else ("8", "15")
    ok = True
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "eval", "upos_crossval.py"),
                        "--warta", warta, "--weight", "4", "--epochs", upos_epochs],
                       capture_output=True, text=True, check=True)
    upos = float(r.stdout.split("pooled: ")[1].split("upos_accuracy ")[1].split()[0])
    print(f"upos {upos:.4f}, 5-fold cross-validation on GSD dev (floor {FLOORS['upos']})")
    ok &= upos >= FLOORS["upos"]
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "eval", "ner_crossval.py"),
                        "--warta", warta, "--epochs", ner_epochs, "--nergrit-weight", "2"],
                       capture_output=True, text=True, check=True)
    for name in ("idner-news-2k-dev", "nergrit-dev"):
        f1 = float(r.stdout.split(name + ": entity F1 ")[1].split()[0])
        print(f"{name} entity F1 {f1:.4f}, 5-fold cross-validation (floor {FLOORS[name]})")
        ok &= f1 >= FLOORS[name]
    if sanitized:
        print("sanitizers' build: one epoch each, floors not applied")
        return 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
