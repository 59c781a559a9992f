"""The heavy half of a job — OCR and typesetting — in a process of its own, below the server.

The embedded server (`assistdesk serve`) answers status requests and pages from the same
process whose worker thread used to run OCR. OCR holds the interpreter and both cores for
seconds at a time, so a status request queued behind a page of recognition waited for it
(p99 about 4 s in `bench/service`). Here the worker thread hands the reading and the
writing of documents to one long-lived child process, started at a lower scheduling
priority (`nice`), and only waits for it; the server's event loop keeps the interpreter and
the operating system gives it the cores first. The models stay loaded in the child between
jobs, and the server's own memory no longer grows with each bundle read.

The child is made by `forkserver` (never `fork` from a threaded server: a lock held by
another thread at the fork would stay locked in the child for ever). If the child dies
(killed, or out of memory) the job fails like any other interrupted job and the next job
starts a fresh child. Celery workers (`assistdesk worker`) are processes of their own
already and read in-process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from service.settings import Settings

log = logging.getLogger("assistdesk.reader")
Progress = Callable[[int, int, str], None]

_progress_queue: Any = None
"""In the child: where page progress goes back to the worker thread."""


def _child_init(niceness: int, progress_queue: Any, server_pid: int) -> None:
    global _progress_queue
    _progress_queue = progress_queue
    threading.Thread(target=_follow, args=(server_pid,), name="follow-server", daemon=True).start()
    if niceness:
        with contextlib.suppress(OSError):  # not permitted here: run at the same priority, not at all
            os.nice(niceness)


def _follow(server_pid: int, every: float = 1.0) -> None:
    """End the child when the server that started it is gone (killed with -9, say).

    A pool's child does not notice by itself: it holds both ends of its own job pipe, and
    its parent is the fork server, not the server, so nothing else would ever stop it.
    """
    while True:
        time.sleep(every)
        try:
            os.kill(server_pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            pass


def _child_progress(done: int, total: int, name: str) -> None:
    if _progress_queue is not None:
        _progress_queue.put((os.getpid(), done, total, name))


def read_in_child(files: list[tuple[str, str]], sid: int, settings: Settings):
    """Extraction of one submission's files, run in the child (see `service.processing.read_paths`)."""
    from service import processing

    return processing.read_paths([(name, Path(blob)) for name, blob in files], sid, settings,
                                 _child_progress), os.getpid()


def write_in_child(request: dict[str, Any], report: dict[str, Any], sid: int, received_on: Any,
                   settings: Settings, config: Any) -> list[dict[str, Any]]:
    """The response documents of one submission, written in the child as the agency `config`."""
    from service import processing

    return processing.write_request_documents(request, report, sid, received_on, settings, config)


class ReaderDied(RuntimeError):
    """The reading process stopped in the middle of a job (killed, or out of memory)."""


class Reader:
    """One child process at a time, started on the first job and kept for the next ones."""

    def __init__(self, settings: Settings, niceness: int = 10) -> None:
        self.settings, self.niceness = settings, niceness
        self._pool: ProcessPoolExecutor | None = None
        self._queue: Any = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["extract", "generate", "service.processing"])
                self._queue = context.Queue()
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_child_init,
                                                 initargs=(self.niceness, self._queue, os.getpid()))
            return self._pool

    def _reset(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _wait(self, future: Future, progress: Progress | None) -> Any:
        while True:
            try:
                _pid, done, total, name = self._queue.get(timeout=0.2)
            except queue.Empty:
                if future.done():
                    break
                continue
            if progress is not None:
                progress(done, total, name)
        while progress is not None:  # what the child said just before it finished
            try:
                _pid, done, total, name = self._queue.get_nowait()
            except queue.Empty:
                break
            progress(done, total, name)
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self._reset()
            raise ReaderDied("the reading process stopped in the middle of the job") from exc

    def read(self, files: list[tuple[str, Path]], sid: int, progress: Progress | None = None):
        """Extraction of `files` (the clerk's name, the stored blob) and the pid that read them."""
        future = self._executor().submit(read_in_child, [(n, str(p)) for n, p in files], sid, self.settings)
        return self._wait(future, progress)

    def write(self, request: dict[str, Any], report: dict[str, Any], sid: int, received_on: Any, config: Any
              ) -> list[dict[str, Any]]:
        future = self._executor().submit(write_in_child, request, report, sid, received_on, self.settings, config)
        return self._wait(future, None)

    def close(self) -> None:
        self._reset()
