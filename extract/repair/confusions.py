"""The visual-confusion table learned from pairs of noisy and clean text.

`data/confusions.tsv` is made by `scripts/learn_confusions.py`: clean seed text rendered
as a poor scan, read by a Japanese-trained recogniser, aligned with what it came from.
Here it becomes the channel half of choosing a repair: how often a clean character is
read as a given glyph, and how often it is read as itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from extract.repair.corpus import DATA

MIN_COUNT = 2  # a confusion seen once is as likely an alignment slip as a habit


@dataclass(frozen=True)
class Channel:
    misread: dict[str, tuple[tuple[str, float], ...]]  # noisy -> ((clean, P(noisy | clean)), …)
    faithful: dict[str, float]  # clean -> P(read as itself)

    def read_right(self, ch: str) -> float:
        """P(ch is read as ch); characters the table never met are assumed mostly right."""
        return self.faithful.get(ch, 0.9)


@cache
def table() -> Channel:
    path = DATA / "confusions.tsv"
    totals: dict[str, int] = defaultdict(int)
    kept: dict[str, int] = {}
    rows: list[tuple[str, str, int]] = []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        clean, noisy, count = line.split("\t")
        totals[clean] += int(count)
        if clean == noisy:
            kept[clean] = int(count)
        elif int(count) >= MIN_COUNT and len(clean) <= 2:
            rows.append((clean, noisy, int(count)))
    misread: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for clean, noisy, count in rows:
        misread[noisy].append((clean, count / totals[clean]))
    return Channel(
        {k: tuple(sorted(v, key=lambda cv: -cv[1])) for k, v in misread.items()},
        {c: k / totals[c] for c, k in kept.items() if totals[c] >= 5},
    )
