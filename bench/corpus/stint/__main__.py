"""python -m bench.corpus.stint --out DIR [--seed S] [--count N]"""

from __future__ import annotations

import argparse
import sys
import time

from .build import build, count_default
from .selfcheck import check_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus.stint")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=count_default())
    a = ap.parse_args(argv)
    t0 = time.time()
    for i in range(a.count):
        t = build(a.out, a.seed, i)
        print(f"{t['id']}  {t['split']:7s} {t['kind']:26s} {t['expected_decision']:16s} {t['scenario']}",
              file=sys.stderr)
    print(f"stint: {a.count} bundles in {time.time() - t0:.1f}s -> {a.out}", file=sys.stderr)
    return check_dir(a.out)


if __name__ == "__main__":
    sys.exit(main())
