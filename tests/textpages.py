"""Pages built from text, for testing the reading steps without spending OCR time."""

from __future__ import annotations

from extract.model import Page, TextLine
from extract.normalize import normalize_text

LINE_HEIGHT = 0.025


def page(source: str, number: int, lines: list[str], full_width: int = 28) -> Page:
    """A page whose lines sit one under the other; a line of `full_width` characters or more
    reaches the right margin, as a wrapped line of body text does."""
    out = []
    for i, text in enumerate(lines):
        y = 0.08 + i * 1.6 * LINE_HEIGHT
        width = min(len(text), full_width) / full_width * 0.76
        out.append(TextLine(normalize_text(text), (0.12, y, 0.12 + width, y + LINE_HEIGHT), 0.98))
    return Page(source=source, number=number, lines=out, text_source="text_layer")


def wrap(text: str, width: int = 28) -> list[str]:
    """Body text wrapped at a fixed width, as a printed paper is."""
    out = []
    for paragraph in text.split("\n"):
        out.extend(paragraph[i : i + width] for i in range(0, len(paragraph), width))
    return out
