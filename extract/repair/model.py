"""What a repair is, and the text it produces: the shape the drafter and reviewers rely on.

Every change keeps the characters it replaced beside it, so a reviewer can see what the
scan said and a rule that quotes a repaired word can be flagged as a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# script: a Japanese or traditional form converted to simplified Chinese (OpenCC);
# visual: a look-alike character chosen by context; linebreak: a line joined to the next;
# spacing: spaces and the width of punctuation inside Chinese text.
RepairKind = Literal["script", "visual", "linebreak", "spacing"]


@dataclass(frozen=True)
class Repair:
    """One change: `original` (as scanned) became `replacement` at `offset` in the repaired text."""

    original: str
    replacement: str
    offset: int
    kind: RepairKind

    @property
    def end(self) -> int:
        """Offset just past the replacement in the repaired text."""
        return self.offset + len(self.replacement)


@dataclass(frozen=True)
class RepairedText:
    """The repaired string and every change made to reach it, in text order."""

    text: str
    repairs: list[Repair] = field(default_factory=list)

    def original(self) -> str:
        """The text as it was before repair (each repair undone), for checks and reviewers."""
        out, pos = [], 0
        for r in self.repairs:
            out.append(self.text[pos : r.offset])
            out.append(r.original)
            pos = r.end
        out.append(self.text[pos:])
        return "".join(out)

    def repairs_in(self, start: int, end: int) -> list[Repair]:
        """Repairs overlapping text[start:end] (a quoted word, a rule's sentence)."""
        return [r for r in self.repairs if r.offset < end and (r.end > start or (r.offset == r.end and start <= r.offset < end))]
