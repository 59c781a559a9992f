"""Issuing the answer: number the documents, lock the submission, carry the decision out.

The reviewer's decision chooses the documents (generate.selection.documents_for_decision)
and the drafts are written as they will print. Issuing gives each numbered letter the next
serial of its agency's 文号 series for the year — one row per series and year in
`document_counters`, raised in a single INSERT … ON CONFLICT DO UPDATE … RETURNING, so two
reviewers issuing at the same moment never share a number on SQLite or PostgreSQL — writes
the set into a folder of its own, locks the submission (fields, facts, decision) and writes
the register event the decision carries out (service/register/decisions.py), once.
Reopening needs a reason: the issued set stays, marked superseded, and the next issue gets
new numbers.
"""

from __future__ import annotations

import datetime as dt
import shutil

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from extract.errors import CorrectionRejected, DecisionRejected
from service import audit, processing
from service.models import DocumentCounter, Issue, Submission
from service.register.decisions import RegisterError, register_decision
from service.settings import Settings

LOCKED = "本件答复已于{at}签发，材料、账户事实和审核决定均已锁定；如需变更，请先说明理由重新办理。"


def refuse_if_issued(sub: Submission, error: type[CorrectionRejected | DecisionRejected] = CorrectionRejected) -> None:
    """Fields, facts and the decision of an issued answer are not changed behind its documents."""
    if sub.issued_at is not None:
        raise error(LOCKED.format(at=sub.issued_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")))


def next_serial(session: Session, series: str, year: int) -> int:
    """The next serial of `series` in `year`, raised in one statement (safe under concurrent issues)."""
    table = DocumentCounter.__table__
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(table).values(series=series, year=year, last_serial=1)
    stmt = stmt.on_conflict_do_update(index_elements=["series", "year"],
                                      set_={"last_serial": table.c.last_serial + 1}).returning(table.c.last_serial)
    return int(session.execute(stmt).scalar_one())


def issue(session: Session, sub: Submission, actor: str, settings: Settings) -> Issue:
    """Issue the documents of the reviewer's decision with their numbers; commit or change nothing."""
    from generate.selection import documents_for_decision
    from generate.templating import UNNUMBERED

    if sub.status != "done":
        raise DecisionRejected("材料尚未识别完成，暂不能签发答复。")
    refuse_if_issued(sub, DecisionRejected)
    if not sub.decision:
        raise DecisionRejected("尚未作出审核决定，不能签发答复文书；请先作出审核决定。")
    request = processing.effective_request(sub)
    agency = processing.centre_config(settings, sub)
    year = sub.received_on.year
    kinds = documents_for_decision(sub.decision, request, sub.report or {})
    numbers = {kind: next_serial(session, agency.document_number_prefix, year)
               for kind in kinds if kind not in UNNUMBERED and agency.document_number_prefix}
    round_ = (session.scalar(select(func.max(Issue.round)).where(Issue.submission_id == sub.id)) or 0) + 1
    folder = f"issued/{sub.id}/{round_}"
    try:
        outputs = processing.write_documents(sub, sub.report or {}, settings, numbers=numbers, folder=folder)
        for entry in outputs:
            number = numbers.get(entry["kind"])
            entry["number"] = agency.document_number(year, number) if number else None
        now = dt.datetime.now(dt.UTC)
        row = Issue(submission_id=sub.id, round=round_, decision=sub.decision, agency=agency.signatory,
                    documents=outputs, issued_by=actor, issued_at=now)
        session.add(row)
        sub.issued_at, sub.issued_by, sub.outputs = now, actor, outputs
        notices = register_decision(session, sub, request, actor)
        audit.record(session, actor, "submission.issued", sub.id, round=round_, decision=sub.decision,
                     agency=agency.signatory,
                     numbers=[o["number"] for o in outputs if o.get("number") and o["format"] == "pdf"],
                     register=[n.text() for n in notices])
        session.commit()
    except RegisterError as exc:
        session.rollback()
        shutil.rmtree(settings.outputs_dir / folder, ignore_errors=True)
        raise DecisionRejected(str(exc)) from None
    except Exception:
        session.rollback()
        shutil.rmtree(settings.outputs_dir / folder, ignore_errors=True)
        raise
    return row


def reopen(session: Session, sub: Submission, reason: str, actor: str, settings: Settings) -> None:
    """Reopen an issued answer: the issued set stays, superseded, and drafts are made again."""
    reason = " ".join((reason or "").split())
    if sub.issued_at is None:
        raise DecisionRejected("本件答复尚未签发，无需重新办理。")
    if not reason:
        raise DecisionRejected("重新办理须说明理由，请填写后再提交。")
    current = session.scalar(select(Issue).where(Issue.submission_id == sub.id, Issue.superseded_at.is_(None))
                             .order_by(Issue.round.desc()))
    now = dt.datetime.now(dt.UTC)
    if current is not None:
        current.superseded_at, current.superseded_by, current.reopen_reason = now, actor, reason[:4000]
    sub.issued_at, sub.issued_by = None, None
    sub.outputs = processing.write_documents(sub, sub.report or {}, settings)
    audit.record(session, actor, "submission.reopened", sub.id, reason=reason[:4000],
                 round=current.round if current else None)
    session.commit()


def edit_items(session: Session, sub: Submission, kind: str, text: str, actor: str, settings: Settings) -> None:
    """Keep the reviewer's wording of a letter's numbered items (one a line) and write the drafts again.

    An empty text gives the letter back its items from the report.
    """
    from generate.selection import documents_for_decision
    from generate.templating import EDITABLE_ITEMS

    refuse_if_issued(sub, DecisionRejected)
    if not sub.decision:
        raise DecisionRejected("请先作出审核决定，再修改答复文书的文字。")
    kinds = documents_for_decision(sub.decision, processing.effective_request(sub), sub.report or {})
    if kind not in EDITABLE_ITEMS or kind not in kinds:
        raise DecisionRejected("本审核决定的答复文书中没有可修改文字的这一份文书。")
    lines = [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]
    texts = dict(sub.document_texts or {})
    if lines:
        texts[kind] = lines[:50]
    else:
        texts.pop(kind, None)
    sub.document_texts = texts
    try:
        sub.outputs = processing.write_documents(sub, sub.report or {}, settings)
    except Exception:
        session.rollback()
        raise
    audit.record(session, actor, "document.edited", sub.id, kind=kind, lines=len(lines))
    session.commit()


def current_texts(sub: Submission) -> dict[str, list[str]]:
    """Each editable letter of the decision with its items as the editor shows them now."""
    from generate.selection import documents_for_decision
    from generate.templating import EDITABLE_ITEMS, editable_text

    if not sub.decision or not sub.report:
        return {}
    kinds = documents_for_decision(sub.decision, processing.effective_request(sub), sub.report)
    saved = sub.document_texts or {}
    return {kind: list(saved.get(kind) or editable_text(kind, sub.report, sub.decision_note or ""))
            for kind in kinds if kind in EDITABLE_ITEMS}
