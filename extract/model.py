"""The plain data that flows between extraction steps.

Every stage reads and enriches these objects instead of passing loose dicts around, so a
test can build a `Page` by hand and enter the pipeline anywhere. Boxes are fractions of
the upright page (0..1, origin top left): the reviewer's page overlays them on an image of
any resolution, and a rotated scan keeps its boxes once it has been turned upright.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Box = tuple[float, float, float, float]
"""(x0, y0, x1, y1) as fractions of the upright page's width and height."""

@dataclass
class TextLine:
    """One line of text as read, with where it sits and how sure the reader was."""

    text: str
    box: Box
    confidence: float = 1.0


@dataclass
class Page:
    """One page of one uploaded file, turned upright and read."""

    source: str
    number: int
    """1-based page number within `source`."""
    lines: list[TextLine] = field(default_factory=list)
    text_source: Literal["text_layer", "ocr", "none"] = "none"
    rotation: int = 0
    """Degrees (clockwise) the page was turned to stand upright."""
    skew: float = 0.0
    seal: bool = False
    """A red seal was seen on the page."""
    seal_visible: bool = False
    """A seal would have been seen here (a text layer's rendering, a scan that kept its red):
    when `seal` is False on such a page, it has none (see `seal.absence_visible`)."""
    width: int = 0
    height: int = 0
    doc_type: str | None = None
    doc_confidence: float = 0.0

    @property
    def aspect(self) -> float:
        """Width over height (1 where the size is not known): a skew in degrees tilts rows by
        tan(skew) × aspect in the boxes' page fractions."""
        return self.width / self.height if self.width and self.height else 1.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Document:
    """The pages that make up one court paper: consecutive pages of one file, and where a
    paper was handed in a page to a file, its later pages in the files after it."""

    type: str
    source: str
    pages: list[Page]
    paper: str | None = None
    """The paper's own kind where its type is broader (`contract.PAPERS`): 送达回证, 协助公示通知书 …"""

    @property
    def page_numbers(self) -> list[int]:
        """The paper's pages in `source`, the file it begins in."""
        return [p.number for p in self.pages if p.source == self.source]

    @property
    def continued(self) -> list[tuple[str, list[int]]]:
        """Its pages in other files, file by file in the order they follow."""
        parts: dict[str, list[int]] = {}
        for p in self.pages:
            if p.source != self.source:
                parts.setdefault(p.source, []).append(p.number)
        return list(parts.items())

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


@dataclass
class Evidence:
    """Where a value was read: the reviewer's page outlines `box` on that page."""

    source: str
    page: int
    box: Box | None
    confidence: float
    text: str = ""
    document: str = ""


@dataclass
class Reading:
    """One value of one field as one document states it."""

    value: Any
    evidence: Evidence


@dataclass
class Conflict:
    """Two documents of the bundle state a field differently."""

    field: str
    readings: list[Reading]


@dataclass
class Problem:
    """A file (or page) that could not be read, said in one line for the clerk."""

    source: str
    message: str
    kind: str = "unreadable"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class Flag:
    """Something read that a person must look at: a failed check digit, an unsure value."""

    field: str
    message: str
    evidence: Evidence | None = None
