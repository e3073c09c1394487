#!/usr/bin/env python3
"""UPOS accuracy of a model that also trains on GSD dev, measured honestly.

The shipped UPOS model may train on ../shared/data/ud/gsd-dev.conllu (the only
data in the current GSD conventions; data README: "TRAIN or dev"), so its
figure on that file would mean nothing. This script measures the method by
k-fold cross-validation instead: GSD dev is cut into K folds of whole sentences
(sentence i goes to fold i mod K); for each fold a model is trained on the UD
2.1 GSD train, CSUI train and the other folds (counted WEIGHT times), with a
fixed number of epochs (no epoch is picked on the held-out fold), then tags the
held-out fold, scored by ../shared/eval/conllu.py. Prints per-fold and pooled
token accuracy.

  tools/eval/upos_crossval.py [--folds 5] [--epochs 8] [--weight 4] [--warta build/warta]
  (the defaults are the shipped recipe, tools/train_models.sh)
  --weight 0 measures the same recipe without GSD dev (the baseline).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from sentence_blocks import fold, read_blocks, write_blocks

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--weight", type=int, default=4)
    ap.add_argument("--warta", default=os.path.join(ROOT, "build", "warta"))
    args = ap.parse_args()
    ud = os.path.join(SHARED, "data", "ud")
    dev = os.path.join(ud, "gsd-dev.conllu")
    if not os.path.exists(dev) or not os.path.exists(os.path.join(SHARED, "eval", "conllu.py")):
        print("skipped: ../shared/data/ud or ../shared/eval is not there", file=sys.stderr)
        return 77
    sents = read_blocks(dev)
    tmp = tempfile.mkdtemp()
    try:
        models = os.path.join(tmp, "models")
        os.makedirs(models)
        # `warta tag --conllu` also loads the NER model and the parser.
        for name in ("ner-id.bin", "dep-id.bin"):
            shutil.copy(os.path.join(ROOT, "models", name), models)
        right = total = 0
        for k in range(args.folds):
            held, rest = fold(sents, k, args.folds)
            held_path = os.path.join(tmp, "held.conllu")
            rest_path = os.path.join(tmp, "rest.conllu")
            write_blocks(held_path, held)
            write_blocks(rest_path, rest)
            cmd = [args.warta, "train", "pos",
                   "--train", os.path.join(ud, "gsd-train-ud2.1.conllu"),
                   "--train", os.path.join(ud, "csui-train.conllu"),
                   "--epochs", str(args.epochs), "--out", os.path.join(models, "upos-id.bin")]
            for _ in range(args.weight):
                cmd += ["--train-current", rest_path]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            pred = os.path.join(tmp, "pred.conllu")
            with open(pred, "w", encoding="utf-8") as out:
                subprocess.run([args.warta, "tag", "--conllu", held_path], check=True, stdout=out,
                               env=dict(os.environ, WARTA_MODELS=models))
            score = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "conllu.py"),
                                    "tags", held_path, pred], check=True, capture_output=True,
                                   text=True).stdout
            words = int(re.search(r"^words (\d+)", score, re.M).group(1))
            acc = float(re.search(r"^upos_accuracy ([\d.]+)", score, re.M).group(1))
            right += round(acc * words)
            total += words
            print(f"fold {k + 1}/{args.folds}: {words} words, upos_accuracy {acc:.4f}")
        print(f"pooled: {total} words, upos_accuracy {right / total:.4f} "
              f"(epochs {args.epochs}, GSD dev weight {args.weight})")
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
