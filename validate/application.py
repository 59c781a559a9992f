"""The dates of the centre's own application to the court (seed 000 第五条（一）), computed.

The seed says 「催告书送达十日后」 and 「自法定起诉期限届满之日起三个月内」; the law behind it
(《中华人民共和国行政强制法》第五十三条、第五十四条; 《中华人民共和国行政诉讼法》第四十六条) and
the civil code's rules on periods (民法典第二百零一条至第二百零三条, applied to administrative
procedure) give the days:

- A period counted in days or months starts the day *after* the event (the day of service
  is not counted). Ten days from a reminder served on 1 March are 2–11 March; 「十日后」 is
  from 12 March. A last day that is a statutory holiday or weekend moves to the next working
  day (民法典第二百零三条), and the application may be made from the day after that.
- The period for suing is six months from the day the party knew of the decision
  (行政诉讼法第四十六条), taken as the day the decision was served: served 15 January 2024,
  the period ends 15 July 2024 (the corresponding day; a month without it, its last day),
  moved past a holiday likewise. A decision that states a different period (a longer one
  where the party was not told of the right to sue) is given as `suit_months`.
- The application must then be made on a day after that end and within three months of it
  (the pack's `application.within_three_months`).

`application_dates` adds `reminder_period_end` and, where the decision's service date is
given, `suit_deadline` to the facts; the rules read them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from extract.values import iso_date, period_end
from validate.workdays import WorkCalendar

SUIT_MONTHS = 6
"""行政诉讼法第四十六条: 六个月 from knowing of the administrative act."""
REMINDER_DAYS = 10
"""Seed 000 第五条（一） (行政强制法第五十四条): 催告书送达十日后."""


def last_day(day: date, calendar: WorkCalendar) -> date:
    """A period's last day, moved to the next working day when it falls on a day off."""
    while not calendar.is_workday(day):
        day += timedelta(days=1)
    return day


def reminder_period_end(served: date, calendar: WorkCalendar) -> date:
    """The last of the ten days after the reminder was served (the day of service not counted)."""
    return last_day(served + timedelta(days=REMINDER_DAYS), calendar)


def suit_deadline(decision_served: date, calendar: WorkCalendar, months: int = SUIT_MONTHS) -> date:
    """The last day the party could sue over the decision served on `decision_served`."""
    return last_day(period_end(decision_served + timedelta(days=1), months=months), calendar)


def application_dates(data: dict[str, Any], calendar: WorkCalendar) -> dict[str, Any]:
    """The application's facts with the periods' ends computed from the service dates."""
    out = dict(data)
    served = iso_date(out.get("reminder_served"))
    if served and not out.get("reminder_period_end"):
        out["reminder_period_end"] = reminder_period_end(served, calendar).isoformat()
    decided = iso_date(out.get("decision_served"))
    if decided and not out.get("suit_deadline"):
        months = int(out.get("suit_months") or SUIT_MONTHS)
        out["suit_deadline"] = suit_deadline(decided, calendar, months).isoformat()
    return out


__all__ = ["REMINDER_DAYS", "SUIT_MONTHS", "application_dates", "last_day", "reminder_period_end",
           "suit_deadline"]
