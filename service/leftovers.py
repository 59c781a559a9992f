"""Temporary files a killed process leaves behind, and who may sweep them.

Every temporary file or folder the service makes (an upload being stored, documents being
written, a job's working folder) carries its maker's tag, `host.pid`. A sweep removes only
the leftovers of processes that are dead: on this host that is known for certain (the pid
no longer runs); another host's are removed only once they are a day old, because the
upload store and the outputs may be shared by servers and workers on several machines and
one of them may be writing there right now.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import time
from pathlib import Path

log = logging.getLogger("assistdesk.leftovers")
FOREIGN_GRACE_SECONDS = 24 * 3600
_TAG = re.compile(r"^(?P<host>[A-Za-z0-9_-]+)\.(?P<pid>\d+)-")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:60] or "host"


def owner_tag() -> str:
    """This process's tag, the start of every temporary name it makes (`host.pid-`)."""
    return f"{_host()}.{os.getpid()}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_abandoned(name: str, path: Path, prefix: str) -> bool:
    """Whether `path` (named `prefix` + tag + …) was left by a process that is gone."""
    rest = name[len(prefix):]
    m = _TAG.match(rest)
    if m and m.group("host") == _host():
        return int(m.group("pid")) != os.getpid() and not _pid_alive(int(m.group("pid")))
    try:
        age = time.time() - path.lstat().st_mtime
    except FileNotFoundError:
        return False
    return age > FOREIGN_GRACE_SECONDS


def sweep(folder: Path, prefixes: tuple[str, ...]) -> list[str]:
    """Remove the abandoned entries of `folder` whose names start with one of `prefixes`."""
    removed: list[str] = []
    if not folder.is_dir():
        return removed
    for p in folder.iterdir():
        prefix = next((x for x in prefixes if p.name.startswith(x)), None)
        if prefix is None or not is_abandoned(p.name, p, prefix):
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
        removed.append(p.name)
    if removed:
        log.warning("removed %d leftover(s) of stopped processes in %s", len(removed), folder)
    return removed
