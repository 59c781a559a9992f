"""python -m bench.corpus.godwit --out DIR --seed S [--count N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .bundle import write
from .scenarios import build
from .selfcheck import check_all


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus.godwit")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=27)
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    folders = []
    for i in range(a.count):
        # beyond 27, the kinds repeat with fresh draws; NNN % 3 keeps the variant (27 is a multiple of 3)
        sc = build(i % 27, a.seed if i < 27 else a.seed * 1000 + i // 27)
        sc.idx = i
        folders.append(write(sc, a.out))
        print(f"{folders[-1].name}  {sc.expected}", file=sys.stderr)
    print(f"{len(folders)} bundles in {time.time() - t0:.1f}s", file=sys.stderr)
    if a.no_check:
        return 0
    problems = check_all(folders)
    for p in problems:
        print("SELFCHECK:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
