"""Page layout in points (A4), shared by the raster and the born-digital renderers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageFont

A4W, A4H = 595.28, 841.89
MM = 72 / 25.4

FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}


@lru_cache(maxsize=256)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[key]
    return ImageFont.truetype(path, max(px, 6), index=idx)


def text_width(text: str, key: str, size: float) -> float:
    return pil_font(key, 100).getlength(text) * size / 100


@dataclass
class Seal:
    cx: float
    cy: float
    r: float
    text: str
    bottom: str = ""
    rot: float = 0.0
    seed: int = 0


@dataclass
class Page:
    w: float = A4W
    h: float = A4H
    texts: list = field(default_factory=list)   # (x, y_top, text, font, size, color)
    lines: list = field(default_factory=list)   # (x0, y0, x1, y1, width, dashed)
    rects: list = field(default_factory=list)   # (x0, y0, x1, y1, width, color)
    seals: list = field(default_factory=list)   # Seal
    sealed: bool = False

    def text(self, x, y, s, font="song", size=15.0, color=(0, 0, 0)):
        self.texts.append((x, y, s, font, size, color))


NO_START = set("，。、；：）」』》？！%")


_TOKEN = re.compile(r"[0-9A-Za-z¥.,:/\-]+|.", re.S)


def wrap(text: str, width: float, font: str, size: float, indent: float = 0.0) -> list[str]:
    """Break CJK text anywhere, but never inside a run of digits or Latin letters (as a word processor does)."""
    lines, cur, avail = [], "", width - indent
    for tok in _TOKEN.findall(text):
        if text_width(cur + tok, font, size) > avail and cur and tok not in NO_START:
            lines.append(cur)
            cur, avail = tok, width
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Flows paragraphs over A4 pages with the GB/T 9704 margins (loosely)."""

    def __init__(self, size=15.0, leading=1.75, top=37 * MM, left=28 * MM, right=26 * MM, bottom=35 * MM,
                 font="song", page_numbers=True):
        self.size, self.leading, self.font = size, leading, font
        self.top, self.left, self.bottom = top, left, bottom
        self.width = A4W - left - right
        self.pages: list[Page] = []
        self.page_numbers = page_numbers
        self.new_page()

    # -- pages
    def new_page(self):
        self.pages.append(Page())
        self.y = self.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, h: float):
        if self.y + h > A4H - self.bottom:
            self.new_page()

    def gap(self, h: float):
        self.y += h

    # -- blocks
    def center(self, s: str, size: float | None = None, font: str | None = None, color=(0, 0, 0), spacing=0.0):
        size = size or self.size
        font = font or self.font
        if spacing:
            s = (" " * int(spacing)).join(s)
        w = text_width(s, font, size)
        self.need(size * self.leading)
        self.page.text((A4W - w) / 2, self.y, s, font, size, color)
        self.y += size * self.leading

    def right(self, s: str, pad_chars: float = 2.0, size: float | None = None, font: str | None = None):
        size = size or self.size
        font = font or self.font
        w = text_width(s, font, size)
        self.need(size * self.leading)
        x = self.left + self.width - w - pad_chars * size
        self.page.text(x, self.y, s, font, size)
        self.y += size * self.leading
        return x, self.y - size * self.leading

    def para(self, s: str, indent: float = 2.0, size: float | None = None, font: str | None = None,
             hang: float = 0.0):
        size = size or self.size
        font = font or self.font
        ind = indent * size
        lines = wrap(s, self.width - hang * size, font, size, ind)
        for i, ln in enumerate(lines):
            self.need(size * self.leading)
            x = self.left + hang * size + (ind if i == 0 else 0)
            self.page.text(x, self.y, ln, font, size)
            self.y += size * self.leading

    def line(self, s: str, x_chars: float = 0.0, size: float | None = None, font: str | None = None):
        size = size or self.size
        font = font or self.font
        self.need(size * self.leading)
        self.page.text(self.left + x_chars * size, self.y, s, font, size)
        self.y += size * self.leading

    def rule(self, dashed=False, width=0.8):
        self.need(self.size)
        self.page.lines.append((self.left - 10, self.y, self.left + self.width + 10, self.y, width, dashed))
        self.y += self.size * 0.8

    def seal_here(self, x: float, y: float, name: str, seed: int, bottom: str = "", r: float = 21 * MM,
                  rot: float = 0.0):
        self.page.seals.append(Seal(x, y, r, name, bottom, rot, seed))
        self.page.sealed = True

    def finish(self) -> list[Page]:
        if self.page_numbers and len(self.pages) > 1:
            for i, p in enumerate(self.pages, 1):
                s = f"— {i} —"
                w = text_width(s, "song", 13)
                x = A4W - 26 * MM - w if i % 2 else 28 * MM
                p.text(x, A4H - 28 * MM, s, "song", 13)
        return self.pages
