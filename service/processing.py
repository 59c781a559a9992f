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
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from service import leftovers
from service.models import Submission
from service.settings import Settings
from service.storage import UploadStore

log = logging.getLogger("assistdesk.processing")

WORK_PREFIX = "job-"
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class NothingReadable(Exception):
    """No file of the submission could be read; the message lists why, file by file."""


def read_files(submission: Submission, store: UploadStore,
               progress: Callable[[int, int, str], None] | None = None, settings: Settings | None = None):
    """Run extraction on the stored blobs under the names the clerk gave them.

    The names are links in a working folder under the data folder (not the system's temp),
    tagged with this process, so the folder of a worker killed mid-job is swept at the next start.
    """
    from extract import read_bundle

    work = (settings or Settings()).work_dir
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{leftovers.owner_tag()}-{submission.id}-",
                                     dir=work) as tmp:
        paths = []
        for f in submission.files:
            link = Path(tmp) / f.name
            os.symlink(store.path(f.sha256), link)
            paths.append(link)
        extraction = read_bundle(paths, progress=progress)
    if not extraction.pages:
        reasons = "；".join(f"{p.source}: {p.message}" for p in extraction.problems) or "no pages"
        raise NothingReadable(f"none of the files could be read — {reasons}")
    return extraction


def effective_request(submission: Submission) -> dict[str, Any]:
    """The request as read, with the clerk's corrections laid over it (the read values stay in the row)."""
    request = copy.deepcopy(submission.request or {})
    for c in submission.corrections:
        set_field(request, c.field, c.value)
    return request


def get_field(data: Any, path: str) -> Any:
    for name, index in _STEP.findall(path):
        try:
            data = data[int(index)] if index else data[name]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def set_field(data: dict[str, Any], path: str, value: Any) -> None:
    steps = [(name, int(index) if index else None) for name, index in _STEP.findall(path)]
    node: Any = data
    for (name, index), nxt in zip(steps, [*steps[1:], None], strict=True):
        key: Any = index if index is not None else name
        if nxt is None:
            node[key] = value
            return
        if index is None and not isinstance(node.get(key), dict | list):
            node[key] = [] if nxt[1] is not None else {}
        if isinstance(node, list):
            while len(node) <= key:
                node.append({})
        node = node[key]


def evaluate(submission: Submission, settings: Settings) -> tuple[dict[str, Any], dt.date | None]:
    """The report for the (corrected) request, and the reply deadline for the queue."""
    import validate
    from validate.workdays import WorkCalendar

    report = validate.evaluate(effective_request(submission), submission.accounts, submission.pack,
                               submission.received_on)
    stated = (report.get("deadline") or {}).get("date")
    if stated:
        deadline = dt.date.fromisoformat(stated)
    else:
        deadline = WorkCalendar.from_env().add_working_days(
            submission.received_on, settings.reply_working_days).date
    return report, deadline


def write_documents(submission: Submission, report: dict[str, Any], settings: Settings) -> list[dict[str, Any]]:
    """Write the response documents into outputs/<id>/, replacing any earlier set in one step."""
    from generate import write_outputs

    root = settings.outputs_dir
    root.mkdir(parents=True, exist_ok=True)
    final = root / str(submission.id)
    tmp = root / f".tmp-{leftovers.owner_tag()}-{submission.id}-{uuid.uuid4().hex}"
    tmp.mkdir()
    try:
        outputs = write_outputs(effective_request(submission), report, submission.accounts, tmp,
                                today=submission.received_on)
        listed = [{"kind": o["kind"], "format": o["format"], "title": o["title"], "file": Path(o["path"]).name}
                  for o in outputs]
        old = None
        if final.exists():
            old = root / f".old-{leftovers.owner_tag()}-{submission.id}-{uuid.uuid4().hex}"
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
