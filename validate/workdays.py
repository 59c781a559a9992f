"""Working days with China's public holidays and weekend make-up days.

The State Council sets each year's schedule (usually in November for the next year). The
maintained `chinese_calendar` package carries the published years; for a year it does not
know, an administrator adds the schedule as data (a YAML file, see `load_schedules`), and
when neither knows the year the count falls back to "weekends only" and says so, because
a reply deadline silently computed over an unknown Spring Festival would be wrong.

Schedule file format (one mapping per year)::

    2027:
      source: 国务院办公厅关于2027年部分节假日安排的通知
      holidays: [2027-01-01, 2027-02-06, ...]   # days off, weekdays included
      workdays: [2027-02-14]                    # weekend days worked in exchange (调休)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import chinese_calendar
import yaml

from validate.errors import CalendarError

Basis = Literal["schedule", "chinese_calendar", "weekends_only"]


@dataclass(frozen=True)
class YearSchedule:
    """One year's published holiday arrangement, as an administrator typed it in."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date]
    source: str = ""


@dataclass(frozen=True)
class Deadline:
    """A date reached by counting working days, and the years counted without a schedule."""

    date: date
    fallback_years: tuple[int, ...] = ()


@dataclass
class WorkCalendar:
    """Answers "is this a working day" from the admin schedule, the package, or weekends."""

    schedules: Mapping[int, YearSchedule] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: str | os.PathLike | None = None) -> WorkCalendar:
        """The calendar with the administrator's schedule file (the settings' ASSISTDESK_CALENDAR).

        Without one, `chinese_calendar`'s years, then weekends only, said in the finding.
        """
        return cls(load_schedules(path) if path else {})

    def day(self, d: date) -> tuple[bool, Basis]:
        """Whether `d` is a working day, and what the answer rests on."""
        sched = self.schedules.get(d.year)
        if sched is not None:
            if d in sched.workdays:
                return True, "schedule"
            if d in sched.holidays:
                return False, "schedule"
            return d.weekday() < 5, "schedule"
        try:
            return bool(chinese_calendar.is_workday(d)), "chinese_calendar"
        except NotImplementedError:
            return d.weekday() < 5, "weekends_only"

    def is_workday(self, d: date) -> bool:
        return self.day(d)[0]

    def add_working_days(self, start: date, n: int) -> Deadline:
        """The n-th working day after `start` (the day of receipt itself is not counted)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        d, counted, fallback = start, 0, set()
        while counted < n:
            d += timedelta(days=1)
            ok, basis = self.day(d)
            if basis == "weekends_only":
                fallback.add(d.year)
            counted += ok
        return Deadline(d, tuple(sorted(fallback)))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many of the allowed days have been used."""
        return sum(self.is_workday(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))


def load_schedules(path: str | os.PathLike) -> dict[int, YearSchedule]:
    """Read an administrator's schedule file strictly; a typo names the file and the line."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CalendarError(f"{file}: cannot read the holiday schedule ({exc.strerror})") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise CalendarError(f"{file}{line}: not valid YAML") from exc
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise CalendarError(f"{file}:{root.start_mark.line + 1}: expected a mapping of years")
    out: dict[int, YearSchedule] = {}
    for key, value in root.value:
        where = f"{file}:{key.start_mark.line + 1}"
        if not key.value.isdigit():
            raise CalendarError(f"{where}: {key.value!r} is not a year")
        year = int(key.value)
        if not isinstance(value, yaml.MappingNode):
            raise CalendarError(f"{where}: year {year} must map holidays/workdays/source")
        parts: dict[str, object] = {"holidays": frozenset(), "workdays": frozenset(), "source": ""}
        for k, v in value.value:
            w = f"{file}:{k.start_mark.line + 1}"
            if k.value not in parts:
                raise CalendarError(f"{w}: unknown key {k.value!r} (allowed: holidays, workdays, source)")
            if k.value == "source":
                parts["source"] = str(v.value)
                continue
            parts[k.value] = frozenset(_dates(v, year, file))
        out[year] = YearSchedule(year, parts["holidays"], parts["workdays"], parts["source"])  # type: ignore[arg-type]
    return out


def _dates(node: yaml.Node, year: int, file: str) -> Iterable[date]:
    if not isinstance(node, yaml.SequenceNode):
        raise CalendarError(f"{file}:{node.start_mark.line + 1}: expected a list of dates")
    for item in node.value:
        try:
            d = date.fromisoformat(str(item.value))
        except ValueError:
            raise CalendarError(f"{file}:{item.start_mark.line + 1}: {item.value!r} is not a date") from None
        if d.year != year:
            raise CalendarError(f"{file}:{item.start_mark.line + 1}: {d} is not in {year}")
        yield d
