"""From boxes of text to a page's reading order and one searchable string.

Detectors return one box per run of text, so a label and its value ("被执行人：" … "张三")
or a line broken by a seal arrive as separate boxes. We keep every box (the reviewer
needs them) but order them as a person reads: rows top to bottom, boxes in a row left to
right, measured after undoing the page's skew. `PageText` then joins them into one string
and remembers which box every character came from, so a value found by a pattern can be
traced back to the box it was read from.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from extract.model import Box, TextLine


def reading_order(lines: list[TextLine], skew: float = 0.0) -> list[list[TextLine]]:
    """Group lines into visual rows and order them; boxes are page fractions."""
    if not lines:
        return []
    slope = math.tan(math.radians(skew))

    def centre_y(line: TextLine) -> float:
        x0, y0, x1, y1 = line.box
        return (y0 + y1) / 2 - slope * (x0 + x1) / 2

    ordered = sorted(lines, key=centre_y)
    rows: list[list[TextLine]] = []
    row_y = 0.0
    for line in ordered:
        height = line.box[3] - line.box[1]
        if rows and abs(centre_y(line) - row_y) < 0.5 * max(height, _row_height(rows[-1])):
            rows[-1].append(line)
        else:
            rows.append([line])
            row_y = centre_y(line)
    for row in rows:
        row.sort(key=lambda line: line.box[0])
    return rows


def _row_height(row: list[TextLine]) -> float:
    return max(line.box[3] - line.box[1] for line in row)


WRAP_TOLERANCE = 0.06
"""A row ending within this share of the page width from the right edge was wrapped (~2 characters)."""
INDENT_TOLERANCE = 0.03
"""A row starting more than this right of the margin is indented (~1 character): a new paragraph."""


def continues(previous: list[TextLine], row: list[TextLine], margins: tuple[float, float]) -> bool:
    """Whether `row` continues the sentence of `previous`, which wrapped at the right margin.

    Body text wraps anywhere, even inside a case number, so a wrapped row is joined to the
    next without a break. A row is wrapped when it is one run of text from the left margin
    to the right one and the next row starts at the margin again; a short row (a field like
    「姓名：王小明」 above 「单位：…」), a right-aligned one (case number, date), a row of
    columns (two cards side by side) or an indented next row (a new paragraph) keeps its break.
    """
    left, right = margins
    one_run = not any(_gap(a, b) for a, b in pairwise(previous))
    return (
        one_run
        and previous[0].box[0] <= left + 3 * INDENT_TOLERANCE
        and previous[-1].box[2] >= right - WRAP_TOLERANCE
        and row[0].box[0] <= left + INDENT_TOLERANCE
    )


def _margins(rows: list[list[TextLine]]) -> tuple[float, float]:
    if not rows:
        return 0.0, 1.0
    starts = sorted(row[0].box[0] for row in rows)
    return starts[len(starts) // 10], max(row[-1].box[2] for row in rows)


def _gap(a: TextLine, b: TextLine) -> bool:
    """Boxes of one row far apart are columns or a label and a distant value."""
    return b.box[0] - a.box[2] > 1.5 * (b.box[3] - b.box[1])


def _width(ch: str) -> float:
    """A character's width in ems: full-width (Chinese, full-width marks) 1, others ½."""
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


@dataclass
class PageText:
    """A page's text in reading order, with a map from characters to lines."""

    text: str
    owners: list[int]
    """For each character of `text`, the index in `lines` it came from (-1 for separators)."""
    lines: list[TextLine]

    @classmethod
    def build(cls, rows: list[list[TextLine]]) -> PageText:
        """Join rows into one text; see `continues` for when a row break is kept."""
        parts: list[str] = []
        owners: list[int] = []
        lines: list[TextLine] = []
        margins = _margins(rows)
        for r, row in enumerate(rows):
            if r and not continues(rows[r - 1], row, margins):
                parts.append("\n")
                owners.append(-1)
            for i, line in enumerate(row):
                if i and _gap(row[i - 1], line):
                    parts.append(" ")
                    owners.append(-1)
                index = len(lines)
                lines.append(line)
                parts.append(line.text)
                owners.extend([index] * len(line.text))
        return cls("".join(parts), owners, lines)

    def lines_at(self, start: int, end: int) -> list[TextLine]:
        seen: list[int] = []
        for owner in self.owners[start:end]:
            if owner >= 0 and owner not in seen:
                seen.append(owner)
        return [self.lines[i] for i in seen]

    def box_at(self, start: int, end: int) -> Box | None:
        """The box around the characters start..end: their lines, narrowed to the characters
        themselves when they lie on one line (an ID number, not the whole 「公民身份号码…」 line)."""
        hit = self.lines_at(start, end)
        if not hit:
            return None
        if len(hit) == 1:
            return self._within_line(next(o for o in self.owners[start:end] if o >= 0), start, end)
        return (
            min(line.box[0] for line in hit),
            min(line.box[1] for line in hit),
            max(line.box[2] for line in hit),
            max(line.box[3] for line in hit),
        )

    def _within_line(self, index: int, start: int, end: int) -> Box:
        """The part of the line's box the characters start..end take, by their widths: a Chinese
        character is as wide as two digits, so 「公民身份号码：」 and the 18 digits after it share
        the line in those proportions."""
        line = self.lines[index]
        first = self.owners.index(index)
        offsets = [i - first for i in range(start, end) if self.owners[i] == index]
        widths = [_width(ch) for ch in line.text]
        total = sum(widths) or 1.0
        x0, y0, x1, y1 = line.box
        left = sum(widths[:offsets[0]]) / total
        right = sum(widths[:offsets[-1] + 1]) / total
        return (x0 + (x1 - x0) * left, y0, x0 + (x1 - x0) * right, y1)

    def confidence_at(self, start: int, end: int) -> float:
        hit = self.lines_at(start, end)
        return min((line.confidence for line in hit), default=0.0)

