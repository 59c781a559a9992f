"""The register's tables: the accounts as the core system last stated them, and the events.

`register_events` is append-only like the audit (migration 0004 adds the triggers): the
register of an account is the replay of its rows in id order, so nothing else can disagree
with it, and replaying them is how the register is read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from service.models import Base, utcnow


class Account(Base):
    """One account's facts (accounts.schema.json), as last imported or pushed."""

    __tablename__ = "accounts"

    id_number: Mapped[str] = mapped_column(String(18), primary_key=True)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120))


class RegisterEvent(Base):
    """One event of an account's register (see service/register/ledger.py), never edited."""

    __tablename__ = "register_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    actor: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
