"""Validate every truth.json of a generated corpus against the contract; exit 1 on any failure."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import chinese_calendar
import pymupdf
from PIL import Image

from .facts import id_valid

SHARED = Path("/work/shared/contract")
CODES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert",
         "ground_proof", "other"}
DECISIONS = {"assist", "needs_correction", "decline", "needs_facts"}
ACTIONS = {"query", "freeze", "renew_freeze", "unfreeze", "deduct"}
CASE = re.compile(r"^（\d{4}）豫08(\d{2})?(执|执恢|执保)\d+号$")
TOP = {"generator", "split", "pack", "today", "accounts", "request", "expected_decision",
       "expected_missing_materials", "scenario", "defects"}
REQ = {"action", "court", "case_number", "respondent", "applicant", "amount", "freeze_period", "account_number",
       "officers", "documents", "measure"}


def _pages(path: Path) -> int:
    suf = path.suffix.lower()
    if suf == ".pdf":
        with pymupdf.open(path) as d:
            return d.page_count
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def _schema_check(obj: object, schema_file: str, errors: list[str], where: str) -> None:
    try:
        import jsonschema
    except ImportError:  # the structural checks below still run
        return
    schema = json.loads((SHARED / schema_file).read_text(encoding="utf-8"))
    for e in jsonschema.Draft202012Validator(schema).iter_errors(obj):
        errors.append(f"{where}: {e.message}")


def check_bundle(folder: Path) -> list[str]:
    errs: list[str] = []
    t = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    missing_keys = TOP - t.keys()
    if missing_keys:
        errs.append(f"truth lacks {sorted(missing_keys)}")
        return errs
    idx = int(folder.name.split("-")[1])
    if t["generator"] != "dunlin" or t["pack"] != "jiaozuo-2024":
        errs.append("generator/pack")
    if t["split"] != ("heldout" if idx % 3 == 2 else "dev"):
        errs.append("split does not follow i % 3")
    today = dt.date.fromisoformat(t["today"])
    if not chinese_calendar.is_workday(today):
        errs.append(f"today {today} is not a working day")
    if t["expected_decision"] not in DECISIONS:
        errs.append("decision")
    if not set(t["expected_missing_materials"]) <= CODES:
        errs.append("missing codes")
    if t["expected_missing_materials"] and t["expected_decision"] != "needs_correction":
        errs.append("missing materials without needs_correction")
    r = t["request"]
    if set(r) != REQ:
        errs.append(f"request keys {sorted(set(r) ^ REQ)}")
    _schema_check({"request": r, "report": {"decision": t["expected_decision"],
                                            "missing_materials": t["expected_missing_materials"], "findings": []},
                   "outputs": []}, "request.schema.json", errs, "request")
    if r["action"] not in ACTIONS:
        errs.append("action")
    if not r["case_number"] or not CASE.match(r["case_number"]):
        errs.append(f"case number {r['case_number']}")
    idn = (r["respondent"] or {}).get("id_number")
    if idn is not None and not id_valid(idn):
        errs.append(f"id check digit {idn}")
    if r["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", r["amount"]):
        errs.append("amount form")
    fp = r["freeze_period"]
    if fp:
        s, e = dt.date.fromisoformat(fp["start"]), dt.date.fromisoformat(fp["end"])
        reversed_on_purpose = t.get("kind") == "freeze-period" and t.get("variant") == 2
        if (e < s) != reversed_on_purpose:
            errs.append("freeze period order")
        if r["action"] == "freeze" and s < today:
            errs.append("freeze starts before receipt")
    if r["action"] in ("freeze", "renew_freeze") and t.get("kind") != "freeze-period" and not fp:
        errs.append("freeze without period")
    if not r["officers"]:
        errs.append("no officers")
    files = {p.name for p in folder.iterdir()} - {"truth.json", "accounts.json"}
    used = set()
    for d in r["documents"]:
        if d["type"] not in CODES:
            errs.append(f"doc type {d['type']}")
        src = folder / d["source"]
        if not src.exists():
            errs.append(f"no file {d['source']}")
            continue
        used.add(d["source"])
        n = _pages(src)
        if not d["pages"] or any(p < 1 or p > n for p in d["pages"]):
            errs.append(f"pages {d['pages']} outside {d['source']} ({n})")
    if files - used:
        errs.append(f"files no document names: {sorted(files - used)}")
    types = [d["type"] for d in r["documents"]]
    if t["expected_decision"] == "assist":
        need = {"assist_notice", "query_form"} if r["action"] == "query" else {"assist_notice", "ruling"}
        if not need <= set(types) or types.count("work_id") < 2 or types.count("duty_cert") < 2:
            errs.append("assist bundle lacks a required paper")
    for code in t["expected_missing_materials"]:
        if code in ("work_id", "duty_cert"):
            if types.count(code) >= 2:
                errs.append(f"{code} said missing but two present")
        elif code in types:
            errs.append(f"{code} said missing but present")
    if t["accounts"]:
        acc = json.loads((folder / t["accounts"]).read_text(encoding="utf-8"))
        _schema_check(acc, "accounts.schema.json", errs, "accounts")
        for a in acc:
            if not id_valid(a["id_number"]):
                errs.append(f"accounts id {a['id_number']}")
        ids = {a["id_number"] for a in acc}
        if t["expected_decision"] != "needs_facts" and r["action"] != "query" and idn not in ids:
            errs.append("respondent absent from accounts but decision is not needs_facts")
    elif (folder / "accounts.json").exists():
        errs.append("accounts.json present but truth says null")
    return errs


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0])
    bad = 0
    bundles = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    for b in bundles:
        errs = check_bundle(b)
        if errs:
            bad += 1
            print(f"selfcheck FAIL {b.name}: {'; '.join(errs)}", file=sys.stderr)
    print(f"selfcheck: {len(bundles) - bad}/{len(bundles)} bundles pass", file=sys.stderr)
    return 1 if bad or not bundles else 0


if __name__ == "__main__":
    sys.exit(main())
