"""Chinese renderings of dates and money, as courts print them.

Court papers write dates in Chinese numerals (二〇二四年五月十日) and amounts in
financial capitals (壹拾贰万叁仟肆佰伍拾陆元柒角捌分) or figures (¥123,456.78), so the
samples must print all of them to exercise the extractor's converters.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_DIGITS_DATE = "〇一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_BIG_UNITS = ["", "万", "亿"]


def _small_number_cn(n: int) -> str:
    """1..31 the way dates write them (十, 十一, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS_DATE[ones]
    head = "" if tens == 1 else _DIGITS_DATE[tens]
    return head + "十" + (_DIGITS_DATE[ones] if ones else "")


def date_cn(d: dt.date) -> str:
    """二〇二四年五月十日: the year digit by digit, month and day as numbers."""
    year = "".join(_DIGITS_DATE[int(c)] for c in str(d.year))
    return f"{year}年{_small_number_cn(d.month)}月{_small_number_cn(d.day)}日"


def date_arabic(d: dt.date, pad: bool = False) -> str:
    """2024年5月10日 (or 2024年05月10日 with pad)."""
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def date_dotted(d: dt.date) -> str:
    """2024.05.10, as printed on cards and forms."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _four_digits_upper(n: int) -> str:
    """0 < n < 10000 in capitals, with inner zeros collapsed to one 零."""
    out = []
    digits = f"{n:04d}"
    zero_pending = False
    started = False
    for i, ch in enumerate(digits):
        v = int(ch)
        unit = _SMALL_UNITS[3 - i]
        if v == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_UPPER[v] + unit)
        started = True
    return "".join(out)


def amount_upper(amount: Decimal) -> str:
    """人民币 capitals as on cheques: 壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 伍万元整.

    Groups of four digits carry 万/亿; a zero between non-zero groups or inside a group
    is written once as 零, as the banking convention requires.
    """
    fen_total = int((amount * 100).to_integral_value())
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    parts: list[str] = []
    if yuan:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000)
            y //= 10000
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = True
                continue
            if parts and (need_zero or g < 1000):
                parts.append("零")
            parts.append(_four_digits_upper(g) + _BIG_UNITS[idx])
            need_zero = False
        parts.append("元")
    if jiao == 0 and fen == 0:
        return "".join(parts) + "整"
    if jiao:
        parts.append(_UPPER[jiao] + "角")
    elif yuan:
        parts.append("零")
    if fen:
        parts.append(_UPPER[fen] + "分")
    return "".join(parts)


def amount_figures(amount: Decimal, symbol: str = "¥") -> str:
    """¥123,456.78 with thousands separators."""
    return f"{symbol}{amount:,.2f}"


def amount_plain(amount: Decimal) -> str:
    """123456.78 without separators."""
    return f"{amount:.2f}"


def amount_wan(amount: Decimal) -> str | None:
    """12.5万 when the amount is an exact number of hundreds of yuan, else None."""
    wan = amount / Decimal(10000)
    text = f"{wan.normalize():f}"
    if "." in text and len(text.split(".")[1]) > 2:
        return None
    return f"{text}万"
