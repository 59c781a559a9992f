"""Load benchmark of the web service: a burst of submissions while status requests keep coming.

    .venv/bin/python bench/service/load.py [--setup sqlite|celery|both] [--seconds 60] [--rate 50]
        [--ocr 5] [--text 15] [--postgres URL] [--redis URL]

For each set-up, on real processes:

- `sqlite`: one `assistdesk serve` on embedded defaults (SQLite, the in-process worker);
- `celery`: one `assistdesk serve` on PostgreSQL with a Redis broker, and two `assistdesk worker`s.

it sends a burst of submissions at once (`--text` text-layer bundles and `--ocr` scanned
ones, each with its own date of receipt so none is a resend), and for `--seconds` keeps
`--rate` status requests a second going (open loop: a slow answer does not slow the
sender). It prints the status requests' p50/p99 latency, the errors (any answer but 200,
or none), the time for the queue to drain (burst sent → every submission done or failed),
and the server's RSS (and the workers') before the burst and after the drain.

Not a test: the figures depend on the machine. The target is a status p99 of at most
300 ms while OCR runs, no errors, and an RSS that stays flat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from tests.service.conftest import BUNDLES, TEXT_BUNDLE, Server  # noqa: E402
from tests.service.test_scaleout import WorkerProc  # noqa: E402

OCR_BUNDLE = BUNDLES / "02-sh-freeze-missing-ruling"


def rss_mb(pid: int) -> float:
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


def burst_files(n_text: int, n_ocr: int) -> list[tuple[list, str]]:
    text = (TEXT_BUNDLE / "materials.pdf").read_bytes()
    pngs = [(p.name, p.read_bytes()) for p in sorted(OCR_BUNDLE.glob("page*.png"))]
    out = []
    for i in range(n_ocr):
        out.append(([("files", (name, data, "image/png")) for name, data in pngs], f"2024-09-{i + 1:02d}"))
    for i in range(n_text):
        out.append(([("files", ("materials.pdf", text, "application/pdf"))], f"2024-10-{i + 1:02d}"))
    return out


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def run(name: str, server: Server, key: str, worker_pids: list[int], args) -> dict:
    api = httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30,
                       limits=httpx.Limits(max_connections=64))
    rss_before = rss_mb(server.proc.pid)
    workers_before = [rss_mb(p) for p in worker_pids]
    ids: list[int] = []
    lock = threading.Lock()
    errors: list[str] = []
    latencies: list[float] = []

    def submit(item) -> None:
        files, today = item
        r = api.post("/api/v1/submissions", files=files, data={"today": today})
        if r.status_code != 202:
            errors.append(f"submit {r.status_code}")
            return
        with lock:
            ids.append(r.json()["id"])

    t0 = time.monotonic()
    items = burst_files(args.text, args.ocr)
    with ThreadPoolExecutor(len(items)) as pool:
        list(pool.map(submit, items))
    sent = time.monotonic()
    drained_at: list[float] = []
    stop = threading.Event()

    def status_once(sid: int) -> None:
        start = time.monotonic()
        try:
            r = api.get(f"/api/v1/submissions/{sid}")
            ok = r.status_code == 200
        except httpx.HTTPError as exc:
            ok, r = False, exc
        took = time.monotonic() - start
        with lock:
            latencies.append(took)
            if not ok:
                errors.append(f"status {getattr(r, 'status_code', type(r).__name__)}")

    def drain_watch() -> None:
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30) as own:
            while not stop.is_set():
                states = [own.get(f"/api/v1/submissions/{i}").json()["status"] for i in ids]
                if all(s in ("done", "failed") for s in states):
                    drained_at.append(time.monotonic())
                    return
                time.sleep(0.5)

    watcher = threading.Thread(target=drain_watch, daemon=True)
    watcher.start()
    with ThreadPoolExecutor(32) as pool:
        n = 0
        while time.monotonic() - sent < args.seconds:
            due = sent + n / args.rate
            if (wait := due - time.monotonic()) > 0:
                time.sleep(wait)
            pool.submit(status_once, ids[n % len(ids)])
            n += 1
    watcher.join(args.drain_timeout)
    stop.set()
    failed = sum(1 for i in ids if api.get(f"/api/v1/submissions/{i}").json()["status"] == "failed")
    result = {
        "setup": name, "submissions": len(ids), "failed": failed, "status_requests": len(latencies),
        "p50_ms": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "p99_ms": 1000 * pct(latencies, 0.99), "errors": len(errors), "error_kinds": sorted(set(errors)),
        "burst_s": sent - t0, "drain_s": (drained_at[0] - t0) if drained_at else None,
        "rss_before_mb": rss_before, "rss_after_mb": rss_mb(server.proc.pid),
        "worker_rss_before_mb": workers_before, "worker_rss_after_mb": [rss_mb(p) for p in worker_pids],
    }
    api.close()
    return result


def sqlite_setup(args) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-service-") as tmp:
        srv = Server(Path(tmp), f"sqlite:///{tmp}/assistdesk.db", {"ASSISTDESK_WORKER_POLL": "0.5"})
        srv.database()
        key = srv.issue_key("bench", "浦东管理部")
        srv.start()
        try:
            return run("sqlite + in-process worker", srv, key, [], args)
        finally:
            srv.stop()


def celery_setup(args) -> dict:
    from sqlalchemy import create_engine, text

    from service.db import normalise_url

    url = normalise_url(args.postgres)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    with tempfile.TemporaryDirectory(prefix="bench-service-") as tmp:
        env = {"ASSISTDESK_BROKER_URL": args.redis, "ASSISTDESK_CELERY_QUEUE": f"bench-{uuid.uuid4().hex[:8]}"}
        srv = Server(Path(tmp), url, env)
        srv.database()
        key = srv.issue_key("bench", "浦东管理部")
        srv.start()
        workers = [WorkerProc(srv.env, Path(tmp) / f"worker{i}.log") for i in (1, 2)]
        time.sleep(5)  # let the workers connect before the burst
        try:
            return run("PostgreSQL + Redis + 2 Celery workers", srv, key, [w.proc.pid for w in workers], args)
        finally:
            for w in workers:
                w.stop()
            srv.stop()


def show(r: dict) -> None:
    drain = f"{r['drain_s']:.1f} s" if r["drain_s"] is not None else "did not drain"
    print(f"\n== {r['setup']}")
    print(f"  submissions      {r['submissions']} sent in {r['burst_s']:.1f} s, {r['failed']} failed")
    print(f"  status requests  {r['status_requests']}  p50 {r['p50_ms']:.0f} ms  p99 {r['p99_ms']:.0f} ms")
    print(f"  errors           {r['errors']} {r['error_kinds'] or ''}")
    print(f"  queue drained    {drain} after the burst began")
    print(f"  server RSS       {r['rss_before_mb']:.0f} MB before, {r['rss_after_mb']:.0f} MB after")
    if r["worker_rss_before_mb"]:
        print("  worker RSS       " + ", ".join(f"{a:.0f} → {b:.0f} MB" for a, b in
                                               zip(r["worker_rss_before_mb"], r["worker_rss_after_mb"], strict=True)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", choices=("sqlite", "celery", "both"), default="both")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=50, help="status requests a second")
    parser.add_argument("--text", type=int, default=15, help="text-layer bundles in the burst")
    parser.add_argument("--ocr", type=int, default=5, help="scanned bundles in the burst")
    parser.add_argument("--drain-timeout", type=float, default=900)
    parser.add_argument("--postgres", default=os.environ.get("ASSISTDESK_TEST_POSTGRES_URL",
                                                             "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--redis", default=os.environ.get("ASSISTDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    print(f"burst of {args.text} text-layer + {args.ocr} scanned bundles; {args.rate:g} status requests/s "
          f"for {args.seconds:g} s; {os.cpu_count()} CPUs")
    if args.setup in ("sqlite", "both"):
        show(sqlite_setup(args))
    if args.setup in ("celery", "both"):
        show(celery_setup(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
