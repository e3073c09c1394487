#!/usr/bin/python3
"""UAS and LAS of the dependency parser, measured honestly by k-fold
cross-validation.

The shipped parser trains on GSD dev and CSUI train (both TRAIN data), so its
figures on them would mean nothing. This script measures the method instead:

  --corpus gsd   GSD dev is cut into K folds of whole sentences (sentence i
                 goes to fold i mod K); each fold's UPOS tagger and parser
                 train on UD 2.1 GSD train, CSUI train and the other folds;
  --corpus csui  the same with CSUI train cut into folds, GSD dev whole in
                 training.

The UPOS tagger of each fold is trained first with the shipped recipe
(tools/train_models.sh; GSD dev counted four times); the parser learns from
that tagger's tags on its training words, then `warta tag --conllu` tags and
parses the held-out fold from its gold words, scored by
../shared/eval/conllu.py (UAS, LAS over universal relations, punctuation
included). No epoch is picked on the held-out fold.

With --jackknife K the parser of each fold learns from jackknifed tags of its
training sentences instead (tools/jackknife_upos.py on the fold's training
files: K parts, each tagged by a tagger of the same recipe trained without
it); the held-out fold is still tagged by the fold's tagger trained on all of
the fold's training data. Nothing reads the held-out fold before it is tagged.

  tools/eval/dep_crossval.py [--corpus gsd|csui] [--folds 5] [--epochs 12]
      [--gsd-weight 3] [--jackknife K] [--cache DIR] [--keep DIR] [--warta build/warta]
      [-- extra flags for `warta train dep`]
  (the defaults are the shipped recipe, tools/train_models.sh)
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
sys.path.insert(0, os.path.join(ROOT, "tools"))
from jackknife_upos import jackknife  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=["gsd", "csui"], default="gsd")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-fold", type=int, default=None,
                    help="score this one fold (0-based) only: a quicker check (the tests)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--upos-epochs", type=int, default=8)
    ap.add_argument("--gsd-weight", type=int, default=3,
                    help="times GSD dev (or its other folds) counts for the parser")
    ap.add_argument("--upos", choices=["fold", "shipped"], default="fold",
                    help="fold: each fold trains its own UPOS tagger (honest); shipped: "
                         "the shipped tagger (it has seen GSD dev: optimistic, faster)")
    ap.add_argument("--jackknife", type=int, default=0, metavar="K",
                    help="the parser learns from jackknifed UPOS of its training words (K parts)")
    ap.add_argument("--cache", help="folder keeping each fold's UPOS model between runs "
                                    "(they depend only on the corpus, the folds and --upos-epochs)")
    ap.add_argument("--warta", default=os.path.join(ROOT, "build", "warta"))
    ap.add_argument("--keep", metavar="DIR",
                    help="keep each fold's gold and parsed sentences and its models there "
                         "(gold-K.conllu, pred-K.conllu, upos-K.bin, dep-K.bin), for error "
                         "analysis")
    ap.add_argument("extra", nargs="*", help="more flags for `warta train dep`")
    args = ap.parse_args()
    ud = os.path.join(SHARED, "data", "ud")
    gsd_dev = os.path.join(ud, "gsd-dev.conllu")
    csui = os.path.join(ud, "csui-train.conllu")
    gsd21 = os.path.join(ud, "gsd-train-ud2.1.conllu")
    conllu_py = os.path.join(SHARED, "eval", "conllu.py")
    if not all(os.path.exists(p) for p in (gsd_dev, csui, gsd21, conllu_py)):
        print("skipped: ../shared/data/ud or ../shared/eval is not there", file=sys.stderr)
        return 77
    sents = read_blocks(gsd_dev if args.corpus == "gsd" else csui)
    tmp = tempfile.mkdtemp()
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        models = os.path.join(tmp, "models")
        os.makedirs(models)
        shutil.copy(os.path.join(ROOT, "models", "ner-id.bin"), models)
        upos_model = os.path.join(models, "upos-id.bin")
        if args.upos == "shipped":
            shutil.copy(os.path.join(ROOT, "models", "upos-id.bin"), models)
        words = heads = labelled = 0
        for k in range(args.folds):
            if args.only_fold is not None and k != args.only_fold:
                continue
            held, rest = fold(sents, k, args.folds)
            held_path = os.path.join(tmp, "held.conllu")
            rest_path = os.path.join(tmp, "rest.conllu")
            write_blocks(held_path, held)
            write_blocks(rest_path, rest)
            current_gsd = rest_path if args.corpus == "gsd" else gsd_dev
            current_csui = csui if args.corpus == "gsd" else rest_path
            cached = args.cache and os.path.join(
                args.cache, f"upos-{args.corpus}-{args.folds}-{k}-{args.upos_epochs}.bin")
            if args.upos == "fold" and cached and os.path.exists(cached):
                shutil.copy(cached, upos_model)
            elif args.upos == "fold":
                cmd = [args.warta, "train", "pos", "--train", gsd21,
                       "--epochs", str(args.upos_epochs), "--out", upos_model]
                # CSUI is read as --train by the UPOS recipe (its UPOS need
                # the same harmonisation as GSD 2.1's).
                cmd += ["--train", current_csui]
                cmd += ["--train-current", current_gsd] * 4
                subprocess.run(cmd, check=True, **quiet)
                if cached:
                    os.makedirs(args.cache, exist_ok=True)
                    shutil.copy(upos_model, cached)
            dep_gsd21, dep_csui, dep_gsd = gsd21, current_csui, current_gsd
            if args.jackknife:
                # The UPOS recipe's files, as above; the part models of each
                # fold are kept in the cache too.
                parts = args.cache and os.path.join(
                    args.cache, f"jk-{args.corpus}-{args.folds}-{k}-{args.upos_epochs}"
                                f"-{args.jackknife}")
                copies = jackknife([gsd21, current_csui], [current_gsd] * 4,
                                   os.path.join(tmp, "jk"), args.jackknife, args.upos_epochs,
                                   models_dir=parts, warta=args.warta)
                dep_gsd21, dep_csui, dep_gsd = (copies[p] for p in (gsd21, current_csui,
                                                                    current_gsd))
            cmd = [args.warta, "train", "dep", "--train", dep_gsd21,
                   "--train-current", dep_csui, "--upos-model", upos_model,
                   "--epochs", str(args.epochs),
                   "--out", os.path.join(models, "dep-id.bin")]
            cmd += ["--train-current", dep_gsd] * args.gsd_weight
            if args.jackknife:
                cmd.append("--given-upos")
            cmd += args.extra
            subprocess.run(cmd, check=True, **quiet)
            pred = os.path.join(tmp, "pred.conllu")
            with open(pred, "w", encoding="utf-8") as out:
                subprocess.run([args.warta, "tag", "--conllu", held_path], check=True, stdout=out,
                               env=dict(os.environ, WARTA_MODELS=models))
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                shutil.copy(held_path, os.path.join(args.keep, f"gold-{k}.conllu"))
                shutil.copy(pred, os.path.join(args.keep, f"pred-{k}.conllu"))
                shutil.copy(upos_model, os.path.join(args.keep, f"upos-{k}.bin"))
                shutil.copy(os.path.join(models, "dep-id.bin"), os.path.join(args.keep, f"dep-{k}.bin"))
            score = subprocess.run([sys.executable, conllu_py, "tags", held_path, pred],
                                   check=True, capture_output=True, text=True).stdout
            n = int(re.search(r"^words (\d+)", score, re.M).group(1))
            uas = float(re.search(r"^uas ([\d.]+)", score, re.M).group(1))
            las = float(re.search(r"^las ([\d.]+)", score, re.M).group(1))
            words += n
            heads += round(uas * n)
            labelled += round(las * n)
            print(f"fold {k + 1}/{args.folds}: {n} words, UAS {uas:.4f} LAS {las:.4f}", flush=True)
        print(f"pooled ({args.corpus}, {args.folds} folds): {words} words, "
              f"UAS {heads / words:.4f} LAS {labelled / words:.4f}")
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
