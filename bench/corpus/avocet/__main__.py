"""python -m bench.corpus.avocet --out DIR --seed S [--count N]"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from . import NAME
from .build import build
from .selfcheck import check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog=f"bench.corpus.{NAME}")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=27)
    ap.add_argument("--no-selfcheck", action="store_true")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    errors: list[str] = []
    for nnn in range(a.count):
        folder, files, truth, accounts, meta = build(nnn, a.seed)
        d = a.out / folder
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for name, data in sorted(files.items()):
            (d / name).write_bytes(data)
        if accounts is not None:
            (d / "accounts.json").write_text(json.dumps(accounts, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (d / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", "utf-8")
        if not a.no_selfcheck:
            errors += check(nnn, truth, accounts, meta, files)
        print(f"{folder}  {truth['expected_decision']:<16} {len(files)} files", file=sys.stderr)
    print(f"{a.count} bundles in {time.time() - t0:.1f}s", file=sys.stderr)
    if errors:
        print("SELFCHECK FAILED:\n" + "\n".join(errors), file=sys.stderr)
        return 1
    if not a.no_selfcheck:
        print("selfcheck ok", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
