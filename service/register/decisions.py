"""A reviewer's decision to assist, carried into the register when its answer is issued.

The register holds what the centre itself carried out, so it is written when the answer
to an assist (or a review suggestion, which assists too) is issued (service/issuing.py),
once per submission (reopening and issuing again does not carry it out twice), and only
for a person whose account the centre's records hold: a submission that brought its own
facts (as the command line does) changes no register. What the register refuses (a second
freeze of the same case, an unfreeze of a freeze that is not this case's, a renewal after
the end) stops the issue with the register's one Chinese line.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.contract import get_path
from extract.values import iso_date
from service.models import Submission
from service.register.ledger import Event, Notice, RegisterError, cents
from service.register.store import append, event_day, get_account
from service.register.tables import RegisterEvent

EVENT_OF_ACTION = {"freeze": "freeze", "renew_freeze": "renew", "unfreeze": "unfreeze", "deduct": "deduct"}


def register_decision(session: Session, sub: Submission, request: dict, actor: str) -> list[Notice]:
    """Write the register event the issued `assist` decision on `sub` carries out; [] when none is due."""
    kind = EVENT_OF_ACTION.get(request.get("action") or "")
    id_number = get_path(request, "respondent.id_number")
    if sub.decision not in ("assist", "review_suggestion") or kind is None or not id_number or get_account(session, id_number) is None:
        return []
    if session.scalar(select(RegisterEvent.id).where(RegisterEvent.submission_id == sub.id).limit(1)):
        return []  # already carried out; a decision made again does not act twice
    amount = request.get("amount")
    event = Event(kind, event_day(session, id_number, sub.received_on),
                  case_number=request.get("case_number"), court=request.get("court"),
                  amount=cents(amount) if amount and kind in ("freeze", "deduct") else None,
                  start=iso_date(get_path(request, "freeze_period.start")) if kind == "freeze" else None,
                  end=iso_date(get_path(request, "freeze_period.end")) if kind in ("freeze", "renew") else None,
                  submission_id=sub.id)
    return append(session, id_number, event, actor)


__all__ = ["EVENT_OF_ACTION", "RegisterError", "register_decision"]
