"""The worker: takes queued submissions one at a time, under a lease, exactly once.

The submissions table is the queue and the lease book. A worker claims a row with one
conditional UPDATE (`… WHERE status = 'queued' OR the lease has run out`), which sets
`lease_owner` to itself and `lease_expires_at` a lease ahead; a heartbeat thread renews the
lease while the job runs. A worker that dies stops renewing, and once the lease has run out
any other worker takes the job over (audited as `submission.requeued`); a live lease is
never taken, so a server or worker starting up next to others leaves their work alone.
Results are committed in the same transaction that marks the row `done`, and only while
the lease is still this worker's, so a worker that lost its lease (stalled past it) throws
its result away instead of writing a second one; documents are swapped in atomically
(service/processing.py), so a half-finished run leaves no trace.

The same class runs as the embedded server's thread (`assistdesk serve`) and inside each
Celery worker process (`assistdesk worker`, service/tasks.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from service import audit, leftovers, processing
from service.db import Database
from service.models import Submission
from service.reader import Reader
from service.settings import Settings
from service.storage import UploadStore

log = logging.getLogger("assistdesk.worker")
MAX_ATTEMPTS = 3
"""A submission that killed its worker this many times is failed rather than retried forever."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def claimable(now: dt.datetime):
    """Queued, or processing under a lease that has run out (or, from before leases, none at all)."""
    return or_(Submission.status == "queued",
               and_(Submission.status == "processing",
                    or_(Submission.lease_expires_at.is_(None), Submission.lease_expires_at < now)))


class Lease:
    """A job's lease, renewed by a heartbeat thread every third of its length while the job runs."""

    def __init__(self, db: Database, sid: int, owner: str, seconds: float) -> None:
        self.db, self.sid, self.owner, self.seconds = db, sid, owner, seconds
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lease-{sid}", daemon=True)

    def mine(self):
        return and_(Submission.id == self.sid, Submission.lease_owner == self.owner)

    def renew(self) -> bool:
        with self.db.session() as s:
            n = s.execute(update(Submission).where(self.mine(), Submission.status == "processing")
                          .values(lease_expires_at=utcnow() + dt.timedelta(seconds=self.seconds))
                          .execution_options(synchronize_session=False)).rowcount
            s.commit()
        if n != 1:
            self.lost.set()
        return n == 1

    def _beat(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                if not self.renew():
                    log.error("submission %s: lease lost; this worker's result will be dropped", self.sid)
                    return
            except Exception:
                log.exception("submission %s: heartbeat failed; retrying", self.sid)

    def release(self, s: Session) -> bool:
        """Give the lease up in the transaction `s` that records the result; False if it was lost."""
        self._halt()  # no heartbeat may run after this point: it would find the lease gone
        n = s.execute(update(Submission).where(self.mine())
                      .values(lease_owner=None, lease_expires_at=None)
                      .execution_options(synchronize_session=False)).rowcount
        return n == 1 and not self.lost.is_set()

    def __enter__(self) -> Lease:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._halt()

    def _halt(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(self.seconds)


class Worker:
    def __init__(self, db: Database, settings: Settings, store: UploadStore, reader: Reader | None = None) -> None:
        """`reader`: the child process that reads and writes for this worker (service/reader.py); None
        reads in this process, as a Celery worker does (it is a process of its own already)."""
        self.db, self.settings, self.store, self.reader = db, settings, store, reader
        self.owner = f"{leftovers.owner_tag()}:{uuid.uuid4().hex[:8]}"
        self.busy = threading.Lock()
        """Held while a job runs: one job at a time per worker, whoever (thread or task) runs it."""
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, poll_seconds: float | None = None) -> None:
        self.recover()
        poll = poll_seconds if poll_seconds is not None else self.settings.worker_poll_seconds
        self._thread = threading.Thread(target=self._run, args=(poll,), name="assistdesk-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self.reader is not None:
            self.reader.close()

    def wake(self) -> None:
        """Called after a submission is queued, so it starts without waiting for the next poll."""
        self._wake.set()

    def recover(self) -> None:
        """Clear what killed processes on this host left in the shared folders.

        Jobs are not requeued here: another server or worker may be running them right now.
        A job whose worker died is taken over by `claim` once its lease has run out.
        """
        processing.sweep_leftovers(self.settings)
        self.store.sweep()

    def _run(self, poll: float) -> None:
        while not self._stop.is_set():
            try:
                worked = self.drain()
            except Exception:
                log.exception("worker loop failed; retrying")
                worked = False
            if not worked:
                self._wake.wait(poll)
                self._wake.clear()

    def drain(self, first: int | None = None) -> bool:
        """Run jobs until none can be claimed (`first` before the others); whether any ran.

        After a run the shared folders are swept again: a killed server's reading process
        notices its server's death only on its next look (service/reader.py), so on a busy
        machine it can outlive the sweep of the restart and leave its job's folder behind.
        By the time a job has been taken over and run, it is gone.
        """
        worked = False
        with self.busy:
            if first is not None and self.run_once(first):
                worked = True
            while not self._stop.is_set() and self.run_once():
                worked = True
        if worked:
            processing.sweep_leftovers(self.settings)
        return worked

    def claim(self, sid: int | None = None) -> int | None:
        """Take one claimable job (or job `sid`, if claimable) under a fresh lease; its id or None."""
        now = utcnow()
        with self.db.session() as s:
            query = select(Submission.id, Submission.status, Submission.lease_owner).where(claimable(now))
            if sid is not None:
                query = query.where(Submission.id == sid)
            for row in s.execute(query.order_by(Submission.id).limit(5)).all():
                claimed = s.execute(
                    update(Submission).where(Submission.id == row.id, claimable(now))
                    .values(status="processing", attempts=Submission.attempts + 1, lease_owner=self.owner,
                            lease_expires_at=now + dt.timedelta(seconds=self.settings.lease_seconds))
                    .execution_options(synchronize_session=False))
                if claimed.rowcount == 1:
                    if row.status == "processing":
                        audit.record(s, "worker", "submission.requeued", row.id,
                                     reason="the worker processing it stopped renewing its lease",
                                     previous_owner=row.lease_owner)
                    audit.record(s, "worker", "submission.processing", row.id, owner=self.owner)
                    s.commit()
                    return row.id
            s.rollback()
        return None

    def run_once(self, sid: int | None = None) -> bool:
        claimed = self.claim(sid)
        if claimed is None:
            return False
        self.process(claimed)
        return True

    def process(self, sid: int) -> None:
        with Lease(self.db, sid, self.owner, self.settings.lease_seconds) as lease, self.db.session() as s:
            sub = s.get(Submission, sid)
            assert sub is not None
            if sub.attempts > MAX_ATTEMPTS:
                self._fail(s, sub, lease, f"处理已中断 {MAX_ATTEMPTS} 次，未能完成；原件已保存，"
                                          "请将材料编号告知管理员。")
                return
            try:
                extraction = self._read(sub, self._progress(sid, lease))
                sub.request = extraction.request.to_json()
                sub.evidence = extraction.evidence
                data = extraction.to_json()
                sub.pages, sub.problems = data["pages"], data["problems"]
                report, deadline = processing.evaluate(sub, self.settings)
                if lease.lost.is_set():
                    return self._drop(s, sid)
                outputs = self._write(sub, report)
            except processing.NothingReadable as exc:
                self._fail(s, sub, lease, str(exc))
                return
            except Exception:
                log.exception("submission %s failed", sid)
                self._fail(s, sub, lease, "处理时发生系统错误，未能完成；原件已保存，请将材料编号告知管理员。")
                return
            sub.report, sub.deadline, sub.outputs = report, deadline, outputs
            sub.pages_done = sub.pages_total = len(sub.pages or [])
            sub.status, sub.error = "done", None
            sub.finished_at = utcnow()
            audit.record(s, "worker", "submission.done", sid, decision=report.get("decision"),
                         documents=len(outputs), pages=sub.pages_total)
            if not lease.release(s):
                return self._drop(s, sid)
            s.commit()
            log.info("submission %s done: %s", sid, report.get("decision"))

    def _read(self, sub: Submission, progress: Callable[[int, int, str], None]):
        if self.reader is None:
            return processing.read_files(sub, self.store, self.settings, progress)
        extraction, pid = self.reader.read(processing.blob_files(sub, self.store), sub.id, progress)
        log.info("submission %s read by process %s", sub.id, pid)
        return extraction

    def _write(self, sub: Submission, report: dict) -> list[dict]:
        if self.reader is None:
            return processing.write_documents(sub, report, self.settings)
        return self.reader.write(processing.effective_request(sub), report, sub.id, sub.received_on,
                                 processing.centre_config(self.settings, sub))

    def _progress(self, sid: int, lease: Lease) -> Callable[[int, int, str], None]:
        throttle = processing.Throttle(0.5)

        def progress(done: int, total: int, _name: str) -> None:
            if throttle.ready(done, total):
                with self.db.session() as ps:
                    ps.execute(update(Submission).where(lease.mine())
                               .values(pages_done=done, pages_total=total)
                               .execution_options(synchronize_session=False))
                    ps.commit()

        return progress

    def _drop(self, s: Session, sid: int) -> None:
        s.rollback()
        log.error("submission %s: lease lost before the result was recorded; another worker has it", sid)

    def _fail(self, s: Session, sub: Submission, lease: Lease, reason: str) -> None:
        sub.status, sub.error = "failed", reason
        sub.finished_at = utcnow()
        audit.record(s, "worker", "submission.failed", sub.id, reason=reason)
        if not lease.release(s):
            return self._drop(s, sub.id)
        s.commit()
