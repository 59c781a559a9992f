"""Validate every truth.json under a folder against the contract; exit 1 on any failure.

    python -m bench.corpus.stint.selfcheck DIR
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys

from .common import id_valid

CODES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert",
         "ground_proof", "other"}
ACTIONS = {"query", "freeze", "renew_freeze", "unfreeze", "deduct", None}
DECISIONS = {"assist", "needs_correction", "decline", "needs_facts"}
CASE_RE = re.compile(r"^（\d{4}）沪\d{0,4}执\d+号(之[一二三四五六七八九十]+)?$")
MONEY = re.compile(r"^\d+\.\d{2}$")
IDRE = re.compile(r"^\d{17}[\dX]$")
REQ_KEYS = ["action", "court", "case_number", "respondent", "applicant", "amount", "freeze_period",
            "account_number", "officers", "documents", "measure"]
TOP = ["generator", "split", "pack", "today", "accounts", "request", "expected_decision",
       "expected_missing_materials", "scenario", "defects"]


def _date(s) -> dt.date:
    return dt.date.fromisoformat(s)


def check_accounts(path: str, errs: list[str]) -> None:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        errs.append("accounts.json is not an array")
        return
    for rec in data:
        for k in ("id_number", "name", "account_number", "balance", "status"):
            if k not in rec:
                errs.append(f"accounts: missing {k}")
        if not IDRE.match(rec.get("id_number", "")) or not id_valid(rec["id_number"]):
            errs.append(f"accounts: bad id {rec.get('id_number')}")
        if not MONEY.match(rec.get("balance", "")):
            errs.append("accounts: bad balance")
        if rec.get("status") not in ("depositing", "sealed", "closed"):
            errs.append("accounts: bad status")
        if "monthly_deposit" in rec and not MONEY.match(rec["monthly_deposit"]):
            errs.append("accounts: bad monthly_deposit")
        for ln in rec.get("loans", []):
            if ln.get("role") not in ("borrower", "co_borrower", "guarantor") or not isinstance(ln.get("settled"), bool):
                errs.append("accounts: bad loan")
        for fz in rec.get("freezes", []):
            for k in ("court", "case_number", "amount", "state"):
                if k not in fz:
                    errs.append(f"accounts: freeze lacks {k}")
            if fz.get("state") not in ("active", "queued"):
                errs.append("accounts: bad freeze state")
            if "start" in fz and "end" in fz and _date(fz["start"]) > _date(fz["end"]):
                errs.append("accounts: freeze start after end")


def check_bundle(folder: str) -> list[str]:
    errs: list[str] = []
    with open(os.path.join(folder, "truth.json"), encoding="utf-8") as fh:
        t = json.load(fh)
    for k in TOP:
        if k not in t:
            errs.append(f"truth lacks {k}")
    if t.get("generator") != "stint" or t.get("pack") != "shanghai-2021":
        errs.append("generator/pack")
    i = int(os.path.basename(folder).split("-")[1])
    if t.get("split") != ("heldout" if i % 3 == 2 else "dev"):
        errs.append("split")
    today = _date(t["today"])
    import chinese_calendar
    if not chinese_calendar.is_workday(today):
        errs.append("today is not a working day")
    if t["expected_decision"] not in DECISIONS:
        errs.append("decision")
    for m in t["expected_missing_materials"]:
        if m not in CODES:
            errs.append(f"missing code {m}")
    r = t["request"]
    for k in REQ_KEYS:
        if k not in r:
            errs.append(f"request lacks {k}")
    if r["action"] not in ACTIONS:
        errs.append("action")
    if r["case_number"] is not None and not CASE_RE.match(r["case_number"]):
        errs.append(f"case number {r['case_number']}")
    rid = (r["respondent"] or {}).get("id_number")
    if rid is not None and not id_valid(rid):
        errs.append("respondent id check digit")
    if r["amount"] is not None and not MONEY.match(r["amount"]):
        errs.append("amount form")
    fp = r["freeze_period"]
    if fp:
        s, e = _date(fp["start"]), _date(fp["end"])
        if s > e:
            errs.append("freeze period reversed")
        if t["expected_decision"] == "assist" and (e - s).days > 3 * 366:
            errs.append("assist with a period over three years")
    if r["measure"] is not None:
        errs.append("measure must be null for the fund centre")
    if not r["officers"]:
        errs.append("no officers")
    files = set(os.listdir(folder))
    for d in r["documents"]:
        if d["type"] not in CODES:
            errs.append(f"doc type {d['type']}")
        if d["source"] not in files:
            errs.append(f"doc source {d['source']} absent")
        if not d["pages"] or min(d["pages"]) < 1:
            errs.append("doc pages")
    present = {d["type"] for d in r["documents"]}
    for m in t["expected_missing_materials"]:
        if m in present:
            errs.append(f"{m} said missing but present")
    if t["accounts"]:
        if t["accounts"] not in files:
            errs.append("accounts file absent")
        else:
            check_accounts(os.path.join(folder, t["accounts"]), errs)
    elif "accounts.json" in files:
        errs.append("accounts.json present but truth says null")
    return errs


def check_dir(out: str) -> int:
    bad = 0
    for name in sorted(os.listdir(out)):
        f = os.path.join(out, name)
        if not os.path.isfile(os.path.join(f, "truth.json")):
            continue
        errs = check_bundle(f)
        if errs:
            bad += 1
            print(f"SELFCHECK FAIL {name}: {'; '.join(errs)}", file=sys.stderr)
    print(f"selfcheck: {'FAILED' if bad else 'ok'} ({bad} bad)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(check_dir(sys.argv[1]))
