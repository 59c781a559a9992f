"""The register in the database: accounts upserted, events appended, registers replayed.

Every function takes the caller's session and leaves the commit to it, so an import, a
decision and the register rows it writes commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service import audit
from service.register.ledger import Event, Notice, Register, RegisterError, cents
from service.register.tables import Account, RegisterEvent

ACCOUNT_KEYS = ("balance", "status", "monthly_deposit")


def upsert_accounts(session: Session, accounts: Iterable[dict[str, Any]], actor: str,
                    on: dt.date) -> dict[str, int]:
    """Store each account's facts; the same facts twice change nothing (no row, no event).

    A changed balance, status or monthly deposit is also an event of the account's register,
    so the register's money follows the core system's.
    """
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    for facts in accounts:
        row = session.get(Account, facts["id_number"])
        if row is not None and row.facts == facts:
            counts["unchanged"] += 1
            continue
        kind = "open" if row is None else "balance"
        old = {} if row is None else row.facts
        if row is None:
            row = Account(id_number=facts["id_number"], facts=facts, updated_by=actor)
            session.add(row)
            counts["added"] += 1
        else:
            row.facts = facts
            row.updated_by = actor
            row.updated_at = dt.datetime.now(dt.UTC)
            counts["changed"] += 1
        if kind == "open" or any(old.get(k) != facts.get(k) for k in ACCOUNT_KEYS):
            event = Event(kind, max(on, _last_day(session, facts["id_number"]) or on),
                          amount=cents(facts["balance"]), status=facts["status"],
                          monthly_deposit=cents(facts["monthly_deposit"]) if facts.get("monthly_deposit") else None)
            append(session, facts["id_number"], event, actor)
    session.flush()
    audit.record(session, actor, "accounts.imported", **counts)
    return counts


def get_account(session: Session, id_number: str) -> dict[str, Any] | None:
    row = session.get(Account, id_number)
    return None if row is None else dict(row.facts)


def load_register(session: Session, id_number: str, as_of: dt.date | None = None) -> Register:
    """The account's register as it stood at the end of `as_of` (default: everything)."""
    query = select(RegisterEvent).where(RegisterEvent.id_number == id_number).order_by(RegisterEvent.id)
    if as_of is not None:
        query = query.where(RegisterEvent.on <= as_of)
    register = Register(id_number)
    for row in session.scalars(query):
        register.apply(Event.from_json(row.data))
    return register


def append(session: Session, id_number: str, event: Event, actor: str) -> list[Notice]:
    """Apply `event` to the stored register and keep it; `RegisterError` leaves nothing behind."""
    register = load_register(session, id_number)
    notices = register.apply(event)
    session.add(RegisterEvent(id_number=id_number, on=event.on, kind=event.kind, data=event.to_json(),
                              submission_id=event.submission_id, actor=actor))
    detail = {k: v for k, v in event.to_json().items() if k not in ("kind", "submission_id")}
    audit.record(session, actor, f"register.{event.kind}", event.submission_id, id_number=id_number,
                 **detail, notices=[n.text() for n in notices])
    session.flush()
    return notices


def facts_for(session: Session, id_number: str | None, as_of: dt.date) -> list[dict[str, Any]] | None:
    """The account facts a submission is checked against: stored facts + the register's freezes.

    None when the centre holds no record of the person (validation then says `needs_facts`).
    """
    if not id_number:
        return None
    facts = get_account(session, id_number)
    if facts is None:
        return None
    register = load_register(session, id_number, as_of)
    facts = dict(facts)
    if register.events:
        facts["balance"] = str(register.balance)
        facts["status"] = register.status
    facts["freezes"] = [*(facts.get("freezes") or []), *register.freezes_as_facts()]
    return [facts]


def event_day(session: Session, id_number: str, wanted: dt.date) -> dt.date:
    """The register keeps its events in date order: an act dated before the last is dated with it."""
    last = _last_day(session, id_number)
    return max(wanted, last) if last else wanted


def _last_day(session: Session, id_number: str) -> dt.date | None:
    return session.scalar(select(RegisterEvent.on).where(RegisterEvent.id_number == id_number)
                          .order_by(RegisterEvent.id.desc()).limit(1))


def run_day(session: Session, on: dt.date, actor: str = "system:register") -> list[Notice]:
    """The daily job: each month's deposit on its day, expiries, promotions — and whom to tell.

    A deposit is credited only for accounts whose facts carry `deposit_day` (the core system
    pushes balances otherwise), on that day of each month, of `monthly_deposit`.
    """
    notices: list[Notice] = []
    ids = session.scalars(select(RegisterEvent.id_number).distinct()).all()
    for id_number in ids:
        if (_last_day(session, id_number) or on) > on:
            continue  # already run past this day
        facts = get_account(session, id_number) or {}
        register = load_register(session, id_number)
        if (facts.get("deposit_day") == on.day and register.status == "depositing"
                and facts.get("monthly_deposit") and cents(facts["monthly_deposit"]) > 0):
            notices += append(session, id_number, Event("deposit", on, amount=cents(facts["monthly_deposit"])),
                              actor)
        if any(h.end < on for h in register.live):  # only days that change something are kept
            notices += append(session, id_number, Event("day", on), actor)
    return notices


__all__ = ["RegisterError", "append", "event_day", "facts_for", "get_account", "load_register",
           "run_day", "upsert_accounts"]
