"""The embedded server reads in a child process (service/reader.py), and the child never outlives it.

Why it matters: OCR in the server's own process held the interpreter for seconds at a time,
so status requests waited behind it (bench/service measured p99 ≈ 4 s). These tests look at
the operating system's own view of the processes: which one loaded the OCR runtime, and
what is left after the server is killed with -9. (Whether a process loaded the OCR runtime
says nothing: PyMuPDF loads onnxruntime on import; the CPU time each process spent does.)
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import BUNDLES, make_server

pytestmark = pytest.mark.ocr
BUNDLE = BUNDLES / "02-sh-freeze-missing-ruling"


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time `pid` has used, from the kernel's own accounting."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _processes_of(data_dir: Path) -> list[int]:
    """Every live process started with this test's data folder in its environment."""
    marker = f"ASSISTDESK_DATA_DIR={data_dir}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().split(")")[-1].split()[0]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if marker in environ.split(b"\0") and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
def test_ocr_runs_in_a_child_that_dies_with_the_server(tmp_path):
    server = make_server(tmp_path, "sqlite")
    server.database()
    key = server.issue_key("court", "浦东管理部")
    server.start()
    server_before = _cpu_seconds(server.proc.pid)
    files = [("files", (p.name, p.read_bytes(), "image/png")) for p in sorted(BUNDLE.glob("page*.png"))]
    try:
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as api:
            r = api.post("/api/v1/submissions", files=files, data={"today": "2024-12-20"})
            assert r.status_code == 202, r.text
            status = server.wait(api, r.json()["id"], timeout=300)
            assert status["status"] == "done", status
            assert api.get(f"/api/v1/submissions/{r.json()['id']}/documents").json(), "no documents written"

        server_spent = _cpu_seconds(server.proc.pid) - server_before
        children_spent = sum(_cpu_seconds(pid) for pid in _processes_of(tmp_path) if pid != server.proc.pid)
        assert children_spent > 1.0, f"no child process did the OCR ({children_spent:.1f} s of CPU)"
        assert children_spent > 3 * server_spent, \
            f"the server spent {server_spent:.1f} s of CPU on the job, its children {children_spent:.1f} s"

        os.kill(server.proc.pid, signal.SIGKILL)  # the server alone, as a crash would: not its group
        server.proc.wait(10)
        deadline = time.monotonic() + 15
        while _processes_of(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _processes_of(tmp_path), "the reading process outlived the killed server"
    finally:
        server.kill()
