"""The typed report: what `validate` decided about one request, and everything the answer needs.

`validate` owns these models and is the only stage that fills them; `generate` renders a
letter from a `Report` (with the `Request` and the deployment's own configuration) and
nothing else, so a letter cannot state a freeze, a queue or a reason the report did not.
`Report.to_json()` is the contract's `report` (`decision`, `missing_materials`, `findings`
with the five keys) plus the extras beside them (`pack`, `policy`, `deadline`,
`freeze_plan`, `account`, `case_freeze`, `deduction`, `retirement`).
"""

from __future__ import annotations

from datetime import date as date_type
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, computed_field, model_serializer, model_validator

from extract.contract import Amount, ContractModel, Day

Decision = Literal["assist", "needs_correction", "decline", "needs_facts"]
Outcome = Literal["pass", "fail", "unknown"]
Severity = Literal["block", "warn", "info"]
ZERO = Decimal("0.00")


class Policy(ContractModel):
    """The policy document a rule pack is made from, as a letter names it."""

    number: str = ""
    """Its document number (沪高法〔2021〕124号); empty where it has none."""
    title: str = ""
    """Its title in 《》, as printed."""
    short: str = ""
    """The short name a letter uses after the first mention (《若干意见》); may be empty."""
    source: str = ""
    """The seed file it was transcribed from, for tracing a rule to its text (never printed)."""
    articles: dict[str, str] = Field(default_factory=dict)
    """The article a letter rests on for each of its subjects (freeze: 第二条, loan: 第二条（一）1 …)."""

    @property
    def label(self) -> str:
        """The number, or the title where there is none: how a finding names the policy."""
        return self.number or self.title


class Citation(ContractModel):
    """Where a rule is written: the policy and the article as printed (第三条（一）4)."""

    policy: Policy = Field(default_factory=Policy)
    article: str = ""

    @property
    def text(self) -> str:
        """「沪高法〔2021〕124号 第三条（一）4」: the contract's citation a reader sees."""
        return " ".join(part for part in (self.policy.label, self.article) if part)


class Finding(ContractModel):
    """One rule checked: the contract's five keys, the citation typed."""

    rule: str
    outcome: Outcome
    severity: Severity
    message: str
    citation: Citation = Field(default_factory=Citation)

    @model_validator(mode="before")
    @classmethod
    def _from_contract(cls, data: Any) -> Any:
        """The contract's JSON gives the citation as text and the seed file beside it (`source`);
        the policy's title and short name are filled in from the report's `policies`."""
        if isinstance(data, dict) and isinstance(data.get("citation"), str):
            data = dict(data)
            label, _, article = data.pop("citation").partition(" ")
            data["citation"] = {"policy": {"number": label, "source": data.pop("source", "") or ""},
                                "article": article}
        return data

    @model_serializer(mode="wrap")
    def _to_contract(self, handler: Any) -> dict[str, Any]:
        out = handler(self)
        out["citation"] = self.citation.text
        out["source"] = self.citation.policy.source
        return out


class Freeze(ContractModel):
    """A freeze on an account, this court's or another's (accounts.schema.json)."""

    court: str | None = None
    case_number: str | None = None
    amount: Amount | None = None
    state: str = "active"
    """active, or queued (轮候) behind the freezes registered before it."""
    start: Day | None = None
    end: Day | None = None


class Loan(ContractModel):
    role: str | None = None
    settled: bool = False
    case_about_this_loan: bool = False


class Account(ContractModel):
    """The respondent's account facts as the centre supplied them (accounts.schema.json)."""

    id_number: str | None = None
    name: str | None = None
    account_number: str | None = None
    balance: Amount | None = None
    status: str | None = None
    """depositing 缴存 · sealed 封存 (no longer depositing) · closed 销户."""
    monthly_deposit: Amount | None = None
    retired: bool | None = None
    contracted_withdrawal: bool = False
    loans: list[Loan] = Field(default_factory=list)
    freezes: list[Freeze] = Field(default_factory=list)

    @property
    def frozen(self) -> Decimal:
        """What active freezes hold now."""
        return sum((f.amount or ZERO for f in self.freezes if f.state == "active"), ZERO)

    @property
    def freezable(self) -> Decimal | None:
        """The balance beyond active freezes; nothing on a closed account."""
        if self.balance is None:
            return None
        return ZERO if self.status == "closed" else max(self.balance - self.frozen, ZERO)

    @property
    def unsettled_loans(self) -> list[Loan]:
        return [loan for loan in self.loans if not loan.settled]


class FreezePlan(ContractModel):
    """Seed 000 第二条（三）（四）: what a freeze takes now, what waits for deposits, who is ahead."""

    requested: Amount
    balance: Amount
    active_frozen: Amount
    available: Amount
    frozen_now: Amount
    remainder: Amount
    """The shortfall: requested − frozen now."""
    depositing: bool
    monthly_deposit: Amount | None = None
    months_to_fill: int | None = None
    ahead: list[Freeze] = Field(default_factory=list)
    """The live freezes of other cases registered before this one."""
    queue_position: int | None = None
    """1-based place among queued freezes; None when nothing is ahead of this one."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pending_from_deposits(self) -> Amount:
        """The shortfall each month's deposit is frozen towards (the account is still paid into)."""
        return self.remainder if self.depositing else ZERO

    @computed_field  # type: ignore[prop-decorator]
    @property
    def not_met(self) -> Amount:
        """The shortfall no deposit will meet: the account is no longer paid into."""
        return ZERO if self.depositing else self.remainder


class Deadline(ContractModel):
    """The reply date, counted in working days from receipt: what the reviewer's queue shows.

    The seeds set 3 or 15 working days, or 「应马上办理」 (0: due the day of receipt)."""

    date: Day
    working_days: int
    rule: str = ""
    weekends_only_years: list[int] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def immediate(self) -> bool:
        """The seed says 应马上办理 / 应立即办理: no days are allowed."""
        return self.working_days == 0

    def days_left(self, today: date_type) -> int:
        """Calendar days from `today` to the deadline (negative once it has passed)."""
        return (self.date - today).days

    @property
    def said(self) -> str:
        """The deadline in a clerk's words: 「应马上办理」 or 「3个工作日内」."""
        return "应马上办理" if self.immediate else f"{self.working_days}个工作日内"


class Deduction(ContractModel):
    """A deduction as the account allows it: the requested amount, or the balance when smaller."""

    requested: Amount | None = None
    deducted: Amount | None = None
    balance_after: Amount | None = None
    shortfall: Amount = ZERO


class Report(ContractModel):
    """What `validate` decided about one request: the contract's `report`, typed."""

    decision: Decision
    missing_materials: list[str] = Field(default_factory=list)
    """The document types the pack requires and the submission lacks: what the court is asked for."""
    findings: list[Finding] = Field(default_factory=list)
    pack: str = ""
    packs_applied: list[str] = Field(default_factory=list)
    policy: Policy | None = None
    """The pack's own policy: the letters name it by its title, number and short name."""
    policies: list[Policy] = Field(default_factory=list)
    """Every policy applied: the pack's own first, then those whose principles it includes."""
    deadline: Deadline | None = None
    freeze_plan: FreezePlan | None = None
    account: Account | None = None
    """The respondent's account facts, when the centre supplied them and one matched."""
    case_freeze: Freeze | None = None
    """This case's own freeze on the account (what a renewal extends or an unfreeze releases)."""
    deduction: Deduction | None = None
    retirement: dict[str, Any] | None = None
    corrections: list[str] = Field(default_factory=list)
    """The rules whose findings ask the court for something: failed, or a fact only the court
    can state (an `unknown` deciding `needs_correction`); the 补正 letter asks for all of them."""

    @classmethod
    def from_json(cls, data: Report | dict[str, Any]) -> Report:
        return data if isinstance(data, Report) else cls.model_validate(data)

    @model_validator(mode="after")
    def _cited_policies(self) -> Report:
        """Findings read from JSON name their policy by seed file: give them its title and short name."""
        by_source = {p.source: p for p in self.policies if p.source}
        for finding in self.findings:
            cited = finding.citation
            known = by_source.get(cited.policy.source)
            if known is not None and cited.policy != known:
                text = cited.text
                cited.policy = known
                cited.article = text.removeprefix(known.label).strip()
        return self

    def failed(self) -> list[Finding]:
        return [f for f in self.findings if f.outcome == "fail"]

    def asked_of_court(self) -> list[Finding]:
        """The failed findings and the facts the court is asked to state, in report order."""
        asked = set(self.corrections)
        return [f for f in self.findings if f.outcome == "fail" or (f.outcome == "unknown" and f.rule in asked)]

    def finding(self, rule: str) -> Finding | None:
        return next((f for f in self.findings if f.rule == rule), None)


__all__ = ["Account", "Citation", "Deadline", "Deduction", "Finding", "Freeze", "FreezePlan", "Loan",
           "Policy", "Report"]
