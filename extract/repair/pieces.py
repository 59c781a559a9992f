"""The text as a row of pieces, each remembering what it was before any repair.

Repairs are made in steps (spacing, line breaks, script, look-alikes, punctuation) and a
later step may change what an earlier one produced. Keeping the text as pieces, one per
original character until a step merges some, lets every step edit plain offsets in the
current text while the original characters stay attached to whatever replaced them.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.repair.model import Repair, RepairedText, RepairKind


@dataclass
class Piece:
    original: str
    text: str
    kind: RepairKind | None = None


@dataclass(frozen=True)
class Edit:
    """Replace current text[start:end] with `text`."""

    start: int
    end: int
    text: str
    kind: RepairKind


def split(text: str) -> list[Piece]:
    return [Piece(ch, ch) for ch in text]


def join(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces)


def apply(pieces: list[Piece], edits: list[Edit]) -> list[Piece]:
    """Apply non-overlapping edits (offsets in the current text), merging the pieces they touch.

    An edit that starts or ends inside a piece takes the whole piece, so a piece's
    original characters always stay with the text that replaced them.
    """
    if not edits:
        return pieces
    spans, pos = [], 0
    for p in pieces:
        spans.append((pos, pos + len(p.text)))
        pos += len(p.text)
    out: list[Piece] = []
    j = 0
    for edit in sorted(edits, key=lambda e: e.start):
        s, e = edit.start, edit.end
        if s >= e:
            raise ValueError("an edit must replace at least one character")
        while j < len(pieces) and not _touches(spans[j], s, e):
            out.append(pieces[j])
            j += 1
        first = j
        while j < len(pieces) and _touches(spans[j], s, e):
            j += 1
        touched = pieces[first:j]
        if not touched:
            raise ValueError(f"edit {edit} is outside the text")
        head = touched[0].text[: s - spans[first][0]]
        tail = touched[-1].text[e - spans[j - 1][0] :]
        text = head + edit.text + tail
        original = "".join(p.original for p in touched)
        out.append(Piece(original, text, edit.kind if text != original else None))
    out.extend(pieces[j:])
    return out


def _touches(span: tuple[int, int], s: int, e: int) -> bool:
    a, b = span
    return (a < e and b > s) if a < b else s < a < e


def result(pieces: list[Piece]) -> RepairedText:
    repairs, pos = [], 0
    for p in pieces:
        if p.original != p.text:
            repairs.append(Repair(p.original, p.text, pos, p.kind or "visual"))
        pos += len(p.text)
    return RepairedText(join(pieces), repairs)
