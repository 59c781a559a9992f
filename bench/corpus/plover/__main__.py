"""python -m bench.corpus.plover --out DIR [--count N] [--seed S]"""
import argparse
import json
import os
import random
import shutil
import sys
import time

from .bundle import build
from .scenarios import KINDS, pick


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench.corpus.plover", description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=3 * len(KINDS))
    ap.add_argument("--seed", type=int, default=7001)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    for old in os.listdir(a.out):
        if old.startswith("plover-") and os.path.isdir(os.path.join(a.out, old)):
            shutil.rmtree(os.path.join(a.out, old))
    drawn = {}
    t0 = time.time()
    for nnn in range(a.count):
        kind, v = pick(nnn)
        v["kind"] = kind
        rng = random.Random(f"plover-{a.seed}-{nnn}")
        name, texts = build(nnn, v, a.out, rng)
        drawn[name] = texts
        print(f"{name}  {v['expect'][0]}  ({time.time() - t0:.0f}s)", file=sys.stderr)
    with open(os.path.join(a.out, ".plover-drawn.json"), "w", encoding="utf-8") as f:
        json.dump(drawn, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
