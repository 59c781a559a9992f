"""Page geometry of GB/T 9704-2012 (党政机关公文格式), in PDF points.

Kept apart from the renderer so that the tests check the PDF against these numbers and
the numbers against the standard, not against each other.
"""

from __future__ import annotations

MM = 72 / 25.4
"""One millimetre in points."""

PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM

MARGIN_TOP = 37 * MM
MARGIN_LEFT = 28 * MM
MARGIN_RIGHT = 26 * MM
MARGIN_BOTTOM = 35 * MM

TEXT_LEFT = MARGIN_LEFT
TEXT_RIGHT = PAGE_WIDTH - MARGIN_RIGHT
TEXT_TOP = MARGIN_TOP
TEXT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM
TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT  # 156 mm
TEXT_HEIGHT = TEXT_BOTTOM - TEXT_TOP  # 225 mm

CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE
"""Advance of one full-width character of the body: 28 fill the 156 mm line."""
LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE
"""Distance between body baselines: 22 lines fill the 225 mm text area."""

BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
PAGE_NUMBER_SIZE = 14.0  # 4号
HEADER_SIZE = 30.0
"""发文机关标志: the standard asks only for something 醒目、美观、庄重; shrunk to fit the line."""
TITLE_LINE_PITCH = 1.2 * LINE_PITCH

PAGE_NUMBER_DROP = 7 * MM
"""The page number's dashes sit 7 mm below the bottom edge of the text area."""
RULE_DROP = 4 * MM
"""The red rule of the header sits 4 mm below the document number."""

DATE_RIGHT_INDENT_CHARS = 4
"""成文日期右空四字 when a seal is applied."""
LONG_SIGNATURE_RIGHT_INDENT_CHARS = 2
"""When the signature is longer than the date, it goes 右空二字 and the date centres under it."""

RED = (0.85, 0.0, 0.0)
BLACK = (0.0, 0.0, 0.0)
