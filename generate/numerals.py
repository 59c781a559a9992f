"""Amounts and dates written the way a court clerk expects to read them.

A response states every amount twice, in figures and in capital numerals (大写), so that a
misprinted figure cannot slip through; dates follow GB/T 9704-2012 §7.3.5.1 (Arabic
numerals, year, month and day in full) unless the centre prefers Chinese numerals.

Every conversion is `extract.values`' own (the one values module), so that what is printed
here is exactly what extraction reads back; this module only adds the letter's own forms.
"""

from __future__ import annotations

from decimal import Decimal

from extract.values import amount_to_chinese_capital as _capital
from extract.values import date_to_arabic, date_to_chinese
from extract.values import iso_date as parse_date
from extract.values import to_amount as to_decimal

__all__ = ["amount_to_chinese_capital", "date_to_arabic", "date_to_chinese", "figures", "ordinal", "parse_date",
           "to_decimal"]


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
        raise ValueError(f"not an amount: {amount!r}")
    return _capital(value)


def ordinal(number: int) -> str:
    """一, 二, … 九十九: the numbering of 一、 headings and （一） items."""
    if not 0 < number < 100:
        raise ValueError(f"ordinal out of range: {number}")
    tens, units = divmod(number, 10)
    digits = "零一二三四五六七八九"
    if tens == 0:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
