#!/usr/bin/env python3
"""Counts UD sentences whose "# text" holds more than one sentence by the
usual rule (".", "?" or "!" + space + capital), leaving out periods after
single capitals (initials) and after the abbreviations in
lexicons/abbreviations.tsv. Each such unit costs a correct sentence splitter
one true positive and adds false positives; docs/accuracy.md uses the count
to bound the reachable sentence F1.

usage: tools/eval/ud_multisentence_units.py GOLD.conllu
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def abbreviations():
    out = set()
    with open(os.path.join(ROOT, "lexicons", "abbreviations.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                word = line.split("\t")[0].replace(".", "")
                out.add(word)
                out.add(word.upper())
    return out


def main(path):
    abbr = abbreviations()
    texts = [l[len("# text = "):].rstrip("\n") for l in open(path, encoding="utf-8")
             if l.startswith("# text = ")]
    units, extra = 0, 0
    for t in texts:
        n = 0
        for m in re.finditer(r"(\S*?)([.?!])[\"”’)]* +(?=[A-Z\"“])", t):
            word = re.sub(r"^\W+", "", m.group(1))
            if m.group(2) == "." and (re.fullmatch(r"[A-Z]", word) or word.replace(".", "") in abbr):
                continue
            n += 1
        if n:
            units += 1
            extra += n
    print(f"sentences {len(texts)}; units holding more than one sentence {units}; "
          f"sentence ends inside them {extra}")
    # A splitter that finds exactly the true sentence ends and nothing else:
    tp = len(texts) - units
    pred = len(texts) + extra
    p, r = tp / pred, tp / len(texts)
    print(f"sentence F1 of such a splitter: {2 * p * r / (p + r):.4f} (P {p:.4f}, R {r:.4f})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "ud", "gsd-dev.conllu"))
