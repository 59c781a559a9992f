"""Run the main job on every bundled sample and say what was read, beside the truth.

`bash scripts/demo.sh` ends here. Each bundle under samples/bundles/ is processed exactly
as `assistdesk process` would, and every field that differs from the bundle's truth.json
is printed, so a newcomer sees at once what the product reads and where it errs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from service.cli import summary
from service.logs import setup_logging

INPUT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
COMPARED_FIELDS = (
    "action", "court", "case_number", "respondent", "applicant", "amount", "freeze_period",
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
    args = parser.parse_args(argv)
    setup_logging(0)

    from extract import read_bundle

    bundles = args.bundles or sorted(p for p in Path("samples/bundles").iterdir() if p.is_dir())
    exact = 0
    for bundle in bundles:
        started = time.perf_counter()
        extraction = read_bundle(bundle_files(bundle))
        out = extraction.to_json()
        truth_path = bundle / "truth.json"
        truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else None
        try:
            import validate

            accounts_path = bundle / "accounts.json"
            accounts = json.loads(accounts_path.read_text(encoding="utf-8")) if accounts_path.exists() else None
            pack = (truth or {}).get("pack", "shanghai-2021")
            today = __import__("datetime").date.fromisoformat(truth["today"]) if truth and truth.get("today") else None
            out["report"] = validate.evaluate(extraction.request, accounts, pack, today)
        except ImportError:
            pass
        seconds = time.perf_counter() - started
        print(f"\n== {bundle.name}  ({len(extraction.pages)} pages, {seconds:.1f} s)")
        for problem in extraction.problems:
            print(f"  ! {problem}")
        print(summary(out))
        if truth is not None:
            diffs = differences(extraction.request, truth["request"])
            if "report" in out and out["report"]["decision"] != truth.get("expected_decision"):
                diffs.append(f"decision: {out['report']['decision']}, truth {truth.get('expected_decision')}")
            exact += not diffs
            print("  ✓ matches its truth" if not diffs else "  ✗ differs from its truth:")
            for line in diffs:
                print(f"      {line}")
    print(f"\n{exact} of {len(bundles)} bundles read exactly as their truth states.")
    print("Next: `.venv/bin/assistdesk process FILE... --json` on your own scans.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
