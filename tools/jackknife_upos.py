#!/usr/bin/python3
"""Jackknifed UPOS for training the dependency parser.

The parser learns from the UPOS tagger's tags, but a tagger tagging the
sentences it was trained on is right more often than it is on new text. This
script cuts the UPOS recipe's training files into K parts of whole sentences
(sentence i of a file goes to part i mod K), trains one UPOS model per part
with the shipped recipe (`warta train pos`, tools/train_models.sh) on
everything except that part, tags the part with it (`warta tag --conllu`) and
writes a copy of each file whose MISC column carries the tag as
`AutoUpos=NOUN`; every other column is kept as it is (the gold UPOS too: the
parser's harmonisation of UD 2.1 trees reads it). `warta train dep
--given-upos` then learns from those tags.

A sentence found in two places (the same words in two files, or twice in one)
goes to the part of its first occurrence, so no model tags a sentence it
learnt from.

  tools/jackknife_upos.py --out DIR [--parts 5] [--epochs 8] [--seed 20231020]
      [--models DIR] [--warta build/warta]
      --train FILE... --train-current FILE...
  (--train and --train-current as for `warta train pos`: name a file four
  times to count it four times; each distinct file gets one copy in --out,
  with its own name)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "eval"))
from sentence_blocks import read_blocks, write_blocks  # noqa: E402

WORD_LINE = re.compile(r"^\d+\t")


def _key(block):
    """A sentence's identity across tokenisations: its letters and digits."""
    forms = [l.split("\t")[1] for l in block.split("\n") if WORD_LINE.match(l)]
    return re.sub(r"\W", "", "".join(forms).lower())


def _parts(files, k):
    """{path: [part of each sentence]} for the distinct files, in order."""
    seen, parts = {}, {}
    for path, blocks in files.items():
        parts[path] = []
        for i, b in enumerate(blocks):
            parts[path].append(seen.setdefault(_key(b), i % k))
    return parts


def _with_auto_upos(block, tagged):
    """`block` with the UPOS of `tagged` (the same sentence) added to MISC."""
    tags = [l.split("\t")[3] for l in tagged.split("\n") if WORD_LINE.match(l)]
    out, w = [], 0
    for line in block.split("\n"):
        if WORD_LINE.match(line):
            cols = line.split("\t")
            misc = "AutoUpos=" + tags[w]
            cols[9] = misc if cols[9] == "_" else cols[9] + "|" + misc
            line = "\t".join(cols)
            w += 1
        out.append(line)
    if w != len(tags):
        raise RuntimeError("tagged sentence has another number of words")
    return "\n".join(out)


def jackknife(train, train_current, out_dir, parts=5, epochs=8, seed=20231020,
              models_dir=None, warta=os.path.join(ROOT, "build", "warta")):
    """Writes the jackknifed copies into out_dir; returns {input path: copy}.

    train, train_current: the UPOS recipe's files (repeats count). models_dir,
    if given, keeps the K part models and reuses those already there (they
    depend on the files, parts, epochs and seed only)."""
    order = list(dict.fromkeys(train + train_current))
    files = {p: read_blocks(p) for p in order}
    part_of = _parts(files, parts)
    copies = {}
    for n, path in enumerate(order):
        name = os.path.basename(path)
        copies[path] = os.path.join(out_dir, name if name not in
                                    [os.path.basename(q) for q in order[:n]] else f"{n}-{name}")
    tagged = {p: [None] * len(files[p]) for p in order}
    tmp = tempfile.mkdtemp()
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # `warta tag --conllu` also loads the NER model and the parser; their
        # output is not used.
        models = os.path.join(tmp, "models")
        os.makedirs(models)
        for name in ("ner-id.bin", "dep-id.bin"):
            shutil.copy(os.path.join(ROOT, "models", name), models)
        for p in range(parts):
            rest = {}
            for i, path in enumerate(order):
                rest[path] = os.path.join(tmp, f"rest-{i}.conllu")
                write_blocks(rest[path], [b for b, q in zip(files[path], part_of[path]) if q != p])
            model = os.path.join(models_dir or tmp, f"upos-part-{p}-of-{parts}.bin")
            if not (models_dir and os.path.exists(model)):
                if models_dir:
                    os.makedirs(models_dir, exist_ok=True)
                cmd = [warta, "train", "pos", "--epochs", str(epochs), "--seed", str(seed),
                       "--out", model + ".tmp"]
                for f in train:
                    cmd += ["--train", rest[f]]
                for f in train_current:
                    cmd += ["--train-current", rest[f]]
                subprocess.run(cmd, check=True, **quiet)
                os.replace(model + ".tmp", model)
            for path in order:
                held = [(i, b) for i, (b, q) in enumerate(zip(files[path], part_of[path]))
                        if q == p]
                if not held:
                    continue
                held_path = os.path.join(tmp, "held.conllu")
                write_blocks(held_path, [b for _, b in held])
                out = subprocess.run([warta, "tag", "--conllu", held_path, "--upos-model", model],
                                     check=True, capture_output=True, text=True,
                                     env=dict(os.environ, WARTA_MODELS=models)).stdout
                blocks = [b for b in re.split(r"\n\s*\n", out.strip("\n")) if b.strip()]
                if len(blocks) != len(held):
                    raise RuntimeError(f"{path}: tagged {len(blocks)} of {len(held)} sentences")
                for (i, b), t in zip(held, blocks):
                    tagged[path][i] = _with_auto_upos(b, t)
    finally:
        shutil.rmtree(tmp)
    os.makedirs(out_dir, exist_ok=True)
    for path in order:
        write_blocks(copies[path], tagged[path])
    return copies


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", action="append", default=[])
    ap.add_argument("--train-current", action="append", default=[])
    ap.add_argument("--out", required=True, help="folder for the jackknifed copies")
    ap.add_argument("--parts", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=20231020)
    ap.add_argument("--models", help="folder keeping the part models between runs")
    ap.add_argument("--warta", default=os.path.join(ROOT, "build", "warta"))
    args = ap.parse_args()
    if not args.train and not args.train_current:
        ap.error("no --train or --train-current file")
    copies = jackknife(args.train, args.train_current, args.out, args.parts, args.epochs,
                       args.seed, args.models, args.warta)
    for src, dst in copies.items():
        print(f"{src} -> {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
