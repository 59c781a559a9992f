"""The engine interface: an upright-or-not page image in, lines of text with boxes out.

Engines own page orientation because the good signals for it (the detector's box shapes,
the direction classifier) live inside them; the pipeline only needs to know which way the
page was turned so it can show the reviewer the same upright image the boxes refer to.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cache

import numpy as np


@dataclass
class OcrLine:
    text: str
    box: tuple[float, float, float, float]
    """Axis-aligned (x0, y0, x1, y1) in pixels of the upright image."""
    confidence: float
    angle: float = 0.0
    """Slope of the line's top edge in degrees: a skewed scan shows it."""


@dataclass
class OcrResult:
    lines: list[OcrLine] = field(default_factory=list)
    rotation: int = 0
    """Degrees clockwise the image was turned to stand upright (0, 90, 180, 270)."""
    skew: float = 0.0
    width: int = 0
    height: int = 0


class OcrUnavailable(RuntimeError):
    """The configured engine cannot run here; the message says what to install."""


class OcrEngine(ABC):
    name: str = "engine"

    @abstractmethod
    def read(self, image: np.ndarray) -> OcrResult:
        """Read an RGB page image (any of the four orientations, a few degrees of skew)."""


@cache
def get_engine(name: str | None = None) -> OcrEngine:
    """The process-wide engine: models are large, so each is built once and reused."""
    name = (name or os.environ.get("ASSISTDESK_OCR") or "rapidocr").lower()
    if name == "rapidocr":
        from extract.ocr.rapid import RapidEngine

        return RapidEngine()
    if name == "paddle":
        from extract.ocr.paddle import PaddleEngine

        return PaddleEngine()
    raise OcrUnavailable(f"unknown OCR engine {name!r}: set ASSISTDESK_OCR to 'rapidocr' or 'paddle'")
