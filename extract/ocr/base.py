"""The engine interface: an upright-or-not page image in, lines of text with boxes out.

Engines own page orientation because the good signals for it (the detector's box shapes,
the direction classifier) live inside them; the pipeline only needs to know which way the
page was turned so it can show the reviewer the same upright image the boxes refer to.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from extract.errors import OcrUnavailable


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


class OcrEngine(ABC):
    name: str = "engine"

    @abstractmethod
    def read(self, image: np.ndarray) -> OcrResult:
        """Read an RGB page image (any of the four orientations, a few degrees of skew)."""


EngineFactory = Callable[..., OcrEngine]


def _rapid(**options: Any) -> OcrEngine:
    from extract.ocr.rapid import RapidEngine

    return RapidEngine(**options)


def _paddle(**options: Any) -> OcrEngine:
    from extract.ocr.paddle import PaddleEngine

    return PaddleEngine(**options)


def _replay(recording: str | None = None) -> OcrEngine:
    if not recording:
        raise OcrUnavailable("the replay engine needs a recording: set ASSISTDESK_OCR_RECORDING to its JSON file")
    return ReplayEngine.from_file(recording)


ENGINES: dict[str, EngineFactory] = {"rapidocr": _rapid, "paddle": _paddle, "replay": _replay}
"""Engines by the name a deployment's settings give (`ASSISTDESK_OCR`)."""

_BUILT: dict[tuple[str, tuple[tuple[str, Any], ...]], OcrEngine] = {}


def get_engine(name: str = "rapidocr", **options: Any) -> OcrEngine:
    """The engine of this name, built once per process and set of options (models are large).

    `options` are the engine's own (`det_max_side`, `threads` for RapidOCR, `models` for
    Paddle, `recording` for the replay engine): the caller passes them from its settings,
    so no engine reads the environment itself.
    """
    factory = ENGINES.get((name or "").lower())
    if factory is None:
        raise OcrUnavailable(f"unknown OCR engine {name!r}: choose one of {', '.join(ENGINES)} (ASSISTDESK_OCR)")
    key = (name.lower(), tuple(sorted((k, v) for k, v in options.items() if v is not None)))
    if factory is _replay:
        return factory(**dict(key[1]))  # a replay is read once through: a fresh one each time
    if key not in _BUILT:
        _BUILT[key] = factory(**dict(key[1]))
    return _BUILT[key]


class ReplayEngine(OcrEngine):
    """Gives back recorded `OcrResult`s, one per page in order: the pipeline without OCR.

    For fast tests of what the pipeline does with what OCR returned (a failing page, an
    empty page, a paper read twice) and for replaying a field report exactly. A result
    recorded as None makes that page fail the way a crashing engine would.
    """

    name = "replay"

    def __init__(self, results: Iterable[OcrResult | None]) -> None:
        self._results = list(results)
        self._next = 0

    def read(self, image: np.ndarray) -> OcrResult:
        if self._next >= len(self._results):
            raise RuntimeError(f"replay engine: only {len(self._results)} pages were recorded")
        result = self._results[self._next]
        self._next += 1
        if result is None:
            raise RuntimeError(f"replay engine: page {self._next} was recorded as failing")
        return result

    @staticmethod
    def record(results: Iterable[OcrResult | None], path: Path | str) -> None:
        """Write results as JSON, in the order `read` will give them back."""
        rows = [None if r is None else asdict(r) for r in results]
        Path(path).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def from_file(cls, path: Path | str) -> ReplayEngine:
        try:
            rows = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OcrUnavailable(f"replay engine: cannot read the recording {path} ({exc})") from exc
        results = [
            None if row is None else OcrResult(
                lines=[OcrLine(ln["text"], tuple(ln["box"]), ln["confidence"], ln.get("angle", 0.0))
                       for ln in row["lines"]],
                rotation=row["rotation"], skew=row["skew"], width=row["width"], height=row["height"],
            )
            for row in rows
        ]
        return cls(results)
