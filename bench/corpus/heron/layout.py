"""Born-digital court papers laid out with PyMuPDF: real text layer, CJK fonts.

A paper is a list of blocks (title lines, paragraphs, tables, a 回执 in two columns, the
date under an electronic seal); `render` flows them onto A4 pages of an open document and
numbers the pages 「— n —」 the way GB/T 9704 does when a paper runs over one page.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

import pymupdf

FONTS = {
    "uming": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "ukai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "zenhei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}
A4 = (595.0, 842.0)
RED = (0.84, 0.08, 0.1)
NO_LINE_START = set("，。；：、）」』》！？,.;:)%")
TOKEN = re.compile(r"[0-9A-Za-z.,:¥￥%\-]+|.", re.S)

_measure: dict[str, pymupdf.Font] = {}


def text_length(s: str, size: float, name: str) -> float:
    """Width as the PDF will draw it: PyMuPDF's built-in CJK fonts set digits a full em wide."""
    if name not in FONTS:
        return pymupdf.get_text_length(s, fontname=name, fontsize=size)
    return _font(name).text_length(s, fontsize=size)


def _font(name: str) -> pymupdf.Font:
    if name not in _measure:
        _measure[name] = pymupdf.Font(fontfile=FONTS[name]) if name in FONTS else pymupdf.Font(name)
    return _measure[name]


@dataclass
class Style:
    body: str = "uming"       # body font
    head: str = "zenhei"      # title font
    size: float = 15.0
    title_size: float = 22.0
    left: float = 79.0
    right: float = 74.0
    top: float = 100.0
    bottom: float = 99.0
    leading: float = 1.75
    page_numbers: bool = True

    @classmethod
    def pick(cls, rng: random.Random) -> Style:
        body = rng.choice(["uming", "ukai", "china-s", "uming", "zenhei"])
        head = rng.choice([body, "china-s"]) if body != "china-s" else rng.choice(["zenhei", "uming", "china-s"])
        return cls(body=body, head=head, size=rng.choice([14.0, 15.0, 15.5, 16.0]),
                   title_size=rng.choice([20.0, 22.0, 24.0]), left=rng.choice([72.0, 79.0, 85.0]),
                   right=rng.choice([68.0, 74.0]), top=rng.choice([90.0, 100.0, 105.0]),
                   leading=rng.choice([1.6, 1.75, 1.9]))


class Writer:
    """Flows blocks down pages of `doc`, opening pages as it needs them."""

    def __init__(self, doc: pymupdf.Document, style: Style, rng: random.Random):
        self.doc, self.s, self.rng = doc, style, rng
        self.pages: list[int] = []
        self.page: pymupdf.Page | None = None
        self.y = 0.0

    # -- page handling -------------------------------------------------------------
    def new_page(self) -> None:
        self.page = self.doc.new_page(width=A4[0], height=A4[1])
        for name in {self.s.body, self.s.head}:
            if name in FONTS:
                self.page.insert_font(fontname=name, fontfile=FONTS[name])
        self.pages.append(self.page.number)
        self.y = self.s.top

    def need(self, height: float) -> None:
        if self.page is None or self.y + height > A4[1] - self.s.bottom:
            self.new_page()

    @property
    def width(self) -> float:
        return A4[0] - self.s.left - self.s.right

    def text(self, x: float, y: float, s: str, size: float, font: str | None = None, color=(0, 0, 0)) -> None:
        self.page.insert_text((x, y), s, fontname=font or self.s.body, fontsize=size, color=color)

    def length(self, s: str, size: float, font: str | None = None) -> float:
        return text_length(s, size, font or self.s.body)

    def wrap(self, s: str, width: float, size: float, indent: float = 0.0) -> list[str]:
        lines, cur, avail = [], "", width - indent
        for tok in TOKEN.findall(s):
            if self.length(cur + tok, size) > avail and cur and tok not in NO_LINE_START:
                lines.append(cur)
                cur, avail = tok, width
            else:
                cur += tok
        if cur:
            lines.append(cur)
        return lines

    # -- blocks -------------------------------------------------------------------
    def centered(self, s: str, size: float, font: str | None = None, spacing: float = 0.0, color=(0, 0, 0)) -> None:
        if spacing:
            s = (" " * int(spacing)).join(s)
        self.need(size * 1.9)
        w = self.length(s, size, font)
        self.y += size * 1.25
        self.text((A4[0] - w) / 2, self.y, s, size, font, color)
        self.y += size * 0.55

    def right(self, s: str, size: float | None = None) -> None:
        size = size or self.s.size
        self.need(size * self.s.leading)
        self.y += size * self.s.leading
        self.text(A4[0] - self.s.right - self.length(s, size), self.y, s, size)

    def para(self, s: str, indent: bool = True, size: float | None = None, font: str | None = None) -> None:
        size = size or self.s.size
        ind = 2 * size if indent else 0.0
        for i, line in enumerate(self.wrap(s, self.width, size, ind)):
            self.need(size * self.s.leading)
            self.y += size * self.s.leading
            self.text(self.s.left + (ind if i == 0 else 0), self.y, line, size, font)

    def gap(self, h: float) -> None:
        self.y += h

    def table(self, rows: list[list[str]], cols: list[float], size: float | None = None) -> None:
        """A ruled table; cols are fractions of the text width."""
        size = (size or self.s.size) - 1.5
        xs = [self.s.left]
        for f in cols:
            xs.append(xs[-1] + f * self.width)
        for row in rows:
            sizes = [self._fit(c, xs[i + 1] - xs[i] - 8, size) for i, c in enumerate(row)]
            cells = [self.wrap(c, xs[i + 1] - xs[i] - 8, sizes[i]) or [""] for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * size * 1.45 + 8
            self.need(h + 4)
            top = self.y + 4
            for i, lines in enumerate(cells):
                self.page.draw_rect(pymupdf.Rect(xs[i], top, xs[i + 1], top + h), color=(0, 0, 0), width=0.7)
                for k, line in enumerate(lines):
                    self.text(xs[i] + 4, top + 4 + size * (1.1 + 1.45 * k), line, sizes[i])
            self.y = top + h - 4
        self.y += 8

    def _fit(self, cell: str, width: float, size: float) -> float:
        """The cell's font size, shrunk (as a word processor's 「适应文字」 does) so no number breaks."""
        longest = max((t for t in TOKEN.findall(cell) if len(t) > 1), key=len, default="")
        while longest and size > 7 and self.length(longest, size) > width:
            size -= 0.5
        return size

    def date_seal(self, when: str, seal: str | None, lines_above: list[str] = (), center_word: str = "") -> None:
        """Signature lines and the date, four characters from the right, the seal over them."""
        size = self.s.size
        block = (len(lines_above) + 1) * size * self.s.leading + 40
        self.need(block + 50)
        self.y += 20
        xr = A4[0] - self.s.right - 4 * size
        for line in lines_above:
            self.y += size * self.s.leading
            self.text(xr - self.length(line, size), self.y, line, size)
        self.y += size * self.s.leading
        w = self.length(when, size)
        self.text(xr - w, self.y, when, size)
        if seal:
            cx = xr - w / 2 + self.rng.uniform(-10, 10)
            cy = self.y - size * (0.4 + 0.6 * len(lines_above)) + self.rng.uniform(-8, 8)
            draw_seal(self.page, cx, cy, self.rng.uniform(56, 64), seal, self.rng, center_word)
        self.y += 24

    def receipt(self, court: str, case: str, title: str, addressee: str, rng: random.Random) -> None:
        """The detachable 回执 in two columns below a dashed cut line."""
        size = self.s.size - 2
        self.need(200)
        self.y += 14
        x0, x1 = self.s.left - 20, A4[0] - self.s.right + 20
        self.page.draw_line((x0, self.y), (x1, self.y), color=(0.3, 0.3, 0.3), width=0.6, dashes="[4 3] 0")
        self.text(x0 + 4, self.y - 3, "（沿此线剪下）", size - 4)
        self.y += 6
        mid = self.s.left + self.width * 0.58
        top = self.y
        self.y += size * 1.8
        self.text(self.s.left, self.y, "回    执", size + 3, self.s.head)
        left_lines = self.wrap(f"{court}：你院{case}{title}已收到，我单位已于　　年　　月　　日按要求协助办理。",
                               mid - self.s.left - 12, size)
        for line in left_lines:
            self.y += size * 1.6
            self.text(self.s.left, self.y, line, size)
        self.y += size * 1.6
        self.text(self.s.left, self.y, "协助执行人：" + addressee, size)
        yr = top + size * 3.4
        for line in ["协助执行单位（盖章）", "", "经办人：", "", "　　年　　月　　日"]:
            if line:
                self.text(mid + 10, yr, line, size)
            yr += size * 1.6
        self.page.draw_line((mid, top + 10), (mid, max(self.y, yr) + 4), color=(0.4, 0.4, 0.4), width=0.5)
        self.y = max(self.y, yr) + 10

    def finish(self) -> list[int]:
        """Number the pages 「— n —」 when the paper runs over one page; return page indexes."""
        if self.s.page_numbers and len(self.pages) > 1:
            for k, pno in enumerate(self.pages, 1):
                page = self.doc[pno]
                label = f"— {k} —"
                size = 14.0
                w = text_length(label, size, self.s.body)
                x = A4[0] - self.s.right - w if k % 2 else self.s.left
                page.insert_text((x, A4[1] - self.s.bottom + 40), label, fontname=self.s.body, fontsize=size)
        return self.pages


def draw_seal(page: pymupdf.Page, cx: float, cy: float, r: float, text: str, rng: random.Random,
              center_word: str = "") -> None:
    """An electronic seal: red ring, five-pointed star, the court's name around the top."""
    page.draw_circle((cx, cy), r, color=RED, width=2.6, stroke_opacity=0.85)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.3 if k % 2 == 0 else r * 0.12
        pts.append(pymupdf.Point(cx + rr * math.cos(a), cy + rr * math.sin(a)))
    page.draw_polyline([*pts, pts[0]], color=RED, fill=RED, width=0.5, fill_opacity=0.85, stroke_opacity=0.85,
                       closePath=True)
    n = len(text)
    size = min(r * 0.33, 2 * math.pi * r * 0.62 / max(n, 1) * 0.95)
    span = min(260.0, n * size / (r - size) * 57.3 * 1.05)
    base = -90 - span / 2
    for i, ch in enumerate(text):
        ang = base + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = r - size * 1.05
        px = cx + rr * math.cos(rad)
        py = cy + rr * math.sin(rad)
        # glyph centred on its slot: shift back by half its width along the tangent
        tan = math.radians(ang + 90)
        ox = px - size / 2 * math.cos(tan) + size * 0.35 * math.cos(rad + math.pi)
        oy = py - size / 2 * math.sin(tan) + size * 0.35 * math.sin(rad + math.pi)
        pivot = pymupdf.Point(ox, oy)
        page.insert_text(pivot, ch, fontname="china-s", fontsize=size, color=RED,
                         morph=(pivot, pymupdf.Matrix(-(ang + 90))), fill_opacity=0.85)
    if center_word:
        w = len(center_word) * size * 0.8
        page.insert_text((cx - w / 2, cy + r * 0.62), center_word, fontname="china-s", fontsize=size * 0.8,
                         color=RED, fill_opacity=0.85)
