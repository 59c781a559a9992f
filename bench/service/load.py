"""Load benchmark of the web service: a burst of submissions while status requests keep coming.

    .venv/bin/python bench/service/load.py [--setup sqlite|celery|both] [--seconds 60] [--rate 50]
        [--ocr 5] [--text 15] [--rounds 1] [--postgres URL] [--redis URL]

For each set-up, on real processes:

- `sqlite`: one `assistdesk serve` on embedded defaults (SQLite, the in-process worker);
- `celery`: one `assistdesk serve` on PostgreSQL with a Redis broker, and two `assistdesk worker`s.

it sends a burst of submissions at once (`--text` text-layer bundles and `--ocr` scanned
ones, each with its own date of receipt so none is a resend), and for `--seconds` keeps
`--rate` status requests a second going (open loop: a slow answer does not slow the
sender). It prints the status requests' p50/p99 latency, the errors (any answer but 200,
or none), the time for the queue to drain (burst sent → every submission done or failed),
and the server's RSS (and the workers') before the burst and after the drain. With
`--rounds N` the burst is sent N times, one after the other's drain, and the RSS after each
round shows whether memory stays flat. The server's own RSS is printed apart from that of
its reading process (the embedded server's child that runs OCR, service/reader.py).

Not a test: the figures depend on the machine. The target is a status p99 of at most
300 ms while OCR runs, no errors, and an RSS that stays flat.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    """The resident size of `pid` and all its children."""
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


def own_rss_mb(pid: int) -> float:
    """The resident size of `pid` alone."""
    return psutil.Process(pid).memory_info().rss / 2**20


def burst_files(n_text: int, n_ocr: int, round_no: int = 0) -> list[tuple[list, str]]:
    """One burst; each bundle has its own date of receipt (round after round), so none is a resend."""
    text = (TEXT_BUNDLE / "materials.pdf").read_bytes()
    pngs = [(p.name, p.read_bytes()) for p in sorted(OCR_BUNDLE.glob("page*.png"))]
    start = dt.date(2024, 1, 1) + dt.timedelta(days=round_no * (n_ocr + n_text))
    days = [(start + dt.timedelta(days=i)).isoformat() for i in range(n_ocr + n_text)]
    out = []
    for i in range(n_ocr):
        out.append(([("files", (name, data, "image/png")) for name, data in pngs], days[i]))
    for i in range(n_text):
        out.append(([("files", ("materials.pdf", text, "application/pdf"))], days[n_ocr + i]))
    return out


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def run(name: str, server: Server, key: str, worker_pids: list[int], args) -> dict:
    rounds = [run_round(name, server, key, worker_pids, args, n) for n in range(args.rounds)]
    result = dict(rounds[-1])
    latencies = [ms for r in rounds for ms in r.pop("latencies")]
    result.update({
        "status_requests": len(latencies), "p50_ms": statistics.median(latencies) if latencies else float("nan"),
        "p99_ms": pct(latencies, 0.99), "errors": sum(r["errors"] for r in rounds),
        "error_kinds": sorted({k for r in rounds for k in r["error_kinds"]}),
        "submissions": sum(r["submissions"] for r in rounds), "failed": sum(r["failed"] for r in rounds),
        "rss_before_mb": rounds[0]["rss_before_mb"], "server_own_before_mb": rounds[0]["server_own_before_mb"],
        "worker_rss_before_mb": rounds[0]["worker_rss_before_mb"], "rounds": rounds,
    })
    return result


def run_round(name: str, server: Server, key: str, worker_pids: list[int], args, round_no: int) -> dict:
    api = httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=30,
                       limits=httpx.Limits(max_connections=64))
    rss_before = rss_mb(server.proc.pid)
    own_before = own_rss_mb(server.proc.pid)
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
    items = burst_files(args.text, args.ocr, round_no)
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
    ms = [1000 * t for t in latencies]
    result = {
        "setup": name, "submissions": len(ids), "failed": failed, "status_requests": len(latencies),
        "p50_ms": statistics.median(ms) if ms else float("nan"), "p99_ms": pct(ms, 0.99), "latencies": ms,
        "errors": len(errors), "error_kinds": sorted(set(errors)),
        "burst_s": sent - t0, "drain_s": (drained_at[0] - t0) if drained_at else None,
        "rss_before_mb": rss_before, "rss_after_mb": rss_mb(server.proc.pid),
        "server_own_before_mb": own_before, "server_own_after_mb": own_rss_mb(server.proc.pid),
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
    print(f"  server RSS       {r['server_own_before_mb']:.0f} MB before, {r['server_own_after_mb']:.0f} MB after"
          f" (its own process)")
    print(f"  with children    {r['rss_before_mb']:.0f} MB before, {r['rss_after_mb']:.0f} MB after"
          f" (the reading process, where there is one)")
    if len(r["rounds"]) > 1:
        print("  per round        " + "; ".join(
            f"p99 {x['p99_ms']:.0f} ms, drain {x['drain_s'] or float('nan'):.0f} s, server "
            f"{x['server_own_after_mb']:.0f} MB, with children {x['rss_after_mb']:.0f} MB" for x in r["rounds"]))
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
    parser.add_argument("--rounds", type=int, default=1, help="bursts one after another (RSS after each)")
    parser.add_argument("--drain-timeout", type=float, default=900)
    parser.add_argument("--postgres", default=os.environ.get("ASSISTDESK_TEST_POSTGRES_URL",
                                                             "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--redis", default=os.environ.get("ASSISTDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    print(f"burst of {args.text} text-layer + {args.ocr} scanned bundles; {args.rate:g} status requests/s "
          f"for {args.seconds:g} s; {args.rounds} round(s); {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    if args.setup in ("sqlite", "both"):
        show(sqlite_setup(args))
    if args.setup in ("celery", "both"):
        show(celery_setup(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
