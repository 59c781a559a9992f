"""How well `assistdesk rules draft` drafts: each policy's draft against the rules expected.

    .venv/bin/python bench/draft.py [--verbose]

Seeds 000, 001 and 002 are compared with the hand-written packs (validate/packs/), seed 001
after OCR repair (and, for reference, its hand-made clean transcription); the two other
cities' policies in tests/validate/policies/ with the rules written for them (huzhou-2023
clean; wuhu-2022 clean and as a seed-001-like scan). Per policy: rules expected and drafted
(kinds materials, condition, interval, deadline), recall, precision, the share of expected
material lists drafted exactly right, and of matched rules whose actions are exactly right.
With --verbose, every miss, extra and wrong list.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from validate import load_pack  # noqa: E402
from validate.draft.compare import draft_and_compare, expected_views, views  # noqa: E402
from validate.draft.source import repair  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
POLICIES = ROOT / "tests" / "validate" / "policies"
YUNFU_ALIASES = {"police.identity_query": "police.query"}
"""The hand pack's name for one measure; the drafter names it after the agency and the verb."""


def cases() -> list[tuple[str, Path, str, str | None, dict[str, str], bool]]:
    """(label, policy text, source name, hand pack or None, aliases, repair first)."""
    out = [
        ("seed 000 (shanghai-2021)", SEEDS / "000_d9f354da727e6e1c.txt", "000_d9f354da727e6e1c.txt",
         "shanghai-2021", {}, False),
        ("seed 001 after repair (jiaozuo-2024)", SEEDS / "001_0e7a928bea1827bd.txt", "001_0e7a928bea1827bd.txt",
         "jiaozuo-2024", {}, True),
        ("seed 001 clean transcription", ROOT / "bench" / "data" / "seed001.clean.txt", "001_0e7a928bea1827bd.txt",
         "jiaozuo-2024", {}, False),
        ("seed 002 (yunfu-2017)", SEEDS / "002_4a23ea66c4434c75.txt", "002_4a23ea66c4434c75.txt",
         "yunfu-2017", YUNFU_ALIASES, False),
        ("huzhou-2023 (clean)", POLICIES / "huzhou-2023.txt", "", None, {}, False),
        ("wuhu-2022 (clean)", POLICIES / "wuhu-2022.clean.txt", "", None, {}, False),
        ("wuhu-2022 (scan, after repair)", POLICIES / "wuhu-2022.txt", "", None, {}, True),
    ]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    header = f"{'policy':40} {'exp':>4} {'got':>4} {'hit':>4} {'recall':>7} {'precis':>7} {'lists':>7} {'actions':>7} {'s':>5}"
    print(header)
    print("-" * len(header))
    notes: list[str] = []
    for label, path, source, hand, aliases, fix in cases():
        if not path.is_file():
            print(f"{label:40} (missing: {path})")
            continue
        if hand:
            expected = views(load_pack(hand), aliases)
        else:
            stem = path.name.split(".")[0]
            source, expected, _ = expected_views(str(POLICIES / f"{stem}.expected.yaml"))
        start = time.perf_counter()
        text = path.read_text(encoding="utf-8")
        if fix:
            text, _ = repair(text)
        _, _, c = draft_and_compare(text, "bench-draft", source, expected)
        took = time.perf_counter() - start
        print(f"{label:40} {len(c.expected):4} {len(c.drafted):4} {len(c.pairs):4} {c.recall:7.1%} "
              f"{c.precision:7.1%} {c.materials_exact:7.1%} {c.actions_exact:7.1%} {took:5.1f}")
        if args.verbose:
            notes += [f"{label}: missed {e.id} {e.kind} {'/'.join(e.citation)}" for e in c.missed]
            notes += [f"{label}: extra {d.id} {d.kind} {'/'.join(d.citation)}" for d in c.extra]
            notes += [f"{label}: list differs {e.id}: expected {e.check} drafted {d.check}"
                      for e, d in c.wrong_materials()]
            notes += [f"{label}: actions differ {e.id}: expected {sorted(e.applies_to)} drafted {sorted(d.applies_to)}"
                      for e, d in c.pairs if e.applies_to != d.applies_to]
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
