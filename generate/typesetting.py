"""Chinese line breaking: where a line may end, what may not start one, what stays whole.

Independent of any PDF library: it takes a function that measures a piece of text and
returns lines with their natural widths, so the rules can be tested on their own.

Rules followed (the usual 禁则 of Chinese typesetting):

- closing punctuation (，。、；：？！）》」 …) never starts a line: the character before
  it moves down with it;
- opening punctuation (（《「〔 …) never ends a line: it moves down;
- runs of ASCII letters and digits (ID numbers, amounts, account numbers) and anything
  the template marked ``keep`` are never split, unless one alone is wider than a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generate.markup import KEEP_CLOSE, KEEP_OPEN

NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉〗…—％%,.;:?!)]}’”·~～")
NO_LINE_END = frozenset("（《「『【〔〈〖‘“([{")

_UNIT = re.compile(
    rf"{KEEP_OPEN}(?P<keep>.*?){KEEP_CLOSE}"
    r"|(?P<word>[0-9A-Za-z][0-9A-Za-z.,:/\-_@#&+*]*)"
    r"|(?P<char>.)",
    re.DOTALL,
)


@dataclass
class Line:
    """One line of a paragraph: its unbreakable units and their natural width."""

    units: list[str]
    width: float
    last: bool = False
    """The paragraph's last line, which is never stretched."""

    @property
    def text(self) -> str:
        return "".join(self.units)


def split_units(text: str) -> list[str]:
    """Split text into the smallest pieces a line may break between."""
    units: list[str] = []
    for match in _UNIT.finditer(text):
        unit = match.group("keep") if match.group("keep") is not None else match.group(0)
        if unit:
            units.append(unit)
    return units


def _split_oversized(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Cut a unit that is wider than a whole line into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for char in unit:
        if current and measure(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _starts_closed(units: list[str]) -> bool:
    """Whether a line made of ``units`` would open with closing punctuation."""
    return bool(units) and units[0][0] in NO_LINE_START


def break_lines(
    text: str,
    width: float,
    measure: Callable[[str], float],
    first_indent: float = 0.0,
) -> list[Line]:
    """Break ``text`` into lines no wider than ``width`` (the first narrowed by the indent)."""
    units: list[str] = []
    for unit in split_units(text):
        if measure(unit) > width - first_indent:
            units.extend(_split_oversized(unit, width - first_indent, measure))
        else:
            units.append(unit)
    if not units:
        return [Line([], 0.0, last=True)]

    lines: list[Line] = []
    current: list[str] = []
    current_width = 0.0
    available = width - first_indent
    index = 0
    while index < len(units):
        unit = units[index]
        unit_width = measure(unit)
        if not current or current_width + unit_width <= available + 0.01:
            current.append(unit)
            current_width += unit_width
            index += 1
            continue
        # The unit does not fit: break before it, obeying the 禁则. Walk back until the
        # next line would not open with closing punctuation and this one would not end
        # with opening punctuation; a line never gives up all its units.
        keep_count = len(current)
        while keep_count > 1 and (
            _starts_closed([*current[keep_count:], unit]) or current[keep_count - 1][-1] in NO_LINE_END
        ):
            keep_count -= 1
        moved = current[keep_count:]
        if moved:
            index -= len(moved)
            current = current[:keep_count]
            current_width = sum(measure(u) for u in current)
        while current and current[-1].isspace():
            current_width -= measure(current.pop())
        lines.append(Line(current, current_width))
        current, current_width = [], 0.0
        available = width
        while index < len(units) and units[index].isspace():
            index += 1  # a space never opens a line
    lines.append(Line(current, current_width, last=True))
    return lines
