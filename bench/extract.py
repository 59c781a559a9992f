"""Benchmark the extraction stage on freshly generated bundles (never the committed ones).

    .venv/bin/python bench/extract.py [--count 30] [--seed 2026] [--skip-bare]

Prints, for a clean set and a defect set: per-field exact-match accuracy, document-type
accuracy, seconds per page (scanned and text-layer apart), pages per minute, peak RSS
(sampled after every bundle, to show it stays flat over a long run) and the ratio of our
time per scanned page to a bare `RapidOCR()(image)` call on the same pages.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import read_bundle  # noqa: E402
from extract.files import open_pages  # noqa: E402
from service.demo import bundle_files  # noqa: E402

FIELDS = ("action", "court", "case_number", "respondent.name", "respondent.id_number", "applicant.name",
          "amount", "freeze_period", "account_number", "officers")


def field_value(request: dict, name: str):
    if name == "officers":
        return sorted(o["name"] for o in request.get("officers", []))
    head, _, tail = name.partition(".")
    value = request.get(head)
    if tail:
        return (value or {}).get(tail)
    return value


def rss_mb() -> float:
    """Peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory now: flat across bundles means nothing accumulates."""
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def generate(out: Path, count: int, seed: int, which: str) -> list[Path]:
    flag = {"clean": "--clean-only", "defects": "--defects-only"}[which]
    subprocess.run([sys.executable, "-m", "samples.generate", "--out", str(out), "--count", str(count),
                    "--seed", str(seed), flag], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return sorted(p for p in out.iterdir() if p.is_dir())


def run_set(name: str, bundles: list[Path]) -> dict:
    hits: dict[str, int] = defaultdict(int)
    doc_hits = doc_total = 0
    ocr_pages = text_pages = 0
    ocr_seconds = text_seconds = 0.0
    rss_trace = []
    misses: list[str] = []
    for bundle in bundles:
        truth = json.loads((bundle / "truth.json").read_text(encoding="utf-8"))["request"]
        started = time.perf_counter()
        extraction = read_bundle(bundle_files(bundle))
        seconds = time.perf_counter() - started
        n_ocr = sum(p.text_source == "ocr" for p in extraction.pages)
        n_text = len(extraction.pages) - n_ocr
        # Text-layer pages cost next to nothing; charge the bundle's time to its scans.
        if n_ocr:
            ocr_pages += n_ocr
            ocr_seconds += seconds
        else:
            text_pages += n_text
            text_seconds += seconds
        rss_trace.append(current_rss_mb())
        for f in FIELDS:
            ok = field_value(extraction.request.to_json(), f) == field_value(truth, f)
            hits[f] += ok
            if not ok:
                misses.append(f"{bundle.name} {f}: read {field_value(extraction.request.to_json(), f)!r}, "
                              f"truth {field_value(truth, f)!r}")
        read = {(d["type"], d["source"], tuple(d["pages"])) for d in extraction.request.to_json()["documents"]}
        for d in truth["documents"]:
            doc_total += 1
            hit = (d["type"], d["source"], tuple(d["pages"])) in read
            doc_hits += hit
            if not hit:
                misses.append(f"{bundle.name} document {d['type']} {d['source']} {d['pages']}: read {sorted(read)}")
    n = len(bundles)
    all_fields = sum(hits.values()) / (n * len(FIELDS))
    print(f"\n## {name}: {n} bundles, {ocr_pages} scanned pages, {text_pages} text-layer pages")
    for f in FIELDS:
        print(f"  {f:22s} {hits[f] / n:6.1%}")
    print(f"  {'ALL FIELDS':22s} {all_fields:6.1%}")
    print(f"  document types         {doc_hits / max(doc_total, 1):6.1%}  ({doc_hits}/{doc_total})")
    if ocr_pages:
        print(f"  s per scanned page     {ocr_seconds / ocr_pages:6.2f}   ({60 * ocr_pages / ocr_seconds:.1f} pages/min)")
    if text_pages:
        print(f"  s per text-layer page  {text_seconds / text_pages:6.3f}")
    print(f"  RSS after each bundle (MB): first {rss_trace[0]:.0f}, middle {rss_trace[len(rss_trace) // 2]:.0f}, "
          f"last {rss_trace[-1]:.0f}, max {max(rss_trace):.0f}; peak so far {rss_mb():.0f}")
    for miss in misses[:25]:
        print(f"    miss: {miss}")
    return {"ocr_pages": ocr_pages, "ocr_seconds": ocr_seconds, "bundles": bundles}


def bare_ocr_seconds_per_page(bundles: list[Path], limit: int) -> float:
    """RapidOCR's own one-call API with its defaults, on the same scanned pages."""
    from rapidocr import RapidOCR

    engine = RapidOCR(params={"Global.log_level": "warning"})
    seconds = 0.0
    pages = 0
    for bundle in bundles:
        for path in bundle_files(bundle):
            for page in open_pages(path):
                if page.text_spans or page.image is None:
                    continue
                started = time.perf_counter()
                engine(page.image)
                seconds += time.perf_counter() - started
                pages += 1
                if pages >= limit:
                    return seconds / pages
    return seconds / max(pages, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30, help="bundles in each set")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--skip-bare", action="store_true", help="skip the bare-RapidOCR comparison")
    parser.add_argument("--bare-pages", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="assistdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        clean = generate(tmp_path / "clean", args.count, args.seed, "clean")
        defects = generate(tmp_path / "defects", args.count, args.seed + 1, "defects")
        results = [run_set("clean scans", clean), run_set("defect set", defects)]
        ocr_pages = sum(r["ocr_pages"] for r in results)
        ours = sum(r["ocr_seconds"] for r in results) / max(ocr_pages, 1)
        print(f"\npeak RSS over the whole run: {rss_mb():.0f} MB")
        if not args.skip_bare and ocr_pages:
            bare = bare_ocr_seconds_per_page(clean + defects, args.bare_pages)
            print(f"bare RapidOCR: {bare:.2f} s/page ({60 / bare:.1f} pages/min); "
                  f"ours: {ours:.2f} s/page ({60 / ours:.1f} pages/min); ratio ours/bare = {ours / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
