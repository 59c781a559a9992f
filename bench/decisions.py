"""Benchmark the whole product (read, check, decide) on bundles written by other hands.

    .venv/bin/python -m bench.decisions [--split dev|heldout|all] [--corpus DIR]
                                        [--generator NAME] [--count N] [--seed S] [--jobs J]

Each bundle is a folder DIR/<bundle-id>/ holding the input files, an optional
accounts.json and truth.json (generator, split, pack, today, accounts, request,
expected_decision, expected_missing_materials, scenario, defects). Without --corpus, every
generator under bench/corpus/<name>/ is run first (`python -m bench.corpus.<name> --out
TMP/<name> --count N --seed S`). Every bundle goes through the real command line,

    assistdesk process FILES --rules PACK [--accounts accounts.json] --today DATE --json

and the figures are printed per split (dev and heldout are never pooled), per pack, per
action and per measure: field exactness, document types as the contract counts them (one
officer's card is one document), decisions and missing materials. Each wrong dev bundle
is listed with its differences; held-out misses are listed by kind only (which figure
missed, never the values), so that nobody tunes the product on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PACKAGE = ROOT / "bench" / "corpus"
CLI = ROOT / ".venv" / "bin" / "assistdesk"

FIELDS = ("action", "measure", "court", "case_number", "respondent.name", "respondent.id_number",
          "applicant.name", "amount", "freeze_period", "account_number", "officers")
"""The request fields compared exactly (officers as a sorted list of names)."""
NOT_INPUT = {"truth.json", "accounts.json"}


@dataclass
class Outcome:
    """One bundle's truth beside what the product made of it."""

    bundle: str
    truth: dict[str, Any]
    got: dict[str, Any] | None
    error: str = ""
    field_misses: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    doc_hits: int = 0
    doc_total: int = 0
    doc_diff: tuple[list[str], list[str]] = ([], [])
    subject_miss: tuple[Any, Any] | None = None
    """The object of an agency measure (truth's `subject`) as expected and as read, when they differ."""

    @property
    def split(self) -> str:
        return str(self.truth.get("split") or "dev")

    @property
    def decision(self) -> str | None:
        return (self.got or {}).get("report", {}).get("decision")

    @property
    def missing(self) -> list[str]:
        return sorted((self.got or {}).get("report", {}).get("missing_materials") or [])

    @property
    def decision_ok(self) -> bool:
        return self.decision == self.truth.get("expected_decision")

    @property
    def missing_ok(self) -> bool:
        return self.got is not None and self.missing == sorted(self.truth.get("expected_missing_materials") or [])

    @property
    def fields_ok(self) -> bool:
        return self.got is not None and not self.field_misses

    @property
    def docs_ok(self) -> bool:
        return self.got is not None and self.doc_hits == self.doc_total

    @property
    def wrong(self) -> bool:
        return not (self.decision_ok and self.missing_ok and self.fields_ok and self.docs_ok)


def field_value(request: dict[str, Any], name: str) -> Any:
    if name == "officers":
        return sorted(str(o.get("name")) for o in request.get("officers") or [])
    head, _, tail = name.partition(".")
    value = request.get(head)
    if tail:
        return (value or {}).get(tail)
    if name == "freeze_period" and value:
        return {"start": value.get("start"), "end": value.get("end")}
    return value


def compare(outcome: Outcome) -> None:
    """Fill in the field and document differences of one bundle."""
    want = outcome.truth.get("request") or {}
    got = (outcome.got or {}).get("request") or {}
    for name in FIELDS:
        if name == "measure" and "measure" not in want:
            continue
        expected, actual = field_value(want, name), field_value(got, name)
        if expected != actual:
            outcome.field_misses[name] = (expected, actual)
    if "subject" in outcome.truth:
        expected, actual = _parts(outcome.truth.get("subject")), _parts(got.get("subject"))
        if expected != actual:
            outcome.subject_miss = (expected, actual)
    wanted = Counter(d.get("type") for d in want.get("documents") or [])
    found = Counter(d.get("type") for d in got.get("documents") or [])
    outcome.doc_hits = sum((wanted & found).values())
    outcome.doc_total = max(sum(wanted.values()), sum(found.values()))
    outcome.doc_diff = (sorted((wanted - found).elements()), sorted((found - wanted).elements()))


def _parts(subject: dict[str, Any] | None) -> dict[str, Any] | None:
    """An agency measure's object as compared: its stated parts only (a null part is unsaid)."""
    return {k: v for k, v in subject.items() if v is not None} if subject else None


def run_bundle(folder: Path) -> Outcome:
    """The command line on one bundle, exactly as a clerk's upload would be processed."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    # truth's `accounts` names the records' file, or holds the records (then in accounts.json)
    named = truth.get("accounts")
    accounts = folder / (named if isinstance(named, str) else "accounts.json") if named else None
    files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name not in NOT_INPUT
                   and p != accounts)
    command = [str(CLI), "process", *files, "--rules", str(truth["pack"]), "--today", str(truth["today"]), "--json"]
    if accounts is not None:
        command[-1:-1] = ["--accounts", str(accounts)]
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([*command, "--out", out], capture_output=True, text=True, cwd=ROOT)
    outcome = Outcome(folder.name, truth, None)
    if done.returncode != 0:
        outcome.error = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    else:
        try:
            outcome.got = json.loads(done.stdout)
        except json.JSONDecodeError as exc:
            outcome.error = f"stdout is not JSON: {exc}"
    compare(outcome)
    return outcome


def generate(names: Iterable[str], out: Path, count: int, seed: int) -> None:
    for name in names:
        subprocess.run([sys.executable, "-m", f"bench.corpus.{name}", "--out", str(out / name),
                        "--count", str(count), "--seed", str(seed)], check=True, cwd=ROOT)


def generators() -> list[str]:
    """The generator packages under bench/corpus/ (each runnable with `python -m`)."""
    if not CORPUS_PACKAGE.is_dir():
        return []
    return sorted(p.name for p in CORPUS_PACKAGE.iterdir() if p.is_dir() and (p / "__main__.py").exists())


def bundles_under(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/truth.json")) or sorted(p.parent for p in root.rglob("truth.json"))


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:6.2f} % ({hits}/{total})" if total else "     – (0)"


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    n = len(outcomes)
    field_total = sum(len(FIELDS) - (0 if "measure" in (o.truth.get("request") or {}) else 1) for o in outcomes)
    field_hits = field_total - sum(len(o.field_misses) for o in outcomes)
    return {
        "bundles": n,
        "decisions": (sum(o.decision_ok for o in outcomes), n),
        "missing_materials": (sum(o.missing_ok for o in outcomes), n),
        "fields": (field_hits, field_total),
        "bundles_all_fields": (sum(o.fields_ok for o in outcomes), n),
        "document_types": (sum(o.doc_hits for o in outcomes), sum(o.doc_total for o in outcomes)),
    }


def print_block(title: str, outcomes: list[Outcome]) -> None:
    s = summary(outcomes)
    print(f"  {title:<28} n={s['bundles']:<4} decisions {pct(*s['decisions'])}  missing {pct(*s['missing_materials'])}"
          f"  fields {pct(*s['fields'])}  doc types {pct(*s['document_types'])}")


def per_field(outcomes: list[Outcome]) -> None:
    print("  per field:")
    for name in FIELDS:
        relevant = [o for o in outcomes if name != "measure" or "measure" in (o.truth.get("request") or {})]
        if relevant:
            hits = sum(name not in o.field_misses for o in relevant)
            print(f"    {name:<22} {pct(hits, len(relevant))}")
    with_subject = [o for o in outcomes if "subject" in o.truth]
    if with_subject:  # the object of an agency measure: beside the contract's fields, not in their total
        hits = sum(o.got is not None and o.subject_miss is None for o in with_subject)
        print(f"    {'subject (extra)':<22} {pct(hits, len(with_subject))}")


def report_split(split: str, outcomes: list[Outcome], show_values: bool) -> None:
    print(f"\n=== split {split}: {len(outcomes)} bundles ===")
    print_block("all", outcomes)
    per_field(outcomes)
    for key, label in (("pack", "pack"), ("generator", "generator")):
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            groups[str(o.truth.get(key))].append(o)
        print(f"  per {label}:")
        for name in sorted(groups):
            print_block(name, groups[name])
    actions: dict[str, list[Outcome]] = defaultdict(list)
    measures: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        request = o.truth.get("request") or {}
        actions[str(request.get("action"))].append(o)
        if request.get("measure"):
            measures[str(request["measure"])].append(o)
    print("  per action:")
    for name in sorted(actions):
        print_block(name, actions[name])
    if measures:
        print("  per measure:")
        for name in sorted(measures):
            print_block(name, measures[name])
    wrong = [o for o in outcomes if o.wrong]
    print(f"  wrong: {len(wrong)}")
    for o in wrong:
        describe(o, show_values)


def describe(o: Outcome, show_values: bool) -> None:
    t = o.truth
    kinds = [k for k, ok in (("decision", o.decision_ok), ("missing", o.missing_ok), ("fields", o.fields_ok),
                             ("doc types", o.docs_ok)) if not ok]
    print(f"  - {o.bundle} [{t.get('generator')}, {t.get('pack')}, {(t.get('request') or {}).get('action')}]: "
          f"{', '.join(kinds)}" + (f" — error: {o.error}" if o.error else ""))
    if not show_values:
        if o.field_misses:
            print(f"      fields: {', '.join(o.field_misses)}")
        if o.subject_miss:
            print("      subject")
        return
    print(f"      scenario: {t.get('scenario')}")
    if not o.decision_ok:
        print(f"      decision: expected {t.get('expected_decision')}, got {o.decision}")
    if not o.missing_ok:
        print(f"      missing: expected {sorted(t.get('expected_missing_materials') or [])}, got {o.missing}")
    for name, (want, got) in o.field_misses.items():
        print(f"      {name}: expected {json.dumps(want, ensure_ascii=False)}, got {json.dumps(got, ensure_ascii=False)}")
    if o.subject_miss:
        want, got = o.subject_miss
        print(f"      subject: expected {json.dumps(want, ensure_ascii=False)}, got {json.dumps(got, ensure_ascii=False)}")
    lacking, extra = o.doc_diff
    if lacking or extra:
        print(f"      documents: lacking {lacking}, extra {extra}")
    if not (o.decision_ok and o.missing_ok) and o.got:
        for f in o.got["report"].get("findings", []):
            if f.get("outcome") != "pass" and f.get("severity") != "info":
                print(f"        {f['rule']}: {f['outcome']} {f['message'][:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--corpus", type=Path, help="bundles already written (default: run the generators)")
    parser.add_argument("--generator", help="only this generator's bundles")
    parser.add_argument("--count", type=int, default=30, help="bundles per generator when generating")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=1, help="bundles processed at once")
    parser.add_argument("--only", nargs="*", default=[], help="only bundles whose folder name contains one of these")
    parser.add_argument("--json", type=Path, help="also write every outcome to this file")
    parser.add_argument("--show-heldout-values", action="store_true",
                        help="print held-out misses' values too (do not tune on them)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="assistdesk-corpus-") as tmp:
        corpus = args.corpus
        if corpus is None:
            names = [args.generator] if args.generator else generators()
            if not names:
                print("bench.decisions: no generator under bench/corpus/ and no --corpus given", file=sys.stderr)
                return 2
            corpus = Path(tmp)
            generate(names, corpus, args.count, args.seed)
        folders = bundles_under(corpus)
        chosen = []
        for folder in folders:
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            if args.generator and truth.get("generator") != args.generator and args.corpus is not None:
                continue
            if args.split != "all" and truth.get("split", "dev") != args.split:
                continue
            if args.only and not any(part in folder.name for part in args.only):
                continue
            chosen.append(folder)
        print(f"bench.decisions: {len(chosen)} bundles from {corpus}", file=sys.stderr)
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            outcomes = []
            for done, outcome in enumerate(pool.map(run_bundle, chosen), 1):
                outcomes.append(outcome)
                mark = "ok" if not outcome.wrong else "WRONG"
                print(f"  [{done}/{len(chosen)}] {outcome.bundle} {mark}", file=sys.stderr, flush=True)
                if outcome.wrong and outcome.split == "dev":
                    describe(outcome, show_values=True)
                    sys.stdout.flush()
    for split in ("dev", "heldout"):
        part = [o for o in outcomes if o.split == split]
        if part:
            report_split(split, part, show_values=split == "dev" or args.show_heldout_values)
    if args.json:
        args.json.write_text(json.dumps([
            {"bundle": o.bundle, "split": o.split, "generator": o.truth.get("generator"), "error": o.error,
             "decision": [o.truth.get("expected_decision"), o.decision],
             "missing": [sorted(o.truth.get("expected_missing_materials") or []), o.missing],
             "fields": {k: list(v) for k, v in o.field_misses.items()} if o.split == "dev" else list(o.field_misses),
             "documents": list(o.doc_diff) if o.split == "dev" else [],
             "got": o.got if o.split == "dev" else None}
            for o in outcomes], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
