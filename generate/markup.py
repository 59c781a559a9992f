"""The small line-based markup that templates produce and both renderers read.

A template writes the document as lines: a plain line is a body paragraph; a line that
starts with ``::name`` is a block of that kind (title, addressee, heading, signature …).
Keeping the templates in this form means the wording lives in one place and the PDF and
DOCX renderers cannot drift apart: they lay out the same blocks.

Inline, ``KEEP_OPEN … KEEP_CLOSE`` (private-use characters, stripped from data) mark text
that must not be broken across lines: a case number, an ID number, an amount in figures.
A value split over two lines is hard to read and hard for `extract` to read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KEEP_OPEN = "\ue000"
KEEP_CLOSE = "\ue001"
MARKERS = (KEEP_OPEN, KEEP_CLOSE)

BLOCK_KINDS = frozenset(
    {
        "header",  # 版头: red, centred, first page only
        "docno",  # 发文字号, centred under the header, followed by the red rule
        "title",  # 标题: bold, centred
        "subtitle",  # a centred line in body size under the title
        "addressee",  # 主送机关: flush left
        "para",  # body paragraph, first line indented two characters
        "heading",  # 一、 heading in a sans (黑体) face, indented two characters
        "plain",  # flush-left line without indent
        "blank",  # one empty body line
        "signature",  # 发文机关署名
        "date",  # 成文日期
        "note",  # 附注, in parentheses under the date
        "row",  # a table row: label | value | minimum lines | style
    }
)

_DIRECTIVE = re.compile(r"^::(?P<kind>[a-z]+)(?:\s+(?P<text>.*))?$")


@dataclass(frozen=True)
class Block:
    """One laid-out unit of a document, in reading order."""

    kind: str
    text: str = ""
    label: str = ""
    min_lines: int = 1
    style: str = ""

    @property
    def plain_text(self) -> str:
        """The text without keep-together markers, as it will be printed."""
        return strip_markers(self.text)


def signature_at(blocks: list[Block], index: int) -> tuple[str | None, str | None, int]:
    """The signature and the date under it, which are laid out together (the seal covers
    both), and the index of the last block they used."""
    block = blocks[index]
    signature = block.text if block.kind == "signature" else None
    date = block.text if block.kind == "date" else None
    if block.kind == "signature" and index + 1 < len(blocks) and blocks[index + 1].kind == "date":
        date = blocks[index + 1].text
        index += 1
    return signature, date, index


def strip_markers(text: str) -> str:
    """Remove keep-together markers."""
    return text.replace(KEEP_OPEN, "").replace(KEEP_CLOSE, "")


def keep(value: object) -> str:
    """Jinja filter: wrap a value so that it is never broken across lines."""
    text = "" if value is None else str(value)
    return f"{KEEP_OPEN}{text}{KEEP_CLOSE}" if text else ""


def parse(source: str) -> list[Block]:
    """Parse rendered template text into blocks; empty lines are ignored."""
    blocks: list[Block] = []
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        match = _DIRECTIVE.match(line)
        if not match:
            blocks.append(Block("para", line))
            continue
        kind, text = match.group("kind"), (match.group("text") or "").strip()
        if kind not in BLOCK_KINDS:
            raise ValueError(f"template line {number}: unknown block ::{kind}")
        if kind == "row":
            parts = [part.strip() for part in text.split("|")]
            parts += [""] * (4 - len(parts))
            label, value, lines, style = parts[:4]
            blocks.append(Block("row", value, label=label, min_lines=int(lines or 1), style=style))
        elif kind == "blank":
            blocks.append(Block("blank"))
        else:
            blocks.append(Block(kind, text))
    return blocks
