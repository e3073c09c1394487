#!/usr/bin/python3
"""Time expressions found, missed, spurious and wrongly valued, file by file,
with the matching of ../shared/eval/score.py (span overlap >= 0.5, then the
calendar part of the value). For development sets only (never the held-out
half).

  KEEP=/tmp/tx tools/eval/whole_article.sh --half odd ../shared/eval/dev/pfsa-full
  tools/eval/timex_review.py /tmp/tx/gold /tmp/tx/pred
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval")))
import score  # noqa: E402


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    counts = {"missed": 0, "spurious": 0, "wrong value": 0, "right": 0}
    for name in sorted(os.listdir(gold_dir)):
        gold = json.load(open(os.path.join(gold_dir, name)))
        pred_path = os.path.join(pred_dir, name.replace(".gold.json", ".json"))
        if not os.path.exists(pred_path):
            continue
        doc = score.Doc(json.load(open(pred_path)))
        gt = [x for x in gold.get("timex") or [] if not score.is_duration(x)]
        pt = [dict(x, _text=doc.span(x)) for x in doc.timex if not score.is_duration(x)]
        m = score.greedy_match(gt, pt, lambda g, p: score.overlap(g["text"], p["_text"]), 0.5)
        mg = {g: p for g, p in m}
        mp = {p for _, p in m}
        lines = []
        for gi, g in enumerate(gt):
            if gi not in mg:
                counts["missed"] += 1
                lines.append(f"  MISSED   {g['text']!r} = {g.get('value')}")
                continue
            p = pt[mg[gi]]
            if score.timex_day(p.get("value")) != score.timex_day(g.get("value")):
                counts["wrong value"] += 1
                lines.append(f"  VALUE    {g['text']!r} = {g.get('value')}, got {p['_text']!r} = {p.get('value')}")
            else:
                counts["right"] += 1
        for pi, p in enumerate(pt):
            if pi not in mp:
                counts["spurious"] += 1
                lines.append(f"  SPURIOUS {p['_text']!r} = {p.get('value')}")
        if lines:
            print(f"{name} (published {gold.get('published')})")
            print("\n".join(lines))
    print(counts)


if __name__ == "__main__":
    main()
