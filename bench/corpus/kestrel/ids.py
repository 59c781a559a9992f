"""Identity numbers, amounts and dates as a Chinese court prints them.

Kept apart from the papers so that every document of a bundle spells a value the
same way (a notice and its ruling must agree unless a defect says otherwise).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_char(first17: str) -> str:
    """GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def id_number(area: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    """A valid 18-character citizen ID number (odd sequence for men, even for women)."""
    seq = rng.randrange(1, 499) * 2 + (1 if male else 0)
    seq = min(seq, 999 if male else 998)
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + check_char(first)


def spoil_check(idn: str) -> str:
    """The same number with a wrong check character (a clerk's typo in the last place)."""
    good = idn[-1]
    for alt in "3791X5":
        if alt != good:
            return idn[:-1] + alt
    raise AssertionError("unreachable")


_DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(g: int) -> str:
    out, zero = "", False
    for div, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = g // div % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIG[d] + unit
    return out


def daxie(amount: Decimal) -> str:
    """人民币 in capitals, e.g. 人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分 (amounts ≥ 1 yuan)."""
    cents = int((amount * 100).to_integral_value())
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups = [(yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")]
    out, gap = "", False
    for g, unit in groups:
        if g == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _four(g) + unit
        gap = False
    out += "元"
    if jiao == 0 and fen == 0:
        out += "整"
    elif jiao == 0:
        out += "零" + _DIG[fen] + "分"
    else:
        out += _DIG[jiao] + "角" + (_DIG[fen] + "分" if fen else "")
    return "人民币" + out


def xiaoxie(amount: Decimal, style: int) -> str:
    """The figure beside the capitals, in one of the ways courts print it."""
    plain = f"{amount:.2f}"
    comma = f"{amount:,.2f}"
    return (f"¥{comma}", f"{plain}元", f"小写：{comma}元")[style % 3]


_CN_DIG = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIG[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIG[tens]) + "十" + (_CN_DIG[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """二〇二六年三月二日 — the form under a seal."""
    return "".join(_CN_DIG[int(c)] for c in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    """2026年3月2日 — the form in a notice's body."""
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)
