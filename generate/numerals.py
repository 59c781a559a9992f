"""Amounts and dates written the way a court clerk expects to read them.

A response states every amount twice, in figures and in capital numerals (大写), so that a
misprinted figure cannot slip through; dates follow GB/T 9704-2012 §7.3.5.1 (Arabic
numerals, year, month and day in full) unless the centre prefers Chinese numerals.

``extract.values`` is meant to carry the shared versions of these two conversions; this
module keeps private copies until it lands, so generation never waits on extraction.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")
_DATE_DIGITS = "〇一二三四五六七八九"


def to_decimal(value: str | Decimal | int | float | None) -> Decimal | None:
    """Read a contract amount ("123456.78") into a two-place Decimal; None stays None."""
    if value is None or value == "":
        return None
    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if amount < 0:
        raise ValueError(f"negative amount: {value}")
    return amount


def figures(amount: Decimal) -> str:
    """The contract's own form, two places and no thousands separators: "123456.78".

    No separators, so that what the court reads, what `extract` reads back and what the
    request carried are one and the same string.
    """
    return f"{amount:.2f}"


def _four_digits(group: int) -> str:
    """Capital numerals for 0 < group < 10000, with inner zeros read as one 零."""
    text = ""
    pending_zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += _DIGITS[digit] + _SMALL_UNITS[position]
    return text


def amount_to_chinese_capital(amount: Decimal) -> str:
    """壹拾贰万叁仟肆佰伍拾陆元柒角捌分 for 123456.78; 元整 when there are no jiao or fen."""
    amount = to_decimal(amount)
    if amount is None:
        raise ValueError("no amount")
    cents = int(amount * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if yuan >= 10**16:
        raise ValueError(f"amount too large: {amount}")

    integer = ""
    groups = []
    rest = yuan
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(integer)
            continue
        # 零 where digits between are zero, including the 万位 itself (250,2725 →
        # 贰佰伍拾万零贰仟…): the rules allow either, and extract.values writes it.
        if integer and (need_zero or group < 1000 or groups[index + 1] % 10 == 0):
            integer += "零"
        integer += _four_digits(group) + _GROUP_UNITS[index]
        need_zero = False

    if not integer and not jiao and not fen:
        return "零元整"
    text = integer + "元" if integer else ""
    if not jiao and not fen:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif integer:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def date_to_chinese(day: datetime.date) -> str:
    """二〇二四年五月十日: Chinese numerals, the form courts print under their seal."""

    def small(number: int) -> str:
        tens, units = divmod(number, 10)
        if tens == 0:
            return _DATE_DIGITS[units]
        prefix = "" if tens == 1 else _DATE_DIGITS[tens]
        return prefix + "十" + (_DATE_DIGITS[units] if units else "")

    year = "".join(_DATE_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


def date_to_arabic(day: datetime.date) -> str:
    """2024年5月10日: GB/T 9704-2012 §7.3.5.1 form, no leading zeros."""
    return f"{day.year}年{day.month}月{day.day}日"


def parse_date(value: str | datetime.date | None) -> datetime.date | None:
    """ISO date from the contract ("2024-05-01") to a date; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def ordinal(number: int) -> str:
    """一, 二, … 九十九: the numbering of 一、 headings and （一） items."""
    if not 0 < number < 100:
        raise ValueError(f"ordinal out of range: {number}")
    tens, units = divmod(number, 10)
    digits = "零一二三四五六七八九"
    if tens == 0:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
