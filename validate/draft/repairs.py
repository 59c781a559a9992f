"""Which characters the repair changed inside a rule's quoted words.

A rule quotes a sentence of the repaired text; where the normaliser or the OCR repair
changed a character of that sentence, the quotation is their reading, not the scan's, and
the reviewer must see both. The scan's text and the repaired text are aligned character by
character with spaces and line breaks taken out (as the drafter joins wrapped lines), so
every change is found whichever step made it; a change of width alone (, → ，) is not one.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from validate.draft import Draft, Repair


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


def changes(original: str, repaired: str) -> list[tuple[int, int, str, str]]:
    """(start, end) in the squashed repaired text, with the scan's characters and the new ones."""
    a, b = _squash(original), _squash(repaired)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal" and not _same(a[i1:i2], b[j1:j2]):
            out.append((j1, j2, a[i1:i2], b[j1:j2]))
    return out


def repairs_in_words(draft: Draft, original: str, repaired: str) -> list[Repair]:
    """One entry per change that lies inside some rule's quoted words (each change once per rule)."""
    if _squash(original) == _squash(repaired):
        return []
    flat = _squash(repaired)
    found = changes(original, repaired)
    out: list[Repair] = []
    for rule in draft.rules:
        spans = []
        # a list's words are its opening and its items joined; find each piece on its own
        for piece in re.split(r"(?<=[：；。])|(?:^|(?<=[：；。]))(?:\d{1,2}\.|（\d{1,2}）|（[一二三四五六七八九十]+）)",
                              _squash(rule.words)):
            if not piece or len(piece) < 4:
                continue
            start = flat.find(piece)
            if start != -1:
                spans.append((start, start + len(piece)))
        seen = set()
        for j1, j2, old, new in found:
            if any(a <= j1 < b or (j1 == j2 and a < j1 < b) for a, b in spans) and (j1, old) not in seen:
                seen.add((j1, old))
                out.append(Repair(rule.id, old or "（无）", new or "（删除）", flat[max(0, j1 - 6):j2 + 6]))
    return out
