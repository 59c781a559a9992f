"""The visual-confusion table learned from pairs of noisy and clean text.

The tables are made by `scripts/learn_confusions.py`: clean shipped text (the seeds, never
seed 001, and a slice of the laws) rendered as a poor scan, read by a Japanese-only
recogniser, aligned with what it came from. Two recognisers, because each has its own
habits and the scans we get come from yet another: Tesseract's `jpn` model
(`data/confusions.tsv`) and RapidOCR's recogniser restricted to JIS X 0208
(`data/confusions_jis.tsv`). Their counts are added. Here they become the channel half
of choosing a repair: how often a clean character is read as a given glyph, and how often
it is read as itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from extract.repair.corpus import DATA

MIN_COUNT = 2  # a confusion seen once is as likely an alignment slip as a habit
FILES = ("confusions.tsv", "confusions_jis.tsv")


@dataclass(frozen=True)
class Channel:
    misread: dict[str, tuple[tuple[str, float], ...]]  # noisy -> ((clean, P(noisy | clean)), …)
    faithful: dict[str, float]  # clean -> P(read as itself)

    def read_right(self, ch: str) -> float:
        """P(ch is read as ch); characters the table never met are assumed mostly right."""
        return self.faithful.get(ch, 0.9)


def _read(name: str) -> tuple[dict[tuple[str, str], float], dict[str, float]]:
    """One table: P(noisy | clean) of each confusion seen MIN_COUNT times, P(read right)."""
    path = DATA / name
    counts: dict[tuple[str, str], int] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line and not line.startswith("#"):
            clean, noisy, count = line.split("\t")
            counts[(clean, noisy)] = int(count)
    totals: dict[str, int] = defaultdict(int)
    for (clean, _), count in counts.items():
        totals[clean] += count
    misread = {
        (clean, noisy): count / totals[clean]
        for (clean, noisy), count in counts.items()
        if clean != noisy and count >= MIN_COUNT and len(clean) <= 2
    }
    faithful = {c: k / totals[c] for (c, n), k in counts.items() if c == n and totals[c] >= 5}
    return misread, faithful


@cache
def table() -> Channel:
    """The recognisers' tables as one channel: a confusion as likely as the recogniser most
    prone to it makes it, a character as faithful as the least faithful one reads it.

    Why not add the counts: each table is one recogniser's habits, and adding would halve
    the probability of a habit only one of them has."""
    misread: dict[tuple[str, str], float] = {}
    faithful: dict[str, float] = {}
    for name in FILES:
        one_misread, one_faithful = _read(name)
        for key, p in one_misread.items():
            misread[key] = max(misread.get(key, 0.0), p)
        for ch, p in one_faithful.items():
            faithful[ch] = min(faithful.get(ch, 1.0), p)
    by_noisy: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (clean, noisy), p in misread.items():
        by_noisy[noisy].append((clean, p))
    return Channel({k: tuple(sorted(v, key=lambda cv: (-cv[1], cv[0]))) for k, v in by_noisy.items()}, faithful)
