"""Spaces and punctuation width inside Chinese text.

Why: a scan's text puts spaces where the printed line had none (人 民法院, 2名 以上,
工作证、 执行) and a recogniser trained on other scripts returns ASCII punctuation for the
Chinese marks (, for ，, : for ：, ( for （). Chinese prose has no spaces, and its
punctuation is full-width; numbers keep their ASCII marks (168,682.42, 1.5).
"""

from __future__ import annotations

import re

from extract.repair.pieces import Edit

_CJK = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff65“”‘’"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇"

# A run of spaces next to Chinese on either side (never a line break).
_SPACES_RE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[{_CJK}])")
_WIDE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# , : ; ? ! after Chinese, or before it when they cannot belong to a number
_MARK_RE = re.compile(rf"(?<=[{_CJK}])[,:;?!]|[,:;?!](?=[{_HAN}])(?<!\d[,:])")
# a full stop after Chinese (or kana, a misread Chinese glyph) that does not start a decimal number
_STOP_RE = re.compile(rf"(?<=[{_HAN}\u3040-\u30ff）》”])\.(?!\d)")
# an article's number at the start of a line is written 1. (a recogniser may read its dot as 。)
_NUMBER_RE = re.compile(rf"(?m)^([ \t\u3000]*\d{{1,2}})[。．](?=[ \t\u3000]*[{_HAN}])")
# brackets with Chinese inside: (市、区) -> （市、区）
_PAREN_RE = re.compile(rf"\((?=[^()\n]{{0,40}}[{_HAN}][^()\n]{{0,40}}\))|(?<=[{_HAN}、）])\)")


def space_edits(text: str) -> list[Edit]:
    """Remove spaces inside Chinese text, except one between two words of two or more
    characters (a list of names, two issuers on a title line)."""
    edits = []
    for m in _SPACES_RE.finditer(text):
        s, e = m.start(), m.end()
        if _separates_words(text, s, e):
            continue
        edits.append(Edit(s, e, "", "spacing"))
    return _merge(edits)


def _separates_words(text: str, s: int, e: int) -> bool:
    han = re.compile(rf"[{_HAN}]")
    left2, right2 = text[max(s - 2, 0) : s], text[e : e + 2]
    return len(left2) == 2 and len(right2) == 2 and all(han.match(c) for c in left2 + right2)


def punctuation_edits(text: str) -> list[Edit]:
    """ASCII marks inside Chinese text made full-width; ASCII quotes paired as “ ”."""
    edits = [Edit(m.start(), m.end(), _WIDE[m.group()], "spacing") for m in _MARK_RE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "。", "spacing") for m in _STOP_RE.finditer(text)]
    edits += [Edit(m.end(1), m.end(), ".", "spacing") for m in _NUMBER_RE.finditer(text)]
    edits += [Edit(m.start(), m.end(), _WIDE[m.group()], "spacing") for m in _PAREN_RE.finditer(text)]
    edits += _quote_edits(text)
    return _merge(edits)


def _quote_edits(text: str) -> list[Edit]:
    """An ASCII double quote beside Chinese is “ when none is open on its line, else ”."""
    edits, open_ = [], False
    for i, ch in enumerate(text):
        if ch == "\n":
            open_ = False
        elif ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"' and _beside_chinese(text, i):
            edits.append(Edit(i, i + 1, "”" if open_ else "“", "spacing"))
            open_ = not open_
    return edits


def _beside_chinese(text: str, i: int) -> bool:
    near = text[max(i - 1, 0) : i] + text[i + 1 : i + 2]
    return bool(re.search(rf"[{_CJK}]", near))


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sorted and without overlaps (the first edit at a place wins)."""
    out: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and edit.start < out[-1].end:
            continue
        out.append(edit)
    return out


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out.append(text[pos : e.start])
        out.append(e.text)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def widen_punctuation(text: str) -> str:
    """punctuation_edits applied to a plain string (the corpus is cleaned the same way)."""
    return apply_edits(text, punctuation_edits(text))
