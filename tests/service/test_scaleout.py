"""Several servers and Celery workers on one PostgreSQL database and one Redis broker.

Two servers take submissions and hand them to workers over Redis; a worker is killed
with -9 in the middle of OCR and another is started. Every submission must end `done`
exactly once, with one set of documents, and the audit trail must tell a consistent
story (a takeover only after a lease ran out). Also probe 4: a server started beside a
busy one leaves the work in flight alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from service.models import AuditEvent, Submission
from tests.service.conftest import BUNDLES, ROOT, TEXT_BUNDLE, Server, postgres_url

pytestmark = [pytest.mark.postgres, pytest.mark.ocr]
OCR_BUNDLE = BUNDLES / "02-sh-freeze-missing-ruling"
LEASE = "3"


def redis_url() -> str:
    url = os.environ.get("ASSISTDESK_TEST_REDIS_URL")
    if not url:
        pytest.skip("Celery tests skipped: ASSISTDESK_TEST_REDIS_URL is not set")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as exc:
        pytest.skip(f"Celery tests skipped: {url} is not reachable ({type(exc).__name__})")
    return url


class WorkerProc:
    """`assistdesk worker` in a subprocess (its own process group, so -9 takes all of it)."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "service.cli", "worker", "--loglevel", "WARNING"],
                                     cwd=ROOT, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


def ocr_files() -> list:
    return [("files", (p.name, p.read_bytes(), "image/png")) for p in sorted(OCR_BUNDLE.glob("page*.png"))]


def text_files() -> list:
    return [("files", ("materials.pdf", (TEXT_BUNDLE / "materials.pdf").read_bytes(), "application/pdf"))]


def snapshot(db) -> tuple[dict[int, Submission], dict[int, list[str]]]:
    with db.session() as s:
        subs = {x.id: x for x in s.scalars(select(Submission))}
        trail: dict[int, list[str]] = {}
        for e in s.scalars(select(AuditEvent).where(AuditEvent.submission_id.is_not(None)).order_by(AuditEvent.id)):
            trail.setdefault(e.submission_id, []).append(e.action)
    return subs, trail


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        time.sleep(0.3)
    raise AssertionError(f"not within {timeout} s: {what}")


def consistent(actions: list[str]) -> bool:
    """received, processing, then any number of (requeued, processing), then done: nothing else."""
    if actions[:2] != ["submission.received", "submission.processing"] or actions[-1] != "submission.done":
        return False
    middle = actions[2:-1]
    return len(middle) % 2 == 0 and all(middle[i:i + 2] == ["submission.requeued", "submission.processing"]
                                        for i in range(0, len(middle), 2))


def test_two_servers_three_workers_one_killed_mid_ocr(tmp_path):
    db_url, broker = postgres_url(), redis_url()
    env_extra = {"ASSISTDESK_BROKER_URL": broker, "ASSISTDESK_CELERY_QUEUE": f"test-{uuid.uuid4().hex[:12]}",
                 "ASSISTDESK_LEASE_SECONDS": LEASE}
    servers = [Server(tmp_path, db_url, dict(env_extra), log_name=f"server{i}.log") for i in (1, 2)]
    key = servers[0].issue_key("court", "浦东管理部")
    worker_env = {**servers[0].env}
    workers: list[WorkerProc] = []
    try:
        for s in servers:
            s.start()
        workers += [WorkerProc(worker_env, tmp_path / f"worker{i}.log") for i in (1, 2)]
        ids: list[int] = []
        clients = [httpx.Client(base_url=s.url, headers={"X-API-Key": key}, timeout=60) for s in servers]
        r = clients[0].post("/api/v1/submissions", files=ocr_files(), data={"today": "2024-12-20"})
        assert r.status_code == 202, r.text
        ids.append(r.json()["id"])
        for n in range(19):
            r = clients[n % 2].post("/api/v1/submissions", files=text_files(),
                                    data={"today": f"2024-10-{n + 1:02d}"})
            assert r.status_code == 202 and r.json()["created"], r.text
            ids.append(r.json()["id"])
        assert len(set(ids)) == 20
        db = servers[0].database()

        def ocr_started():
            with db.session() as s:
                sub = s.get(Submission, ids[0])
                return sub.lease_owner if sub.status == "processing" and sub.pages_done >= 1 else None

        owner = wait_for(ocr_started, 240, "the OCR submission to start")
        pid = int(owner.split(":")[0].rsplit(".", 1)[1])
        victim = next(w for w in workers if w.proc.pid == pid)
        with db.session() as s:
            sub = s.get(Submission, ids[0])
            assert sub.status == "processing" and sub.pages_done < sub.pages_total, "OCR finished before the kill"
        victim.kill()
        workers.append(WorkerProc(worker_env, tmp_path / "worker3.log"))

        def all_finished():
            subs, _ = snapshot(db)
            return all(subs[i].status in ("done", "failed") for i in ids)

        wait_for(all_finished, 420, "every submission to finish")
        subs, trail = snapshot(db)
        for c in clients:
            c.close()
    finally:
        for w in workers:
            w.stop()
        for s in servers:
            s.stop()
    db.engine.dispose()

    assert sorted(subs) == sorted(ids), "a submission too many or too few"
    assert {i: subs[i].status for i in ids} == dict.fromkeys(ids, "done")
    assert all(subs[i].lease_owner is None for i in ids)
    done = Counter(a for i in ids for a in trail[i] if a == "submission.done")
    assert done["submission.done"] == 20
    bad = {i: trail[i] for i in ids if not consistent(trail[i])}
    assert not bad, bad
    assert "submission.requeued" in trail[ids[0]], "the killed worker's job was not taken over"
    out = tmp_path / "outputs"
    assert sorted(p.name for p in out.iterdir()) == sorted(str(i) for i in ids), "temporary or extra folders"
    for i in ids:
        assert sorted(p.name for p in (out / str(i)).iterdir()) == sorted(o["file"] for o in subs[i].outputs)


def test_a_server_started_beside_a_busy_one_leaves_its_work_alone(tmp_path):
    """Probe 4: the second server used to requeue every `processing` row, so the job ran twice."""
    db_url = postgres_url()
    first = Server(tmp_path, db_url, {"ASSISTDESK_LEASE_SECONDS": LEASE}, log_name="first.log")
    second = Server(tmp_path, db_url, {"ASSISTDESK_LEASE_SECONDS": LEASE}, log_name="second.log")
    key = first.issue_key("court", "浦东管理部")
    try:
        first.start()
        with httpx.Client(base_url=first.url, headers={"X-API-Key": key}, timeout=60) as api:
            sid = api.post("/api/v1/submissions", files=ocr_files(), data={"today": "2024-12-20"}).json()["id"]
            first.wait(api, sid, until=("processing",), timeout=120)
            second.start()
            time.sleep(float(LEASE) * 2)  # past a lease: only a missing heartbeat would let it be taken
            assert first.wait(api, sid, timeout=300)["status"] == "done"
    finally:
        second.stop()
        first.stop()
    db = first.database()
    _, trail = snapshot(db)
    db.engine.dispose()
    assert trail[sid] == ["submission.received", "submission.processing", "submission.done"]
