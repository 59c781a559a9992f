"""python -m bench.corpus.heron --out DIR [--count N] [--seed S]

Writes DIR/<bundle-id>/ with the court's files, accounts.json (when the bundle is meant to
be decided on the centre's records) and truth.json. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from .bundle import make_bundle
from .scenarios import SPECS

DEFAULT_SEED = 9402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus.heron", description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--count", type=int, default=len(SPECS), help=f"bundles to write (default {len(SPECS)})")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    tally: Counter = Counter()
    for i in range(args.count):
        spec = SPECS[i % len(SPECS)]
        rng = random.Random(f"heron/{args.seed}/{i}")
        truth = make_bundle(i, spec, rng, args.out)
        tally[(truth["pack"], truth["request"]["action"], truth["expected_decision"])] += 1
    for key, n in sorted(tally.items()):
        print(f"{n:3d}  {' / '.join(key)}", file=sys.stderr)
    print(f"heron: {args.count} bundles in {time.monotonic() - t0:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
