"""What a reviewer or a clerk does to a processed submission: decide it, correct a field.

These are the service's domain operations. The API and the pages both call them (never one
the other's handlers), so a decision or a correction is recorded, audited and re-checked the
same way whichever door it came through; a refusal is a `CorrectionRejected` that each door
shows in its own way (JSON 422, or the page's error).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from sqlalchemy.orm import Session

from extract.contract import get_path
from extract.errors import CorrectionRejected, DecisionRejected
from service import audit, corrections, processing
from service.models import Correction, Submission
from service.register.decisions import RegisterError, register_decision
from service.settings import Settings

DECISION_WORDS = {"assist": "予以协助", "needs_correction": "要求补正", "decline": "不予协助",
                  "review_suggestion": "提出审查建议", "needs_facts": "待补充账户事实"}
"""One word for each decision, whoever makes it: the system's proposal, the reviewer's buttons,
the queue and the history all say 予以协助 for `assist`, so a proposal and a decision read alike."""

DECISIONS = {k: DECISION_WORDS[k] for k in ("assist", "needs_correction", "decline", "review_suggestion")}
"""The decisions a reviewer can make (`needs_facts` is only ever the system's: facts are missing)."""

CORRECTABLE = ("action", "court", "case_number", "respondent.name", "respondent.id_number", "applicant.name",
               "amount", "freeze_period.start", "freeze_period.end", "account_number")
"""Fields a clerk may fill in even when nothing was read; others only where a value was read."""
DOCUMENT_TYPE = re.compile(r"^documents\[\d{1,2}\]\.type$")
log = logging.getLogger("assistdesk.review")


def correctable(sub: Submission, field: str, read_value: Any) -> bool:
    """The core fields, any field read with evidence, and the type of a listed paper."""
    if field in CORRECTABLE or (DOCUMENT_TYPE.match(field) and read_value is not None):
        return True
    return read_value is not None and field in (sub.evidence or {})


def record_decision(session: Session, sub: Submission, decision: str, note: str, actor: str) -> None:
    """Set the reviewer's decision, keeping the previous one in the audit log."""
    if decision not in DECISIONS:
        raise DecisionRejected(f"请从以下审核决定中选择一项：{'、'.join(DECISIONS.values())}。")
    previous = sub.decision
    sub.decision, sub.decision_note = decision, note
    sub.decided_by, sub.decided_at = actor, dt.datetime.now(dt.UTC)
    audit.record(session, actor, "submission.decided", sub.id, decision=decision, note=note, previous=previous)
    try:
        register_decision(session, sub, processing.effective_request(sub), actor)
    except RegisterError as exc:
        session.rollback()
        raise DecisionRejected(str(exc)) from None
    session.commit()


def record_correction(session: Session, sub: Submission, field: str, value: str, actor: str,
                      settings: Settings) -> dict[str, Any]:
    """Lay a corrected value over the one read, then check and write the answers again.

    The value read stays in the row beside the correction, with who and when; the report
    returned is the one made from the corrected request.
    """
    read_value = get_path(sub.request or {}, field)
    if not correctable(sub, field, read_value):
        raise CorrectionRejected("这一项不能更正；只能更正页面上列出的识别结果。")
    if isinstance(read_value, dict | list):
        raise CorrectionRejected("请分别更正这一项的各个部分（如姓名、号码），而不是整体。")
    value = corrections.check(field, value, processing.effective_request(sub))
    sub.corrections.append(Correction(field=field, value=value, corrected_by=actor,
                                      read_value=None if read_value is None else str(read_value)))
    try:
        report, deadline = processing.evaluate(sub, settings)
        outputs = processing.write_documents(sub, report, settings)
    except Exception:
        log.exception("submission %s: the request corrected at %s could not be checked", sub.id, field)
        session.rollback()
        raise CorrectionRejected("按更正后的内容无法重新审查；请核对所填的值，如确认无误，请联系管理员。") from None
    sub.report, sub.deadline, sub.outputs = report, deadline, outputs
    audit.record(session, actor, "field.corrected", sub.id, field=field, read_value=read_value, value=value,
                 decision=report.get("decision"))
    session.commit()
    return report
