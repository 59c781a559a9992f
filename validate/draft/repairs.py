"""Which repaired characters ended up inside a rule's quoted words.

A rule quotes a sentence of the repaired text; where the repair changed a character of
that sentence, the quotation is the repair's reading, not the scan's, and the reviewer must
see both. Words are matched on the text with spaces and line breaks taken out, as the
drafter joins wrapped lines.
"""

from __future__ import annotations

import re
from typing import Any

from validate.draft import Draft, Repair


def _squashed(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in keep), keep


def _attr(repair: Any, *names: str) -> Any:
    for name in names:
        if hasattr(repair, name):
            return getattr(repair, name)
        if isinstance(repair, dict) and name in repair:
            return repair[name]
    return None


def repairs_in_words(draft: Draft, text: str, repairs: list[Any]) -> list[Repair]:
    """One entry per repair whose replacement lies inside some rule's words."""
    if not repairs:
        return []
    flat, index = _squashed(text)
    position = {j: k for k, j in enumerate(index)}
    out: list[Repair] = []
    for rule in draft.rules:
        words = re.sub(r"\s+", "", rule.words)
        spans = []
        start = flat.find(words)
        while start != -1:
            spans.append((index[start], index[start + len(words) - 1] + 1))
            start = flat.find(words, start + 1)
        if not spans:
            continue
        for repair in repairs:
            offset = _attr(repair, "offset", "start")
            replacement = str(_attr(repair, "replacement", "new") or "")
            original = str(_attr(repair, "original", "old") or "")
            if offset is None:
                continue
            if any(a <= offset < b for a, b in spans):
                k = position.get(offset)
                ctx = flat[max(0, (k or 0) - 6):(k or 0) + len(replacement) + 6] if k is not None else ""
                out.append(Repair(rule.id, original, replacement, ctx))
    return out
