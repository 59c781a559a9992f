"""Fixtures for the web app: the real server (uvicorn in a subprocess) on a free localhost port.

Each backend gets fresh data: SQLite always; PostgreSQL when ASSISTDESK_TEST_POSTGRES_URL
names a reachable server (its `public` schema is emptied first), otherwise those tests skip
with the reason.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLES = ROOT / "samples" / "bundles"
TEXT_BUNDLE = BUNDLES / "04-sh-freeze-loan-decline"
ARTEFACTS = ROOT / "tests" / "artefacts" / "service"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_url() -> str | None:
    """The test PostgreSQL URL when set and reachable; else skip with the reason."""
    url = os.environ.get("ASSISTDESK_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("PostgreSQL tests skipped: ASSISTDESK_TEST_POSTGRES_URL is not set")
    from sqlalchemy import create_engine, text

    from service.db import normalise_url

    try:
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    except Exception as exc:
        pytest.skip(f"PostgreSQL tests skipped: {url} is not reachable ({type(exc).__name__}: {exc})")
    return normalise_url(url)


@dataclass
class Server:
    """`assistdesk serve` in a subprocess, with its own data folder and database."""

    data_dir: Path
    database_url: str
    env_extra: dict[str, str] = field(default_factory=dict)
    log_name: str = "server.log"
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "ASSISTDESK_DATA_DIR": str(self.data_dir),
                "ASSISTDESK_DATABASE_URL": self.database_url, "ASSISTDESK_WORKER_POLL": "0.2",
                **self.env_extra}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, host: str = "127.0.0.1") -> Server:
        self.port = free_port()
        log = (self.data_dir / self.log_name).open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--host", host, "--port", str(self.port)],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {(self.data_dir / self.log_name).read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start within 60 s")

    def kill(self) -> None:
        """SIGKILL, as a crash or a pulled plug would: no clean shutdown."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, check=check)

    def database(self):
        from service.db import Database, migrate

        db = Database(self.database_url)
        migrate(db.engine)
        return db

    def add_user(self, name: str, role: str, office: str, password: str = "correct-horse") -> None:
        from service import auth

        db = self.database()
        with db.session() as s:
            auth.add_user(s, name, role, office, password, actor="test")
            s.commit()
        db.engine.dispose()

    def issue_key(self, name: str, office: str | None, scopes: tuple[str, ...] = ()) -> str:
        from service import auth

        db = self.database()
        with db.session() as s:
            key = auth.issue_key(s, name, office, actor="test", scopes=scopes)
            s.commit()
        db.engine.dispose()
        return key

    @contextmanager
    def login(self, name: str, password: str = "correct-horse") -> Iterator[httpx.Client]:
        """A browser-like client logged in as `name`, sending the session's CSRF token on API calls."""
        with httpx.Client(base_url=self.url, timeout=30) as client:
            token = csrf_of(client.get("/login").text)
            r = client.post("/login", data={"name": name, "password": password, "csrf": token})
            assert r.status_code == 303, r.text
            client.headers["X-CSRF-Token"] = csrf_of(client.get("/upload").text, meta=True)
            yield client

    def wait(self, client: httpx.Client, sid: int, timeout: float = 120, until=("done", "failed")) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = client.get(f"/api/v1/submissions/{sid}").json()
            if body["status"] in until:
                return body
            time.sleep(0.2)
        raise AssertionError(f"submission {sid} not {until} within {timeout} s: {body}")


def csrf_of(html: str, meta: bool = False) -> str:
    import re

    pattern = r'name="csrf-token" content="([^"]+)"' if meta else r'name="csrf" value="([^"]+)"'
    return re.search(pattern, html).group(1)


def login(server, name: str) -> httpx.Client:
    """A logged-in browser's client, the session cookie and its CSRF token for API calls
    (`Server.login` is the same as a context manager, without following the redirect)."""
    client = httpx.Client(base_url=server.url, timeout=60, follow_redirects=True)
    r = client.post("/login", data={"name": name, "password": "correct-horse",
                                    "csrf": csrf_of(client.get("/login").text)})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = csrf_of(r.text, meta=True)
    return client


def make_server(tmp: Path, backend: str, **env: str) -> Server:
    url = f"sqlite:///{tmp / 'assistdesk.db'}" if backend == "sqlite" else postgres_url()
    return Server(tmp, url, env)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param
