"""python -m bench.corpus.heron.selfcheck DIR: check written bundles against their truth.

Reads each bundle's text layers back with PyMuPDF and checks that what truth.json states
is printed there (case number, names, the ID number as printed, the amount, the period's
dates) and that no line runs off the page: a generator bug must not pass for a product one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pymupdf


def _dates(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"]


def check(bundle: Path) -> list[str]:
    truth = json.loads((bundle / "truth.json").read_text(encoding="utf-8"))
    req = truth["request"]
    text, problems = "", []
    for pdf in sorted(bundle.glob("*.pdf")):
        for page in pymupdf.open(pdf):
            text += page.get_text()
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    if line["bbox"][2] > page.rect.width + 0.5:
                        problems.append(f"{pdf.name} p{page.number + 1}: line runs off the page")
    flat = re.sub(r"\s", "", text)
    wanted = [req["case_number"], req["court"], req["respondent"]["name"], req["applicant"]["name"]]
    if req["respondent"]["id_number"]:
        wanted.append(req["respondent"]["id_number"])
    if req["account_number"]:
        wanted.append(req["account_number"])
    for w in wanted:
        if w not in flat:
            problems.append(f"not printed: {w}")
    if req["amount"]:
        yuan, cents = req["amount"].split(".")
        forms = [req["amount"], f"{int(yuan):,}.{cents}"]
        if not any(f in flat for f in forms):
            problems.append(f"amount not printed: {req['amount']}")
    if req["freeze_period"]:
        for iso in req["freeze_period"].values():
            if not any(d in flat for d in _dates(iso)):
                problems.append(f"period date not printed: {iso}")
    pages: dict[str, set] = {}
    for d in req["documents"]:
        pages.setdefault(d["source"], set()).update(d["pages"])
    for src, seen in pages.items():
        n = len(pymupdf.open(bundle / src)) if src.endswith(".pdf") else 1
        if seen != set(range(1, n + 1)):
            problems.append(f"{src}: documents cover pages {sorted(seen)} of {n}")
    return problems


def main(argv: list[str]) -> int:
    bad = 0
    bundles = sorted(p for p in Path(argv[0]).iterdir() if (p / "truth.json").exists())
    for b in bundles:
        for p in check(b):
            bad += 1
            print(f"{b.name}: {p}")
    print(f"{len(bundles)} bundles checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
