"""The fund centre's own records for a bundle (accounts.json, accounts.schema.json shape).

The decision on a request depends on facts the court papers do not carry -- loans,
contracted withdrawals, earlier freezes -- so each bundle ships the records that make
its expected decision come out: clean records for ``assist``, an unsettled loan for a
``decline``, no record of the respondent at all for ``needs_facts``.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from samples.cases import Case
from samples.people import Court, fake_digits, fake_person


def _record(case: Case, rng: random.Random, mode: str) -> dict[str, Any]:
    """The respondent's record, shaped by the scenario's account mode."""
    balance = Decimal(rng.randint(800_000, 40_000_000)) / 100
    retired = case.retire_date is not None
    rec: dict[str, Any] = {
        "id_number": case.respondent.id_number,
        "name": case.respondent.name,
        "account_number": case.fund_account,
        "balance": f"{balance:.2f}",
        "status": "sealed" if retired else "depositing",
        "monthly_deposit": "0.00" if retired else f"{Decimal(rng.randint(40_000, 600_000)) / 100:.2f}",
        "retired": retired,
        "loans": [],
        "contracted_withdrawal": mode == "contracted",
        "freezes": [],
    }
    if mode == "loan_borrower":
        rec["loans"] = [{"role": "borrower", "settled": False, "case_about_this_loan": False}]
    elif mode == "guarantor":
        rec["loans"] = [{"role": "guarantor", "settled": False, "case_about_this_loan": False}]
    else:
        if rng.random() < 0.3:
            rec["loans"] = [{"role": "borrower", "settled": True, "case_about_this_loan": False}]
    if case.prior is not None:
        rec["freezes"] = [{
            "court": case.court.name,
            "case_number": case.case_number.canonical,
            "amount": f"{case.prior.amount:.2f}",
            "state": "active",
            "start": case.prior.start.isoformat(),
            "end": case.prior.end.isoformat(),
        }]
    return rec


def _decoy(court: Court, rng: random.Random, name: str) -> dict[str, Any]:
    """Someone else on the centre's books, so a lookup must match by ID number."""
    p = fake_person(rng, court, name, (1965, 1995))
    return {"id_number": p.id_number, "name": p.name, "account_number": fake_digits(rng, 12),
            "balance": f"{Decimal(rng.randint(100_000, 9_000_000)) / 100:.2f}", "status": "depositing",
            "loans": [], "contracted_withdrawal": False, "freezes": []}


def account_facts(case: Case, rng: random.Random, mode: str, decoy_names: list[str]) -> list[dict[str, Any]]:
    """The accounts.json array for a bundle; ``absent`` leaves the respondent out."""
    out = [_decoy(case.court, rng, n) for n in decoy_names]
    if mode != "absent":
        out.insert(rng.randrange(len(out) + 1), _record(case, rng, mode))
    return out
