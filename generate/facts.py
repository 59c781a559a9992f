"""What the response documents state, worked out from the request, report and account.

The report may already carry the numbers (``freeze_plan``, ``deadline``); when it does,
they are used as given, so the documents never contradict the decision. When it does not,
the plain arithmetic of seed 000 第二条（三）（四） is done here from the account facts:
freeze what the account holds beyond earlier freezes, let monthly deposits meet the rest
while the account is still paid into, and queue behind the earlier freezes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from extract.contract import document_name
from generate.numerals import to_decimal

STATUS_LABELS = {"depositing": "正常缴存", "sealed": "封存（已停止缴存）", "closed": "已销户"}

LOAN_ROLES = {"borrower": "主贷人", "co_borrower": "参贷人", "guarantor": "担保人"}

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Freeze:
    """A freeze on an account, ours or another court's."""

    court: str
    case_number: str
    amount: Decimal | None
    state: str = "active"
    start: str | None = None
    end: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Freeze:
        return cls(
            court=str(data.get("court") or ""),
            case_number=str(data.get("case_number") or ""),
            amount=to_decimal(data.get("amount")),
            state=str(data.get("state") or "active"),
            start=data.get("start"),
            end=data.get("end"),
        )


@dataclass(frozen=True)
class FreezePlan:
    """How a freeze (or renewal) is met."""

    requested: Decimal | None
    frozen_now: Decimal | None
    pending_from_deposits: Decimal = ZERO
    """The part that each month's deposit will be frozen towards (account still paid into)."""
    not_met: Decimal = ZERO
    """The part that cannot be met: the account is no longer paid into."""
    queued_behind: tuple[Freeze, ...] = ()
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class AccountSummary:
    """What a query result reports about the respondent's account."""

    account_number: str | None
    balance: Decimal | None
    status: str | None
    monthly_deposit: Decimal | None
    freezes: tuple[Freeze, ...] = ()
    freezable: Decimal | None = None
    unsettled_loans: tuple[str, ...] = ()
    contracted_withdrawal: bool = False

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status or "", self.status or "")


@dataclass(frozen=True)
class Deduction:
    """What was deducted and what is left."""

    requested: Decimal | None
    deducted: Decimal | None
    balance_after: Decimal | None = None
    shortfall: Decimal = ZERO


@dataclass
class Facts:
    """Everything the templates need beyond the request itself."""

    account: Mapping[str, Any] | None
    plan: FreezePlan | None = None
    summary: AccountSummary | None = None
    deduction: Deduction | None = None
    released: Freeze | None = None
    received: list[str] = field(default_factory=list)


def find_account(
    request: Mapping[str, Any], accounts: Sequence[Mapping[str, Any]] | None
) -> Mapping[str, Any] | None:
    """The respondent's account facts: matched by ID number, else by account number."""
    if not accounts:
        return None
    respondent = request.get("respondent") or {}
    id_number = respondent.get("id_number")
    if id_number:
        for account in accounts:
            if account.get("id_number") == id_number:
                return account
    number = request.get("account_number")
    if number:
        for account in accounts:
            if account.get("account_number") == number:
                return account
    return None


def _freezes(account: Mapping[str, Any] | None) -> list[Freeze]:
    return [Freeze.from_mapping(f) for f in (account or {}).get("freezes", []) or []]


def _period(request: Mapping[str, Any]) -> tuple[str | None, str | None]:
    period = request.get("freeze_period") or {}
    return period.get("start"), period.get("end")


def plan_freeze(
    request: Mapping[str, Any], report: Mapping[str, Any], account: Mapping[str, Any] | None
) -> FreezePlan:
    """The freeze plan from the report when it has one, else from the account facts."""
    requested = to_decimal(request.get("amount"))
    start, end = _period(request)
    given = report.get("freeze_plan")
    if given:
        pending = to_decimal(given.get("pending_from_deposits")) or ZERO
        frozen_now = to_decimal(given.get("frozen_now"))
        not_met = to_decimal(given.get("not_met")) or ZERO
        queued = tuple(Freeze.from_mapping(f) for f in given.get("queued_behind") or [])
        return FreezePlan(
            requested,
            frozen_now,
            pending,
            not_met,
            queued,
            given.get("start") or start,
            given.get("end") or end,
        )
    if account is None:
        return FreezePlan(requested, requested, start=start, end=end)

    case_number = request.get("case_number")
    earlier = [f for f in _freezes(account) if f.case_number != case_number]
    balance = to_decimal(account.get("balance")) or ZERO
    held = sum((f.amount or ZERO for f in earlier if f.state == "active"), ZERO)
    available = max(balance - held, ZERO)
    if requested is None:
        return FreezePlan(None, available, start=start, end=end)
    frozen_now = min(requested, available)
    shortfall = requested - frozen_now
    pending = not_met = ZERO
    if shortfall > 0:
        if account.get("status") == "depositing":
            pending = shortfall
        else:
            not_met = shortfall
    queued = tuple(earlier) if shortfall > 0 else ()
    return FreezePlan(requested, frozen_now, pending, not_met, queued, start, end)


def summarise_account(account: Mapping[str, Any] | None) -> AccountSummary | None:
    """Balance, status, freezes and the amount still free to freeze (query result)."""
    if account is None:
        return None
    balance = to_decimal(account.get("balance"))
    freezes = tuple(_freezes(account))
    held = sum((f.amount or ZERO for f in freezes if f.state == "active"), ZERO)
    freezable = None
    if balance is not None:
        freezable = ZERO if account.get("status") == "closed" else max(balance - held, ZERO)
    loans = tuple(
        LOAN_ROLES.get(loan.get("role"), loan.get("role") or "")
        for loan in account.get("loans", []) or []
        if not loan.get("settled")
    )
    return AccountSummary(
        account_number=account.get("account_number"),
        balance=balance,
        status=account.get("status"),
        monthly_deposit=to_decimal(account.get("monthly_deposit")),
        freezes=freezes,
        freezable=freezable,
        unsettled_loans=loans,
        contracted_withdrawal=bool(account.get("contracted_withdrawal")),
    )


def plan_deduction(
    request: Mapping[str, Any], report: Mapping[str, Any], account: Mapping[str, Any] | None
) -> Deduction:
    """Deduct the requested amount, or the balance when it is smaller."""
    requested = to_decimal(request.get("amount"))
    given = report.get("deduction")
    if given:
        return Deduction(
            requested,
            to_decimal(given.get("deducted")),
            to_decimal(given.get("balance_after")),
            to_decimal(given.get("shortfall")) or ZERO,
        )
    balance = to_decimal((account or {}).get("balance"))
    if balance is None or requested is None:
        return Deduction(requested, requested if balance is None else balance)
    deducted = min(requested, balance)
    return Deduction(requested, deducted, balance - deducted, requested - deducted)


def released_freeze(request: Mapping[str, Any], account: Mapping[str, Any] | None) -> Freeze | None:
    """The freeze of this case that an unfreeze (or renewal) concerns, when the account shows it."""
    case_number = request.get("case_number")
    for freeze in _freezes(account):
        if freeze.case_number == case_number:
            return freeze
    return None


def received_documents(request: Mapping[str, Any]) -> list[str]:
    """协助执行通知书1份、执行裁定书1份 …, in the order the court's papers came."""
    counts: dict[str, int] = {}
    for document in request.get("documents") or []:
        name = document_name(document.get("type"))
        counts[name] = counts.get(name, 0) + 1
    return [f"{name}{count}份" for name, count in counts.items()]


def gather(
    request: Mapping[str, Any], report: Mapping[str, Any], accounts: Sequence[Mapping[str, Any]] | None
) -> Facts:
    """All derived facts for one submission."""
    account = find_account(request, accounts)
    action = request.get("action")
    facts = Facts(account=account, received=received_documents(request))
    if action in ("freeze", "renew_freeze"):
        facts.plan = plan_freeze(request, report, account)
    if action in ("unfreeze", "renew_freeze"):
        facts.released = released_freeze(request, account)
    if action == "deduct":
        facts.deduction = plan_deduction(request, report, account)
    facts.summary = summarise_account(account)
    return facts
