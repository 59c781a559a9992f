"""How alike two glyphs look, from their rendered shapes.

Why: a recogniser that does not know a character returns the one it knows that looks
nearest (设 as 没, 范 as 苑, 展 as 晨), so the characters that look like a misread one
are the likely truths. Each character is drawn with PyMuPDF's bundled CJK face (it covers
Chinese, Japanese kana and Latin alike, and ships with a dependency we already have),
blurred and reduced; similarity is the cosine of those images, as a whole and by halves,
because OCR mostly swaps one component (氵 for 讠) and keeps the other.
"""

from __future__ import annotations

import io
import itertools
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SIZE = 48
GRID = 24


@cache
def _font() -> ImageFont.FreeTypeFont:
    import pymupdf

    return ImageFont.truetype(io.BytesIO(pymupdf.Font("cjk").buffer), SIZE - 6)


def _bitmap(glyphs: str) -> np.ndarray:
    """One em square holding the glyphs side by side (two narrow ones make one character)."""
    font = _font()
    width = SIZE * len(glyphs)
    image = Image.new("L", (width, SIZE), 0)
    ImageDraw.Draw(image).text((3, 3), glyphs, font=font, fill=255)
    box = image.getbbox()
    if box is None:
        return np.zeros((SIZE, SIZE), dtype=np.float32)
    image = image.crop((0, 0, max(box[2] + 3, SIZE), SIZE)).resize((SIZE, SIZE), Image.BILINEAR)
    return np.asarray(image.filter(ImageFilter.GaussianBlur(1)), dtype=np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


@cache
def features(glyphs: str) -> np.ndarray:
    """Whole glyph, left, right, top and bottom halves, each a unit vector."""
    small = np.asarray(Image.fromarray(_bitmap(glyphs)).resize((GRID, GRID), Image.BOX), dtype=np.float32)
    h = GRID // 2
    parts = [small, small[:, :h], small[:, h:], small[:h, :], small[h:, :]]
    return np.concatenate([_unit(p.ravel() - p.mean()) for p in parts])


_PARTS = (GRID * GRID, GRID * GRID // 2, GRID * GRID // 2, GRID * GRID // 2, GRID * GRID // 2)


def _combine(cos: np.ndarray) -> np.ndarray:
    """0.6 * whole + 0.4 * best half (an identical component counts for much)."""
    whole = cos[..., 0]
    halves = np.maximum(np.maximum(cos[..., 1], cos[..., 2]), np.maximum(cos[..., 3], cos[..., 4]))
    return 0.6 * whole + 0.4 * halves


class ShapeIndex:
    """The candidate characters' shapes, searchable by likeness to any glyph or pair."""

    def __init__(self, chars: list[str]) -> None:
        self.chars = chars
        self.matrix = np.stack([features(c) for c in chars]) if chars else np.zeros((0, sum(_PARTS)))
        self._bounds = list(itertools.pairwise(np.cumsum((0, *_PARTS))))
        self._parts = [np.ascontiguousarray(self.matrix[:, a:b]) for a, b in self._bounds]

    def _cosines(self, vec: np.ndarray) -> np.ndarray:
        # einsum, not BLAS: a matrix-vector product this small gains nothing from BLAS
        # threads, which on a busy machine spin and cost a hundred times the work
        parts = zip(self._parts, self._bounds, strict=True)
        return np.stack([np.einsum("ij,j->i", m, vec[a:b]) for m, (a, b) in parts], axis=-1)

    @cache  # noqa: B019 - one index per process
    def nearest(self, glyphs: str, k: int = 10) -> tuple[tuple[str, float], ...]:
        """The k candidate characters that look most like `glyphs`, with their similarity."""
        sims = _combine(self._cosines(features(glyphs)))
        top = np.argsort(-sims, kind="stable")[: k + 1]
        return tuple((self.chars[i], float(sims[i])) for i in top if self.chars[i] != glyphs)[:k]


@cache
def similarity(a: str, b: str) -> float:
    fa, fb = features(a), features(b)
    bounds = np.cumsum((0, *_PARTS))
    cos = np.array([fa[x:y] @ fb[x:y] for x, y in itertools.pairwise(bounds)])
    return float(_combine(cos))
