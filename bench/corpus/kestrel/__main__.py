"""python -m bench.corpus.kestrel --out DIR [--count N] [--seed S]"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from .bundle import build
from .scenarios import SCENARIOS

DEFAULT_SEED = 20260312


def ordered(count: int) -> list:
    """Scenarios in a fixed mixed order (so every third, the held-out one, is of every kind)."""
    base = list(SCENARIOS)
    random.Random("kestrel-order-v334").shuffle(base)
    return [base[i % len(base)] for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus.kestrel", description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--count", type=int, default=len(SCENARIOS))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--only", help="build only bundles whose scenario key contains this text")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    built = 0
    for i, scn in enumerate(ordered(args.count)):
        if args.only and args.only not in scn.key:
            continue
        # a second lap over the scenarios draws new people and scans from the same seed
        bid = build(scn, i, args.seed + i // len(SCENARIOS), args.out)
        built += 1
        print(f"{bid}", file=sys.stderr)
    print(f"kestrel: {built} bundles in {time.monotonic() - t0:.1f} s under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
