"""Character error rate of OCR'd Chinese before and after `extract.repair`.

    .venv/bin/python bench/repair.py [--diff] [--seed FILE --reference FILE]

Rows (raw, after the existing normaliser, after the repair):
- seed 001: a Japanese-trained OCR's reading of the Jiaozuo policy, against a clean
  transcription made by hand independently of the repair code (the issue's target);
- wuhu-2022 scan: the 芜湖 policy made to read like seed 001 (tests/validate/policies/noise.py);
- heldout (Tesseract jpn): tests/data/repair/, a fictitious policy read by Tesseract's Japanese model;
- huzhou-2023 (JIS scan): the 湖州 policy rendered, degraded and read by RapidOCR restricted to
  the Japanese repertoire (`scripts/learn_confusions.py --read`). Kept out of all tuning: a
  check that the figures hold for a scan nobody looked at while changing the repair.
None of these texts is in the model's training corpus.

CER = edit distance / reference length, over the texts with all whitespace removed: line
breaks and indentation are layout, not characters of the policy. `--diff` prints the
remaining differences of the repaired seed 001 (or --seed), to see what is left.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.normalize import normalize_text  # noqa: E402
from extract.repair import repair_text  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "001_0e7a928bea1827bd.txt"
REFERENCE = ROOT / "bench" / "data" / "seed001.clean.txt"
POLICIES = ROOT / "tests" / "validate" / "policies"
REPAIR_DATA = ROOT / "tests" / "data" / "repair"
# (label, noisy text, clean reference); the first is the default of --seed/--reference
CASES: tuple[tuple[str, Path, Path], ...] = (
    ("seed 001", SEED, REFERENCE),
    ("wuhu-2022 scan", POLICIES / "wuhu-2022.txt", POLICIES / "wuhu-2022.clean.txt"),
    ("heldout (Tesseract jpn)", REPAIR_DATA / "heldout.noisy.txt", REPAIR_DATA / "heldout.clean.txt"),
    ("huzhou-2023 (JIS scan)", ROOT / "bench" / "data" / "huzhou-2023.jis.txt", POLICIES / "huzhou-2023.txt"),
)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row at a time (texts of a few thousand characters)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(hypothesis: str, reference: str) -> float:
    ref = squeeze(reference)
    return edit_distance(squeeze(hypothesis), ref) / max(len(ref), 1)


def differences(hypothesis: str, reference: str) -> Counter[tuple[str, str]]:
    """What is still wrong: (got, expected) pairs from an alignment of the two texts."""
    hyp, ref = squeeze(hypothesis), squeeze(reference)
    out: Counter[tuple[str, str]] = Counter()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, hyp, ref, autojunk=False).get_opcodes():
        if op != "equal":
            out[(hyp[i1:i2], ref[j1:j2])] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, help="one noisy text instead of the four rows")
    parser.add_argument("--reference", type=Path, default=REFERENCE)
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    cases = [("given", args.seed, args.reference)] if args.seed else [c for c in CASES if c[1].is_file()]
    print(f"{'text':26} {'chars':>5} {'raw':>6} {'normal':>6} {'repair':>6} {'s':>5}  repairs")
    first = None
    for label, noisy_path, reference_path in cases:
        raw = noisy_path.read_text(encoding="utf-8")
        reference = reference_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        repaired = repair_text(raw)
        seconds = time.perf_counter() - started
        kinds = Counter(r.kind for r in repaired.repairs)
        print(f"{label:26} {len(squeeze(reference)):5} {cer(raw, reference):6.1%} "
              f"{cer(normalize_text(raw), reference):6.1%} {cer(repaired.text, reference):6.1%} {seconds:5.1f}  "
              + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        first = first or (repaired.text, reference)
    print("(the first row's seconds include building the model)")
    if args.diff and first:
        for (got, want), n in differences(*first).most_common():
            print(f"{n:3d}  {got or '∅'} -> {want or '∅'}")


if __name__ == "__main__":
    main()
