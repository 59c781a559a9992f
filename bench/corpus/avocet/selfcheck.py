"""Checks every bundle's truth against its own facts and the policy reading in README.md."""

from __future__ import annotations

import datetime as dt
import re

from .facts import add_years, below_statutory_age, id_valid, reached_statutory_age
from .kinds import KINDS, SPECS

DECISIONS = {"assist", "needs_correction", "decline", "needs_facts"}
CODES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert",
         "ground_proof", "other"}
CASE_RE = re.compile(r"^（\d{4}）沪(0\d{3}|\d{2})执\d+号$")


def check(nnn: int, truth: dict, accounts, meta: dict, files: dict[str, bytes]) -> list[str]:
    errs: list[str] = []
    spec = SPECS[nnn % len(SPECS)]
    req = truth["request"]
    today = dt.date.fromisoformat(truth["today"])
    case = meta["case"]

    def bad(msg):
        errs.append(f"{nnn:03d}: {msg}")

    if truth["split"] != ("heldout" if nnn % 3 == 2 else "dev"):
        bad("split")
    if truth["expected_decision"] not in DECISIONS or truth["expected_decision"] != KINDS[(nnn % 27) // 3][1]:
        bad("decision/kind")
    if today.year != 2026:
        bad("today not in 2026")
    if not id_valid(req["respondent"]["id_number"]) or not id_valid(case.ruling_id):
        bad("invalid ID")
    if not CASE_RE.match(req["case_number"]):
        bad(f"case number {req['case_number']}")
    if not re.fullmatch(r"\d+\.\d{2}", req["amount"]):
        bad("amount form")
    if not (case.filing_date < case.ruling_date <= case.notice_date <= today and case.basis.date < case.filing_date):
        bad("date order")
    if {d["type"] for d in req["documents"]} - CODES:
        bad("document code")
    if not files:
        bad("no files")
    types = [d["type"] for d in req["documents"]]
    for code in truth["expected_missing_materials"]:
        if code in types:
            bad(f"{code} both missing and present")
    if (accounts is None) != (spec["acct"] is None):
        bad("accounts presence")
    if truth["accounts"] != ("accounts.json" if accounts is not None else None):
        bad("truth accounts differ")
    if accounts is not None:
        for rec in accounts:      # the shape of ../shared/contract/accounts.schema.json
            if not id_valid(rec["id_number"]):
                bad("accounts id")
            if not {"id_number", "name", "account_number", "balance", "status"} <= rec.keys():
                bad("accounts required keys")
            if rec["status"] not in ("depositing", "sealed", "closed") or not re.fullmatch(r"\d+\.\d{2}", rec["balance"]):
                bad("accounts status/balance")
            if "retired" in rec and not isinstance(rec["retired"], bool):
                bad("accounts retired")
            for loan in rec.get("loans", []):
                if loan["role"] not in ("borrower", "co_borrower", "guarantor") or not isinstance(loan["settled"], bool):
                    bad("accounts loan")
            for fr in rec.get("freezes", []):
                if not {"court", "case_number", "amount", "state"} <= fr.keys() or fr["state"] not in ("active", "queued"):
                    bad("accounts freeze")
    if req["freeze_period"]:
        s, e = (dt.date.fromisoformat(req["freeze_period"][k]) for k in ("start", "end"))
        if not (s <= e and e > today and (e - s).days < 3 * 366):
            bad("freeze period")
    # ---- the policy reading (README.md) per bundle
    birth, male = meta["birth"], meta["male"]
    ground = spec["ground"]
    age_ok = reached_statutory_age(birth, male, today)
    rec = next((r for r in accounts or [] if r["id_number"] == case.ruling_id), None)
    # project rule (issue 9, item 9): the centre's `retired` wins; age decides only where the record has none
    retired = rec["retired"] if rec is not None and "retired" in rec else age_ok
    in_judgment = bool(ground.get("judgment"))
    proof = "ground_proof" in types
    if spec["action"] == "deduct":
        ground_ok = retired or in_judgment or proof
        if spec["expect"] == "assist" and not ground_ok:
            bad("assist without a ground that the pack accepts")
        if "ground_proof" in truth["expected_missing_materials"] and ground_ok:
            bad("ground_proof asked though exempt")
        if "ground_proof" in truth["expected_missing_materials"] and not below_statutory_age(birth, male, today):
            bad("ground_proof asked but age not clearly below")
        if spec["expect"] == "assist" and not (case.invest_ruling or case.invest_notice):
            bad("assist without the court's property-investigation statement")
        if spec["expect"] == "assist" and not spec["ground"].get("judgment") and not proof and not retired:
            bad("assist relies on nothing")
        if rec is not None and rec.get("retired") is False and spec["expect"] == "assist" and not (in_judgment or proof):
            bad("assist on age although the centre's record says retired=false")
        if spec["proof"] == "retired" and not male and reached_statutory_age(birth, male, today):
            bad("early-retirement woman is past every category")
        if ground.get("judgment") == "facts_retired" and age_ok:
            bad("facts_retired case should be below age")
    if spec["expect"] == "assist":
        for need in ("assist_notice", "ruling"):
            if need not in types:
                bad(f"assist without {need}")
        if spec["action"] == "deduct" and "judgment" not in types:
            bad("deduct assist without judgment")
        if not ({"work_id", "duty_cert"} & set(types)):
            bad("assist without an officer's card")
        if accounts is None or not any(r["id_number"] == req["respondent"]["id_number"] for r in accounts):
            bad("assist without account facts for the respondent")
        if spec.get("notice_sealed") is False:
            bad("assist with unsealed notice")
    on_record = accounts is not None and any(r["id_number"] == req["respondent"]["id_number"] for r in accounts)
    if spec["expect"] == "needs_facts" and on_record:
        bad("needs_facts though the respondent is on record")
    if spec.get("mismatch") == "amount" and case.amount == case.ruling_amount:
        bad("amount mismatch not made")
    if spec.get("mismatch") == "id" and case.notice_id == case.ruling_id:
        bad("id mismatch not made")
    if spec.get("mismatch") == "case" and case.case_number == case.ruling_number:
        bad("case mismatch not made")
    for d in req["documents"]:
        want = spec.get("notice_sealed", True) if d["type"] == "assist_notice" else (
            True if d["type"] in ("ruling", "judgment", "intro_letter") else None)
        if d.get("sealed", "absent") != want:
            bad(f"sealed flag of {d['type']}")
    if spec["action"] == "freeze":
        s, e = case.freeze_start, case.freeze_end
        if not (1 <= case.freeze_years <= 3 and e == add_years(s, case.freeze_years) - dt.timedelta(days=1)):
            bad("freeze period differs from the ruling's years")
    officer_names = [o["name"] for o in req["officers"]]
    if len(set(officer_names)) != len(officer_names):
        bad("officer names repeat")
    cards = sum(t in ("work_id", "duty_cert") for t in types)
    if cards != len(spec["cards"]):
        bad("card documents count")
    return errs
