"""Character error rate of seed 001 (a Japanese-trained OCR's reading of a Chinese policy):
raw, after the existing normaliser, and after `extract.repair`, against a clean
transcription made by hand independently of the repair code.

    .venv/bin/python bench/repair.py [--reference bench/data/seed001.clean.txt] [--diff]

CER = edit distance / reference length, over the texts with all whitespace removed: line
breaks and indentation are layout, not characters of the policy. `--diff` prints the
remaining differences of the repaired text, to see what is left.
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
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--reference", type=Path, default=REFERENCE)
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()
    raw = args.seed.read_text(encoding="utf-8")
    reference = args.reference.read_text(encoding="utf-8")
    started = time.perf_counter()
    repaired = repair_text(raw)
    seconds = time.perf_counter() - started
    kinds = Counter(r.kind for r in repaired.repairs)
    print(f"reference: {len(squeeze(reference))} characters ({args.reference.name})")
    print(f"raw        CER {cer(raw, reference):6.1%}")
    print(f"normalised CER {cer(normalize_text(raw), reference):6.1%}")
    print(f"repaired   CER {cer(repaired.text, reference):6.1%}   ({seconds:.1f} s, repairs: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
    if args.diff:
        for (got, want), n in differences(repaired.text, reference).most_common():
            print(f"{n:3d}  {got or '∅'} -> {want or '∅'}")


if __name__ == "__main__":
    main()
