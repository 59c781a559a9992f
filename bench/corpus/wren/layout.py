"""A tiny page model: positioned text lines, seals, images and rules on A4.

One layout is drawn by two renderers (a PDF with a text layer, and a raster for
scans and photos), so the same paper can arrive born-digital or photographed.
Units are PDF points (A4 = 595 x 842), y is the text baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

A4 = (595.0, 842.0)
_NO_LINE_START = "，。；：、）」』”！？%"


@dataclass
class Text:
    x: float
    y: float
    text: str
    size: float
    font: str = "song"   # song / kai / hei


@dataclass
class Seal:
    cx: float
    cy: float
    r: float
    text: str
    bottom: str = ""
    color: tuple[int, int, int] = (212, 28, 36)


@dataclass
class Image:
    x: float
    y: float
    w: float
    h: float
    image: Any  # PIL.Image


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.8
    color: tuple[int, int, int] = (0, 0, 0)


@dataclass
class Page:
    w: float = A4[0]
    h: float = A4[1]
    items: list = field(default_factory=list)


def text_width(text: str, size: float) -> float:
    """Estimated advance: CJK and full-width characters are square, the rest half."""
    return sum(size if ord(c) > 0x2E7F else size * 0.52 for c in text)


def _tokens(text: str) -> list[str]:
    """Characters, except that a run of ASCII letters and digits stays whole (a number never breaks)."""
    out: list[str] = []
    for ch in text:
        if out and ch.isascii() and not ch.isspace() and out[-1][-1].isascii() and not out[-1][-1].isspace():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text: str, size: float, width: float, first_indent: float = 0) -> list[str]:
    """Break a paragraph into lines, keeping closing punctuation off a line's start."""
    lines: list[str] = []
    cur = ""
    avail = width - first_indent
    for tok in _tokens(text):
        if cur and text_width(cur + tok, size) > avail and tok not in _NO_LINE_START:
            lines.append(cur)
            cur = ""
            avail = width
        cur += tok
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Lays out a document top to bottom, starting new pages as it fills."""

    def __init__(self, size: float = 15.0, font: str = "song", top: float = 100.0,
                 left: float = 80.0, right: float = 74.0, bottom: float = 96.0,
                 leading: float = 1.75, page_numbers: bool = False):
        self.size = size
        self.font = font
        self.top, self.left, self.right, self.bottom = top, left, right, bottom
        self.leading = leading
        self.page_numbers = page_numbers
        self.pages: list[Page] = []
        self._new()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def width(self) -> float:
        return A4[0] - self.left - self.right

    def _new(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def _room(self, need: float) -> None:
        if self.y + need > A4[1] - self.bottom:
            self._new()

    def keep(self, pt: float) -> None:
        """Start a new page unless ``pt`` more points fit (a signature block stays whole)."""
        self._room(pt)

    def space(self, pt: float) -> None:
        self.y += pt

    def new_page(self) -> None:
        self._new()

    def center(self, text: str, size: float | None = None, font: str | None = None,
               after: float = 0.0, spaced: bool = False) -> None:
        size = size or self.size
        if spaced:
            text = " ".join(text)
        self._room(size * self.leading)
        self.y += size
        w = text_width(text, size)
        self.page.items.append(Text((A4[0] - w) / 2, self.y, text, size, font or self.font))
        self.y += size * (self.leading - 1) + after

    def line(self, text: str, size: float | None = None, font: str | None = None,
             x: float | None = None, align: str = "left", right_chars: float = 0.0) -> None:
        size = size or self.size
        self._room(size * self.leading)
        self.y += size
        w = text_width(text, size)
        if align == "right":
            px = A4[0] - self.right - w - right_chars * size
        elif align == "center":
            px = (A4[0] - w) / 2
        else:
            px = self.left if x is None else x
        self.page.items.append(Text(px, self.y, text, size, font or self.font))
        self.y += size * (self.leading - 1)

    def para(self, text: str, size: float | None = None, font: str | None = None,
             indent: int = 2) -> None:
        size = size or self.size
        lines = wrap(text, size, self.width, indent * size)
        for i, ln in enumerate(lines):
            self._room(size * self.leading)
            self.y += size
            x = self.left + (indent * size if i == 0 else 0)
            self.page.items.append(Text(x, self.y, ln, size, font or self.font))
            self.y += size * (self.leading - 1)

    def rule(self, width: float = 0.8, color=(0, 0, 0), gap: float = 6) -> None:
        self.y += gap
        self.page.items.append(Rule(self.left, self.y, A4[0] - self.right, self.y, width, color))
        self.y += gap

    def seal(self, text: str, r: float = 60.0, dx: float = 0.0, dy: float = 0.0, bottom: str = "") -> None:
        """A round seal over the end of the date line just written, as courts stamp it.

        The star sits in the blank right of the date, so the ring and the name arc cross the
        date's last characters without blotting a numeral out.
        """
        cx = A4[0] - self.right - 0.2 * self.size + dx
        cy = self.y - self.size * (self.leading - 1) - self.size * 0.45 + dy
        self.page.items.append(Seal(cx, cy, r, text, bottom))

    def image(self, img, w: float, h: float, x: float | None = None) -> None:
        self._room(h + 10)
        px = self.left if x is None else x
        self.page.items.append(Image(px, self.y, w, h, img))
        self.y += h + 10

    def finish(self) -> list[Page]:
        if self.page_numbers and len(self.pages) > 1:
            for i, pg in enumerate(self.pages, 1):
                label = f"— {i} —"
                w = text_width(label, 12)
                x = A4[0] - self.right - w if i % 2 else self.left
                pg.items.append(Text(x, A4[1] - 50, label, 12, "song"))
        return self.pages
