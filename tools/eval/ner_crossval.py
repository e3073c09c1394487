#!/usr/bin/env python3
"""NER entity F1 of a model that also trains on the NER dev sets, measured honestly.

The data README marks NERGrit dev and IDNer news 2K dev as TRAIN, so the shipped
NER model may learn from them; its figures on those files would then mean
nothing. This script measures the method by k-fold cross-validation instead:
each dev set is cut into K folds of whole sentences (sentence i goes to fold
i mod K); for each fold a model is trained on both train sets and the other
folds of both dev sets, for a fixed number of epochs (none is picked on the
held-out fold), then tags the held-out fold of each dev set. The held-out
predictions of all folds are scored together per dev set by
../shared/eval/conll_ner.py.

  tools/eval/ner_crossval.py [--folds 5] [--epochs 15] [--nergrit-weight 2]
                             [--seed N] [--warta build/warta]
  (the defaults are the shipped recipe, tools/train_models.sh)
  --no-dev-folds trains every fold's model on the train sets alone (the same
  model K times: the recipe without dev training, at the same fixed epochs).
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
DEV_SETS = ("idner-news-2k", "nergrit")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--warta", default=os.path.join(ROOT, "build", "warta"))
    ap.add_argument("--no-dev-folds", action="store_true")
    ap.add_argument("--seed", type=int, default=20231020,
                    help="the training seed (the order sentences are visited in)")
    ap.add_argument("--gazetteer", default=os.path.join(SHARED, "data", "lexicon", "dbpedia-id"))
    ap.add_argument("--nergrit-weight", type=int, default=2,
                    help="count NERGrit's sentences (train and dev folds) this many times")
    args = ap.parse_args()
    ner = os.path.join(SHARED, "data", "ner")
    scorer = os.path.join(SHARED, "eval", "conll_ner.py")
    if not os.path.exists(os.path.join(ner, "nergrit-dev.tsv")) or not os.path.exists(scorer):
        print("skipped: ../shared/data/ner or ../shared/eval is not there", file=sys.stderr)
        return 77
    dev = {name: read_blocks(os.path.join(ner, name + "-dev.tsv")) for name in DEV_SETS}
    tmp = tempfile.mkdtemp()
    try:
        models = os.path.join(tmp, "models")
        os.makedirs(models)
        shutil.copy(os.path.join(ROOT, "models", "upos-id.bin"), models)
        gold = {name: [] for name in DEV_SETS}
        pred = {name: [] for name in DEV_SETS}
        for k in range(args.folds):
            cmd = [args.warta, "train", "ner"]
            cmd += ["--train", os.path.join(ner, "nergrit-train.tsv")] * args.nergrit_weight
            cmd += ["--train", os.path.join(ner, "idner-news-2k-train.tsv"),
                   "--gazetteer", args.gazetteer,
                   "--epochs", str(args.epochs), "--seed", str(args.seed), "--out", os.path.join(models, "ner-id.bin")]
            if not args.no_dev_folds:
                for name in DEV_SETS:
                    rest = os.path.join(tmp, name + "-rest.tsv")
                    write_blocks(rest, fold(dev[name], k, args.folds)[1])
                    cmd += ["--train", rest] * (args.nergrit_weight if name == "nergrit" else 1)
            if k == 0 or not args.no_dev_folds:
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for name in DEV_SETS:
                held = fold(dev[name], k, args.folds)[0]
                words = "\n\n".join("\n".join(line.split("\t")[0] for line in s.split("\n"))
                                    for s in held) + "\n"
                tagged = subprocess.run([args.warta, "tag", "--ner", "-"], input=words,
                                        capture_output=True, text=True, check=True,
                                        env=dict(os.environ, WARTA_MODELS=models)).stdout
                gold[name] += held
                pred[name] += [b for b in re.split(r"\n\s*\n", tagged.strip("\n")) if b.strip()]
            print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
        for name in DEV_SETS:
            gold_path = os.path.join(tmp, name + ".gold")
            pred_path = os.path.join(tmp, name + ".pred")
            write_blocks(gold_path, gold[name])
            write_blocks(pred_path, pred[name])
            score = subprocess.run([sys.executable, scorer, gold_path, pred_path], check=True,
                                   capture_output=True, text=True).stdout
            f1 = float(re.search(r"^all .*F1=([\d.]+)", score, re.M).group(1))
            print(f"{name}-dev: entity F1 {f1:.4f} ({len(gold[name])} sentences, epochs "
                  f"{args.epochs}, {'train sets only' if args.no_dev_folds else 'dev folds in training'})")
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
