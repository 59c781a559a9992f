"""Working days (chinese_calendar + an admin schedule + a stated fallback) and retirement dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.values import id_birth_date as birth_date
from extract.values import id_check_char as check_character
from extract.values import id_number_valid as is_valid
from extract.values import id_sex as sex
from validate import CalendarError
from validate.retirement import delay_months, from_id_number, retirement
from validate.workdays import WorkCalendar, load_schedules

DATA = Path(__file__).with_name("calendars")
KNOWN_DAYS = st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 11, 30))
CAL = WorkCalendar()


@settings(max_examples=200, deadline=None)
@given(start=KNOWN_DAYS, n=st.integers(min_value=0, max_value=20))
def test_add_working_days_counts_exactly_n_working_days(start: date, n: int) -> None:
    result = CAL.add_working_days(start, n)
    assert result.fallback_years == ()
    assert CAL.working_days_between(start, result.date) == n
    if n:
        assert chinese_calendar.is_workday(result.date)


@settings(max_examples=100, deadline=None)
@given(start=KNOWN_DAYS, n=st.integers(min_value=0, max_value=15))
def test_one_more_working_day_is_later(start: date, n: int) -> None:
    assert CAL.add_working_days(start, n + 1).date > CAL.add_working_days(start, n).date


@settings(max_examples=100, deadline=None)
@given(start=st.dates(min_value=date(2027, 1, 1), max_value=date(2030, 12, 1)), n=st.integers(1, 20))
def test_unknown_years_fall_back_to_weekends_and_say_so(start: date, n: int) -> None:
    result = CAL.add_working_days(start, n)
    assert result.date.weekday() < 5
    assert start.year in result.fallback_years or result.date.year in result.fallback_years
    weekdays = sum((start + timedelta(days=i)).weekday() < 5 for i in range(1, (result.date - start).days + 1))
    assert weekdays == n


def test_spring_festival_and_make_up_days() -> None:
    assert CAL.add_working_days(date(2024, 2, 9), 1).date == date(2024, 2, 18)  # Sunday worked in exchange
    assert CAL.add_working_days(date(2024, 9, 30), 1).date == date(2024, 10, 8)
    assert CAL.add_working_days(date(2024, 10, 11), 1).date == date(2024, 10, 12)  # Saturday worked


def test_admin_schedule_overrides_and_is_strict(tmp_path: Path) -> None:
    cal = WorkCalendar.from_file(DATA / "calendar-2027.yaml")
    result = cal.add_working_days(date(2026, 12, 31), 1)
    assert result.date == date(2027, 1, 3) and result.fallback_years == ()
    bad = tmp_path / "cal.yaml"
    bad.write_text("2027:\n  holiday: [2027-01-01]\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"cal.yaml:2: unknown key 'holiday'"):
        load_schedules(bad)
    bad.write_text("2027:\n  holidays: [2028-01-01]\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r":2: 2028-01-01 is not in 2027"):
        load_schedules(bad)


def test_schedule_named_by_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from service.settings import Settings

    monkeypatch.setenv("ASSISTDESK_CALENDAR", str(DATA / "calendar-2027.yaml"))
    assert WorkCalendar.from_file(Settings().calendar).is_workday(date(2027, 1, 3))
    assert not WorkCalendar.from_file(None).is_workday(date(2027, 1, 3))


# ------------------------------------------------------------------ retirement (2025 reform)

@pytest.mark.parametrize(("born", "category", "years", "months", "on"), [
    (date(1965, 1, 15), "male", 60, 1, date(2025, 2, 15)),
    (date(1965, 5, 15), "male", 60, 2, date(2025, 7, 15)),
    (date(1974, 5, 15), "male", 62, 5, date(2036, 10, 15)),
    (date(1971, 4, 15), "female_55", 55, 4, date(2026, 8, 15)),
    (date(1976, 9, 1), "male", 63, 0, date(2039, 9, 1)),
    (date(1976, 8, 1), "male", 62, 11, date(2039, 7, 1)),
    (date(1981, 9, 1), "female_55", 58, 0, date(2039, 9, 1)),
    (date(1984, 11, 1), "female_50", 55, 0, date(2039, 11, 1)),
    (date(1984, 10, 1), "female_50", 54, 11, date(2039, 9, 1)),
    (date(1964, 12, 31), "male", 60, 0, date(2024, 12, 31)),
])
def test_official_table_rows(born: date, category: str, years: int, months: int, on: date) -> None:
    r = retirement(born, category)  # type: ignore[arg-type]
    assert (r.age_years, r.age_months, r.date) == (years, months, on)


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1950, 2000), month=st.integers(1, 12),
       category=st.sampled_from(["male", "female_55", "female_50"]))
def test_schedule_rises_by_one_month_per_step_up_to_the_cap(year: int, month: int, category: str) -> None:
    step, cap = (2, 60) if category == "female_50" else (4, 36)
    d = delay_months(year, month, category)  # type: ignore[arg-type]
    assert 0 <= d <= cap
    nxt = delay_months(year + (month == 12), month % 12 + 1, category)  # type: ignore[arg-type]
    assert d <= nxt <= d + 1
    later = delay_months(year + step // 12 + (month + step % 12 > 12), (month + step - 1) % 12 + 1,
                         category)  # type: ignore[arg-type]
    assert later == min(cap, d + 1) or d == 0


def test_woman_category_unknown_is_said_not_guessed() -> None:
    view = from_id_number("31011519720610402X", date(2024, 5, 10))
    assert view.sex == "female" and view.reached is None and "类别" in view.note
    assert [c.date for c in view.candidates] == [date(2022, 6, 10), date(2028, 2, 10)]
    assert from_id_number("31011519720610402X", date(2024, 5, 10), "female_50").reached is True


def test_id_numbers() -> None:
    assert is_valid("34052419800101001X") and check_character("34052419800101001") == "X"
    assert not is_valid("340524198001010010") and not is_valid("34052419801301001X") and not is_valid(None)
    assert birth_date("34052419800101001X") == date(1980, 1, 1)
    assert sex("34052419800101001X") == "male" and sex("31011519720610402X") == "female"
