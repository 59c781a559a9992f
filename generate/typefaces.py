"""The faces the PDFs are set in, all shipped with the package or with PyMuPDF.

- ``serif`` / ``serif_bold``: Assistdesk Serif SC, a GB 2312 subset of Noto Serif CJK SC
  (SIL OFL 1.1, see ``fonts/OFL.txt``) vendored under ``generate/fonts``. No pip package
  ships a CJK serif face, and a Song face is the accepted stand-in for 仿宋/小标宋.
- ``sans``: Droid Sans Fallback, which PyMuPDF carries inside its wheel (``Font("cjk")``,
  Apache 2.0): the 黑体 of headings, and the fallback for a character the subset lacks
  (a rare character in a name), so that no character is ever dropped or boxed.

Because every face comes from the package, a PDF looks the same on a machine with no
Chinese fonts at all.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pymupdf

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILES = {
    "serif": FONT_DIR / "AssistdeskSerifSC-Regular.ttf",
    "serif_bold": FONT_DIR / "AssistdeskSerifSC-Bold.ttf",
}


@functools.cache
def font(key: str) -> pymupdf.Font:
    """A face by role: serif, serif_bold or sans."""
    if key == "sans":
        return pymupdf.Font("cjk")
    path = FONT_FILES[key]
    if not path.exists():
        raise FileNotFoundError(f"font file missing: {path}; rebuild it with generate/fonts/build_fonts.py")
    return pymupdf.Font(fontfile=str(path))


@functools.cache
def face_for(key: str, char: str) -> str:
    """The face that will draw ``char``: the requested one, or the sans fallback."""
    if key != "sans" and font(key).has_glyph(ord(char)):
        return key
    return "sans"
