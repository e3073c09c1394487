#!/usr/bin/env python3
"""Root-word accuracy of `warta stem` measured by folds, so that no word of
the measured list helps through our reviewed word lists.

The forms of GOLD (form<TAB>root[<TAB>count], each form counted once) are
split into K folds by a hash of the form (the same split on every run). To
score fold k, every entry of our reviewed lists that matches a fold-k pair -
the entry is the pair's form or its root, lowercased - is withheld
(`warta stem --withhold`), and only fold k's forms are scored. Lists:
lexicons/root-additions.tsv, lexicalised-forms.tsv, lemma-overrides.tsv (by
their form) and root-exclusions.tsv. An entry that only some other fold's
words match stays: it may have come from those words, but it is not
scoring them. Hunspell-id and lexicons/root-frequencies.tsv (generated from
TRAIN text only) are used whole.

Prints, per fold and pooled over the folds: all forms, affixed forms
(form != root) and how many list entries were withheld; --errors lists the
misses.

usage: tools/eval/stem_folds.py GOLD.tsv [WARTA] [--folds=5] [--errors]
"""
import hashlib
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LISTS = ["root-additions.tsv", "lexicalised-forms.tsv", "lemma-overrides.tsv",
         "root-exclusions.tsv"]


def read_gold(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            pairs.append((cols[0], cols[1]))
    return pairs


def list_entries():
    entries = set()
    for name in LISTS:
        with open(os.path.join(ROOT, "lexicons", name), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    entries.add(line.split("\t")[0].strip().lower())
    return entries


def fold_of(form, k):
    return int(hashlib.md5(form.encode("utf-8")).hexdigest(), 16) % k


def stem(warta, words, withheld):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as w:
        w.write("\n".join(sorted(withheld)) + "\n")
        path = w.name
    try:
        out = subprocess.run([warta, "stem", "--withhold", path, "-"],
                             input="\n".join(words) + "\n", capture_output=True,
                             text=True, check=True).stdout.split("\n")
    finally:
        os.unlink(path)
    return [l.split("\t")[1] if "\t" in l else l for l in out[: len(words)]]


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    gold_path = args[0]
    warta = args[1] if len(args) > 1 else os.path.join(ROOT, "build", "warta")
    k = int(next((a.split("=", 1)[1] for a in argv if a.startswith("--folds=")), "5"))
    pairs = read_gold(gold_path)
    entries = list_entries()
    total = [0, 0, 0, 0]  # forms, right, affixed, affixed right
    errors = []
    for fold in range(k):
        part = [p for p in pairs if fold_of(p[0], k) == fold]
        words = {w.lower() for p in part for w in p}
        withheld = entries & words
        pred = stem(warta, [p[0] for p in part], withheld)
        ok = [g.lower() == p.lower() for (_, g), p in zip(part, pred)]
        aff = [i for i, (f, g) in enumerate(part) if f.lower() != g.lower()]
        n, na = len(part), len(aff)
        right, aright = sum(ok), sum(ok[i] for i in aff)
        print(f"fold {fold}: forms {n} accuracy {right / n:.4f}  affixed {na} "
              f"accuracy {aright / na:.4f}  withheld {len(withheld)} list entries")
        for t, v in zip(range(4), (n, right, na, aright)):
            total[t] += v
        errors += [(f, g, p) for (f, g), p, good in zip(part, pred, ok) if not good]
    print(f"forms {total[0]} accuracy {total[1] / total[0]:.4f}")
    print(f"affixed {total[2]} accuracy {total[3] / total[2]:.4f}")
    if "--errors" in argv:
        for f, g, p in errors:
            print(f"{f}\tgold={g}\tpred={p}")


if __name__ == "__main__":
    main(sys.argv)
