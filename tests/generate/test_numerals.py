"""Amounts in capitals and dates, as a court clerk reads them."""

from __future__ import annotations

import datetime
import importlib.util
import random
from decimal import Decimal

import pytest

from generate.numerals import amount_to_chinese_capital, date_to_arabic, date_to_chinese, figures, ordinal


@pytest.mark.parametrize(
    ("amount", "capital"),
    [
        ("123456.78", "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"),
        ("100.05", "壹佰元零伍分"),
        ("1005.00", "壹仟零伍元整"),
        ("0.50", "伍角"),
        ("0.00", "零元整"),
        ("10.00", "壹拾元整"),
        ("100000.00", "壹拾万元整"),
        ("1000100.00", "壹佰万零壹佰元整"),
        ("2502725.26", "贰佰伍拾万零贰仟柒佰贰拾伍元贰角陆分"),
        ("100000000.00", "壹亿元整"),
        ("10010.10", "壹万零壹拾元壹角"),
    ],
)
def test_capital_numerals(amount: str, capital: str) -> None:
    assert amount_to_chinese_capital(Decimal(amount)) == capital


def test_figures_keep_the_contract_form() -> None:
    assert figures(Decimal("123456.7")) == "123456.70"


def test_dates() -> None:
    day = datetime.date(2024, 5, 10)
    assert date_to_chinese(day) == "二〇二四年五月十日"
    assert date_to_chinese(datetime.date(2020, 10, 31)) == "二〇二〇年十月三十一日"
    assert date_to_arabic(day) == "2024年5月10日"


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 10, 11, 20, 21)] == ["一", "十", "十一", "二十", "二十一"]


@pytest.mark.skipif(importlib.util.find_spec("extract.values") is None, reason="extract.values not there yet")
def test_agrees_with_extract_values() -> None:
    """Our private copies give the same text as extract.values, so either can replace the other."""
    from extract import values

    rng = random.Random(7)
    for _ in range(3000):
        amount = (Decimal(rng.randint(0, 10 ** rng.randint(1, 13))) / 100).quantize(Decimal("0.01"))
        assert amount_to_chinese_capital(amount) == values.amount_to_chinese_capital(amount)
    day = datetime.date(2019, 1, 1)
    while day.year < 2021:
        assert date_to_chinese(day) == values.date_to_chinese(day)
        day += datetime.timedelta(days=1)
