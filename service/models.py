"""The web app's tables (SQLAlchemy 2 declarative). Migrations live in service/migrations/.

A submission row is also its job: `status` moves queued → processing → done | failed, and
the worker claims rows by status, so there is no second queue that could disagree with it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # clerk · reviewer · admin
    office: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    office: Mapped[str | None] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(80), default="")
    """Space-separated rights beyond a court's: `accounts` lets the core system push account facts."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


STATUS_NAMES = {"queued": "排队中", "processing": "识别中", "done": "已完成", "failed": "失败"}
"""A submission's `status` as a clerk reads it."""


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    office: Mapped[str | None] = mapped_column(String(80), index=True)
    submitted_by: Mapped[str] = mapped_column(String(120))
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    """The sender's `Idempotency-Key` hashed with the sender (service/intake.py), so two courts
    may both use key "1" without meeting; rows from before migration 0003 hold the raw key."""
    fileset_hash: Mapped[str] = mapped_column(String(64), index=True)
    dedup_key: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    """Sender, office, files, pack, date and account facts hashed: the same resend is one row (NULL before 0003)."""
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    """The worker processing it now (`host:pid:uuid`), while its lease is live."""
    lease_expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    """Renewed by the owner's heartbeat; once past, another worker may take the job over."""
    pack: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[dt.date] = mapped_column()
    accounts: Mapped[list[Any] | None] = mapped_column(JSON)
    pages_done: Mapped[int] = mapped_column(default=0)
    pages_total: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    request: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    pages: Mapped[list[Any] | None] = mapped_column(JSON)
    problems: Mapped[list[Any] | None] = mapped_column(JSON)
    outputs: Mapped[list[Any] | None] = mapped_column(JSON)
    deadline: Mapped[dt.date | None] = mapped_column(index=True)
    decision: Mapped[str | None] = mapped_column(String(32))
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    """Set while the current answer stands issued: fields, facts and decision are locked until reopened."""
    issued_by: Mapped[str | None] = mapped_column(String(120))
    document_texts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The reviewer's wording of the letters' numbered items: kind → lines (generate.templating.EDITABLE_ITEMS)."""

    files: Mapped[list[SubmissionFile]] = relationship(
        back_populates="submission", order_by="SubmissionFile.position", cascade="all, delete-orphan")
    corrections: Mapped[list[Correction]] = relationship(
        back_populates="submission", order_by="Correction.id", cascade="all, delete-orphan")
    issues: Mapped[list[Issue]] = relationship(
        back_populates="submission", order_by="Issue.round", cascade="all, delete-orphan")

    @property
    def issued(self) -> bool:
        return self.issued_at is not None


class SubmissionFile(Base):
    """One uploaded file: its name as the clerk gave it, and the blob it is stored as."""

    __tablename__ = "submission_files"
    __table_args__ = (UniqueConstraint("submission_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    page_count: Mapped[int] = mapped_column(Integer)

    submission: Mapped[Submission] = relationship(back_populates="files")


class Correction(Base):
    """A field corrected by hand, kept beside the value that was read (never overwriting it)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    field: Mapped[str] = mapped_column(String(80))
    read_value: Mapped[str | None] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(String(120))
    corrected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    submission: Mapped[Submission] = relationship(back_populates="corrections")


class DocumentCounter(Base):
    """The last 文号 serial given in one series (an agency's prefix) and year."""

    __tablename__ = "document_counters"

    series: Mapped[str] = mapped_column(String(120), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)


class Issue(Base):
    """One issued set of a submission's documents; a reopened one stays, marked superseded."""

    __tablename__ = "issues"
    __table_args__ = (UniqueConstraint("submission_id", "round"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(120))
    """The answering agency's signature (署名) as printed."""
    documents: Mapped[list[Any]] = mapped_column(JSON)
    """[{kind, format, title, file, folder, number}]: the files as issued, never rewritten."""
    issued_by: Mapped[str] = mapped_column(String(120))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    superseded_by: Mapped[str | None] = mapped_column(String(120))
    reopen_reason: Mapped[str | None] = mapped_column(Text)

    submission: Mapped[Submission] = relationship(back_populates="issues")


class LoginSession(Base):
    """A browser's login, so that logging out ends it on the server, not only in the cookie."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEvent(Base):
    """Append-only: rows are inserted, never updated or deleted (see service/audit.py)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
