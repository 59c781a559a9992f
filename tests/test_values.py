"""Exact value parsers: example tables for every form, and round-trip properties."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.values import (
    FreezePeriod,
    add_duration,
    add_months,
    amount_to_chinese_capital,
    case_number_parts,
    chinese_int,
    date_to_arabic,
    date_to_chinese,
    find_amounts,
    find_case_numbers,
    find_dates,
    find_id_numbers,
    format_amount,
    id_birth_date,
    id_check_char,
    id_checksum_ok,
    id_number_valid,
    id_sex,
    iso_date,
    normalize_case_number,
    parse_amount,
    parse_date,
    parse_freeze_period,
    period_end,
    repair_id_candidates,
    to_amount,
)

D = Decimal
VALID_ID = "34052419800101001X"
VALID_ID_2 = "110101199003074573"

# ==================================================================== numerals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十四", 24),
        ("两", 2),
        ("一百零五", 105),
        ("一千零十", 1010),
        ("十万", 100000),
        ("十二万三千四百五十六", 123456),
        ("一亿零五百万", 105000000),
        ("二〇二四", 2024),
        ("12", 12),
        ("３", 3),
    ],
)
def test_chinese_int(text: str, value: int) -> None:
    assert chinese_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "三百五", "一万五", "十十", "百", "二三十", "万", "一万万", "三x", "五百零"]
)
def test_chinese_int_rejects_inexact(text: str) -> None:
    assert chinese_int(text) is None


# ===================================================================== amounts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", "123456.78"),
        ("壹万元整", "10000.00"),
        ("叁仟元", "3000.00"),
        ("伍拾万零贰佰元整", "500200.00"),
        ("壹佰元零伍分", "100.05"),
        ("壹拾万元零伍分", "100000.05"),
        ("伍角", "0.50"),
        ("人民币壹拾贰万元整", "120000.00"),
        ("十二万三千四百五十六元七角八分", "123456.78"),
        ("两万元", "20000.00"),
        ("¥123,456.78", "123456.78"),
        ("￥123456.78元", "123456.78"),
        ("人民币123,456.78元", "123456.78"),
        ("人民币12.5万元", "125000.00"),
        ("12.5万", "125000.00"),
        ("3万元", "30000.00"),
        ("1,000元", "1000.00"),
        ("¥ 1,000", "1000.00"),
        ("１２３４５．６元", "12345.60"),
        ("1.25亿元", "125000000.00"),
    ],
)
def test_parse_amount(text: str, value: str) -> None:
    result = parse_amount(text)
    assert result == D(value)
    assert result is not None and result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "text",
    ["", "三百五元", "123.456元", "1,00元", "12,34元", "元", "壹拾贰万叁", "冻结十万元", "12.345.6元"],
)
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


def test_find_amounts_both_forms_agree() -> None:
    text = "冻结被执行人张三名下住房公积金人民币壹拾贰万元（¥120,000.00），期限三年。"
    found = find_amounts(text)
    assert [v for v, _, _ in found] == [D("120000.00"), D("120000.00")]
    assert [text[s:e] for _, s, e in found] == ["人民币壹拾贰万元", "¥120,000.00"]


def test_a_capital_amount_broken_over_two_lines_is_one_amount() -> None:
    """A photographed notice of an independent corpus (avocet, a dev bundle) broke its 大写 form
    after 「捌仟」: the second line alone read as 贰佰伍拾叁元 (253.00), and the notice then
    contradicted its ruling. Numerals of a list on the next line (「三、」) stay apart."""
    text = "存款人民币248,253.00元（大写：人民币贰拾肆万捌仟\n贰佰伍拾叁元整），划入本院账户。"
    assert [v for v, _, _ in find_amounts(text)] == [D("248253.00"), D("248253.00")]
    assert [v for v, _, _ in find_amounts("扣划人民币伍拾元\n三、冻结期限")] == [D("50.00")]


def test_find_amounts_ignores_ids_case_numbers_accounts_dates() -> None:
    text = (
        "被执行人张三（身份证号310115199001011234），案号（2024）沪0115执1234号，"
        "账号6222021234567890123，2024年5月10日、二〇二四年五月十日、2024.5.10，"
        "下午三时五分，2名执行人员，冻结期限三年，扣划5万元，另计人民币叁仟元整。"
    )
    found = [(v, text[s:e]) for v, s, e in find_amounts(text)]
    assert found == [(D("50000.00"), "5万元"), (D("3000.00"), "人民币叁仟元整")]


def test_find_amounts_lower_case_and_figures() -> None:
    text = "申请执行标的十二万三千四百五十六元七角八分，已执行1,000元，余款￥122456.78元。"
    assert [v for v, _, _ in find_amounts(text)] == [D("123456.78"), D("1000.00"), D("122456.78")]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("123456.78", "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"),
        ("10000", "壹万元整"),
        ("10", "壹拾元整"),
        ("15", "壹拾伍元整"),
        ("100000.05", "壹拾万元零伍分"),
        ("1000.06", "壹仟元零陆分"),
        ("0.50", "伍角"),
        ("0.05", "伍分"),
        ("10.30", "壹拾元叁角"),
        ("500200", "伍拾万零贰佰元整"),
        ("100000001", "壹亿零壹元整"),
        ("1010101.01", "壹佰零壹万零壹佰零壹元零壹分"),
        ("20000000.10", "贰仟万元壹角"),
        ("0", "零元整"),
    ],
)
def test_amount_to_chinese_capital(value: str, text: str) -> None:
    assert amount_to_chinese_capital(D(value)) == text


def test_format_amount() -> None:
    assert format_amount(D("120000")) == "120000.00"
    assert format_amount(D("1E+5")) == "100000.00"


@settings(max_examples=400, deadline=None)
@given(cents=st.integers(min_value=1, max_value=9_999_999_999))
def test_capital_round_trip(cents: int) -> None:
    amount = D(cents).scaleb(-2)
    text = amount_to_chinese_capital(amount)
    assert parse_amount(text) == amount
    sentence = f"冻结人民币{text}（¥{amount:,.2f}）"
    figure_at = sentence.index("¥")
    assert find_amounts(sentence) == [
        (amount, 2, 5 + len(text)),
        (amount, figure_at, len(sentence) - 1),
    ]


# ======================================================================= dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二〇二四年五月十日", date(2024, 5, 10)),
        ("二○二四年五月十日", date(2024, 5, 10)),
        ("二零二四年十二月三十一日", date(2024, 12, 31)),
        ("二〇二〇年二月二十九日", date(2020, 2, 29)),
        ("2024年5月10日", date(2024, 5, 10)),
        ("2024 年 5 月 10 日", date(2024, 5, 10)),
        ("2024年05月01日", date(2024, 5, 1)),
        ("2024.5.10", date(2024, 5, 10)),
        ("2024-05-10", date(2024, 5, 10)),
        ("2024/5/10", date(2024, 5, 10)),
        ("２０２４年５月１０日", date(2024, 5, 10)),
    ],
)
def test_parse_date(text: str, value: date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "2023年2月29日",
        "2024年13月1日",
        "2024年4月31日",
        "二〇二四年二月三十日",
        "2024.5",
        "2024-5/10",
        "冻结2024年5月10日",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_in_text() -> None:
    text = "自二〇二四年五月十日起至2027年5月9日止，裁定日期2024-05-08；身份证310115199001011234。"
    assert [(d, text[s:e]) for d, s, e in find_dates(text)] == [
        (date(2024, 5, 10), "二〇二四年五月十日"),
        (date(2027, 5, 9), "2027年5月9日"),
        (date(2024, 5, 8), "2024-05-08"),
    ]


def test_a_year_whose_zero_the_scan_lost_where_the_line_broke_is_still_read() -> None:
    # 「续冻期限自二」 | 「〇二六年八月五日起…」: the OCR dropped the 〇 that opened the second line
    text = "续冻期限自二二六年八月五日起至二〇二九年八月四日止"
    assert [(d, text[s:e]) for d, s, e in find_dates(text)] == [
        (date(2026, 8, 5), "二二六年八月五日"), (date(2029, 8, 4), "二〇二九年八月四日")]
    # which 〇 or 二 went missing from 二〇六 cannot be told (2006 or 2026): no date
    assert find_dates("自二〇六年八月五日起") == []


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2024, 5, 10), "二〇二四年五月十日"),
        (date(2024, 12, 31), "二〇二四年十二月三十一日"),
        (date(2000, 1, 20), "二〇〇〇年一月二十日"),
        (date(2019, 11, 1), "二〇一九年十一月一日"),
    ],
)
def test_date_to_chinese(value: date, text: str) -> None:
    assert date_to_chinese(value) == text


@settings(max_examples=300, deadline=None)
@given(value=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_date_round_trip(value: date) -> None:
    assert parse_date(date_to_chinese(value)) == value
    assert parse_date(date_to_chinese(value).replace("〇", "○")) == value
    assert parse_date(f"{value.year}年{value.month}月{value.day}日") == value


# ================================================================ case numbers

CANONICAL = "（2024）沪0115执1234号"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2024)沪0115执1234号", CANONICAL),
        ("（2024）沪0115执1234号", CANONICAL),
        ("〔2024〕沪0115执1234号", CANONICAL),
        ("[2024]沪0115执1234号", CANONICAL),
        ("【2024】沪0115执1234号", CANONICAL),
        ("( 2024 ) 沪01 15 执 12 34 号", CANONICAL),
        ("（２０２４）沪０１１５执１２３４号", CANONICAL),
        ("(2024)沪0115执1234号之一", "（2024）沪0115执1234号之一"),
        ("(2024)沪0115执恢12号", "（2024）沪0115执恢12号"),
        ("(2024)沪0115执保3号", "（2024）沪0115执保3号"),
        ("(2024)沪01执异5号", "（2024）沪01执异5号"),
        ("(2024)沪执复1号", "（2024）沪执复1号"),
        ("(2024)最高法执监12号", "（2024）最高法执监12号"),
        ("(2023)沪74民初5号", "（2023）沪74民初5号"),
        ("(2023)沪0115民终5号", "（2023）沪0115民终5号"),
        ("(2023)沪0115财保9号", "（2023）沪0115财保9号"),
        ("(2023)沪73知民初9号", "（2023）沪73知民初9号"),
        ("(2023)京0105刑初9号", "（2023）京0105刑初9号"),
        ("(2014)浦执字第123号", "（2014）浦执字第123号"),
        ("(2014)沪一中执字第12号", "（2014）沪一中执字第12号"),
    ],
)
def test_normalize_case_number(text: str, expected: str) -> None:
    assert normalize_case_number(text) == expected


@pytest.mark.parametrize(
    "text",
    ["沪0115执1234号", "(2024)沪0115执号", "(2024)X0115执12号", "(2024)沪0115执1234", "焦中法〔2018〕144号"],
)
def test_normalize_case_number_rejects(text: str) -> None:
    assert normalize_case_number(text) is None


def test_case_number_parts() -> None:
    assert case_number_parts("(2024)沪0115执1234号之一") == {
        "year": 2024,
        "court": "沪0115",
        "type": "执",
        "serial": 1234,
        "suffix": "之一",
        "old_form": False,
    }
    old = case_number_parts("(2014)浦执字第123号")
    assert old is not None and old["court"] == "浦" and old["old_form"] and old["serial"] == 123
    assert case_number_parts("not a case number") is None


def test_find_case_numbers() -> None:
    text = "本院在执行（2024）沪0115执1234号一案中，依据（2023）沪0115民初56号民事判决书。焦中法〔2018〕144号"
    assert [(c, text[s:e]) for c, s, e in find_case_numbers(text)] == [
        (CANONICAL, "（2024）沪0115执1234号"),
        ("（2023）沪0115民初56号", "（2023）沪0115民初56号"),
    ]


# ================================================================== ID numbers


def _make_id(first17: str) -> str:
    return first17 + id_check_char(first17)


def test_id_checksum() -> None:
    assert id_checksum_ok(VALID_ID)
    assert id_checksum_ok(VALID_ID.lower())
    assert id_checksum_ok(VALID_ID_2)
    assert not id_checksum_ok("340524198001010010")
    assert not id_checksum_ok("34052419800101001")
    assert not id_checksum_ok("3405241980010100AX")


def test_id_birth_and_sex() -> None:
    assert id_birth_date(VALID_ID) == date(1980, 1, 1)
    assert id_sex(VALID_ID) == "male"  # sequence 001
    assert id_sex(VALID_ID_2) == "male"  # sequence 457
    assert id_sex(_make_id("11010119900307458")) == "female"
    assert id_birth_date("340524800101001") == date(1980, 1, 1)  # old 15-digit form
    assert id_birth_date("340524198013010019") is None
    assert id_sex("hello") is None


def test_find_id_numbers() -> None:
    text = (
        f"被执行人张三，身份证号{VALID_ID.lower()}，住上海市。"
        f"配偶身份证 110101 {VALID_ID_2[6:]} 。"
        "公积金账号6222021234567890123；另一账号 34052419800101001X5；"
        "银行卡 6217 0012 3456 7890 123；订单号9934052419800101001X"
    )
    assert [(s, text[a:b].replace(" ", "")) for s, a, b in find_id_numbers(text)] == [
        (VALID_ID, VALID_ID.lower()),
        (VALID_ID_2, VALID_ID_2),
    ]


def test_find_id_numbers_keeps_bad_checksum_for_repair() -> None:
    found = find_id_numbers("身份证号340524198001010010")
    assert [s for s, _, _ in found] == ["340524198001010010"]
    assert not id_checksum_ok(found[0][0])


@pytest.mark.parametrize(
    ("ocr", "repaired"),
    [
        ("34O52419800101001X", VALID_ID),
        ("34052419800l01001X", VALID_ID),
        ("34052419800101001x", []),  # already valid once upper-cased
        ("1l0101199003074573", VALID_ID_2),
        ("11O1O1199OO3O74573", VALID_ID_2),
        ("31011519850612108B", "310115198506121088"),
        ("3lO115198506121088", "310115198506121088"),
    ],
)
def test_repair_letters(ocr: str, repaired: str | list[str]) -> None:
    expected = repaired if isinstance(repaired, list) else [repaired]
    assert repair_id_candidates(ocr) == expected


def test_repair_digit_confusions_suggests_the_original() -> None:
    damaged = VALID_ID_2[:15] + "6" + VALID_ID_2[16:]  # 5 misread as 6 in the sequence
    candidates = repair_id_candidates(damaged)
    assert VALID_ID_2 in candidates
    assert all(id_checksum_ok(c) for c in candidates)
    assert repair_id_candidates(VALID_ID) == []
    assert repair_id_candidates("too short") == []


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["110101", "310115", "340524", "440305", "650102"]))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2024, 12, 31)))
    seq = draw(st.integers(min_value=0, max_value=999))
    return _make_id(f"{area}{born:%Y%m%d}{seq:03d}")


@settings(max_examples=300, deadline=None)
@given(id_number=valid_ids(), position=st.integers(min_value=0, max_value=16), delta=st.integers(1, 9))
def test_checksum_detects_any_single_digit_change(id_number: str, position: int, delta: int) -> None:
    assert id_checksum_ok(id_number)
    changed = str((int(id_number[position]) + delta) % 10)
    damaged = id_number[:position] + changed + id_number[position + 1 :]
    assert not id_checksum_ok(damaged)


@settings(max_examples=200, deadline=None)
@given(id_number=valid_ids())
def test_valid_ids_are_found(id_number: str) -> None:
    text = f"被执行人身份证号码：{id_number}，户籍地址上海市"
    assert [s for s, _, _ in find_id_numbers(text)] == [id_number]
    assert id_birth_date(id_number) is not None
    assert id_sex(id_number) in ("male", "female")


# ============================================================== freeze periods


@pytest.mark.parametrize(
    ("text", "start", "end", "years", "months"),
    [
        (
            "冻结期限三年，自二〇二四年五月十日起至二〇二七年五月九日止",
            date(2024, 5, 10),
            date(2027, 5, 9),
            3,
            None,
        ),
        ("冻结期限为一年（自2024年5月10日起至2025年5月9日止）", date(2024, 5, 10), date(2025, 5, 9), 1, None),
        ("期限自2024年5月10日至2027年5月9日", date(2024, 5, 10), date(2027, 5, 9), None, None),
        ("自2024年5月10日起冻结三年", date(2024, 5, 10), date(2027, 5, 9), 3, None),
        ("冻结期限为三年，自2024年5月10日起算", date(2024, 5, 10), date(2027, 5, 9), 3, None),
        ("自2024年5月10日起冻结六个月", date(2024, 5, 10), date(2024, 11, 9), None, 6),
        ("自2024年2月29日起冻结一年", date(2024, 2, 29), date(2025, 2, 28), 1, None),
        ("自2023年3月1日起冻结一年", date(2023, 3, 1), date(2024, 2, 29), 1, None),
        ("自2024年1月31日起冻结一个月", date(2024, 1, 31), date(2024, 2, 29), None, 1),
        ("续行冻结期限一年", None, None, 1, None),
        ("续行冻结期限自2025年1月1日起一年。", date(2025, 1, 1), date(2025, 12, 31), 1, None),
        ("冻结期限为三年，自二〇二四年五月十日\n起算", date(2024, 5, 10), date(2027, 5, 9), 3, None),
    ],
)
def test_parse_freeze_period(
    text: str, start: date | None, end: date | None, years: int | None, months: int | None
) -> None:
    period = parse_freeze_period(text)
    assert period is not None
    assert (period.start, period.end, period.years, period.months) == (start, end, years, months)
    assert period.consistent
    assert tuple(period) == (start, end)


def test_freeze_period_mismatch_keeps_explicit_end() -> None:
    period = parse_freeze_period("冻结期限三年，自2024年5月10日起至2027年5月10日止")
    assert period == FreezePeriod(
        start=date(2024, 5, 10),
        end=date(2027, 5, 10),
        years=3,
        months=None,
        computed_end=date(2027, 5, 9),
        consistent=False,
    )


def test_freeze_period_renewal_and_absent() -> None:
    period = parse_freeze_period("续行冻结期限一年，自2027年5月10日起至2028年5月9日止")
    assert period is not None and period.renewal and period.consistent
    assert parse_freeze_period("请协助查询被执行人公积金账户余额。") is None
    assert parse_freeze_period("本裁定书于2024年5月8日作出。") is None


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    months=st.integers(min_value=1, max_value=60),
)
def test_period_end_is_day_before_next_period(start: date, months: int) -> None:
    end = period_end(start, months=months)
    assert start <= end
    assert add_months(start, months) == date.fromordinal(end.toordinal() + 1)


def test_a_new_form_case_number_loses_a_stray_di():
    assert normalize_case_number("（2024）沪0115执第1234号") == "（2024）沪0115执1234号"
    assert normalize_case_number("(2014)浦执字第123号") == "（2014）浦执字第123号"


# ------------------------------------------------------------- the month-end rule


@pytest.mark.parametrize(
    ("start", "months", "later"),
    [
        (date(2024, 1, 31), 1, date(2024, 3, 1)),  # no 31 Feb: the next month's 1st
        (date(2024, 1, 30), 1, date(2024, 3, 1)),  # no 30 Feb in a leap year either
        (date(2024, 1, 29), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 36, date(2027, 3, 1)),
        (date(2024, 5, 1), 36, date(2027, 5, 1)),
        (date(2024, 8, 31), 1, date(2024, 10, 1)),
    ],
)
def test_one_month_end_rule(start: date, months: int, later: date) -> None:
    """A day the target month lacks rolls forward, for periods and rule limits alike."""
    assert add_months(start, months) == later
    assert add_duration(start, f"{months}m") == later
    if months % 12 == 0:
        assert add_duration(start, f"{months // 12}y") == later


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # 民法典第二百零三条: the month's last day
        (date(2024, 3, 1), 1, date(2024, 3, 31)),
        (date(2024, 5, 10), 36, date(2027, 5, 9)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
    ],
)
def test_period_end_by_the_civil_code(start: date, months: int, end: date) -> None:
    assert period_end(start, months=months) == end


def test_durations_in_days_and_bad_ones() -> None:
    assert add_duration(date(2024, 12, 25), "10d") == date(2025, 1, 4)
    with pytest.raises(ValueError, match="not a duration"):
        add_duration(date(2024, 1, 1), "3 years")


@pytest.mark.parametrize(
    ("value", "amount"),
    [("123456.78", Decimal("123456.78")), ("80000", Decimal("80000.00")), (Decimal("0.5"), Decimal("0.50")),
     (12, Decimal("12.00"))],
)
def test_contract_amounts(value: object, amount: Decimal) -> None:
    got = to_amount(value)  # type: ignore[arg-type]
    assert got == amount and str(got) == f"{amount:.2f}"


@pytest.mark.parametrize("value", [None, "", "12.345", "-5.00", "abc", "NaN", True])
def test_contract_amounts_are_never_rounded_or_guessed(value: object) -> None:
    assert to_amount(value) is None  # type: ignore[arg-type]


def test_contract_dates_and_their_printed_forms() -> None:
    assert iso_date("2024-05-01") == date(2024, 5, 1)
    assert iso_date(date(2024, 5, 1)) == date(2024, 5, 1)
    assert iso_date("2024-02-30") is None and iso_date(None) is None and iso_date("2024年5月1日") is None
    assert date_to_arabic(date(2024, 5, 1)) == "2024年5月1日"


def test_id_number_valid_needs_shape_birth_date_and_check() -> None:
    assert id_number_valid("34052419800101001X")
    assert not id_number_valid("34052419800101001x")  # the contract writes X upper-case
    assert not id_number_valid("340524198001010010")  # check character
    assert not id_number_valid("34052419801301001X")  # month 13
    assert not id_number_valid(None)


@pytest.mark.parametrize("number", ["（2025）黔0103执恢2976号", "（2024）滇0102执88号", "（2025）黔0103民初10601号"])
def test_guizhou_and_yunnan_case_numbers_use_their_court_codes(number: str) -> None:
    from extract.values import find_case_numbers

    assert [found for found, _, _ in find_case_numbers(f"案号{number}。")] == [number]


def test_a_year_cut_from_its_date_by_a_line_break_is_no_stated_length() -> None:
    from extract.values import parse_freeze_period

    period = parse_freeze_period("续行冻结期限自二〇二五年十一月十六日起至二〇二八年十一月")
    assert period is not None and period.years is None and period.end is None
    assert parse_freeze_period("冻结期限三年，自2024年5月10日起。").years == 3
