"""Which CJK fonts the renderer may use on this machine.

Real scans come from many printers and typefaces, so documents in a bundle use
different fonts. System fonts (AR PL UMing/UKai, WenQuanYi Zen Hei) are preferred because
their digits are spaced normally; PyMuPDF's built-in CJK font is the fallback so that
generation works on a bare machine too (its digits are oddly wide, but legible).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pymupdf
from PIL import ImageFont

SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@dataclass(frozen=True)
class FontFace:
    """A font usable both by PyMuPDF (pages) and by Pillow (seals, cards)."""

    name: str
    path: str | None  # None: PyMuPDF's built-in CJK font

    @property
    def buffer(self) -> bytes:
        return _buffer(self.path)

    def measure(self) -> pymupdf.Font:
        return _measure_font(self.path)

    def pil(self, size: int) -> ImageFont.FreeTypeFont:
        """A Pillow font of the first face in the file (the simplified-Chinese one here)."""
        if self.path:
            return ImageFont.truetype(self.path, size, index=0)
        return ImageFont.truetype(io.BytesIO(self.buffer), size)


@cache
def _buffer(path: str | None) -> bytes:
    if path:
        return Path(path).read_bytes()
    return pymupdf.Font("cjk").buffer


@cache
def _measure_font(path: str | None) -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=_buffer(path)) if path else pymupdf.Font("cjk")


def available_fonts(builtin_only: bool = False) -> list[FontFace]:
    """The fonts present here, in a fixed order so that a seed picks the same ones."""
    if not builtin_only:
        found = [FontFace(Path(p).stem, p) for p in SYSTEM_FONTS if Path(p).exists()]
        if found:
            return found
    return [FontFace("builtin-cjk", None)]
