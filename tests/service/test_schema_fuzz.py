"""The OpenAPI schema fuzzed by schemathesis against the running server: no request may cause a 5xx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import TEXT_BUNDLE, make_server

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.mark.skipif(not SCHEMATHESIS.exists() and not shutil.which("schemathesis"),
                    reason="schemathesis is not installed (pip install -e '.[test]')")
def test_no_request_makes_the_server_fail(tmp_path):
    server = make_server(tmp_path, "sqlite", ASSISTDESK_MAX_FILE_MB="1")
    server.database()
    key = server.issue_key("fuzzer", "浦东管理部")
    server.start()
    try:
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as api:
            files = [("files", ("materials.pdf", (TEXT_BUNDLE / "materials.pdf").read_bytes(), "application/pdf"))]
            sid = api.post("/api/v1/submissions", files=files, data={"today": "2024-12-20"}).json()["id"]
            server.wait(api, sid)  # so that ids 1… exist and the done-only routes are reached
        run = subprocess.run(
            [str(SCHEMATHESIS if SCHEMATHESIS.exists() else shutil.which("schemathesis")), "run",
             f"{server.url}/api/v1/openapi.json", "--checks", "not_a_server_error", "--max-examples", "25",
             "--header", f"X-API-Key: {key}", "--seed", "20261122", "--no-color"],
            capture_output=True, text=True, timeout=240, cwd=tmp_path)
    finally:
        server.stop()
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
