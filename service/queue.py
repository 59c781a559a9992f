"""The reviewer's queue: which tab a submission is in, finding one, and one page of them at a time.

A submission is 待办 (pending) until a reviewer decides it, 已决定 (decided) until its answer
is issued, then 已发出 (issued). Search and filters read the request as corrected
(`effective_request`): the case number, the respondent's name and ID number and the court
are in its JSON, so they are matched here rather than in SQL, over the rows the caller may
see. A desk holds hundreds of open items, not millions; should that change, these become
indexed columns.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from extract.contract import get_path
from service import processing
from service.deps import Caller, visible
from service.models import Submission

Tab = Literal["pending", "decided", "issued"]
TABS: dict[str, str] = {"pending": "待办", "decided": "已决定", "issued": "已发出"}
DUE: dict[str, str] = {"overdue": "已逾期", "today": "今日到期", "3": "三日内到期", "7": "七日内到期"}


def tab_of(sub: Submission) -> Tab:
    """已发出 once the answer stands issued with its 文号 (service/issuing.py); a reopened one is back
    under 已决定 or 待办, as its decision stands."""
    if sub.issued:
        return "issued"
    return "decided" if sub.decision else "pending"


@dataclass(frozen=True)
class Filters:
    """What the clerk asked for, from the queue's query string; anything malformed is ignored."""

    tab: Tab = "pending"
    q: str = ""
    decision: str = ""
    office: str = ""
    due: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    page: int = 1

    @classmethod
    def parse(cls, params: dict[str, str]) -> Filters:
        def day(name: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(params.get(name, ""))
            except ValueError:
                return None

        tab = params.get("tab", "pending")
        try:
            page = max(1, int(params.get("page", "1")))
        except ValueError:
            page = 1
        return cls(tab=tab if tab in TABS else "pending", q=params.get("q", "").strip()[:80],  # type: ignore[arg-type]
                   decision=params.get("decision", ""), office=params.get("office", "").strip()[:80],
                   due=params.get("due", "") if params.get("due", "") in DUE else "",
                   received_from=day("from"), received_to=day("to"), page=page)

    def query(self, **change: Any) -> str:
        """The query string of these filters with some changed (a tab, a page)."""
        from urllib.parse import urlencode

        values = {"tab": self.tab, "q": self.q, "decision": self.decision, "office": self.office, "due": self.due,
                  "from": self.received_from.isoformat() if self.received_from else "",
                  "to": self.received_to.isoformat() if self.received_to else "", "page": self.page, **change}
        return urlencode({k: v for k, v in values.items() if v not in ("", None, 1) or k == "tab"})


@dataclass
class Row:
    sub: Submission
    request: dict[str, Any]
    days_left: int | None
    overdue: bool


@dataclass
class QueuePage:
    rows: list[Row]
    total: int
    pages: int
    counts: dict[str, int] = field(default_factory=dict)
    offices: list[str] = field(default_factory=list)


def decision_of(sub: Submission) -> str | None:
    """The reviewer's decision once made, else the system's proposal: what the decision filter matches."""
    return sub.decision or (sub.report or {}).get("decision")


def _matches(row: Row, f: Filters, today: dt.date) -> bool:
    sub, r = row.sub, row.request
    if f.q:
        needle = f.q.replace(" ", "").upper()
        haystack = [r.get("case_number"), get_path(r, "respondent.name"), get_path(r, "respondent.id_number"),
                    r.get("court"), f"#{sub.id}", str(sub.id)]
        if not any(needle in str(h).replace(" ", "").upper() for h in haystack if h):
            return False
    if f.decision and decision_of(sub) != f.decision:
        return False
    if f.office and sub.office != f.office:
        return False
    if f.received_from and sub.received_on < f.received_from:
        return False
    if f.received_to and sub.received_on > f.received_to:
        return False
    if f.due:
        if row.days_left is None:
            return False
        if f.due == "overdue" and not row.overdue:
            return False
        if f.due == "today" and row.days_left != 0:
            return False
        if f.due in ("3", "7") and not 0 <= row.days_left <= int(f.due):
            return False
    return True


def _row(sub: Submission, today: dt.date) -> Row:
    days_left = (sub.deadline - today).days if sub.deadline else None
    return Row(sub, processing.effective_request(sub) if sub.request else {}, days_left,
               bool(days_left is not None and days_left < 0 and not sub.decision))


def _order(tab: Tab, rows: list[Row]) -> list[Row]:
    if tab == "pending":  # the nearest deadline first; those without one (still reading) last
        return sorted(rows, key=lambda r: (r.sub.deadline is None, r.sub.deadline or dt.date.max, r.sub.id))
    stamp = dt.datetime.min.replace(tzinfo=dt.UTC)
    key = (lambda r: r.sub.issued_at or stamp) if tab == "issued" else (
        lambda r: r.sub.decided_at or stamp)
    return sorted(rows, key=lambda r: (_aware(key(r)), r.sub.id), reverse=True)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def load(session: Session, caller: Caller, f: Filters, today: dt.date, page_size: int = 25) -> QueuePage:
    """One page of the tab, with how many items each tab holds under the same search."""
    subs = session.scalars(visible(select(Submission), caller)).all()
    rows = [_row(s, today) for s in subs]
    found = [r for r in rows if _matches(r, f, today)]
    counts = {t: sum(1 for r in found if tab_of(r.sub) == t) for t in TABS}
    in_tab = _order(f.tab, [r for r in found if tab_of(r.sub) == f.tab])
    pages = max(1, math.ceil(len(in_tab) / page_size))
    page = min(f.page, pages)
    return QueuePage(in_tab[(page - 1) * page_size: page * page_size], len(in_tab), pages, counts,
                     sorted({s.office for s in subs if s.office}))


@dataclass(frozen=True)
class EarlierSubmission:
    id: int
    received_on: dt.date


def same_case(session: Session, caller: Caller, sub: Submission) -> list[EarlierSubmission]:
    """Other submissions of the same case received on another date: the court may be sending
    again what was already answered, or asking anew; either way a person must look."""
    case = processing.effective_request(sub).get("case_number") if sub.request else None
    if not case:
        return []
    others = session.scalars(visible(select(Submission).where(Submission.id != sub.id), caller)
                             .options(selectinload(Submission.corrections))
                             .order_by(Submission.received_on, Submission.id)).all()
    return [EarlierSubmission(o.id, o.received_on) for o in others
            if o.request and o.received_on != sub.received_on
            and processing.effective_request(o).get("case_number") == case]
