#!/usr/bin/env python3
"""Collects whole-article gold files (../shared/eval/GOLD_FORMAT.md) for the
evaluation scripts: copies them into GOLD_DIR and writes their articles as
JSON Lines ({"id", "title", "published", "text"}, id = the file name without
".gold.json"), sorted by file name.

  gold_articles.py GOLD_DIR OUT.jsonl SOURCE [SOURCE ...]   (SOURCE: a folder
  of *.gold.json files, or one such file)
"""
import json
import os
import shutil
import sys


def main(argv):
    gold_dir, out_path, sources = argv[1], argv[2], argv[3:]
    os.makedirs(gold_dir, exist_ok=True)
    for src in sources:
        files = ([os.path.join(src, f) for f in os.listdir(src) if f.endswith(".gold.json")]
                 if os.path.isdir(src) else [src])
        for f in files:
            shutil.copy(f, gold_dir)
    with open(out_path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(gold_dir)):
            d = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            out.write(json.dumps({"id": name[: -len(".gold.json")], "title": d.get("title"),
                                  "published": d.get("published"), "text": d["text"]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
