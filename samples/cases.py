"""One enforcement case: every fact the bundle's documents must agree on.

A scenario decides what kind of case it needs (action, pack, withdrawal ground, the
deliberate faults); ``make_case`` draws the rest at random. Wordings read only this
object, so all documents of a bundle print the same names, numbers and dates -- except
the fields a scenario sets to disagree on purpose (``ruling_amount``, ``printed_id``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from samples.people import (
    CaseNumber,
    Court,
    Officer,
    Person,
    add_years,
    centre_addressee,
    court_by_code,
    courts_of,
    distinct_names,
    fake_amount,
    fake_case_number,
    fake_company,
    fake_digits,
    fake_officers,
    fake_person,
    fake_phone,
    misprint_check_digit,
)

ACTIONS = ("query", "freeze", "renew_freeze", "unfreeze", "deduct")

# cause of action (案由) per withdrawal ground the judgment itself establishes; the plain ones
# establish none (a 房屋租赁合同纠纷 is a debt for rent, 住房消费, and 劳务 may be wages: not plain)
CAUSES_PLAIN = ("民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "服务合同纠纷", "承揽合同纠纷")
CAUSES_BY_GROUND = {
    "maintenance_wages_injury": "抚养费纠纷",
    "marriage_inheritance_division": "离婚后财产纠纷",
}


@dataclass
class Freeze:
    """An earlier freeze by the same court, which a renewal extends or a release lifts."""

    start: dt.date
    end: dt.date
    amount: Decimal


@dataclass
class Case:
    """All facts of one bundle's case, shared by every document in it."""

    pack: str
    action: str
    court: Court
    case_number: CaseNumber
    half_width: bool
    addressee: str
    respondent: Person
    printed_id: str
    applicant_name: str
    applicant_person: Person | None
    applicant_rep: str | None
    cause: str
    amount: Decimal | None
    ruling_amount: Decimal | None
    freeze_start: dt.date | None
    freeze_end: dt.date | None
    freeze_years: int
    prior: Freeze | None
    fund_account: str
    account_stated: bool
    officers: list[Officer]
    judges: list[str]
    clerk: str
    contact_phone: str
    filed_date: dt.date
    notice_date: dt.date
    ruling_date: dt.date
    today: dt.date
    judgment_number: CaseNumber
    judgment_date: dt.date
    judgment_sum: Decimal
    ground: str | None
    no_other_property: bool | None
    court_account_no: str
    company_for_proof: str
    retire_date: dt.date | None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def case_text(self) -> str:
        """The case number as this case's papers print it."""
        return self.case_number.text(self.half_width)

    @property
    def respondent_label(self) -> str:
        """被申请人 in preservation cases (执保), 被执行人 otherwise."""
        return "被申请人" if self.case_number.kind == "执保" else "被执行人"

    @property
    def applicant_label(self) -> str:
        return "申请人" if self.case_number.kind == "执保" else "申请执行人"


def make_case(
    rng: random.Random,
    pack: str,
    action: str,
    *,
    court_code: str | None = None,
    n_officers: int = 2,
    ground: str | None = None,
    old_form: bool = False,
    preservation: bool = False,
    amount_conflict: bool = False,
    misprint_id: bool = False,
    retired: bool = False,
    round_amount: bool | None = None,
    half_width: bool | None = None,
    account_stated: bool | None = None,
) -> Case:
    """Draw a consistent case for a pack and action; keyword knobs set the scenario's twists."""
    court = court_by_code(court_code) if court_code else rng.choice(
        [c for c in courts_of(pack) if len(c.code) > 3])
    today = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 640))
    notice_date = today - dt.timedelta(days=rng.randint(1, 9))
    ruling_date = notice_date - dt.timedelta(days=rng.randint(0, 5))
    year = 2014 if old_form else rng.choice([notice_date.year, notice_date.year - 1])
    if year == notice_date.year and notice_date.month < 3:
        year -= 1
    kind = "执保" if preservation else ("执恢" if rng.random() < 0.1 and not old_form else "执")
    case_number = fake_case_number(rng, court, year, kind, old_form)
    filed_date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    if filed_date >= ruling_date:
        filed_date = ruling_date - dt.timedelta(days=40)
    judgment_date = filed_date - dt.timedelta(days=rng.randint(30, 120))
    judgment_year = judgment_date.year - (1 if judgment_date.month < 4 else 0)
    judgment_number = fake_case_number(rng, court, judgment_year, "民初")

    names = distinct_names(rng, 8)
    birth_years = (1955, 1962) if retired else (1976, 1996)  # young enough to be far from retirement
    respondent = fake_person(rng, court, names[0], birth_years)
    applicant_person: Person | None = None
    applicant_rep: str | None = None
    if ground in CAUSES_BY_GROUND or rng.random() < 0.5:
        applicant_person = fake_person(rng, court, names[1], (1960, 1998))
        applicant_name = names[1]
    else:
        applicant_name = fake_company(rng, court)
        applicant_rep = names[1]
    cause = CAUSES_BY_GROUND.get(ground or "", rng.choice(CAUSES_PLAIN))

    officers = fake_officers(rng, court, names[2:2 + n_officers])
    judges = names[4:7]
    clerk = names[7]

    amount: Decimal | None = None
    freeze_start = freeze_end = None
    years = rng.choice([3, 3, 3, 2, 1])
    prior: Freeze | None = None
    if action != "query":
        if round_amount is None:
            round_amount = rng.random() < 0.3
        amount = fake_amount(rng, round_wan=round_amount)
    if action == "freeze":
        freeze_start = notice_date + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        freeze_end = add_years(freeze_start, years) - dt.timedelta(days=1)
    if action in ("renew_freeze", "unfreeze") and amount is not None:
        prior_start = add_years(notice_date, -rng.choice([1, 2, 3])) + dt.timedelta(days=rng.randint(5, 40))
        prior = Freeze(prior_start, add_years(prior_start, 3) - dt.timedelta(days=1), amount)
        if action == "renew_freeze":
            prior.start = add_years(notice_date, -3) + dt.timedelta(days=rng.randint(10, 25))
            prior.end = add_years(prior.start, 3) - dt.timedelta(days=1)
            freeze_start = prior.end + dt.timedelta(days=1)
            freeze_end = add_years(freeze_start, years) - dt.timedelta(days=1)
    ruling_amount = amount
    if amount_conflict and amount is not None:
        ruling_amount = amount + Decimal(rng.choice([1000, 10000, 20000]))
    judgment_sum = (amount or fake_amount(rng)) - Decimal(rng.randint(0, 300000)) / 100
    if judgment_sum <= 0 or (ground in CAUSES_BY_GROUND and amount is not None):
        judgment_sum = amount or Decimal("10000.00")  # the judgment names exactly what is deducted

    printed_id = respondent.id_number
    if misprint_id:
        printed_id = misprint_check_digit(respondent.id_number)

    retire_date = None
    if ground == "retirement":
        age = 60 if respondent.male else 55
        retire_date = dt.date(respondent.birth.year + age, respondent.birth.month, 1)
    no_other = None
    if action == "deduct":
        no_other = True

    return Case(
        pack=pack, action=action, court=court, case_number=case_number,
        half_width=(rng.random() < 0.25) if half_width is None else half_width, addressee=centre_addressee(court),
        respondent=respondent, printed_id=printed_id,
        applicant_name=applicant_name, applicant_person=applicant_person, applicant_rep=applicant_rep,
        cause=cause, amount=amount, ruling_amount=ruling_amount,
        freeze_start=freeze_start, freeze_end=freeze_end, freeze_years=years, prior=prior,
        fund_account=fake_digits(rng, 12 if pack == "shanghai-2021" else 11),
        account_stated=(rng.random() < 0.4) if account_stated is None else account_stated,
        officers=officers, judges=judges, clerk=clerk, contact_phone=fake_phone(rng, pack),
        filed_date=filed_date, notice_date=notice_date, ruling_date=ruling_date, today=today,
        judgment_number=judgment_number, judgment_date=judgment_date, judgment_sum=judgment_sum,
        ground=ground, no_other_property=no_other,
        court_account_no=fake_digits(rng, 19), company_for_proof=fake_company(rng, court),
        retire_date=retire_date,
    )
