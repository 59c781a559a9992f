"""python -m bench.corpus.dunlin --out DIR [--seed S] [--count N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import selfcheck
from .build import build


def main() -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus.dunlin")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=36)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for i in range(a.count):
        bid = build(i, a.seed, a.out)
        print(f"dunlin: {bid} ({time.time() - t0:.1f}s)", file=sys.stderr)
    return selfcheck.main([str(a.out)])


if __name__ == "__main__":
    sys.exit(main())
