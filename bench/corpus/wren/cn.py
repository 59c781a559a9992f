"""Chinese renderings of numbers and dates as court papers print them.

Courts date their papers in Chinese numerals (二〇二五年三月一日) and state sums in
大写 or in 万元; the generator needs these forms to differ from the ISO truth.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_DIGITS = "〇一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"


def small_number(n: int) -> str:
    """1..31 as a month or day is printed: 一, 十, 十二, 二十九, 三十一."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


def date_cn(d: dt.date) -> str:
    """二〇二五年三月一日: the year digit by digit, month and day as numbers."""
    year = "".join(_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{small_number(d.month)}月{small_number(d.day)}日"


def date_arabic(d: dt.date) -> str:
    """2025年3月1日, the other common form."""
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February falls to the 28th)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def period_end(start: dt.date, years: int) -> dt.date:
    """Last day of a period of whole years beginning on ``start``."""
    return add_years(start, years) - dt.timedelta(days=1)


def yuan(amount: Decimal) -> str:
    """123,456.78 with thousands separators."""
    return f"{amount:,.2f}"


def wan(amount: Decimal) -> str:
    """12.5万元 style, only exact for sums that are whole hundreds."""
    w = (amount / Decimal(10000)).normalize()
    text = format(w, "f")
    return f"{text}万元"


def daxie(amount: Decimal) -> str:
    """壹拾贰万叁仟肆佰伍拾陆元柒角捌分 (整 when there are no jiao/fen)."""
    cents = int((amount * 100).to_integral_value())
    whole, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    units = ["", "拾", "佰", "仟"]
    digits = str(whole)
    out = ""
    zeros = 0
    n = len(digits)
    for i, ch in enumerate(digits):
        pos = n - 1 - i
        d = int(ch)
        if d == 0:
            zeros += 1
        else:
            if zeros:
                out += "零"
            zeros = 0
            out += _UPPER[d] + units[pos % 4]
        if pos % 4 == 0 and pos > 0:
            group = "万" if pos == 4 else "亿"
            block = digits[max(0, i - 3): i + 1]
            if int(block) != 0:
                out += group
                zeros = 0 if d != 0 else zeros
    if whole == 0:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _UPPER[jiao] + "角"
    else:
        out += "零"
    if fen:
        out += _UPPER[fen] + "分"
    return out
