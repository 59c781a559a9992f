"""The deployment's configuration in one object, read from `ASSISTDESK_*` variables.

`Settings()` is built once, where a process starts (the command line's `main`, the web
app's factory, the worker), and passed to what needs it; the stages under `extract/`,
`validate/` and `generate/` never read the environment: they are handed the OCR engine,
the calendar file and the centre's configuration as arguments.

`assistdesk serve` must work with no set-up at all, so every setting has an embedded
default under `./data`; the signing secret is generated once and kept in that folder
(never a constant in the code, which would let anyone forge a session).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from extract.files import MAX_PAGES


def _env(name: str) -> Any:
    """The field answers to ASSISTDESK_NAME (and to its own name as a keyword)."""
    return AliasChoices(f"ASSISTDESK_{name.upper()}", name)


class Settings(BaseSettings):
    """Every knob of a deployment; the environment variable is ASSISTDESK_ + the upper-case name."""

    model_config = SettingsConfigDict(env_prefix="ASSISTDESK_", frozen=True, extra="ignore",
                                      populate_by_name=True)

    data_dir: Path = Path("data")
    database_url: str = ""
    """Empty: SQLite at data/assistdesk.db."""
    max_file_mb: int = 50
    max_files: int = 20
    max_pages: int = MAX_PAGES
    default_pack: str = Field("shanghai-2021", validation_alias=_env("pack"))
    reply_working_days: int = 5
    """The centre's own reply target, used for the queue when the rule pack sets no deadline."""
    queue_page_size: int = Field(25, ge=1, le=500)
    """Rows on one page of the reviewer's queue."""
    worker_poll_seconds: float = Field(0.5, validation_alias=_env("worker_poll"))
    secure_cookies: bool | None = None
    """True: the session cookie is always Secure; False: never; unset: Secure unless the
    server listens on loopback only (service/app.py)."""
    secret_key_value: str = Field("", validation_alias=_env("secret_key"), repr=False)
    calendar: Path | None = None
    """The administrator's holiday schedule (YAML) for working-day deadlines."""
    ocr: str = "rapidocr"
    """The OCR engine by name: rapidocr, paddle or replay."""
    ocr_threads: int = 0
    det_max_side: int = 1280
    paddle_models: str | None = None
    ocr_recording: Path | None = None
    """The replay engine's recorded results (JSON)."""
    centre_config: Path | None = None
    """The centre's own header, document numbers and contact lines (YAML) for the letters."""

    # -- hardening and scale-out (issue 10); kept together so that merges stay easy ------------
    broker_url: str = ""
    """A Celery broker (`redis://127.0.0.1:6379/0`): submissions go to `assistdesk worker`
    processes instead of the server's own thread. Empty: the embedded in-process worker."""
    celery_queue: str = "assistdesk"
    lease_seconds: float = 30
    """How long a claimed job stays a worker's without a heartbeat; then another takes it over."""
    session_hours: float = 12
    login_max_failures: int = 5
    """Wrong passwords in a row (within the lock-out window) after which a name is locked."""
    login_lockout_minutes: float = 15
    receipt_max_age_days: int = 1830
    """The oldest date of receipt accepted (about five years back); later than tomorrow never is."""

    @property
    def work_dir(self) -> Path:
        """Jobs' working folders: under the data folder, so a killed job's folder is swept."""
        return self.data_dir / "work"

    read_in_child: bool = True
    """The embedded server reads and writes each job in a child process below its own priority
    (service/reader.py), so status requests are answered while OCR runs; False keeps it in-process."""

    # -- end of issue 10's block -----------------------------------------------------------------

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.resolve()

    @model_validator(mode="after")
    def _embedded_database(self) -> Settings:
        if not self.database_url:
            object.__setattr__(self, "database_url", f"sqlite:///{self.data_dir / 'assistdesk.db'}")
        return self

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def outputs_dir(self) -> Path:
        return self.data_dir / "outputs"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    def ocr_engine(self):
        """The configured OCR engine, built once per process (models are large)."""
        from extract.ocr import get_engine

        options = {
            "rapidocr": {"det_max_side": self.det_max_side, "threads": self.ocr_threads},
            "paddle": {"models": self.paddle_models},
            "replay": {"recording": str(self.ocr_recording) if self.ocr_recording else None},
        }.get(self.ocr.lower(), {})
        return get_engine(self.ocr, **options)

    def secret_key(self) -> str:
        """ASSISTDESK_SECRET_KEY, or a random key made on first start and kept in data/."""
        if self.secret_key_value:
            return self.secret_key_value
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
