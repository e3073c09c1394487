#!/usr/bin/env bash
# Retrains the shipped tagger models from the TRAIN data in ../shared/data
# (see models/README.md). Deterministic: the same data gives the same files.
#
#   tools/train_models.sh [DATA_DIR] [WARTA]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$here/../shared/data}
warta=${2:-$here/build/warta}
# UPOS: GSD dev is the only data in the current GSD conventions (data README:
# "TRAIN or dev"); it counts four times, and its figure comes from
# cross-validation (tools/eval/upos_crossval.py), not from this model.
"$warta" train pos \
  --train "$data/ud/gsd-train-ud2.1.conllu" --train "$data/ud/csui-train.conllu" \
  --train-current "$data/ud/gsd-dev.conllu" --train-current "$data/ud/gsd-dev.conllu" \
  --train-current "$data/ud/gsd-dev.conllu" --train-current "$data/ud/gsd-dev.conllu" \
  --epochs 8 --seed 20231020 --out "$here/models/upos-id.bin"
"$warta" train ner \
  --train "$data/ner/nergrit-train.tsv" --train "$data/ner/idner-news-2k-train.tsv" \
  --dev "$data/ner/idner-news-2k-dev.tsv" --dev "$data/ner/nergrit-dev.tsv" --gazetteer "$data/lexicon/dbpedia-id" \
  --epochs 10 --seed 20231020 --out "$here/models/ner-id.bin"
