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

from extract.contract import FIELD_NAMES, get_path
from extract.errors import CorrectionRejected
from service import audit, processing
from service.issuing import refuse_if_issued
from service.models import Correction, Submission
from service.settings import Settings

DECISIONS = {"assist": "协助执行", "needs_correction": "要求补正", "decline": "不予协助",
             "review_suggestion": "提出审查建议"}
"""The reviewer's decisions and their Chinese words."""

CORRECTABLE = ("action", "court", "case_number", "respondent.name", "respondent.id_number", "applicant.name",
               "amount", "freeze_period.start", "freeze_period.end", "account_number")
"""Fields a clerk may fill in even when nothing was read; others only where a value was read."""


def record_decision(session: Session, sub: Submission, decision: str, note: str, actor: str,
                    settings: Settings) -> None:
    """Set the reviewer's decision and write its documents as drafts; the earlier one stays in the audit.

    The documents follow this decision whatever the system proposed (issue 12: 不予协助 over a
    proposed assist gets the refusal letter). An issued answer's decision is locked; nothing is
    carried out until the answer is issued (service/issuing.py).
    """
    if decision not in DECISIONS:
        raise CorrectionRejected(f"“{decision}”不是审核决定；请从{'、'.join(DECISIONS.values())}中选择。")
    refuse_if_issued(sub)
    previous, previous_note = sub.decision, sub.decision_note
    sub.decision, sub.decision_note = decision, note
    sub.decided_by, sub.decided_at = actor, dt.datetime.now(dt.UTC)
    try:
        sub.outputs = processing.write_documents(sub, sub.report or {}, settings)
    except Exception:
        session.rollback()
        raise
    audit.record(session, actor, "submission.decided", sub.id, decision=decision, note=note, previous=previous,
                 previous_note=previous_note if previous else None, proposed=(sub.report or {}).get("decision"))
    session.commit()


def reopen_decision(session: Session, sub: Submission, actor: str, why: str) -> None:
    """Withdraw a decision the facts under it no longer support, visibly (never kept silently)."""
    if not sub.decision:
        return
    audit.record(session, actor, "decision.reopened", sub.id, previous=sub.decision, reason=why)
    sub.decision, sub.decision_note, sub.decided_by, sub.decided_at = None, None, None, None


def record_correction(session: Session, sub: Submission, field: str, value: str, actor: str,
                      settings: Settings) -> dict[str, Any]:
    """Lay a corrected value over the one read, then check and write the answers again.

    The value read stays in the row beside the correction, with who and when; the report
    returned is the one made from the corrected request.
    """
    refuse_if_issued(sub)
    read_value = get_path(sub.request or {}, field)
    if field not in CORRECTABLE and (read_value is None or field not in (sub.evidence or {})):
        raise CorrectionRejected(f"{field}: not a field of the request that can be corrected; "
                                 f"use one of {', '.join(CORRECTABLE)} or a field listed in the evidence")
    if isinstance(read_value, dict | list):
        raise CorrectionRejected(f"{field}: correct its parts (e.g. {field}.name), not the whole")
    sub.corrections.append(Correction(field=field, value=value, corrected_by=actor,
                                      read_value=None if read_value is None else str(read_value)))
    reopen_decision(session, sub, actor, f"更正了{FIELD_NAMES.get(field, '识别结果')}，原审核决定须重新作出")
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
