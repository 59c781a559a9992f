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


def reading_order(lines: list[TextLine], skew: float = 0.0, aspect: float = 1.0) -> list[list[TextLine]]:
    """Group lines into visual rows and order them; boxes are page fractions.

    Two things a plain sort by height gets wrong are undone here: a vertical run of text
    (a card's labels 「姓　名」「性　别」 spaced out, whose first characters a detector
    reads as one tall box 「姓性」) would pull the rows it spans into one, and a table cell
    that wraps inside itself (「公积金账」 over 「号」, 「…至2031」 over 「年01月26日」) would
    read as a row of its own; see `_anchor_y` and `_join_cell_wraps`.

    `skew` is the page's tilt in degrees, `aspect` its width over its height: boxes are
    fractions of the page, so a tilt drops a row by tan(skew) × aspect of the page's height
    per page width. A tilted line's upright box is taller than its text by that drop over
    its width; rows are told apart by the text's height, not the box's, or a long line of a
    photographed page (5°) takes in the line under it.
    """
    if not lines:
        return []
    slope = math.tan(math.radians(skew)) * aspect
    uprights = [_untilted(line, slope) for line in lines]
    read_as = {id(upright): line for upright, line in zip(uprights, lines, strict=True)}
    lines = uprights
    typical = _typical_height(lines)

    def centre_y(line: TextLine) -> float:
        x0, _, x1, _ = line.box
        return _anchor_y(line, typical) - slope * (x0 + x1) / 2

    ordered = sorted(lines, key=centre_y)
    rows: list[list[TextLine]] = []
    row_y = 0.0
    for line in ordered:
        height = _row_extent(line, typical)
        if rows and abs(centre_y(line) - row_y) < 0.5 * max(height, max(_row_extent(x, typical) for x in rows[-1])):
            rows[-1].append(line)
        else:
            rows.append([line])
            row_y = centre_y(line)
    for row in rows:
        row.sort(key=lambda line: line.box[0])
    return [[read_as[id(line)] for line in row] for row in _join_cell_wraps(rows, typical)]


UPRIGHT_FLOOR = 0.4
"""A line is never taken for less than this share of its box's height (a box that was not
tilted by as much as the page's skew says)."""


def _untilted(line: TextLine, slope: float) -> TextLine:
    """The line as row grouping sees it: its box as tall as its text, centred where it was."""
    x0, y0, x1, y1 = line.box
    height = y1 - y0
    upright = max(height - abs(slope) * (x1 - x0), UPRIGHT_FLOOR * height)
    centre = (y0 + y1) / 2
    return TextLine(line.text, (x0, centre - upright / 2, x1, centre + upright / 2), line.confidence)


def _typical_height(lines: list[TextLine]) -> float:
    heights = sorted(line.box[3] - line.box[1] for line in lines)
    return heights[len(heights) // 2]


def _vertical(line: TextLine, typical: float) -> bool:
    """A box much taller than a line of text: a vertical run of characters, or an emblem or
    a photo read as a character, which would otherwise swallow the rows beside it."""
    return line.box[3] - line.box[1] > 1.8 * typical


def _anchor_y(line: TextLine, typical: float) -> float:
    """Where a line sits for row grouping: its centre, or for a tall box its first row."""
    if _vertical(line, typical):
        return line.box[1] + typical / 2
    return (line.box[1] + line.box[3]) / 2


def _row_extent(line: TextLine, typical: float) -> float:
    return typical if _vertical(line, typical) else line.box[3] - line.box[1]


CELL_ALIGN = 0.012
"""Lines of one table cell start at the same x (within ~half a character)."""
CELL_LEADING = 0.55
"""Lines inside one cell sit closer than lines of running text: a gap up to this share of a
line's height. A form sets a cell's lines up to half a line apart (「人民币壹拾陆万叁仟捌」 /
「佰陆拾壹元陆角肆分（」), running text and a table's next row more (0.6 and up)."""


def _join_cell_wraps(rows: list[list[TextLine]], typical: float) -> list[list[TextLine]]:
    """Put a table cell's wrapped lines back into the cell they continue.

    A form's row of cells (「冻结期限」 | 「2026年01月27日至2031」) is a row of boxes with
    gaps; a cell too narrow for its text wraps, and its next line starts under the cell's
    first line, closer than the next row of the table, and ends before the next cell. A
    row is such a wrap when it is tight under a row of cells, each of its lines sits under
    a different cell of that row, and it fills fewer cells than that row (the cells that
    did not wrap leave theirs empty): each of its lines then joins the cell above, so that
    「公积金账」「号」 read 「公积金账号」 and a period's two halves read as one. A row of
    label and value under another (「姓名 王小明」 / 「单位 …」) fills every column, and
    running text is one box per row: neither is touched. Nor is a card's column of labels
    read as one tall box (「姓性单」 beside 「名：朱帆荣」 / 「别：男」 / 「位：…」): it is no cell, so
    the fields beside it are no row of cells and 「别：男」 wraps none of them.
    """
    out: list[list[TextLine]] = []
    for row in rows:
        above = out[-1] if out else None
        cells = [line for line in above if not _vertical(line, typical)] if above is not None else []
        if above is not None and len(cells) >= 2 and len(row) < len(cells) and _has_gap(cells):
            targets = [_cell_above(line, cells, typical) for line in row]
            if all(t is not None for t in targets) and len({id(t) for t in targets}) == len(row):
                for line, target in zip(row, targets, strict=True):
                    above.insert(_index(above, target) + 1, line)
                continue
        out.append(list(row))
    return out


def _has_gap(row: list[TextLine]) -> bool:
    return any(_gap(a, b) for a, b in pairwise(row))


def _cell_above(line: TextLine, above: list[TextLine], typical: float) -> TextLine | None:
    """The lowest line of the cell `line` would continue: tight above it, starting where
    `line` starts (in a row of three cells or more, a cell whose label and value were set as
    one box may hold the value's wrap further right), and `line` ends before the next cell.
    Tightness is measured in the page's line height at least: a line of digits
    (「173,595.58」) has a shorter box than the Han characters it is set among."""
    height = max(line.box[3] - line.box[1], typical)
    for i in range(len(above) - 1, -1, -1):
        cell = above[i]
        if not -0.3 * height <= line.box[1] - cell.box[3] <= CELL_LEADING * height:
            continue
        aligned = abs(cell.box[0] - line.box[0]) <= CELL_ALIGN
        inside = len(above) >= 3 and cell.box[0] - CELL_ALIGN <= line.box[0] < cell.box[2]
        following = [x.box[0] for x in above if x.box[0] > cell.box[0] + CELL_ALIGN and x.box[1] < cell.box[3]]
        fits = not following or line.box[2] <= min(following) + CELL_ALIGN
        if (aligned or inside) and fits:
            return cell
    return None


def _index(row: list[TextLine], target: TextLine) -> int:
    """Index of `target` in `row`, by identity (two cells may read alike)."""
    return next(i for i, line in enumerate(row) if line is target)


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


def _over(a: TextLine, b: TextLine) -> bool:
    """`b` is printed over `a`, not after it: most of the smaller box lies within the other
    both across and up and down (a seal's character over the signature 「执行员 黎翠兰」 reads
    「山」 there). It is another layer of ink, so it does not run on into `a`'s words."""
    across = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
    down = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return (across > 0.5 * min(a.box[2] - a.box[0], b.box[2] - b.box[0])
            and down > 0.5 * min(a.box[3] - a.box[1], b.box[3] - b.box[1]))


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
                if i and (_gap(row[i - 1], line) or _over(row[i - 1], line)):
                    parts.append("\n" if _over(row[i - 1], line) else " ")
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

