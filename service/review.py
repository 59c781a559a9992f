"""What a reviewer or a clerk does to a processed submission: decide it, correct a field.

These are the service's domain operations. The API and the pages both call them (never one
the other's handlers), so a decision or a correction is recorded, audited and re-checked the
same way whichever door it came through; a refusal is a `CorrectionRejected` that each door
shows in its own way (JSON 422, or the page's error).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from extract.contract import get_path
from extract.errors import CorrectionRejected
from service import audit, processing
from service.models import Correction, Submission
from service.register.decisions import RegisterError, register_decision
from service.settings import Settings

DECISIONS = {"assist": "协助执行", "needs_correction": "要求补正", "decline": "不予协助",
             "review_suggestion": "提出审查建议"}
"""The reviewer's decisions and their Chinese words."""

CORRECTABLE = ("action", "court", "case_number", "respondent.name", "respondent.id_number", "applicant.name",
               "amount", "freeze_period.start", "freeze_period.end", "account_number")
"""Fields a clerk may fill in even when nothing was read; others only where a value was read."""


def record_decision(session: Session, sub: Submission, decision: str, note: str, actor: str) -> None:
    """Set the reviewer's decision, keeping the previous one in the audit log."""
    if decision not in DECISIONS:
        raise CorrectionRejected(f"{decision!r} is not a decision; use one of {', '.join(DECISIONS)}")
    previous = sub.decision
    sub.decision, sub.decision_note = decision, note
    sub.decided_by, sub.decided_at = actor, dt.datetime.now(dt.UTC)
    audit.record(session, actor, "submission.decided", sub.id, decision=decision, note=note, previous=previous)
    try:
        register_decision(session, sub, processing.effective_request(sub), actor)
    except RegisterError as exc:
        session.rollback()
        raise CorrectionRejected(str(exc)) from None
    session.commit()


def record_correction(session: Session, sub: Submission, field: str, value: str, actor: str,
                      settings: Settings) -> dict[str, Any]:
    """Lay a corrected value over the one read, then check and write the answers again.

    The value read stays in the row beside the correction, with who and when; the report
    returned is the one made from the corrected request.
    """
    read_value = get_path(sub.request or {}, field)
    if field not in CORRECTABLE and (read_value is None or field not in (sub.evidence or {})):
        raise CorrectionRejected(f"{field}: not a field of the request that can be corrected; "
                                 f"use one of {', '.join(CORRECTABLE)} or a field listed in the evidence")
    if isinstance(read_value, dict | list):
        raise CorrectionRejected(f"{field}: correct its parts (e.g. {field}.name), not the whole")
    sub.corrections.append(Correction(field=field, value=value, corrected_by=actor,
                                      read_value=None if read_value is None else str(read_value)))
    try:
        report, deadline = processing.evaluate(sub, settings)
        outputs = processing.write_documents(sub, report, settings)
    except Exception as exc:
        session.rollback()
        raise CorrectionRejected(f"{field}: the corrected request cannot be checked ({type(exc).__name__}); "
                                 "check the value's form") from None
    sub.report, sub.deadline, sub.outputs = report, deadline, outputs
    audit.record(session, actor, "field.corrected", sub.id, field=field, read_value=read_value, value=value,
                 decision=report.get("decision"))
    session.commit()
    return report
