"""What the response documents state beyond the request, read off the report.

Every number a letter states comes from `validate`'s typed report: the freeze plan (what
is frozen now, what monthly deposits will meet, the queue), this case's own freeze, the
deduction, the respondent's account. Nothing is worked out again here, so a letter cannot
contradict the decision it answers; what the report does not carry, a letter does not say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from extract.contract import SUBJECT_FIELD_NAMES, Request, document_name
from validate.report import Account, Deduction, Freeze, FreezePlan, Report

STATUS_LABELS = {"depositing": "正常缴存", "sealed": "封存（已停止缴存）", "closed": "已销户"}

LOAN_ROLES = {"borrower": "主贷人", "co_borrower": "参贷人", "guarantor": "担保人"}

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class AccountSummary:
    """What a query result reports about the respondent's account, in the letter's words."""

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

    @classmethod
    def of(cls, account: Account) -> AccountSummary:
        return cls(
            account_number=account.account_number,
            balance=account.balance,
            status=account.status,
            monthly_deposit=account.monthly_deposit,
            freezes=tuple(account.freezes),
            freezable=account.freezable,
            unsettled_loans=tuple(LOAN_ROLES.get(loan.role or "", loan.role or "") for loan in account.unsettled_loans),
            contracted_withdrawal=account.contracted_withdrawal,
        )


@dataclass
class Facts:
    """Everything the templates need beyond the request itself."""

    account: Account | None
    plan: FreezePlan | None = None
    summary: AccountSummary | None = None
    deduction: Deduction | None = None
    released: Freeze | None = None
    waiting: list[Freeze] = field(default_factory=list)
    """Queued freezes of other cases on the account (an unfreeze lets the first take effect)."""
    received: list[str] = field(default_factory=list)


def received_documents(request: Request) -> list[str]:
    """协助执行通知书1份、执行裁定书1份 …, in the order the court's papers came."""
    counts: dict[str, int] = {}
    for document in request.documents:
        name = document_name(document.type)
        counts[name] = counts.get(name, 0) + 1
    return [f"{name}{count}份" for name, count in counts.items()]


def gather(request: Request, report: Report) -> Facts:
    """All derived facts for one submission, as the report states them."""
    account = report.account
    waiting = [f for f in (account.freezes if account else [])
               if f.state == "queued" and f.case_number != request.case_number]
    return Facts(
        account=account,
        plan=report.freeze_plan if request.action in ("freeze", "renew_freeze") else None,
        summary=AccountSummary.of(account) if account else None,
        deduction=report.deduction if request.action == "deduct" else None,
        released=report.case_freeze if request.action in ("unfreeze", "renew_freeze") else None,
        waiting=waiting,
        received=received_documents(request),
    )


SUBJECT_LABELS = {path.removeprefix("subject."): name for path, name in SUBJECT_FIELD_NAMES.items()}
"""How a letter labels each part of the measure's object (`request.subject`, extract's typed
`Subject`): the contract's own names (号牌号码, 坐落, 股权数额 …); a part with another name is
not printed, so no internal key can reach a letter."""


def subject_lines(subject: object) -> list[str]:
    """「号牌号码：粤W12345」, 「坐落：…」: what is to be sealed, queried or transferred.

    `request.subject` is what extraction read as the object of the measure (a mapping of
    its parts, each a value or a value with its evidence; or the words as printed);
    empty where the papers did not say, and the letter then points to the court's notice.
    """
    if isinstance(subject, str):
        return [" ".join(subject.split())] if subject.strip() else []
    if isinstance(subject, list):
        return [line for part in subject for line in subject_lines(part)]
    if not isinstance(subject, dict):
        return []
    if isinstance(subject.get("text"), str) and not any(k in SUBJECT_LABELS for k in subject):
        return subject_lines(subject["text"])
    lines: list[str] = []
    for key, value in subject.items():
        label = SUBJECT_LABELS.get(key)
        if isinstance(value, dict):
            value = value.get("value") or value.get("text")
        if label and isinstance(value, str | int) and str(value).strip():
            line = f"{label}：{' '.join(str(value).split())}"
            if line not in lines:
                lines.append(line)
    for key in ("fields", "items", "parts"):
        if key in subject:
            lines += [line for line in subject_lines(subject[key]) if line not in lines]
    return lines


def transferee(subject: object) -> str | None:
    """The transferee's name where extraction kept it with the object (受让人)."""
    if not isinstance(subject, dict):
        return None
    for key in ("transferee", "受让人", "assignee"):
        value = subject.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("value")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
