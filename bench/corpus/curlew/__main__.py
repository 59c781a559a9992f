"""python -m bench.corpus.curlew --out DIR [--count N] [--seed S] [--jobs J]"""
from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _one(args):
    idx, seed, out = args
    from .bundle import write_bundle
    from .scenarios import build
    return str(write_bundle(build(idx, seed), Path(out)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus.curlew")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=27)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated bundle numbers (debugging)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    t = time.time()
    idxs = [int(x) for x in a.only.split(",")] if a.only else range(a.count)
    work = [(i, a.seed, str(out)) for i in idxs]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            for p in ex.map(_one, work):
                print(p, file=sys.stderr)
    else:
        for w in work:
            print(_one(w), file=sys.stderr)
    print(f"curlew: {len(work)} bundles in {time.time() - t:.1f}s -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
