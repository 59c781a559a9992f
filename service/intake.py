"""Taking in a bundle: limits, content-addressed storage, and one submission per file set.

Every file is stored (fsynced) before anything is answered; its type is judged by its
bytes (`extract.files.sniff`), never by its name. The same `Idempotency-Key` from the same
sender, or the same files, pack, date and account facts from the same sender and office,
give back the submission that already exists, so a court system that retries after a
timeout never creates a second one; nothing is ever shared across senders or offices.
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
from service.storage import Staged, TooLarge, UploadStore
from service.text import clean_line


class IntakeError(Exception):
    """An upload refused; `status` is the HTTP status, `code` a stable name, `str()` the one Chinese line."""

    def __init__(self, status: int, message: str, code: str = "upload_refused") -> None:
        super().__init__(message)
        self.status, self.code = status, code


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
    staged: Staged | None = None
    """The received file, until `create_submission` moves it into the store."""


def check_received_on(today: dt.date, settings: Settings, now: dt.date | None = None) -> dt.date:
    """The date of receipt, refused unless it lies between ~five years back and tomorrow.

    A date far outside that window is a typing or client error, and the deadline arithmetic
    on it (working days past 9999-12-31) cannot be done; tomorrow is allowed for a sender
    whose clock is in another time zone.
    """
    now = now or dt.date.today()
    earliest = now - dt.timedelta(days=settings.receipt_max_age_days)
    latest = now + dt.timedelta(days=1)
    if not earliest <= today <= latest:
        raise IntakeError(422, f"收件日期 {today.isoformat()} 不在可受理的范围内（{earliest.isoformat()} 至 "
                               f"{latest.isoformat()}）；请填写实际收到材料的日期。", "received_on_out_of_range")
    return today


def store_files(files: list[Incoming], store: UploadStore, settings: Settings) -> list[Stored]:
    """Receive and check every file; raise IntakeError with the first problem found.

    Nothing reaches the store here: the files are staged, and a refusal discards them all
    (`create_submission` commits them once the submission row exists).
    """
    if not files:
        raise IntakeError(422, "没有收到文件：请选择一个或多个 PDF、PNG、JPEG 或 TIFF 文件后再提交。", "no_files")
    if len(files) > settings.max_files:
        raise IntakeError(413, f"共 {len(files)} 个文件，超过一次提交最多 {settings.max_files} 个的限制；请分批提交。",
                          "too_many_files")
    stored: list[Stored] = []
    used: set[str] = set()
    limit_mb = settings.max_file_bytes // (1024 * 1024)
    try:
        for f in files:
            name = unique_name(f.name, used)
            try:
                staged = store.stage(f.stream, settings.max_file_bytes)
            except TooLarge:
                raise IntakeError(413, f"{name}：文件超过 {limit_mb} MB；请以 300 dpi 重新扫描，或将文件拆分后提交。",
                                  "file_too_large") from None
            stored.append(Stored(name, staged.sha256, staged.size, "", 0, staged))
            try:
                kind = sniff(staged.tmp)
            except UnreadableFile as exc:
                raise IntakeError(415, f"{name}：{exc}", exc.code) from None
            stored[-1].kind, stored[-1].pages = kind, count_pages(staged.tmp)
        pages = sum(s.pages for s in stored)
        if pages > settings.max_pages:
            raise IntakeError(422, f"共 {pages} 页，超过一次提交最多 {settings.max_pages} 页的限制；请分批提交。",
                              "too_many_pages")
    except BaseException:
        discard(stored, store)
        raise
    return stored


def discard(stored: list[Stored], store: UploadStore) -> None:
    """Throw away whatever of a refused upload is still staged."""
    store.discard([s.staged for s in stored if s.staged is not None])


def clean_name(raw: str | None) -> str:
    """A file name safe to keep, show and store: no folders, no control or direction characters,
    no leading dots (a hidden file, or one that would never become unique), at most 200 characters."""
    name = PurePath(clean_line(raw).replace("\\", "/")).name.strip().lstrip(".").strip()
    return name[:200] or "upload"


def unique_name(raw: str | None, used: set[str]) -> str:
    """The file's clean base name (`clean_name`), made unique within the submission."""
    name = clean_name(raw)
    base, dot, ext = name.rpartition(".")
    if not base:
        base, dot, ext = name, "", ""
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{base} ({n}){dot}{ext}"
        n += 1
    used.add(candidate)
    return candidate


def fileset_hash(stored: list[Stored], pack: str, today: dt.date) -> str:
    key = json.dumps([sorted(s.sha256 for s in stored), pack, today.isoformat()])
    return hashlib.sha256(key.encode()).hexdigest()


def dedup_key(stored: list[Stored], *, actor: str, office: str | None, pack: str, today: dt.date,
              accounts: list[Any] | None) -> str:
    """What makes a resend the same submission: the same sender and office, files, pack, date and
    account facts. Another office's identical bundle, or new account facts, is a new submission."""
    key = json.dumps([actor, office, sorted(s.sha256 for s in stored), pack, today.isoformat(), accounts],
                     ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(key.encode()).hexdigest()


def scoped_idempotency_key(actor: str, key: str) -> str:
    """The sender's key as stored: hashed with the sender, so keys of different senders never meet."""
    return hashlib.sha256(f"{actor}\n{key}".encode()).hexdigest()


def find_existing(session: Session, idem_key: str | None, dedup: str) -> Submission | None:
    if idem_key:
        by_key = session.scalar(select(Submission).where(Submission.idempotency_key == idem_key))
        if by_key is not None:
            return by_key
    return session.scalar(select(Submission).where(Submission.dedup_key == dedup))


def _same_or_conflict(existing: Submission, idem_key: str | None, dedup: str) -> Submission:
    if idem_key and existing.idempotency_key == idem_key and existing.dedup_key != dedup:
        raise IntakeError(409, "此 Idempotency-Key 已用于另一组材料，本次上传的文件未被受理；请换用新的键重新提交。",
                          "idempotency_key_reused")
    return existing


def create_submission(session: Session, stored: list[Stored], *, actor: str, office: str | None, pack: str,
                      today: dt.date, accounts: list[Any] | None, idem_key: str | None,
                      store: UploadStore | None = None) -> tuple[Submission, bool]:
    """The submission for these files: (row, created). An existing one is returned unchanged.

    The unique `dedup_key` and `idempotency_key` make the database the judge of a race: of
    requests sent at once, one inserts and the others meet its row, and are told 409 when
    their files differ from the winner's (never 202 with files that are in no submission).
    The staged files are moved into `store` only once the row is in.
    """
    scoped = scoped_idempotency_key(actor, idem_key) if idem_key else None
    dedup = dedup_key(stored, actor=actor, office=office, pack=pack, today=today, accounts=accounts)
    existing = find_existing(session, scoped, dedup)
    if existing is not None:
        return _same_or_conflict(existing, scoped, dedup), False
    sub = Submission(status="queued", office=office, submitted_by=actor, idempotency_key=scoped,
                     fileset_hash=fileset_hash(stored, pack, today), dedup_key=dedup, pack=pack,
                     received_on=today, accounts=accounts, pages_total=sum(s.pages for s in stored))
    sub.files = [SubmissionFile(position=i, name=s.name, sha256=s.sha256, size=s.size, kind=s.kind,
                                page_count=s.pages) for i, s in enumerate(stored)]
    session.add(sub)
    try:
        session.flush()
    except IntegrityError:  # sent twice at once: the other request won
        session.rollback()
        existing = find_existing(session, scoped, dedup)
        if existing is None:
            raise
        return _same_or_conflict(existing, scoped, dedup), False
    if store is not None:
        for s in stored:
            if s.staged is not None:
                store.commit(s.staged)
                s.staged = None
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
        raise IntakeError(422, f"账户信息不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列有误）；"
                               "请提供账户事实的 JSON 数组。", "accounts_invalid") from None
    if not isinstance(data, list) or not all(isinstance(a, dict) for a in data):
        raise IntakeError(422, "账户信息应为账户事实的 JSON 数组（每个账户一个对象）。", "accounts_invalid")
    return data
