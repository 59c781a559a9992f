"""All of the web app's configuration in one place, read from `ASSISTDESK_*` variables.

`assistdesk serve` must work with no set-up at all, so every setting has an embedded
default under `./data`; the signing secret is generated once and kept in that folder
(never a constant in the code, which would let anyone forge a session).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from extract.files import MAX_PAGES


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("ASSISTDESK_DATA_DIR", "data")).resolve())
    database_url: str = ""
    max_file_bytes: int = int(os.environ.get("ASSISTDESK_MAX_FILE_MB", "50")) * 1024 * 1024
    max_files: int = int(os.environ.get("ASSISTDESK_MAX_FILES", "20"))
    max_pages: int = int(os.environ.get("ASSISTDESK_MAX_PAGES", str(MAX_PAGES)))
    default_pack: str = os.environ.get("ASSISTDESK_PACK", "shanghai-2021")
    reply_working_days: int = int(os.environ.get("ASSISTDESK_REPLY_WORKING_DAYS", "5"))
    """The centre's own reply target, used for the queue when the rule pack sets no deadline."""
    worker_poll_seconds: float = float(os.environ.get("ASSISTDESK_WORKER_POLL", "0.5"))
    secure_cookies: bool = os.environ.get("ASSISTDESK_SECURE_COOKIES", "") == "1"

    # -- hardening and scale-out (issue 10); kept together so that merges stay easy ------------
    broker_url: str = os.environ.get("ASSISTDESK_BROKER_URL", "")
    """A Celery broker (`redis://127.0.0.1:6379/0`): submissions go to `assistdesk worker`
    processes instead of the server's own thread. Empty: the embedded in-process worker."""
    lease_seconds: float = float(os.environ.get("ASSISTDESK_LEASE_SECONDS", "30"))
    """How long a claimed job stays a worker's without a heartbeat; then another takes it over."""
    cookie_policy: str = os.environ.get("ASSISTDESK_SECURE_COOKIES", "auto")
    """`1`: always Secure; `0`: never; `auto`: Secure unless the server listens on loopback only."""
    session_hours: float = float(os.environ.get("ASSISTDESK_SESSION_HOURS", "12"))
    login_max_failures: int = int(os.environ.get("ASSISTDESK_LOGIN_MAX_FAILURES", "5"))
    """Wrong passwords in a row (within the lock-out window) after which a name is locked."""
    login_lockout_minutes: float = float(os.environ.get("ASSISTDESK_LOGIN_LOCKOUT_MINUTES", "15"))
    celery_queue: str = os.environ.get("ASSISTDESK_CELERY_QUEUE", "assistdesk")
    receipt_max_age_days: int = int(os.environ.get("ASSISTDESK_RECEIPT_MAX_AGE_DAYS", "1830"))
    """The oldest date of receipt accepted (about five years back); later than tomorrow never is."""

    def __post_init__(self) -> None:
        if not self.database_url:
            url = os.environ.get("ASSISTDESK_DATABASE_URL") or f"sqlite:///{self.data_dir / 'assistdesk.db'}"
            object.__setattr__(self, "database_url", url)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def outputs_dir(self) -> Path:
        return self.data_dir / "outputs"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def work_dir(self) -> Path:
        """Jobs' working folders (issue 10): under the data folder, so a killed job's is swept."""
        return self.data_dir / "work"

    def secret_key(self) -> str:
        """$ASSISTDESK_SECRET_KEY, or a random key made on first start and kept in data/."""
        given = os.environ.get("ASSISTDESK_SECRET_KEY")
        if given:
            return given
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
