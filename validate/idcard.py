"""Citizen ID numbers (GB 11643-1999): the check character, the birth date and the sex.

The centre matches account facts by ID number, so a misread digit would point at another
person's account; the check character catches almost every single-digit misread.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")

Sex = Literal["male", "female"]


def check_character(first17: str) -> str:
    """The check character GB 11643-1999 assigns to the first seventeen digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def is_valid(id_number: str | None) -> bool:
    """True when the number has the right shape, a real birth date and its check character."""
    if not id_number or not _SHAPE.match(id_number):
        return False
    return birth_date(id_number) is not None and check_character(id_number[:17]) == id_number[17]


def birth_date(id_number: str | None) -> date | None:
    """The birth date in positions 7-14, or None when it is not a calendar date."""
    if not id_number or len(id_number) != 18 or not id_number[6:14].isdigit():
        return None
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def sex(id_number: str | None) -> Sex | None:
    """Odd sequence digit (position 17) is a man, even a woman."""
    if not id_number or len(id_number) != 18 or not id_number[16].isdigit():
        return None
    return "male" if int(id_number[16]) % 2 else "female"
