"""Run the main job on every bundled sample and say what was read, beside the truth.

`bash scripts/demo.sh` ends here. Each bundle under samples/bundles/ (the fund centres) and
samples/agencies/ (one per measure of seed 002, answered in that agency's name) is processed
exactly as `assistdesk process` would, and every field that differs from the bundle's
truth.json is printed, so a newcomer sees at once what the product reads and where it errs.
Then the centre's own applications (samples/applications/) are made as `assistdesk
application` makes them, on each day their truth gives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from service.cli import DEFAULT_PACK, process_bundle, summary
from service.logs import setup_logging

INPUT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
COMPARED_FIELDS = (
    "action", "measure", "court", "case_number", "respondent", "applicant", "amount", "freeze_period",
    "account_number",
)


def bundle_files(bundle: Path) -> list[Path]:
    return sorted(f for f in bundle.iterdir() if f.suffix.lower() in INPUT_SUFFIXES)


def differences(request: dict, truth: dict) -> list[str]:
    """Fields of `request` that differ from the truth's, in a line each."""
    out = [
        f"{name}: read {request.get(name)!r}, truth {truth.get(name)!r}"
        for name in COMPARED_FIELDS
        if request.get(name) != truth.get(name)
    ]
    read_officers = sorted(o["name"] for o in request.get("officers", []))
    true_officers = sorted(o["name"] for o in truth.get("officers", []))
    if read_officers != true_officers:
        out.append(f"officers: read {read_officers}, truth {true_officers}")
    read_docs = sorted((d["type"], d["source"], tuple(d["pages"])) for d in request.get("documents", []))
    true_docs = sorted((d["type"], d["source"], tuple(d["pages"])) for d in truth.get("documents", []))
    if read_docs != true_docs:
        out.append(f"documents: read {read_docs}, truth {true_docs}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundles", nargs="*", type=Path, help="bundle folders (default: samples/bundles/*)")
    parser.add_argument("--out", type=Path, default=Path("out"), help="where the answers are written (default out/)")
    args = parser.parse_args(argv)
    setup_logging(0)

    if args.bundles:
        bundles = args.bundles
    else:
        bundles = sorted(p for p in Path("samples/bundles").iterdir() if p.is_dir())
        agencies = Path("samples/agencies")  # seed 002: one bundle per measure, the yunfu pack
        bundles += sorted(p for p in agencies.iterdir() if p.is_dir()) if agencies.is_dir() else []
    exact = 0
    for bundle in bundles:
        truth = _load(bundle / "truth.json")
        accounts = _load(bundle / "accounts.json")
        pack = (truth or {}).get("pack", DEFAULT_PACK)
        today = dt.date.fromisoformat(truth["today"]) if truth and truth.get("today") else None
        started = time.perf_counter()
        out = process_bundle(bundle_files(bundle), pack, accounts, today, args.out / bundle.name)
        seconds = time.perf_counter() - started
        print(f"\n== {bundle.name}  ({len(out['pages'])} pages, {seconds:.1f} s)")
        for problem in out["problems"]:
            print(f"  ! {problem['source']}: {problem['message']}")
        print(summary(out))
        deadline = (out.get("report") or {}).get("deadline")
        if deadline:
            said = "应马上办理" if deadline.get("immediate") else f"{deadline['working_days']}个工作日内"
            print(f"  回复期限 {said}，至迟于{deadline['date']}")
        for output in out["outputs"]:
            print(f"  → {output.get('title', output['kind'])}: {output['path']}")
        if truth is not None:
            diffs = differences(out["request"], truth["request"])
            if "report" in out and out["report"]["decision"] != truth.get("expected_decision"):
                diffs.append(f"decision: {out['report']['decision']}, truth {truth.get('expected_decision')}")
            exact += not diffs
            print("  ✓ matches its truth" if not diffs else "  ✗ differs from its truth:")
            for line in diffs:
                print(f"      {line}")
    print(f"\n{exact} of {len(bundles)} bundles read and decided exactly as their truth states.")
    if not args.bundles:
        applications(Path("samples/applications"), args.out / "applications")
    print(f"The answers are under {args.out}/. Next: `.venv/bin/assistdesk process FILE... --json` on your own scans.")
    return 0


def applications(root: Path, out: Path) -> None:
    """The centre's own applications to the court (seed 000 第五条): each sample's papers
    filed on each day its truth gives, the 强制执行申请书 written or the Chinese reason why not."""
    from service.cli import application_bundle, application_summary

    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        truth = _load(folder / "truth.json") or {}
        papers = sorted(f for f in folder.iterdir() if f.suffix.lower() in INPUT_SUFFIXES)
        for filing in truth.get("filings", []):
            filed = dt.date.fromisoformat(filing["filed"])
            result = application_bundle(papers, truth.get("pack", DEFAULT_PACK), filed,
                                        out / f"{folder.name}-{filed.isoformat()}")
            print(f"\n== {folder.name}  申请日 {filed.isoformat()}")
            print(application_summary(result))
            if result["refused"]:
                print(f"  ✗ 暂不能申请强制执行：{result['refused']}")
            decided = "assist" if not result["refused"] else result["report"]["decision"]
            print("  ✓ as its truth states" if decided == filing["expected_decision"]
                  else f"  ✗ decided {decided}, truth {filing['expected_decision']}")


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


if __name__ == "__main__":
    sys.exit(main())
