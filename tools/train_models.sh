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
# NER: both dev sets are TRAIN too (data README); the model learns from them,
# NERGrit's sentences counted twice, for 15 epochs (both chosen by
# cross-validation over three seeds), and its figures come from
# cross-validation (tools/eval/ner_crossval.py), not from this model.
"$warta" train ner \
  --train "$data/ner/nergrit-train.tsv" --train "$data/ner/nergrit-train.tsv" \
  --train "$data/ner/idner-news-2k-train.tsv" \
  --train "$data/ner/nergrit-dev.tsv" --train "$data/ner/nergrit-dev.tsv" \
  --train "$data/ner/idner-news-2k-dev.tsv" \
  --gazetteer "$data/lexicon/dbpedia-id" \
  --epochs 15 --seed 20231020 --out "$here/models/ner-id.bin"
# Dependency parser: after upos-id.bin, whose tags it learns from (as the
# pipeline gives them). GSD UD 2.1 is brought to the current conventions
# (clitics split, relations by lexicons/deprel-harmonization.tsv; its
# punctuation heads count as unknown); CSUI train and GSD dev are current,
# GSD dev counted three times (chosen by cross-validation). Its figures come
# from cross-validation (tools/eval/dep_crossval.py), not from this model.
"$warta" train dep \
  --train "$data/ud/gsd-train-ud2.1.conllu" \
  --train-current "$data/ud/csui-train.conllu" --train-current "$data/ud/gsd-dev.conllu" \
  --train-current "$data/ud/gsd-dev.conllu" --train-current "$data/ud/gsd-dev.conllu" \
  --upos-model "$here/models/upos-id.bin" \
  --epochs 12 --seed 20231020 --out "$here/models/dep-id.bin"
