"""Restart safety: kill the server (SIGKILL) in the middle of OCR, start it again, get one result."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import func, select

from service.models import AuditEvent, Submission
from tests.service.conftest import BUNDLES, make_server

pytestmark = pytest.mark.ocr
BUNDLE = BUNDLES / "02-sh-freeze-missing-ruling"


def test_killed_mid_processing_finishes_exactly_once(tmp_path):
    systmp = tmp_path / "systmp"  # the server's own system temp, to see what it leaves there
    systmp.mkdir()
    server = make_server(tmp_path, "sqlite", ASSISTDESK_LEASE_SECONDS="3", TMPDIR=str(systmp))
    server.database()
    key = server.issue_key("court", "浦东管理部")
    server.start()
    files = [("files", (p.name, p.read_bytes(), "image/png")) for p in sorted(BUNDLE.glob("page*.png"))]
    try:
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as api:
            r = api.post("/api/v1/submissions", files=files, data={"today": "2024-12-20"})
            assert r.status_code == 202
            sid = r.json()["id"]
            status = server.wait(api, sid, timeout=120, until=("processing", "done", "failed"))
            while status["status"] == "processing" and status["pages_done"] < 1:
                status = api.get(f"/api/v1/submissions/{sid}").json()
            assert status["status"] == "processing", "finished before it could be interrupted"
            assert 1 <= status["pages_done"] < status["pages_total"]
        server.kill()

        server.start()
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as api:
            status = server.wait(api, sid, timeout=180)
            assert status["status"] == "done", status
            again = api.post("/api/v1/submissions", files=files, data={"today": "2024-12-20"})
            assert again.json() == {**again.json(), "id": sid, "created": False}
            docs = api.get(f"/api/v1/submissions/{sid}/documents").json()
            assert docs and all(api.get(d["url"]).status_code == 200 for d in docs)
    finally:
        server.stop()

    assert not list((tmp_path / "work").iterdir()), "the killed job's working folder was left"
    assert not list(systmp.glob(f"assistdesk-{sid}-*")), "the killed job left its folder in the system temp"
    out = tmp_path / "outputs"
    assert sorted(p.name for p in out.iterdir()) == [str(sid)], "temporary or duplicate output folders left"
    listed = sorted(d["file"] for d in _submission(server, sid).outputs)
    assert sorted(p.name for p in (out / str(sid)).iterdir()) == listed
    db = server.database()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Submission)) == 1
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.submission_id == sid))]
    db.engine.dispose()
    assert actions.count("submission.done") == 1
    assert actions == ["submission.received", "submission.processing", "submission.requeued",
                       "submission.processing", "submission.done"], json.dumps(actions)


def _submission(server, sid: int) -> Submission:
    db = server.database()
    with db.session() as s:
        sub = s.get(Submission, sid)
    db.engine.dispose()
    return sub
