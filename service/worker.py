"""The in-process background worker: a thread that takes queued submissions one at a time.

The submissions table is the queue. At start-up every row left `processing` by a server
that died is put back to `queued`, and the worker claims rows with a conditional UPDATE
(`… WHERE status = 'queued'`), so a submission is processed to completion exactly once:
results are committed in the same transaction that marks it `done`, and documents are
swapped in atomically (service/processing.py), so a half-finished run leaves no trace.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from sqlalchemy import select, update

from service import audit, processing
from service.db import Database
from service.models import Submission
from service.settings import Settings
from service.storage import UploadStore

log = logging.getLogger("assistdesk.worker")
MAX_ATTEMPTS = 3
"""A submission that killed the server this many times is failed rather than retried forever."""


class Worker:
    def __init__(self, db: Database, settings: Settings, store: UploadStore) -> None:
        self.db, self.settings, self.store = db, settings, store
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.recover()
        self._thread = threading.Thread(target=self._run, name="assistdesk-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        """Called after a submission is queued, so it starts without waiting for the next poll."""
        self._wake.set()

    def recover(self) -> None:
        """Requeue what an earlier server left half-done, and clear its temporary folders."""
        processing.sweep_leftovers(self.settings)
        with self.db.session() as s:
            stuck = s.scalars(select(Submission.id).where(Submission.status == "processing")).all()
            for sid in stuck:
                s.execute(update(Submission).where(Submission.id == sid).values(status="queued"))
                audit.record(s, "worker", "submission.requeued", sid, reason="server restarted mid-processing")
            s.commit()
        if stuck:
            log.warning("requeued %d interrupted submission(s): %s", len(stuck), stuck)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                worked = self.run_once()
            except Exception:
                log.exception("worker loop failed; retrying")
                worked = False
            if not worked:
                self._wake.wait(self.settings.worker_poll_seconds)
                self._wake.clear()

    def claim(self) -> int | None:
        with self.db.session() as s:
            for sid in s.scalars(select(Submission.id).where(Submission.status == "queued")
                                 .order_by(Submission.id).limit(5)):
                claimed = s.execute(update(Submission)
                                    .where(Submission.id == sid, Submission.status == "queued")
                                    .values(status="processing", attempts=Submission.attempts + 1))
                if claimed.rowcount == 1:
                    audit.record(s, "worker", "submission.processing", sid)
                    s.commit()
                    return sid
            s.rollback()
        return None

    def run_once(self) -> bool:
        sid = self.claim()
        if sid is None:
            return False
        self.process(sid)
        return True

    def process(self, sid: int) -> None:
        with self.db.session() as s:
            sub = s.get(Submission, sid)
            assert sub is not None
            if sub.attempts > MAX_ATTEMPTS:
                self._fail(s, sub, f"processing was interrupted {MAX_ATTEMPTS} times; the files are kept, "
                                   "report this submission number")
                return
            throttle = processing.Throttle(0.5)

            def progress(done: int, total: int, _name: str) -> None:
                if throttle.ready(done, total):
                    with self.db.session() as ps:
                        ps.execute(update(Submission).where(Submission.id == sid)
                                   .values(pages_done=done, pages_total=total))
                        ps.commit()

            try:
                extraction = processing.read_files(sub, self.store, self.settings, progress)
                sub.request = extraction.request
                sub.evidence = extraction.evidence
                data = extraction.to_json()
                sub.pages, sub.problems = data["pages"], data["problems"]
                report, deadline = processing.evaluate(sub, self.settings)
                outputs = processing.write_documents(sub, report, self.settings)
            except processing.NothingReadable as exc:
                self._fail(s, sub, str(exc))
                return
            except Exception as exc:
                log.exception("submission %s failed", sid)
                self._fail(s, sub, f"processing failed ({type(exc).__name__}: {exc}); the files are kept")
                return
            sub.report, sub.deadline, sub.outputs = report, deadline, outputs
            sub.pages_done = sub.pages_total = len(sub.pages or [])
            sub.status, sub.error = "done", None
            sub.finished_at = dt.datetime.now(dt.UTC)
            audit.record(s, "worker", "submission.done", sid, decision=report.get("decision"),
                         documents=len(outputs), pages=sub.pages_total)
            s.commit()
            log.info("submission %s done: %s", sid, report.get("decision"))

    def _fail(self, s, sub: Submission, reason: str) -> None:
        sub.status, sub.error = "failed", reason
        sub.finished_at = dt.datetime.now(dt.UTC)
        audit.record(s, "worker", "submission.failed", sub.id, reason=reason)
        s.commit()
