"""Statutory retirement dates under the 2025 reform.

Source: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and its
annexed tables, in force 2025-01-01. Seed 000 第三条（二）5 exempts a deduction from the
proof of a withdrawal ground once the person "已达法定退休年龄", and 第三条（一）4（1）
makes retirement a ground, so the centre needs the date the law sets, not 60/55/50.

The schedule: the original age rises by one month for every `step` months of birth after
the reform's start, up to `cap` months. With n = (birth year + base − 2025) × 12 + birth
month, the delay is 0 when n ≤ 0, else min(ceil(n / step), cap).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Literal

from extract.values import date_to_arabic as _cn
from extract.values import id_birth_date, id_sex

Category = Literal["male", "female_55", "female_50"]


@dataclass(frozen=True)
class Scheme:
    """One row of the reform: the original age and how fast it rises."""

    base_years: int
    step_months: int
    cap_months: int
    label: str


SCHEMES: dict[Category, Scheme] = {
    "male": Scheme(60, 4, 36, "男职工（原法定退休年龄六十周岁）"),
    "female_55": Scheme(55, 4, 36, "女职工（原法定退休年龄五十五周岁）"),
    "female_50": Scheme(50, 2, 60, "女职工（原法定退休年龄五十周岁）"),
}
REFORM_YEAR = 2025


@dataclass(frozen=True)
class Retirement:
    """When one person of one category reaches the statutory age."""

    category: Category
    age_years: int
    age_months: int
    date: date

    @property
    def age_text(self) -> str:
        return f"{self.age_years}周岁" + (f"{self.age_months}个月" if self.age_months else "")


def delay_months(birth_year: int, birth_month: int, category: Category) -> int:
    """Months added to the original age for someone born in that month."""
    scheme = SCHEMES[category]
    n = (birth_year + scheme.base_years - REFORM_YEAR) * 12 + birth_month
    if n <= 0:
        return 0
    return min(math.ceil(n / scheme.step_months), scheme.cap_months)


def retirement(birth: date, category: Category) -> Retirement:
    """The statutory retirement age and the day it is reached (the birthday in that month)."""
    total = SCHEMES[category].base_years * 12 + delay_months(birth.year, birth.month, category)
    months = birth.year * 12 + (birth.month - 1) + total
    year, month0 = divmod(months, 12)
    day = min(birth.day, _days_in_month(year, month0 + 1))
    return Retirement(category, total // 12, total % 12, date(year, month0 + 1, day))


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


@dataclass(frozen=True)
class RetirementView:
    """What the ID number tells about a person's retirement, and what it cannot tell.

    `reached` is None when the answer depends on a woman's category, which the ID number
    does not carry (50 for workers, 55 for cadres and some others).
    """

    sex: str | None
    candidates: tuple[Retirement, ...]
    reached: bool | None
    note: str

    def as_dict(self) -> dict:
        return {
            "sex": self.sex,
            "reached": self.reached,
            "note": self.note,
            "candidates": [
                {"category": r.category, "age": r.age_text, "date": r.date.isoformat()}
                for r in self.candidates
            ],
        }


def from_id_number(id_number: str | None, today: date, category: Category | None = None) -> RetirementView:
    """Retirement as far as the ID number (and a known category, if any) allows."""
    birth, sex = id_birth_date(id_number or ""), id_sex(id_number or "")
    if birth is None or sex is None:
        return RetirementView(None, (), None, "身份证号码缺失或无法识别出生日期，无法计算法定退休年龄。")
    if sex == "male" or category is not None:
        cat: Category = "male" if sex == "male" else category  # type: ignore[assignment]
        r = retirement(birth, cat)
        reached = today >= r.date
        state = "已达" if reached else "未达"
        note = f"按{SCHEMES[cat].label}计算，法定退休年龄为{r.age_text}，于{_cn(r.date)}达到，截至{_cn(today)}{state}法定退休年龄。"
        return RetirementView(sex, (r,), reached, note)
    early, late = retirement(birth, "female_50"), retirement(birth, "female_55")
    if today >= late.date:
        reached: bool | None = True
    elif today < early.date:
        reached = False
    else:
        reached = None
    note = (
        f"被执行人为女性，身份证号码不能确定其原法定退休年龄类别：按原五十周岁为{early.age_text}"
        f"（{_cn(early.date)}），按原五十五周岁为{late.age_text}（{_cn(late.date)}）。"
    )
    if reached is None:
        note += "截至今日是否已达法定退休年龄取决于该类别，须核实。"
    else:
        note += f"截至{_cn(today)}两种类别均{'已达' if reached else '未达'}法定退休年龄。"
    return RetirementView(sex, (early, late), reached, note)
