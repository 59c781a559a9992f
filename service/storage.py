"""Uploaded files, stored once by content (sha256) and never altered.

A file is first *staged*: streamed to a temporary file in the store's folder while hashed,
and fsynced. Only when the whole submission has been accepted are its staged files
*committed*: renamed to `uploads/ab/abcdef…` and the folder fsynced; only then may the API
say 202. A refused upload (too large, not a document, too many pages, a key reused for
other files) discards what it staged, so nothing it sent stays on disk. A file already
there is left as it is (same hash, same bytes), and stored files are made read-only, so
nothing the clerk sent can be changed or lost by a later upload. Temporary names carry the
maker's tag (service/leftovers.py), so those of a killed server are swept at the next start.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from service import leftovers

CHUNK = 1024 * 1024
INCOMING = ".incoming-"


class TooLarge(Exception):
    """The upload passed the size limit; nothing was kept."""


@dataclass
class Staged:
    """A file received and fsynced but not yet in the store."""

    tmp: Path
    sha256: str
    size: int


class UploadStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return len(sha256) == 64 and self.path(sha256).is_file()

    def stage(self, stream: BinaryIO, limit: int) -> Staged:
        """Receive `stream` into a temporary file. Raises TooLarge past `limit` bytes (nothing kept)."""
        digest, size = hashlib.sha256(), 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=f"{INCOMING}{leftovers.owner_tag()}-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise TooLarge(size)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return Staged(tmp, digest.hexdigest(), size)

    def commit(self, staged: Staged) -> None:
        """Move a staged file into the store (durably); a blob already there is kept as it is."""
        final = self.path(staged.sha256)
        if final.exists():
            os.utime(final)  # a fresh mtime: "in use", for anyone judging orphans by age
            staged.tmp.unlink(missing_ok=True)
            return
        final.parent.mkdir(exist_ok=True)
        os.chmod(staged.tmp, 0o444)
        os.replace(staged.tmp, final)
        _fsync_dir(final.parent)

    @staticmethod
    def discard(staged: list[Staged]) -> None:
        for s in staged:
            s.tmp.unlink(missing_ok=True)

    def put(self, stream: BinaryIO, limit: int) -> tuple[str, int]:
        """Stage and commit at once; returns (sha256, size)."""
        staged = self.stage(stream, limit)
        self.commit(staged)
        return staged.sha256, staged.size

    def sweep(self) -> list[str]:
        """Remove uploads half-received by a process that was killed."""
        return leftovers.sweep(self.root, (INCOMING,))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
