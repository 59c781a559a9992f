"""One submission through the three stages: read the files, check them, write the answers.

The stages are called as they are (`extract.read_bundle`, `validate.evaluate`,
`generate.write_outputs`). What this module adds is making the result safe to repeat:
the documents of submission N are written into a fresh temporary folder and swapped into
`outputs/N/` in one rename, so a run that is interrupted and run again leaves exactly one
set of documents, never two half ones.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import object_session

from extract.contract import get_path, set_path
from extract.errors import NothingReadable
from service import leftovers
from service.models import Submission
from service.settings import Settings
from service.storage import UploadStore

log = logging.getLogger("assistdesk.processing")

__all__ = ["NothingReadable", "blob_files", "effective_request", "evaluate", "get_path", "read_files",
           "read_paths", "sweep_leftovers", "write_documents", "write_request_documents"]
WORK_PREFIX = "job-"


def blob_files(submission: Submission, store: UploadStore) -> list[tuple[str, Path]]:
    """The submission's files as (the name the clerk gave, the stored blob)."""
    return [(f.name, store.path(f.sha256)) for f in submission.files]


def read_files(submission: Submission, store: UploadStore, settings: Settings,
               progress: Callable[[int, int, str], None] | None = None):
    """Run extraction on the stored blobs under the names the clerk gave them (in this process)."""
    return read_paths(blob_files(submission, store), submission.id, settings, progress)


def read_paths(files: list[tuple[str, Path]], sid: int, settings: Settings,
               progress: Callable[[int, int, str], None] | None = None):
    """Extraction of submission `sid`'s files, each linked under its own name.

    The names are links in a working folder under the data folder (not the system's temp),
    tagged with this process, so the folder of a worker killed mid-job is swept at the next start.
    """
    from extract import read_bundle

    work = settings.work_dir
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{leftovers.owner_tag()}-{sid}-", dir=work) as tmp:
        paths = []
        for name, blob in files:
            link = Path(tmp) / name
            os.symlink(blob, link)
            paths.append(link)
        extraction = read_bundle(paths, engine=settings.ocr_engine(), progress=progress)
    if extraction.status == "unreadable":
        reasons = "；".join(f"{p.source}：{p.message}" for p in extraction.problems) or "没有任何页面"
        raise NothingReadable(f"所有文件都无法读取——{reasons}")
    return extraction


def effective_request(submission: Submission) -> dict[str, Any]:
    """The request as read, with the clerk's corrections laid over it (the read values stay in the row)."""
    request = copy.deepcopy(submission.request or {})
    for c in submission.corrections:
        set_path(request, c.field, c.value)
    return request


def accounts_for(submission: Submission) -> list[Any] | None:
    """The facts a submission is checked against: its own when it brought them, else the centre's.

    Facts sent with a submission override the stored ones for that submission only (and stay
    with it); without them, the stored facts of the respondent as of the date of receipt,
    with the freezes the register held that day.
    """
    if submission.accounts is not None:
        return submission.accounts
    session = object_session(submission)
    if session is None:
        return None
    from service.register.store import facts_for

    id_number = (effective_request(submission).get("respondent") or {}).get("id_number")
    return facts_for(session, id_number, submission.received_on)


def evaluate(submission: Submission, settings: Settings) -> tuple[dict[str, Any], dt.date | None]:
    """The report for the (corrected) request, and the reply deadline for the queue."""
    import validate
    from validate.workdays import WorkCalendar

    calendar = WorkCalendar.from_file(settings.calendar)
    report = validate.evaluate(effective_request(submission), accounts_for(submission), submission.pack,
                               submission.received_on, calendar=calendar)
    stated = (report.get("deadline") or {}).get("date")
    if stated:
        deadline = dt.date.fromisoformat(stated)
    else:
        deadline = calendar.add_working_days(
            submission.received_on, settings.reply_working_days).date
    return report, deadline


def deployment(settings: Settings):
    """Every agency this installation answers as: the settings' file, else the shipped sample."""
    from generate import Deployment

    return Deployment.from_yaml(settings.centre_config) if settings.centre_config else Deployment.example()


def centre_config(settings: Settings, submission: Submission | None = None):
    """The agency that answers `submission`: chosen by its pack, its office and the measure asked."""
    chosen = deployment(settings)
    if submission is None:
        return chosen.default_agency
    measure = (effective_request(submission) if submission.request else {}).get("measure")
    return chosen.choose(submission.pack, submission.office, measure)


def write_documents(submission: Submission, report: dict[str, Any], settings: Settings,
                    numbers: dict[str, int] | None = None, folder: str | None = None) -> list[dict[str, Any]]:
    """Write the response documents into outputs/<id>/ (or `folder` under outputs/), replacing
    any earlier set in one step.

    They follow the reviewer's decision once there is one (else the system's proposal) and
    the reviewer's wording of the letters' items; `numbers` are the 文号 serials an issue
    assigned (service/issuing.py), which writes its set into a folder of its own that no
    later draft replaces.
    """
    return write_request_documents(effective_request(submission), report, submission.id,
                                   submission.received_on, settings, centre_config(settings, submission),
                                   decision=submission.decision, numbers=numbers,
                                   texts=submission.document_texts or {}, note=submission.decision_note or "",
                                   folder=folder)


def write_request_documents(request: dict[str, Any], report: dict[str, Any], sid: int, received_on: dt.date,
                            settings: Settings, config: Any, decision: str | None = None,
                            numbers: dict[str, int] | None = None, texts: dict[str, Any] | None = None,
                            note: str = "", folder: str | None = None) -> list[dict[str, Any]]:
    """The documents of submission `sid` for `request` and `report`, written as the agency `config`
    (see `centre_config`), swapped into outputs/<sid>/ (or `folder`) at once. Plain values only, so
    that the reading process (service/reader.py) can run it."""
    from generate import write_outputs

    root = settings.outputs_dir
    root.mkdir(parents=True, exist_ok=True)
    final = root / (folder or str(sid))
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = root / f".tmp-{leftovers.owner_tag()}-{sid}-{uuid.uuid4().hex}"
    tmp.mkdir()
    try:
        outputs = write_outputs(request, report, tmp, config=config, today=received_on, decision=decision,
                                numbers=numbers, texts=texts or {}, note=note)
        listed = [{"kind": o["kind"], "format": o["format"], "title": o["title"], "file": Path(o["path"]).name}
                  for o in outputs]
        if folder:
            for entry in listed:
                entry["folder"] = folder
        old = None
        if final.exists():
            old = root / f".old-{leftovers.owner_tag()}-{sid}-{uuid.uuid4().hex}"
            os.replace(final, old)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return listed
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def sweep_leftovers(settings: Settings) -> None:
    """Remove the temporary output and working folders of runs whose process was killed halfway
    (only those: another server or worker sharing the folders may be writing its own now)."""
    leftovers.sweep(settings.outputs_dir, (".tmp-", ".old-"))
    leftovers.sweep(settings.work_dir, (WORK_PREFIX,))


class Throttle:
    """Let a progress write through at most every `seconds`, and always the last one."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.last = seconds, 0.0

    def ready(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self.last >= self.seconds:
            self.last = now
            return True
        return False
