"""The scale-out: submissions handed to Celery workers (`assistdesk worker`) over a broker.

Configured with `ASSISTDESK_BROKER_URL` (Redis: `redis://127.0.0.1:6379/0`), a server no
longer runs a worker thread; after a submission is stored it sends `assistdesk.process`
with the submission's id. Any `assistdesk worker` process, on this machine or another
sharing the database and the data folder, runs it. The message is only a prompt: the job
itself is claimed in the database under a lease (service/worker.py), so a message that is
lost, delivered twice, or whose worker is killed mid-job changes nothing: each worker also
looks for claimable jobs (queued, or with a lease run out) every few seconds, and takes
them over. Messages are acknowledged on receipt for that reason; the broker never has to
redeliver.
"""

from __future__ import annotations

import logging
import os

from celery import Celery

from service.settings import Settings

log = logging.getLogger("assistdesk.tasks")
TASK = "assistdesk.process"


def make_celery(settings: Settings) -> Celery:
    app = Celery("assistdesk", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=settings.celery_queue,
        task_ignore_result=True,
        task_acks_late=False,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_transport_options={"socket_timeout": 5, "socket_connect_timeout": 5},
    )
    return app


class Dispatcher:
    """The server's side: tell the workers that submission `sid` is queued."""

    def __init__(self, settings: Settings) -> None:
        self.app = make_celery(settings)
        self.queue = settings.celery_queue

    def __call__(self, sid: int) -> None:
        try:
            self.app.send_task(TASK, args=[sid], queue=self.queue, retry=True,
                               retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.2})
        except Exception as exc:  # the row is queued: a worker's own poll will find it
            log.warning("submission %s: broker unreachable (%s); a worker will pick it up when it polls",
                        sid, type(exc).__name__)

    def close(self) -> None:
        self.app.close()


def run_worker(settings: Settings, loglevel: str = "INFO") -> None:
    """`assistdesk worker`: a Celery worker (one job at a time) plus the lease poll, until stopped."""
    from service.db import Database, migrate
    from service.storage import UploadStore
    from service.worker import Worker

    db = Database(settings.database_url)
    migrate(db.engine)
    worker = Worker(db, settings, UploadStore(settings.uploads_dir))
    app = make_celery(settings)

    @app.task(name=TASK)
    def process(sid: int) -> None:
        worker.drain(first=sid)

    worker.start(poll_seconds=max(1.0, settings.lease_seconds / 3))
    try:
        app.worker_main(["worker", "--pool=solo", f"--loglevel={loglevel}", "-Q", settings.celery_queue,
                         "-n", f"assistdesk-{os.getpid()}@%h", "--without-gossip", "--without-mingle"])
    finally:
        worker.stop()
        db.engine.dispose()
