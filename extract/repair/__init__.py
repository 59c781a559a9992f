"""Repair of OCR'd Chinese: a scan read by the wrong model made readable again.

    from extract.repair import repair_text
    repaired = repair_text(text)
    repaired.text       # the repaired string
    repaired.repairs    # [Repair(original, replacement, offset, kind), …]

Steps, in order: spaces inside Chinese removed (spacing); lines of a paragraph joined
(linebreak); ASCII punctuation inside Chinese made full-width (spacing); then one search
chooses, by a character model of clean official Chinese, among OpenCC's conversion of
Japanese and traditional forms (script), look-alike characters and dropped stray marks
(visual). Every repair keeps the original characters beside it.
"""

from __future__ import annotations

from extract.repair.linebreak import linebreak_edits
from extract.repair.model import Repair, RepairedText, RepairKind
from extract.repair.pieces import apply, join, result, split
from extract.repair.search import COSTS, decode, misread_rate
from extract.repair.spacing import punctuation_edits, space_edits

__all__ = ["Repair", "RepairKind", "RepairedText", "repair_text"]


PASSES = 3


def repair_text(text: str) -> RepairedText:
    """The repaired text and every change made, each with the characters it replaced.

    The character search runs again on its own output until nothing changes (at most
    three times): a repair can give a neighbour the context that its own repair needs
    (公邊金 → 公边金 → 公积金), and repairing repaired text must change nothing. Each pass
    also learns the document's own misreadings from the previous ones (仇 for 执 at ten
    places makes it likely at the eleventh, where the context alone is weaker).
    """
    pieces = split(text)
    for step in (space_edits, linebreak_edits, punctuation_edits):
        pieces = apply(pieces, step(join(pieces)))
    learned: dict[str, dict[str, int]] = {}
    scan = misread_rate(join(pieces)) >= COSTS.scan_rate  # judged before any pass cleans it
    for _ in range(PASSES):
        text = join(pieces)
        edits = decode(text, learned=learned, scan=scan)
        if not edits:
            break
        for edit in edits:
            if edit.end - edit.start == 1 and len(edit.text) == 1:
                seen = learned.setdefault(text[edit.start], {})
                seen[edit.text] = seen.get(edit.text, 0) + 1
        pieces = apply(pieces, edits)
    # a mark beside debris (印友_4A体イ11,清) is beside Chinese only once the debris is read
    pieces = apply(pieces, punctuation_edits(join(pieces)))
    return result(pieces)
