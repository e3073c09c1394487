"""Sentences of CoNLL-style files (CoNLL-U, token<TAB>tag) as text blocks, for
the cross-validation scripts: read, write, and cut into folds."""
import re


def read_blocks(path):
    """The blank-line-separated sentences of a file, without the blank lines."""
    text = open(path, encoding="utf-8").read().strip("\n")
    return [b for b in re.split(r"\n\s*\n", text) if b.strip()]


def write_blocks(path, blocks):
    """Writes sentences with a blank line after each."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n\n".join(blocks) + "\n\n")


def fold(blocks, k, folds):
    """(held-out, rest): sentence i is held out in fold i mod folds."""
    held = [b for i, b in enumerate(blocks) if i % folds == k]
    rest = [b for i, b in enumerate(blocks) if i % folds != k]
    return held, rest
