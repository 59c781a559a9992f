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
from dataclasses import dataclass

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


@dataclass
class PageText:
    """A page's text in reading order, with a map from characters to lines."""

    text: str
    owners: list[int]
    """For each character of `text`, the index in `lines` it came from (-1 for separators)."""
    lines: list[TextLine]

    @classmethod
    def build(cls, rows: list[list[TextLine]]) -> PageText:
        """Join rows; a row that runs to the text block's right edge was wrapped, so the next
        row continues its sentence without a break, while a short row ends a paragraph or a
        field ("姓名：王小明" above "单位：…") and keeps its line break."""
        parts: list[str] = []
        owners: list[int] = []
        lines: list[TextLine] = []
        right = max((row[-1].box[2] for row in rows), default=1.0)
        for r, row in enumerate(rows):
            if r and rows[r - 1][-1].box[2] < right - WRAP_TOLERANCE:
                parts.append("\n")
                owners.append(-1)
            for i, line in enumerate(row):
                if i:
                    gap = line.box[0] - row[i - 1].box[2]
                    if gap > 1.5 * (line.box[3] - line.box[1]):
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
        """The box around the lines that hold characters start..end."""
        hit = self.lines_at(start, end)
        if not hit:
            return None
        return (
            min(line.box[0] for line in hit),
            min(line.box[1] for line in hit),
            max(line.box[2] for line in hit),
            max(line.box[3] for line in hit),
        )

    def confidence_at(self, start: int, end: int) -> float:
        hit = self.lines_at(start, end)
        return min((line.confidence for line in hit), default=0.0)

