"""Amounts and dates written the way a court clerk expects to read them.

A response states every amount twice, in figures and in capital numerals (大写), so that a
misprinted figure cannot slip through; dates follow GB/T 9704-2012 §7.3.5.1 (Arabic
numerals, year, month and day in full) unless the centre prefers Chinese numerals.

The capital-numeral and Chinese-date conversions are `extract.values`' own, so that what
is printed here is exactly what extraction reads back.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from extract.values import amount_to_chinese_capital as _capital
from extract.values import date_to_chinese

__all__ = ["amount_to_chinese_capital", "date_to_arabic", "date_to_chinese", "figures", "ordinal", "parse_date",
           "to_decimal"]


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


def amount_to_chinese_capital(amount: Decimal | str) -> str:
    """壹拾贰万叁仟肆佰伍拾陆元柒角捌分 for 123456.78, from a contract string or a Decimal."""
    value = to_decimal(amount)
    if value is None:
        raise ValueError("no amount")
    return _capital(value)


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
