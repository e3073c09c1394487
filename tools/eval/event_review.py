#!/usr/bin/env python3
"""Lists, article by article, the gold events next to the engine's: matched
pairs (with whether source and target agree), gold events missed and
predicted events with no gold partner. For development on dev gold only.

  event_review.py GOLD_DIR PRED_DIR      (X.gold.json against X.json, as
                                           ../shared/eval/score.py reads them)
  SHOW_SENT=1 event_review.py ...        also the sentence of each matched pair
                                           whose source or target is wrong
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "shared", "eval"))
import score  # noqa: E402


def name(x):
    if x is None:
        return None
    return x.get("name") if isinstance(x, dict) else x


def main(argv):
    gold_dir, pred_dir = argv[1], argv[2]
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        pf = os.path.join(pred_dir, f[: -len(".gold.json")] + ".json")
        pred = json.load(open(pf, encoding="utf-8")) if os.path.exists(pf) else {}
        doc = score.Doc(pred)
        gents = gold.get("entities") or []
        ge = gold.get("events") or []
        pe = [dict(e, _sent=doc.sentence_of(e)) for e in doc.events]

        def ev_score(g, p):
            if g.get("type") != p.get("type"):
                return 0
            return score.overlap(g.get("sentence", ""), p["_sent"])

        m = score.greedy_match(ge, pe, ev_score, 0.6)
        mg = {gi: pi for gi, pi in m}
        mp = {pi for _, pi in m}
        print("=== " + f)
        for gi, g in enumerate(ge):
            line = "%s %s [%s] %s -> %s" % (g["type"], g.get("cameo"), g.get("trigger"),
                                            name(g.get("source")), name(g.get("target")))
            if gi in mg:
                p = pe[mg[gi]]
                sn, sc = doc.entity(p.get("source"))
                tn, tc = doc.entity(p.get("target"))
                ok_s = score.same_actor(sn, sc, g.get("source"), gents)
                ok_t = score.same_actor(tn, tc, g.get("target"), gents)
                print("  OK   %s | pred [%s] %s%s -> %s%s" % (
                    line, doc.span(p.get("trigger")), sn, "" if ok_s else "(X)", tn,
                    "" if ok_t else "(X)"))
                if os.environ.get("SHOW_SENT") and not (ok_s and ok_t):
                    print("         %s" % g.get("sentence", "")[:260])
            else:
                print("  MISS %s\n         %s" % (line, g.get("sentence", "")[:220]))
        for pi, p in enumerate(pe):
            if pi in mp:
                continue
            sn, _ = doc.entity(p.get("source"))
            tn, _ = doc.entity(p.get("target"))
            print("  FP   %s [%s] %s -> %s\n         %s" % (p.get("type"), doc.span(p.get("trigger")),
                                                         sn, tn, p["_sent"][:220]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
