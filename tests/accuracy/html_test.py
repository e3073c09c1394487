#!/usr/bin/env python3
"""The HTML reader's accuracy on the shared raw pages, as a test: title
accuracy >= 0.95, date accuracy >= 0.90 and text F1 >= 0.95 on all pages and
on each half (tools/eval/html_accuracy.sh). Skips (exit 77) when ../shared is
not there.

usage: html_test.py PATH_TO_WARTA
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "tools", "eval", "html_accuracy.sh")
BARS = {"title_accuracy": 0.95, "date_accuracy": 0.90, "text_f1": 0.95}


def main():
    env = dict(os.environ, WARTA=sys.argv[1])
    failed = False
    for half in ("all", "odd", "even"):
        out = subprocess.run([SCRIPT, half, "--json"], capture_output=True, text=True, env=env)
        if out.returncode == 77:
            print(out.stderr.strip())
            return 77
        if out.returncode != 0:
            print(out.stdout, out.stderr)
            return 1
        figures = json.loads(out.stdout)
        line = " ".join(f"{k}={figures[k]}" for k in BARS)
        print(f"{half}: {line}")
        for key, bar in BARS.items():
            if figures[key] < bar:
                print(f"  {key} {figures[key]} is below {bar}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
