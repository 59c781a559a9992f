"""The facts of one synthetic case, from which every paper of its bundle is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from .cards import Officer
from .courts import Court


@dataclass
class Party:
    name: str
    male: bool | None  # None: an organisation
    birth: dt.date | None
    id_number: str | None  # as printed (may carry a wrong check digit when a defect says so)
    address: str
    uscc: str | None = None  # organisations


@dataclass
class Case:
    """Everything the papers state. `ground` names what the judgment is about."""

    pack: str
    action: str  # query freeze renew_freeze unfreeze deduct
    court: Court
    case_no: str  # （2026）沪0115执1234号
    civil_no: str  # the judgment's number, （2025）沪0115民初5678号
    cause: str  # 民间借贷纠纷
    ground: str  # loan, child_support, elder_support, injury, migrant_wages, advance, housing_loan, preservation
    respondent: Party
    applicant: Party
    amount: Decimal | None
    notice_amount_text: bool  # False: the notice leaves the amount out
    period: tuple[dt.date, dt.date] | None
    old_end: dt.date | None  # renewal: the end of the freeze being renewed
    account_no: str | None
    officers: list[Officer]
    clerk: str
    judge: str
    notice_date: dt.date
    ruling_date: dt.date
    judgment_date: dt.date
    filed_date: dt.date  # 立案执行
    addressee: str
    phone: str
    court_account: tuple[str, str, str]  # 户名, 账号, 开户行
    xiaoxie_style: int
    ruling_amount: Decimal | None = None  # differs from amount only when a conflict is the test
    ruling_states_investigation: bool = True
    query_form_has_id: bool = True
    unit_query: bool = False
    employer: str = ""
    retire_date: dt.date | None = None
    extra: dict = field(default_factory=dict)
