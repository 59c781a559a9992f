"""Taking in a bundle: limits, content-addressed storage, and one submission per file set.

Every file is stored (fsynced) before anything is answered; its type is judged by its
bytes (`extract.files.sniff`), never by its name. The same `Idempotency-Key`, or the same
files for the same pack and date, give back the submission that already exists, so a
court system that retries after a timeout never creates a second one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extract.files import UnreadableFile, count_pages, sniff
from service import audit
from service.models import Submission, SubmissionFile
from service.settings import Settings
from service.storage import TooLarge, UploadStore


class IntakeError(Exception):
    """An upload refused; `status` is the HTTP status, `str()` the one line for the sender."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Incoming:
    name: str
    stream: BinaryIO


@dataclass
class Stored:
    name: str
    sha256: str
    size: int
    kind: str
    pages: int


def store_files(files: list[Incoming], store: UploadStore, settings: Settings) -> list[Stored]:
    """Store and check every file; raise IntakeError with the first problem found."""
    if not files:
        raise IntakeError(422, "no files: send one or more PDF, PNG, JPEG or TIFF files as `files`")
    if len(files) > settings.max_files:
        raise IntakeError(413, f"{len(files)} files, more than the {settings.max_files} one submission may hold")
    stored: list[Stored] = []
    used: set[str] = set()
    limit_mb = settings.max_file_bytes // (1024 * 1024)
    for f in files:
        name = unique_name(f.name, used)
        try:
            sha, size = store.put(f.stream, settings.max_file_bytes)
        except TooLarge:
            raise IntakeError(413, f"{name}: larger than {limit_mb} MB; scan at 300 dpi or split the file") from None
        try:
            kind = sniff(store.path(sha))
        except UnreadableFile as exc:
            raise IntakeError(415, f"{name}: {exc}") from None
        stored.append(Stored(name, sha, size, kind, count_pages(store.path(sha))))
    pages = sum(s.pages for s in stored)
    if pages > settings.max_pages:
        raise IntakeError(422, f"{pages} pages, more than the {settings.max_pages} one submission may hold; "
                               "send the bundle in parts")
    return stored


def unique_name(raw: str | None, used: set[str]) -> str:
    """The file's base name (no folders), made unique within the submission."""
    name = PurePath((raw or "").replace("\\", "/")).name.strip() or "upload"
    name = name[:200]
    base, dot, ext = name.rpartition(".")
    candidate, n = name, 2
    while candidate in used or candidate.startswith("."):
        candidate = f"{base or name} ({n}){dot}{ext if base else ''}".rstrip(".")
        n += 1
    used.add(candidate)
    return candidate


def fileset_hash(stored: list[Stored], pack: str, today: dt.date) -> str:
    key = json.dumps([sorted(s.sha256 for s in stored), pack, today.isoformat()])
    return hashlib.sha256(key.encode()).hexdigest()


def find_existing(session: Session, idem_key: str | None, fs_hash: str) -> Submission | None:
    if idem_key:
        by_key = session.scalar(select(Submission).where(Submission.idempotency_key == idem_key))
        if by_key is not None:
            return by_key
    return session.scalar(select(Submission).where(Submission.fileset_hash == fs_hash)
                          .order_by(Submission.id).limit(1))


def create_submission(session: Session, stored: list[Stored], *, actor: str, office: str | None, pack: str,
                      today: dt.date, accounts: list[Any] | None, idem_key: str | None) -> tuple[Submission, bool]:
    """The submission for these files: (row, created). An existing one is returned unchanged."""
    fs_hash = fileset_hash(stored, pack, today)
    existing = find_existing(session, idem_key, fs_hash)
    if existing is not None:
        if existing.fileset_hash != fs_hash:
            raise IntakeError(409, "this Idempotency-Key was already used for different files; use a new key")
        return existing, False
    sub = Submission(status="queued", office=office, submitted_by=actor, idempotency_key=idem_key,
                     fileset_hash=fs_hash, pack=pack, received_on=today, accounts=accounts,
                     pages_total=sum(s.pages for s in stored))
    sub.files = [SubmissionFile(position=i, name=s.name, sha256=s.sha256, size=s.size, kind=s.kind,
                                page_count=s.pages) for i, s in enumerate(stored)]
    session.add(sub)
    try:
        session.flush()
    except IntegrityError:  # the same key, sent twice at once: the other request won
        session.rollback()
        existing = find_existing(session, idem_key, fs_hash)
        if existing is None:
            raise
        return existing, False
    audit.record(session, actor, "submission.received", sub.id, pack=pack, received_on=today.isoformat(),
                 files=[{"name": s.name, "sha256": s.sha256, "size": s.size} for s in stored])
    session.commit()
    return sub, True


def parse_accounts(raw: str | None) -> list[Any] | None:
    if raw is None or not raw.strip():
        return None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IntakeError(422, f"accounts: not valid JSON ({exc.msg}); send the account facts as a JSON array") from None
    if not isinstance(data, list) or not all(isinstance(a, dict) for a in data):
        raise IntakeError(422, "accounts: must be a JSON array of account objects (accounts.schema.json)")
    return data
