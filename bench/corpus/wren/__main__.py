"""``python -m bench.corpus.wren --out DIR [--count N] [--seed S]``."""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

from .build import make_bundle
from .scenarios import SCENARIOS

DEFAULT_SEED = 20251


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus.wren", description=__doc__)
    ap.add_argument("--out", required=True, type=Path, help="directory to write bundles into")
    ap.add_argument("--count", type=int, default=len(SCENARIOS),
                    help=f"number of bundles (default {len(SCENARIOS)}: every scenario once)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of names, dates and scan noise")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    tally: collections.Counter = collections.Counter()
    for i in range(args.count):
        spec = SCENARIOS[i % len(SCENARIOS)]
        truth = make_bundle(i, spec, args.seed, args.out)
        tally[(truth["pack"], truth["request"]["action"], truth["expected_decision"])] += 1
        print(f"{i + 1}/{args.count} {truth['split']:7s} {spec['pack']:14s} {spec['action']:12s} "
              f"{spec['expect']:16s} {spec['scenario']}", file=sys.stderr)
    print(f"wrote {args.count} bundles to {args.out} in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
