"""Exact parsers (and the matching formatters) for the values a court request carries.

Every value here decides something downstream: an amount is frozen, a date starts a
deadline, an ID number finds the account. So the parsers are exact: a string that does not
read one way only gives None, never a best guess. Formatters exist where the generate
stage must print the same forms (大写 amounts, Chinese-numeral dates) and so that property
tests can round-trip them.

Inputs are expected to have passed `extract.normalize.normalize_text`, but the parsers
also accept full-width digits and stray spaces themselves, since a caller may hand them a
single raw OCR line.

This is the one home of these ideas for every stage: `validate` and `generate` import the
contract forms (`to_amount`, `iso_date`), the date formats, the GB 11643 check and the month
arithmetic from here, so that a reading, a rule and a letter cannot disagree on them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Literal, TypedDict

from extract.normalize import to_halfwidth

# ============================================================== Chinese numerals

# Digit characters, lower-case, financial capitals, traditional and look-alike zeros.
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "◯": 0, "O": 0, "o": 0, "0": 0,
    "一": 1, "壹": 1, "幺": 1, "1": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "2": 2,
    "三": 3, "叁": 3, "參": 3, "3": 3,
    "四": 4, "肆": 4, "4": 4,
    "五": 5, "伍": 5, "5": 5,
    "六": 6, "陆": 6, "陸": 6, "6": 6,
    "七": 7, "柒": 7, "7": 7,
    "八": 8, "捌": 8, "8": 8,
    "九": 9, "玖": 9, "9": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_NUM_CHARS = "".join(ch for ch in (*CN_DIGITS, *SMALL_UNITS, *BIG_UNITS) if not ch.isascii())
_CAPITAL_ONLY = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
"""Characters only the financial 大写 form uses: their presence marks a money figure."""


@dataclass
class _IntState:
    """Running state of the positional reader in `chinese_int`."""

    total: int = 0
    wan: int = 0
    section: int = 0
    digit: int | None = None
    last_small: int = 10**5
    prev_unit: int = 0
    zero_since_unit: bool = False
    seen_wan: bool = False


def _read_digit(st: _IntState, value: int) -> bool:
    """A digit character; 零 only marks a gap (一百零五)."""
    if value == 0:
        if st.digit is not None:
            return False
        st.zero_since_unit = True
        return True
    if st.digit is not None:
        return False
    st.digit = value
    return True


def _read_small_unit(st: _IntState, unit: int) -> bool:
    """十/百/千 multiply the pending digit; only 十 may stand alone (十二, 一百零十 is not)."""
    if unit >= st.last_small:
        return False
    if st.digit is None and unit != 10:
        return False
    st.section += (st.digit if st.digit is not None else 1) * unit
    st.last_small, st.prev_unit, st.digit, st.zero_since_unit = unit, unit, None, False
    return True


def _read_big_unit(st: _IntState, unit: int) -> bool:
    """万 closes the section below it, 亿 closes everything below it."""
    below = st.section + (st.digit or 0)
    if unit == 10**4:
        if below == 0 or st.seen_wan:
            return False
        st.wan, st.seen_wan = below * unit, True
    else:
        below += st.wan
        if below == 0 or st.total:
            return False
        st.total, st.wan, st.seen_wan = below * unit, 0, False
    st.section, st.digit, st.last_small = 0, None, 10**5
    st.prev_unit, st.zero_since_unit = unit, False
    return True


def chinese_int(text: str) -> int | None:
    """Read a Chinese (or Arabic) integer: 三 -> 3, 十二 -> 12, 二十四 -> 24, 两 -> 2.

    Unit-less strings are read digit by digit (二〇二四 -> 2024). Colloquial abbreviations
    such as 三百五 (350) or 一万五 (15000) give None: in a money figure they are
    indistinguishable from a misread 三百零五, and an exact reader must not guess.
    """
    text = to_halfwidth(text.strip())
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    st = _IntState()
    for ch in text:
        if ch in CN_DIGITS:
            ok = _read_digit(st, CN_DIGITS[ch])
        elif ch in SMALL_UNITS:
            ok = _read_small_unit(st, SMALL_UNITS[ch])
        elif ch in BIG_UNITS:
            ok = _read_big_unit(st, BIG_UNITS[ch])
        else:
            return None
        if not ok:
            return None
    if st.digit is not None and st.prev_unit >= 100 and not st.zero_since_unit:
        return None  # 三百五, 一万五: abbreviated, not exact
    if st.digit is None and st.zero_since_unit:
        return None  # 五百零: a dangling 零 means the text was cut off
    return st.total + st.wan + st.section + (st.digit or 0)


# ===================================================================== amounts

CENT = Decimal("0.01")
_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_SMALL = ("", "拾", "佰", "仟")
_CAPITAL_BIG = ("", "万", "亿", "万亿")
_MULTIPLIERS: dict[str, int] = {"": 1, "万": 10**4, "亿": 10**8}
_PREFIX = r"(?:人民币|RMB|CNY|¥|￥)"
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_FIGURE_AMOUNT_RE = re.compile(
    rf"(?P<prefix>{_PREFIX}(?:\s*[（(]?小写[）)]?[:：]?)?\s*(?:{_PREFIX}\s*)?)?"
    # A figure never ends where a misprinted separator or a misread 0 (O) continues it:
    # 「1,2345」 or 「5O,OOO.OO」 is no amount we can read exactly, so it is not read at all.
    rf"(?<![\d.,])(?<!\d，)(?P<num>{_FIGURE})(?![\d]|[.,，][\dOo]|[Oo])"
    r"\s*(?P<unit>万元|亿元|元|圆|万|亿)?(?P<zheng>[整正])?"
)
_CN_AMOUNT_RE = re.compile(
    rf"(?P<prefix>(?:人民币|大写)\s*[（(]?(?:大写)?[）)]?\s*[:：]?\s*)?"
    # a 大写 amount broken over two lines (「…贰拾肆万捌仟」 / 「贰佰伍拾叁元整」) is one amount
    rf"(?P<body>(?:[{_CN_NUM_CHARS}元圆角分]|(?<=[{_CAPITAL_ONLY}万萬])\s+(?=[{_CAPITAL_ONLY}零]))+[整正]?)"
)
_CN_AMOUNT_BODY_RE = re.compile(
    rf"(?P<int>[{_CN_NUM_CHARS}]*?)(?P<yuan>[元圆])?"
    rf"(?:零?(?P<jiao>[{''.join(CN_DIGITS)}])角)?"
    rf"(?:零?(?P<fen>[{''.join(CN_DIGITS)}])分)?[整正]?"
)


def _money_text(text: str) -> str:
    """Half-width, and the full-width decimal point ． of typed figures as "." (1:1)."""
    return to_halfwidth(text).replace("．", ".")


def _to_cents(value: Decimal) -> Decimal | None:
    """Two places, or None when the figure has sub-cent digits (not a money amount)."""
    quantized = value.quantize(CENT)
    return quantized if quantized == value else None


def _parse_figure(num: str, unit: str) -> Decimal | None:
    """123,456.78 with an optional 万/亿 multiplier -> Decimal with two places."""
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    return _to_cents(value * _MULTIPLIERS[unit.rstrip("元")])


def _parse_chinese_amount(body: str) -> Decimal | None:
    """壹拾贰万叁仟肆佰伍拾陆元柒角捌分 / 伍拾万零贰佰元整 / 壹佰元零伍分 -> Decimal."""
    m = _CN_AMOUNT_BODY_RE.fullmatch(body)
    if not m or not (m["yuan"] or m["jiao"] or m["fen"]):
        return None
    if (m["int"] and not m["yuan"]) or not (m["int"] or m["jiao"] or m["fen"]):
        return None
    whole = chinese_int(m["int"]) if m["int"] else 0
    if whole is None:
        return None
    jiao = CN_DIGITS[m["jiao"]] if m["jiao"] else 0
    fen = CN_DIGITS[m["fen"]] if m["fen"] else 0
    return Decimal(whole * 100 + jiao * 10 + fen).scaleb(-2)


def parse_amount(text: str) -> Decimal | None:
    """One amount expression -> Decimal with two places, or None if it is not exactly one.

    Accepts 大写 and lower-case Chinese (壹万元整, 十二万三千四百五十六元七角八分), figures with
    ¥/￥/人民币 and/or 元 (¥123,456.78, 人民币123,456.78元, 1,000元), and 万 multipliers
    (12.5万元, 人民币12.5万元, 12.5万). A bare number is accepted here because the caller
    says it is an amount; `find_amounts` is stricter.
    """
    text = re.sub(r"\s+", "", _money_text(text))
    if not text:
        return None
    m = _FIGURE_AMOUNT_RE.fullmatch(text)
    if m:
        return _parse_figure(m["num"], m["unit"] or "")
    m = _CN_AMOUNT_RE.fullmatch(text)
    if m:
        return _parse_chinese_amount(m["body"])
    return None


def _figure_matches(text: str) -> Iterator[tuple[Decimal, int, int]]:
    """Figure amounts that carry money evidence: a ¥/人民币 prefix or a 元 unit."""
    for m in _FIGURE_AMOUNT_RE.finditer(text):
        unit = m["unit"] or ""
        if not m["prefix"] and "元" not in unit and unit != "圆":
            continue
        if m["num"].isdigit() and len(m["num"]) >= 15:
            continue  # an ID or account number next to a ¥ sign is not an amount
        value = _parse_figure(m["num"], unit)
        if value is not None:
            yield value, m.start(), m.end()


def _chinese_matches(text: str) -> Iterator[tuple[Decimal, int, int]]:
    """Chinese-numeral amounts with 元/圆, or 大写 digits after 人民币/大写."""
    for m in _CN_AMOUNT_RE.finditer(text):
        body = re.sub(r"\s+", "", m["body"])
        if m.start("body") > 0 and text[m.start("body") - 1].isdigit():
            continue  # the 万元 of 12.5万元, already read as a figure
        has_yuan = "元" in body or "圆" in body
        capital_with_prefix = m["prefix"] and any(ch in _CAPITAL_ONLY for ch in body)
        if not (has_yuan or capital_with_prefix):
            continue
        value = _parse_chinese_amount(body)
        if value is not None:
            yield value, m.start(), m.end()


def find_amounts(text: str) -> list[tuple[Decimal, int, int]]:
    """Every amount expression in a longer text, as (value, start, end), in text order.

    An amount needs money evidence (元, 万元, ¥, 人民币, or 大写 digits after 人民币/大写),
    so ID numbers, case numbers, account numbers and dates are not read as money. Both
    forms of 「人民币壹拾贰万元（¥120,000.00）」 are returned, so a caller can check they agree.
    """
    text = _money_text(text)
    found = list(_figure_matches(text))
    taken = [(s, e) for _, s, e in found]
    for value, start, end in _chinese_matches(text):
        if not any(s < end and start < e for s, e in taken):
            found.append((value, start, end))
    return sorted(found, key=lambda t: t[1])


def to_amount(value: str | Decimal | int | None) -> Decimal | None:
    """A contract amount ("123456.78", or a Decimal or int) as a two-place Decimal.

    None, "" and anything that is not exactly an amount in yuan and fen (a negative figure,
    a third decimal place, text) give None: an amount is frozen or paid as stated, never
    rounded into one.
    """
    if value is None or value == "" or isinstance(value, bool | float):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0:
        return None
    return _to_cents(amount)


def format_amount(amount: Decimal) -> str:
    """The contract's amount form: a plain decimal string with two places ("123456.78")."""
    return f"{amount.quantize(CENT):f}"


def _capital_group(group: str) -> tuple[str, bool]:
    """Four digits in 大写, returning (text, ends_with_zero) with inner zeros as one 零."""
    out: list[str] = []
    pending_zero = False
    for i, ch in enumerate(group):
        if ch == "0":
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_CAPITAL_DIGITS[int(ch)] + _CAPITAL_SMALL[len(group) - 1 - i])
    return "".join(out), group.endswith("0")


def _capital_integer(n: int) -> str:
    """The 元 part: groups of four digits joined by 万/亿, with the banking 零 rules."""
    digits = str(n)
    groups = [digits[max(0, i - 4) : i] for i in range(len(digits), 0, -4)][::-1]
    out: list[str] = []
    need_zero = False
    for index, group in enumerate(groups):
        big = _CAPITAL_BIG[len(groups) - 1 - index]
        if int(group) == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or group.startswith("0")):
            out.append("零")
        text, ends_zero = _capital_group(group.lstrip("0") if not out else group)
        out.append(text + big)
        need_zero = ends_zero
    return "".join(out)


def amount_to_chinese_capital(amount: Decimal) -> str:
    """Decimal -> the formal 大写 form banks and courts print.

    壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 壹万元整, 壹拾万元零伍分, 伍角: 整 after a whole 元 amount, 零
    between 元 and 分 when 角 is zero (the PBOC filling rules), inner zeros collapsed to
    one 零, and 壹拾 (never a bare 拾) for 10-19.
    """
    cents = int((amount.quantize(CENT) * 100).to_integral_value())
    if cents < 0:
        raise ValueError("negative amounts have no 大写 form")
    whole, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    head = _capital_integer(whole) + "元" if whole else ""
    if not rest:
        return (head or "零元") + "整"
    tail = ""
    if jiao:
        tail += _CAPITAL_DIGITS[jiao] + "角"
    if fen:
        tail += ("零" if head and not jiao else "") + _CAPITAL_DIGITS[fen] + "分"
    return head + tail


# ======================================================================= dates

_CN_YEAR_DIGIT = "〇○◯零Oo0一二三四五六七八九"
_DAY_CHARS = "一二三四五六七八九十"
_MONTH_DAY = rf"\s*年\s*(?P<m>\d{{1,2}}|[{_DAY_CHARS}]{{1,2}})\s*月\s*(?P<d>\d{{1,2}}|[{_DAY_CHARS}]{{1,3}})\s*[日号]"
_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\d{_CN_YEAR_DIGIT}])(?P<y>\d{{4}}|[{_CN_YEAR_DIGIT}]{{4}})" + _MONTH_DAY),
    re.compile(rf"(?<![\d{_CN_YEAR_DIGIT}])(?P<y>二[一二三][{_CN_YEAR_DIGIT}])" + _MONTH_DAY),  # 〇 lost: 二二六年
    re.compile(r"(?<![\d.])(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])"),
    re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])"),
    re.compile(r"(?<![\d/])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"),
)
MIN_YEAR, MAX_YEAR = 1900, 2199


def _date_from_parts(y: str, m: str, d: str) -> date | None:
    """Build a date from Arabic or Chinese parts, None when impossible (2月30日)."""
    if len(y) == 3:  # 二二六: the 〇 of 二〇二六 lost where the line broke; 二〇六 stays unread (2006 or 2026)
        y = y[0] + "〇" + y[1:]
    year, month, day = chinese_int(y), chinese_int(m), chinese_int(d)
    if year is None or month is None or day is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every date in the text as (date, start, end); impossible dates are skipped.

    Forms: 二〇二四年五月十日 (also ○/零/O for 〇), 2024年5月10日 with or without spaces,
    2024.5.10, 2024-05-10, 2024/5/10.
    """
    text = to_halfwidth(text)
    found: list[tuple[date, int, int]] = []
    for pattern in _DATE_RES:
        for m in pattern.finditer(text):
            value = _date_from_parts(m["y"], m["m"], m["d"])
            if value is not None and not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((value, m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def parse_date(text: str) -> date | None:
    """Exactly one date expression (surrounding spaces allowed) -> date, else None."""
    text = to_halfwidth(text).strip()
    dates = find_dates(text)
    if len(dates) != 1 or dates[0][1] != 0 or dates[0][2] != len(text):
        return None
    return dates[0][0]


def iso_date(value: str | date | None) -> date | None:
    """The contract's date form ("2024-05-01") as a date; None for None or anything else."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def date_to_arabic(value: date) -> str:
    """2024年5月10日: GB/T 9704-2012 §7.3.5.1 form (Arabic numerals, no leading zeros)."""
    return f"{value.year}年{value.month}月{value.day}日"


def _small_chinese(n: int) -> str:
    """1..31 as dates write it: 五, 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else "〇一二三四五六七八九"[tens] + "十")
    return head + ("〇一二三四五六七八九"[ones] if ones else "")


def date_to_chinese(value: date) -> str:
    """date -> 二〇二四年五月十日, the form courts print under their seal."""
    year = "".join("〇一二三四五六七八九"[int(c)] for c in f"{value.year:04d}")
    return f"{year}年{_small_chinese(value.month)}月{_small_chinese(value.day)}日"


# ================================================================ case numbers

PROVINCE_ABBREVIATIONS = "京津沪渝冀晋内辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇贵云藏陕甘青宁新军兵"
"""The courts' province codes in case numbers: Guizhou's is 黔 and Yunnan's 滇 (their common
short forms 贵, 云 are kept for papers that write them)."""
TYPE_CODES: tuple[str, ...] = (
    "执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他", "执外",
    "民初", "民终", "民申", "民再", "民特", "民督", "民辖", "民撤", "民监",
    "财保", "知民初", "知民终", "知行初", "刑初", "刑终", "刑申", "刑再",
    "行初", "行终", "行申", "行审", "行审复", "破", "破申", "赔", "司救", "司惩",
)  # fmt: skip
_OPENERS = "（(〔[【［﹝《〈„"
_CLOSERS = "）)〕]】］﹞》〉‟"
_TYPES_RE = "|".join(sorted(TYPE_CODES, key=len, reverse=True))
_COURT_RE = rf"最高法|[{PROVINCE_ABBREVIATIONS}](?:\d\s*\d\s*\d\s*\d|\d\s*\d)?"
_CASE_RE = re.compile(
    rf"[{re.escape(_OPENERS)}]\s*(?P<year>(?:\d\s*){{3}}\d)\s*[{re.escape(_CLOSERS)}]\s*"
    rf"(?:(?P<court>{_COURT_RE})\s*(?P<type>{_TYPES_RE})\s*(?P<zi_new>字)?"
    rf"|(?P<old_court>[\u4e00-\u9fff]{{1,8}}?)\s*(?P<old_type>{_TYPES_RE})\s*(?P<zi>字))"
    r"\s*(?P<di>第)?\s*(?P<serial>\d(?:\s*\d)*)\s*号"
    r"(?:\s*(?P<suffix>之\s*[一二三四五六七八九十]+))?"
)


class CaseNumberParts(TypedDict):
    """The pieces of a case number, for consistency checks across documents."""

    year: int
    court: str
    type: str
    serial: int
    suffix: str | None
    old_form: bool


def _strip_spaces(text: str) -> str:
    """Remove every whitespace character (OCR splits numbers anywhere)."""
    return re.sub(r"\s+", "", text)


def _canonical_case(m: re.Match[str]) -> str:
    """（year）court type [字][第] serial 号 [之N], spaces removed, full-width parentheses."""
    court = m["court"] or m["old_court"]
    type_code = m["type"] or m["old_type"]
    zi = m["zi"] or m["zi_new"] or ""
    parts = [
        f"（{_strip_spaces(m['year'])}）",
        _strip_spaces(court),
        type_code,
        zi,
        # 第 belongs to the old form (执字第123号); in a new-form number (执第123号) it is a
        # typing habit, and keeping it would set one case against itself in the checks
        (m["di"] or "") if zi else "",
        _strip_spaces(m["serial"]),
        "号",
        _strip_spaces(m["suffix"] or ""),
    ]
    return "".join(parts)


def find_case_numbers(text: str) -> list[tuple[str, int, int]]:
    """Every case number in the text as (canonical form, start, end).

    Brackets （） ( ) 〔〕 [ ] 【】 are all accepted (and 《〈 that Tesseract reads for （);
    new-style court codes must be a real code (沪0115, 沪74, 最高法), old-style numbers
    must have 字 (（2014）浦执字第123号).
    """
    text = to_halfwidth(text)
    return [(_canonical_case(m), m.start(), m.end()) for m in _CASE_RE.finditer(text)]


def normalize_case_number(text: str) -> str | None:
    """A text that is exactly one case number -> canonical form, else None."""
    text = to_halfwidth(text).strip()
    m = _CASE_RE.fullmatch(text)
    return _canonical_case(m) if m else None


def case_number_parts(case_number: str) -> CaseNumberParts | None:
    """Split a case number (any accepted form) into year, court, type, serial, suffix."""
    canonical = normalize_case_number(case_number)
    if canonical is None:
        return None
    m = _CASE_RE.fullmatch(canonical)
    assert m is not None  # the canonical form always re-parses
    return CaseNumberParts(
        year=int(m["year"]),
        court=m["court"] or m["old_court"],
        type=m["type"] or m["old_type"],
        serial=int(m["serial"]),
        suffix=m["suffix"],
        old_form=m["zi"] is not None,
    )


# ================================================================== ID numbers

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"
PROVINCE_CODES = frozenset(
    ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
     "65", "71", "81", "82", "83")
)  # fmt: skip
"""First two digits of the address code: provinces, plus 71/81/82/83 (Taiwan, HK, Macau)."""
# OCR look-alikes of digits, used only to *suggest* repairs.
LETTER_TO_DIGIT: dict[str, str] = {
    "O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "|": "1",
    "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "q": "9",
}  # fmt: skip
DIGIT_CONFUSIONS: dict[str, str] = {
    "0": "869", "1": "7", "2": "7", "3": "89", "4": "9", "5": "6", "6": "508",
    "7": "12", "8": "3069", "9": "840", "X": "",
}  # fmt: skip
_ID_RE = re.compile(r"(?<![\dA-Za-z])(?<!\d )\d(?:[ ]?\d){16}[ ]?[\dXx](?![\dA-Za-z])")


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def mask_id(id_number: str | None) -> str | None:
    """「310115********1234」: enough for a clerk to match a paper, not to identify a person."""
    if not id_number:
        return id_number
    if len(id_number) == 18:
        return f"{id_number[:6]}********{id_number[-4:]}"
    return "*" * len(id_number)


def mask_id_keeping(id_number: str, keep: set[int]) -> str:
    """`mask_id`, but the places in `keep` stay visible: 「310115**8*****2616」 shows the digit in doubt.

    A repair suggestion masked the usual way hides exactly the digit it is about when that
    digit lies in the masked middle; the clerk then cannot see what to compare on the paper.
    """
    masked = mask_id(id_number) or ""
    if len(id_number) != 18:
        return masked
    return "".join(ch if i in keep else m for i, (ch, m) in enumerate(zip(id_number, masked, strict=True)))


def id_doubt(read: str, candidates: list[str]) -> set[int]:
    """The places where the suggested numbers differ from the number read."""
    return {i for c in candidates for i, (a, b) in enumerate(zip(read, c, strict=False)) if a != b}


def id_number_valid(id_number: str | None) -> bool:
    """The number a request may rely on: 17 digits and X, a real birth date, its check character."""
    if not id_number or not re.fullmatch(r"\d{17}[\dX]", id_number):
        return False
    return id_birth_date(id_number) is not None and id_checksum_ok(id_number)


def id_checksum_ok(id_number: str) -> bool:
    """18 characters, 17 digits and a matching check character (x accepted for X)."""
    s = id_number.strip().upper()
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return False
    return id_check_char(s[:17]) == s[17]


def id_birth_date(id_number: str) -> date | None:
    """Birth date from an 18-digit (YYYYMMDD at 7-14) or old 15-digit (YYMMDD) number."""
    s = _strip_spaces(id_number)
    if len(s) == 18 and s[:17].isdigit():
        raw = s[6:14]
    elif len(s) == 15 and s.isdigit():
        raw = "19" + s[6:12]
    else:
        return None
    try:
        born = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        return None
    return born if born.year >= MIN_YEAR else None


def id_sex(id_number: str) -> Literal["male", "female"] | None:
    """Sex from the sequence code (odd male, even female); None if not an ID shape."""
    s = _strip_spaces(id_number)
    if id_birth_date(s) is None:
        return None
    digit = int(s[16] if len(s) == 18 else s[14])
    return "male" if digit % 2 else "female"


def _plausible_id(s: str) -> bool:
    """Known province code and a real birth date: filters account numbers out."""
    return s[:2] in PROVINCE_CODES and id_birth_date(s) is not None


def find_id_numbers(text: str) -> list[tuple[str, int, int]]:
    """18-character ID numbers as (normalised, start, end), in text order.

    Tolerates one OCR space inside and a lower-case x; never matches inside a longer digit
    run (bank accounts). Candidates need a known province code and a real birth date, but
    not a valid check character: a misread one is still the respondent's number, so the
    caller decides with `id_checksum_ok` / `repair_id_candidates`.
    """
    text = to_halfwidth(text)
    found: list[tuple[str, int, int]] = []
    for m in _ID_RE.finditer(text):
        if m.group().count(" ") > 1:
            continue
        s = m.group().replace(" ", "").upper()
        if _plausible_id(s):
            found.append((s, m.start(), m.end()))
    return found


def _letters_to_digits(s: str) -> str:
    """Map look-alike letters to digits in the first 17 places; x/× at the end to X."""
    head = "".join(LETTER_TO_DIGIT.get(c, c) for c in s[:17])
    last = "X" if s[17] in "xX×" else LETTER_TO_DIGIT.get(s[17], s[17])
    return head + last


def repair_id_candidates(id_number: str) -> list[str]:
    """Suggest valid numbers one OCR misreading away from the input; never auto-accept.

    Letters that look like digits (O, l, I, S, B, Z …) are read as those digits; if that
    alone gives a valid number it is the only suggestion. Otherwise every single-character
    change among common digit confusions (1/7, 0/8, 3/8 …) that yields a valid checksum and
    a plausible birth date is proposed. An already valid number needs no repair: [].
    """
    s = _strip_spaces(id_number)
    if len(s) != 18 or id_checksum_ok(s):
        return []
    base = _letters_to_digits(s)
    if not base[:17].isdigit():
        return []
    if id_checksum_ok(base):
        return [base] if _plausible_id(base) else []
    out: list[str] = []
    for i, ch in enumerate(base):
        for alt in DIGIT_CONFUSIONS.get(ch, ""):
            candidate = base[:i] + alt + base[i + 1 :]
            if id_checksum_ok(candidate) and _plausible_id(candidate) and candidate not in out:
                out.append(candidate)
    return out


# =============================================================== freeze periods


def add_months(start: date, months: int) -> date:
    """The day `months` later; a missing day (31 Apr, 29 Feb) rolls to the next month's 1st.

    This is the product's one month-end rule, for every stage: a period's end
    (`period_end`), a rule's limit («不得超过三年», `add_duration`) and a renewal's reach all
    count months with it. Rolling forward (rather than clamping back) is what makes
    `period_end` give the civil-code answer (民法典第二百零三条: the period ends on the
    corresponding day, or the month's last day where there is none): a period from
    2024-01-31 for one month ends on 2024-02-29, one from 2024-03-01 on 2024-03-31. A limit
    counted from 2024-02-29 three years on is 2027-03-01, the day after the period's end.
    """
    year, month0 = divmod(start.month - 1 + months, 12)
    year += start.year
    last = calendar.monthrange(year, month0 + 1)[1]
    if start.day <= last:
        return date(year, month0 + 1, start.day)
    return date(year, month0 + 1, last) + timedelta(days=1)


_DURATION_RE = re.compile(r"^(\d+)([ymd])$")


def add_duration(start: date, duration: str) -> date:
    """`start` plus a rule pack's duration: "3y", "6m" or "10d" (months by `add_months`)."""
    m = _DURATION_RE.match(duration)
    if m is None:
        raise ValueError(f"not a duration like 3y, 6m or 10d: {duration!r}")
    n, unit = int(m[1]), m[2]
    if unit == "d":
        return start + timedelta(days=n)
    return add_months(start, n * 12 if unit == "y" else n)


def period_end(start: date, years: int = 0, months: int = 0) -> date:
    """Last day of a period that includes its first day: start + length − 1 day."""
    return add_months(start, years * 12 + months) - timedelta(days=1)


@dataclass(frozen=True)
class FreezePeriod:
    """A freeze period as the notice states it, plus whether its parts agree.

    `end` is the explicit end when the text gives one, else the end computed from the
    start and the stated length. `consistent` is False only when both are stated and
    disagree, which the rule pack reports for correction.
    """

    start: date | None
    end: date | None
    years: int | None = None
    months: int | None = None
    computed_end: date | None = None
    consistent: bool = True
    renewal: bool = False

    def __iter__(self) -> Iterator[date | None]:
        """Unpack as (start, end)."""
        return iter((self.start, self.end))


_RANGE_GAP_RE = re.compile(r"\s*起?\s*[,，]?\s*(?:至|到|止至|—|–|－|-|~|～)\s*")
_START_BEFORE_RE = re.compile(r"(?:自|从|由)\s*$")
_START_AFTER_RE = re.compile(r"^\s*(?:起|开始)")
_LENGTH_RE = re.compile(
    r"(?:冻结|续冻|期限|期间)[^。；;\d]{0,12}?"
    r"(?<![〇○◯零Oo一二两三四五六七八九十\d])(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,3})\s*(?P<unit>个月|個月|年)"
    r"(?!\s*[\d一二三四五六七八九十]{1,2}\s*月)"
)
"""A stated length (冻结期限三年, 冻结六个月), never the tail of a year that a line break cut from
its date (「至二〇二八年十一月」 / 「十五日止」 is no 28 years)."""
_RENEWAL_RE = re.compile(r"续行冻结|续冻|继续冻结")


def _date_range(text: str, dates: list[tuple[date, int, int]]) -> tuple[date, date] | None:
    """The first pair of dates joined by 至/到/— (自D1起至D2止)."""
    for (d1, _, e1), (d2, s2, _) in pairwise(dates):
        if _RANGE_GAP_RE.fullmatch(text[e1:s2]):
            return d1, d2
    return None


def _start_only(text: str, dates: list[tuple[date, int, int]]) -> date | None:
    """The first date marked as a start: 自D, 从D, D起."""
    for value, start, end in dates:
        if _START_BEFORE_RE.search(text[max(0, start - 3) : start]) or _START_AFTER_RE.match(
            text[end : end + 3]
        ):
            return value
    return None


def _stated_length(text: str, dates: list[tuple[date, int, int]]) -> tuple[int | None, int | None] | None:
    """(years, months) from 冻结期限三年 / 冻结六个月, ignoring digits inside dates."""
    pieces, last = [], 0
    for _, start, end in dates:
        pieces += [text[last:start], "＃"]
        last = end
    m = _LENGTH_RE.search("".join([*pieces, text[last:]]))
    if not m:
        return None
    n = chinese_int(m["n"])
    if not n:
        return None
    return (n, None) if m["unit"] == "年" else (None, n)


def parse_freeze_period(text: str) -> FreezePeriod | None:
    """Read a freeze period from a notice's sentence; None when it states none.

    Handles an explicit range (自二〇二四年五月十日起至二〇二七年五月九日止), a start and a
    length (自2024年5月10日起冻结三年 -> end 2027-05-09), and both (the explicit end wins,
    `consistent` says whether the length agrees). 续行冻结 sets `renewal`.
    """
    text = to_halfwidth(text)
    dates = find_dates(text)
    pair = _date_range(text, dates)
    start, end = pair if pair else (_start_only(text, dates), None)
    length = _stated_length(text, dates)
    if start is None and end is None and length is None:
        return None
    years, months = length if length else (None, None)
    computed = period_end(start, years or 0, months or 0) if start and length else None
    return FreezePeriod(
        start=start,
        end=end or computed,
        years=years,
        months=months,
        computed_end=computed,
        consistent=end is None or computed is None or end == computed,
        renewal=bool(_RENEWAL_RE.search(text)),
    )
