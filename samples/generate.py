"""Command line: ``python -m samples.generate --out DIR --count N --seed S``.

Walks the scenario catalogue in order (wrapping around with fresh data when N exceeds
it); ``--clean-only`` drops all damage, ``--defects-only`` makes sure every bundle has
some. The same seed always gives the same bundles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.bundle import build_bundle, force_defects, strip_defects
from samples.scenarios import CATALOGUE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path, help="folder to write NN-slug/ bundles into")
    ap.add_argument("--count", type=int, default=len(CATALOGUE), help="how many bundles")
    ap.add_argument("--seed", type=int, default=1)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--clean-only", action="store_true", help="no seals, skew, noise or photos")
    group.add_argument("--defects-only", action="store_true", help="every bundle damaged somewhere")
    ap.add_argument("--builtin-font", action="store_true", help="use PyMuPDF's CJK font, not system fonts")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        scenario = CATALOGUE[i % len(CATALOGUE)]
        if args.clean_only:
            scenario = strip_defects(scenario)
        elif args.defects_only:
            scenario = force_defects(scenario)
        path = build_bundle(scenario, i, args.seed, args.out, builtin_font=args.builtin_font)
        print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
