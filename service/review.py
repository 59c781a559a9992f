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

from extract.contract import FIELD_NAMES, get_path
from extract.errors import CorrectionRejected, DecisionRejected
from service import audit, corrections, processing
from service.issuing import refuse_if_issued
from service.models import Correction, Submission
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


def record_decision(session: Session, sub: Submission, decision: str, note: str, actor: str,
                    settings: Settings) -> None:
    """Set the reviewer's decision and write its documents as drafts; the earlier one stays in the audit.

    The documents follow this decision whatever the system proposed (issue 12: 不予协助 over a
    proposed assist gets the refusal letter). An issued answer's decision is locked; nothing is
    carried out until the answer is issued (service/issuing.py).
    """
    if decision not in DECISIONS:
        raise DecisionRejected(f"请从以下审核决定中选择一项：{'、'.join(DECISIONS.values())}。")
    refuse_if_issued(sub, DecisionRejected)
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
    if not correctable(sub, field, read_value):
        raise CorrectionRejected("这一项不能更正；只能更正页面上列出的识别结果。")
    if isinstance(read_value, dict | list):
        raise CorrectionRejected("请分别更正这一项的各个部分（如姓名、号码），而不是整体。")
    value = corrections.check(field, value, processing.effective_request(sub))
    sub.corrections.append(Correction(field=field, value=value, corrected_by=actor,
                                      read_value=None if read_value is None else str(read_value)))
    reopen_decision(session, sub, actor, f"更正了{FIELD_NAMES.get(field, '识别结果')}，原审核决定须重新作出")
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
