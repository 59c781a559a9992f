"""Check a court's request against the local rule pack and decide.

Public interface (the lead's pipeline and the command line call only these):

- `check_request(request, accounts, pack, today)` → the typed `Report` (validate/report.py);
  `evaluate(...)` → the same as the contract's JSON.
- `evaluate_subject(subject, data, pack, today)` → a report for the centre's own
  application to the court (`centre_application`) or a loan application's dishonest-debtor
  check (`loan_application`), seed 000 第五条 and 第六条.
- `load_pack`, `known_packs`, `PackError`, `UnknownPack`, `DraftPack`, `WorkCalendar`.
  A pack marked `draft: true` (drafted by `assistdesk rules draft`, not yet reviewed) is
  refused with `DraftPack`, one Chinese line, by both evaluations.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from extract.contract import Request
from validate.application import application_dates
from validate.engine import build_situation, check
from validate.errors import CalendarError, DraftPack, PackError, UnknownPack
from validate.loader import known_packs, load_pack, load_pack_file
from validate.report import Report
from validate.situation import Situation
from validate.workdays import WorkCalendar

__all__ = [
    "CalendarError", "DraftPack", "PackError", "Report", "UnknownPack", "WorkCalendar", "check_request",
    "check_subject", "evaluate",
    "evaluate_subject", "known_packs", "load_pack", "load_pack_file",
]


def check_request(
    request: Request | dict[str, Any],
    accounts: list[dict[str, Any]] | None,
    pack: str = "shanghai-2021",
    today: date | None = None,
    *,
    calendar: WorkCalendar | str | os.PathLike | None = None,
) -> Report:
    """The typed report for one court request: decision, missing materials, cited findings.

    `request` is extraction's `Request` (or the contract's JSON of one, read into it).
    `accounts` None means no account facts were supplied: conditions that need them come
    out `unknown` and the decision is `needs_facts` unless something else decides.
    `calendar` is a WorkCalendar or the path of an administrator's holiday schedule;
    the caller passes its settings' schedule (this stage reads no environment).
    """
    rules = load_pack(pack)
    cal = calendar if isinstance(calendar, WorkCalendar) else WorkCalendar.from_file(calendar)
    data = Request.from_json(request).to_json()
    sit = build_situation(data, accounts, today or date.today(), cal)
    return check(sit, rules)


def evaluate(
    request: Request | dict[str, Any],
    accounts: list[dict[str, Any]] | None,
    pack: str = "shanghai-2021",
    today: date | None = None,
    *,
    calendar: WorkCalendar | str | os.PathLike | None = None,
) -> dict[str, Any]:
    """`check_request`'s report as the contract's JSON."""
    return check_request(request, accounts, pack, today, calendar=calendar).to_json()


def check_subject(subject: str, data: dict[str, Any], pack: str = "shanghai-2021", today: date | None = None,
                  *, calendar: WorkCalendar | str | os.PathLike | None = None) -> Report:
    """The typed report for a subject other than a court request (its facts are `data` itself).

    For the centre's application the periods' ends are computed first from the service
    dates (validate/application.py), so the rules check the days the law counts."""
    rules = load_pack(pack)
    cal = calendar if isinstance(calendar, WorkCalendar) else WorkCalendar.from_file(calendar)
    if subject == "centre_application":
        data = application_dates(data, cal)
    sit = Situation(subject=subject, data=data, facts=data, today=today or date.today(), calendar=cal)
    report = check(sit, rules)
    if subject == "centre_application":  # the application states them (generate/application.py)
        report.periods = {k: data.get(k) for k in ("reminder_period_end", "suit_deadline") if data.get(k)}
    return report


def evaluate_subject(subject: str, data: dict[str, Any], pack: str = "shanghai-2021",
                     today: date | None = None, *,
                     calendar: WorkCalendar | str | os.PathLike | None = None) -> dict[str, Any]:
    """`check_subject`'s report as JSON."""
    return check_subject(subject, data, pack, today, calendar=calendar).to_json()
