"""Lines of a paragraph joined again.

Why: a scan's text breaks a sentence wherever the printed line ended (不断推 / 进执行信息化),
often with blank lines between, which splits words for every reader after us. A line is
joined to the next unless it ends a sentence or a heading, or the next one starts a new
article or item (一、 1. （一） 第三条 …). Paragraph breaks are kept as one line break.
"""

from __future__ import annotations

import re

from extract.repair.pieces import Edit

# what ends a paragraph: a sentence-final mark, or a closing mark after one
_END_RE = re.compile(r"[。：；！？.:;!?]\s*[”’」』）)]?$|[：:]$")
# what starts one: an article or item number, a chapter, a signature date
_START_RE = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[条章节编]|[一二三四五六七八九十]+[、.．]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．。、]|附件|各[^，,。]{0,12}[：:]$)"
)
_BREAK_RE = re.compile(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*")


def linebreak_edits(text: str) -> list[Edit]:
    lengths = sorted(len(line.strip()) for line in text.splitlines() if line.strip())
    full = lengths[len(lengths) * 3 // 4] if lengths else 0  # a full line's length
    edits = []
    for m in _BREAK_RE.finditer(text):
        before = text[: m.start()].rsplit("\n", 1)[-1]
        after = text[m.end() :].split("\n", 1)[0]
        if not before.strip() or not after.strip():
            replacement = "\n" if before.strip() else ""
        elif _END_RE.search(before) or _START_RE.match(after) or _is_heading(before, full):
            replacement = "\n"
        else:
            replacement = ""
        if m.group() != replacement:
            edits.append(Edit(m.start(), m.end(), replacement, "linebreak"))
    return edits


def _is_heading(line: str, full: int) -> bool:
    """A line starting with an item number (一、健全完善…) that stops well short of a full
    line is a heading of its own; a full one runs on into the next line."""
    line = line.strip()
    return bool(_START_RE.match(line)) and len(line) < 0.8 * full and not re.search(r"[，,]", line)
