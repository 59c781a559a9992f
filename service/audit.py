"""The audit trail: every state change of a submission, user or key, appended and never edited.

Rows are only ever inserted; the ORM refuses updates and deletes of `AuditEvent` so a bug
elsewhere cannot rewrite history. ID numbers in the details are masked before they are
written, because the trail is read by more people than the submission itself.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from service.logs import mask_text
from service.models import AuditEvent


class AuditIsAppendOnly(Exception):
    pass


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse(_mapper, _conn, _target) -> None:
    raise AuditIsAppendOnly("audit events are never updated or deleted")


def record(session: Session, actor: str, action: str, submission_id: int | None = None,
           **detail: Any) -> AuditEvent:
    """Add one event to the session (committed with the change it describes)."""
    masked = json.loads(mask_text(json.dumps(detail, ensure_ascii=False, default=str)))
    ev = AuditEvent(actor=actor, action=action, submission_id=submission_id, detail=masked)
    session.add(ev)
    return ev


def history(session: Session, submission_id: int) -> list[AuditEvent]:
    return list(session.scalars(
        select(AuditEvent).where(AuditEvent.submission_id == submission_id).order_by(AuditEvent.id)))
