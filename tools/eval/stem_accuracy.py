#!/usr/bin/env python3
"""Root-word accuracy of `warta stem` on a form<TAB>root[<TAB>count] file:
all forms, and affixed forms (form != root), each form counted once
(types). Prints one line per measure; --errors lists the misses.

usage: tools/eval/stem_accuracy.py GOLD.tsv [WARTA] [--errors]
       tools/eval/stem_accuracy.py GOLD.tsv --command="CMD"   # a peer filter
(CMD reads one word a line and writes word<TAB>stem, as `warta stem -` does.)
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    gold_path = args[0]
    warta = args[1] if len(args) > 1 else os.path.join(ROOT, "build", "warta")
    pairs = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            pairs.append((cols[0], cols[1]))
    words = "\n".join(p[0] for p in pairs) + "\n"
    command = next((a.split("=", 1)[1] for a in argv if a.startswith("--command=")), None)
    if command:
        out = subprocess.run(command, shell=True, input=words, capture_output=True,
                             text=True, check=True).stdout.split("\n")
    else:
        out = subprocess.run([warta, "stem", "-"], input=words, capture_output=True,
                             text=True, check=True).stdout.split("\n")
    pred = [l.split("\t")[1] if "\t" in l else l for l in out[: len(pairs)]]
    ok = [g.lower() == p.lower() for (_, g), p in zip(pairs, pred)]
    affixed = [i for i, (f, g) in enumerate(pairs) if f.lower() != g.lower()]
    n, na = len(pairs), len(affixed)
    print(f"forms {n} accuracy {sum(ok) / n:.4f}")
    print(f"affixed {na} accuracy {sum(ok[i] for i in affixed) / na:.4f}" if na else "affixed 0")
    if "--errors" in argv:
        for (f, g), p, good in zip(pairs, pred, ok):
            if not good:
                print(f"{f}\tgold={g}\tpred={p}")


if __name__ == "__main__":
    main(sys.argv)
