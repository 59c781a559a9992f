"""Command line: python -m bench.corpus.egret --out DIR --count N --seed S."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import time
from pathlib import Path

from .bundle import write_file
from .scenarios import ACTION, MISSING, SPECS, build

NEEDS_CORRECTION_WITHOUT_PAPER = {"no_condition", "no_vehicle_id", "no_estate_id", "unsealed"}


def expected(defect: str | None) -> tuple[str, list[str]]:
    """Decision and missing papers for a defect, by who can cure it (contract; seed 004 第二十条)."""
    if defect in MISSING:
        return "needs_correction", sorted(MISSING[defect])
    if defect in NEEDS_CORRECTION_WITHOUT_PAPER:
        return "needs_correction", []
    return "assist", []


def generate(out: Path, count: int, seed: int) -> list[dict]:
    """Write count bundles under out; the scenario order is shuffled by the seed."""
    order = list(range(len(SPECS)))
    random.Random(seed).shuffle(order)
    truths = []
    used: set[str] = set()
    for i in range(count):
        spec = SPECS[order[i % len(order)]]
        rng = random.Random(seed * 1000 + i)
        files, info = build(i, spec, rng, used)
        c = info["case"]
        bid = f"egret-{i:03d}-{spec.measure.replace('.', '-')}"
        bdir = out / bid
        if bdir.exists():
            shutil.rmtree(bdir)
        bdir.mkdir(parents=True)
        documents = []
        for f in files:
            documents += write_file(f, bdir, rng, "uming" if i % 2 else "ukai")
        decision, missing = expected(spec.defect)
        verb = spec.measure.split(".")[1]
        defects = []
        if spec.defect:
            defects.append({"source": files[0].name, "page": 1, "kind": spec.defect})
        for f in files:
            for p in sorted(f.upside_down):
                defects.append({"source": f.name, "page": p, "kind": "upside_down"})
        if spec.option == "missing_short":
            defects.append({"source": files[0].name, "page": 1, "kind": "locate_condition_not_met"})
        truth = {
            "generator": "egret", "split": "heldout" if i % 3 == 2 else "dev", "pack": "yunfu-2017",
            "today": (c.notice_date + dt.timedelta(days=1 + i % 4)).isoformat(), "accounts": None,
            "request": {
                "action": ACTION[verb], "court": c.court, "case_number": c.number,
                "respondent": {"name": c.respondent.name, "id_number": c.respondent.id_number},
                "applicant": {"name": c.applicant}, "amount": c.amount,
                "freeze_period": {"start": c.freeze[0].isoformat(), "end": c.freeze[1].isoformat()} if c.freeze else None,
                "account_number": None, "officers": [{"name": o.name} for o in c.officers],
                "documents": documents, "measure": spec.measure,
            },
            "subject": info["subject"],
            "expected_decision": decision, "expected_missing_materials": missing,
            "scenario": spec.scenario, "defects": defects,
        }
        (bdir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        truths.append(truth)
    return truths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus.egret", description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--count", type=int, default=len(SPECS))
    ap.add_argument("--seed", type=int, default=2017)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    truths = generate(args.out, args.count, args.seed)
    print(f"egret: {len(truths)} bundles in {time.monotonic() - t0:.1f} s under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
