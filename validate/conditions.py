"""The conditions a pack can state about the person, the account or the case.

Each predicate reads the situation and answers pass / fail / unknown with the values its
messages quote. "Unknown" means the fact is not there (no account facts, a fact the
extraction could not read); it is never turned into a pass or a fail by guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from validate.model import FACTS, WITHDRAWAL_GROUNDS, Result
from validate.situation import Situation

LOAN_ROLES = {"borrower": "主贷人", "co_borrower": "参贷人", "guarantor": "为他人贷款提供担保"}

GROUND_NAMES = {
    "retirement": "离休或者退休",
    "emigration": "出境定居",
    "death": "死亡",
    "housing_consumption": "债务涉及住房消费",
    "marriage_inheritance_division": "婚姻、继承案件的判决书或者调解书已对住房公积金作出明确分配",
    "vulnerable_applicant": "申请执行人为特殊困难群体",
    "maintenance_wages_injury": "执行标的属于追索赡养费、抚养费、扶养费、抚育费、抚恤金、农民工工资、人身损害赔偿金",
}

Validator = Callable[[Any], str | None]


def _list_of(allowed: tuple[str, ...] | list[str]) -> Validator:
    def check(value: Any) -> str | None:
        if not isinstance(value, list) or not value:
            return "must be a non-empty list"
        bad = [v for v in value if v not in allowed]
        return f"unknown value(s) {bad}; allowed: {', '.join(allowed)}" if bad else None
    return check


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _one_of(allowed: tuple[str, ...]) -> Validator:
    return lambda v: None if v in allowed else f"{v!r} is not one of: {', '.join(allowed)}"


@dataclass(frozen=True)
class Predicate:
    """A named condition, the parameters a pack may give it, and how it is decided."""

    params: dict[str, Validator]
    required: frozenset[str]
    decide: Callable[[Situation, dict[str, Any]], Result]


def _unknown(reason: str) -> Result:
    return Result("unknown", {"reason": reason})


def loans_settled(sit: Situation, p: dict[str, Any]) -> Result:
    """No unsettled provident-fund loan in the listed roles (optionally: unless the case is about it)."""
    account, reason = sit.account_or_reason()
    if account is None:
        return _unknown(reason)
    open_loans = [
        loan for loan in account.get("loans") or []
        if loan.get("role") in p["roles"] and not loan.get("settled")
        and not (p.get("except_case_about_loan") and loan.get("case_about_this_loan"))
    ]
    if not open_loans:
        return Result("pass", {"detail": "未查见尚未结清的住房公积金贷款或担保"})
    roles = "、".join(dict.fromkeys(LOAN_ROLES[str(loan.get("role"))] for loan in open_loans))
    return Result("fail", {"detail": f"被执行人（{roles}）有尚未结清的住房公积金贷款"})


def no_contracted_withdrawal(sit: Situation, p: dict[str, Any]) -> Result:
    """No 约定提取 in force (the account record states it; absent means none is recorded)."""
    account, reason = sit.account_or_reason()
    if account is None:
        return _unknown(reason)
    if account.get("contracted_withdrawal"):
        return Result("fail", {"detail": "被执行人有正在履行的约定提取业务"})
    return Result("pass", {"detail": "未查见正在履行的约定提取业务"})


def account_open(sit: Situation, p: dict[str, Any]) -> Result:
    """The account still exists: a closed (销户) account holds nothing to freeze or deduct."""
    account, reason = sit.account_or_reason()
    if account is None:
        return _unknown(reason)
    status = {"depositing": "缴存", "sealed": "封存", "closed": "销户"}.get(str(account.get("status")), "不明")
    return Result("fail" if account.get("status") == "closed" else "pass", {"detail": f"账户状态为{status}"})


def fact(sit: Situation, p: dict[str, Any]) -> Result:
    """A yes/no fact the court's papers (or the applicant) state; None is unknown."""
    value = sit.facts.get(p["name"])
    if value is None:
        return _unknown("材料未载明该事实")
    return Result("pass" if value is p["expect"] else "fail", {"detail": ""})


def not_preliminary(sit: Situation, p: dict[str, Any]) -> Result:
    """Not a 先予执行: stated by the facts, or shown by an effective judgment being enforced.

    先予执行 is ordered before judgment; when the bundle carries the 民事判决书 / 调解书 the
    enforcement rests on, the case is the enforcement of that judgment, not a 先予执行.
    """
    value = sit.facts.get("preliminary_enforcement")
    if value is True:
        return Result("fail", {"detail": "本案属于先予执行"})
    if value is False:
        return Result("pass", {"detail": "本案不属于先予执行"})
    if any(d.get("type") == "judgment" for d in sit.data.get("documents") or []):
        return Result("pass", {"detail": "执行依据为生效的民事判决书、民事调解书等法律文书，不属于先予执行"})
    return _unknown("法律文书未载明本案是否属于先予执行")


def any_code(sit: Situation, p: dict[str, Any]) -> Result:
    """At least one of the listed codes is among the facts' list (e.g. grounds to locate a person)."""
    value = sit.facts.get(p["name"])
    if value is None:
        return _unknown("材料未载明该事实")
    hits = [c for c in value if c in p["codes"]]
    return Result("pass" if hits else "fail", {"detail": "、".join(hits)})


def withdrawal_ground(sit: Situation, p: dict[str, Any]) -> Result:
    """One of seed 000 第三条（一）4's seven grounds holds.

    Retirement is also established by the centre's own record or by the statutory age the
    ID number gives; a woman whose category decides it stays unknown, never guessed.
    """
    grounds = sit.facts.get("withdrawal_grounds")
    stated = [g for g in grounds or [] if g in p["grounds"]]
    if stated:
        return Result("pass", {"detail": "；".join(GROUND_NAMES[g] for g in stated)})
    if p.get("retirement_by_age", True) and "retirement" in p["grounds"]:
        if sit.account is not None and sit.account.get("retired"):
            return Result("pass", {"detail": "本中心记录被执行人已退休"})
        view = sit.retirement
        if view is not None and view.reached:
            return Result("pass", {"detail": "被执行人已达法定退休年龄。" + view.note})
        if view is not None and view.reached is None and view.sex == "female":
            return _unknown(view.note)
    if grounds is None:
        return _unknown("材料未载明被执行人符合何种提取条件")
    return Result("fail", {"detail": "材料所载情形均不属于所列提取条件"})


def court_named(sit: Situation, p: dict[str, Any]) -> Result:
    """The requesting court is one the seed governs (its scope clause names the courts)."""
    court = sit.data.get("court")
    if not court:
        return _unknown("法律文书未载明执行法院")
    return Result("pass" if any(s in court for s in p["patterns"]) else "fail", {"detail": court})


PREDICATES: dict[str, Predicate] = {
    "court_named": Predicate(
        {"patterns": lambda v: None if isinstance(v, list) and v else "must be a non-empty list"},
        frozenset({"patterns"}), court_named),
    "loans_settled": Predicate(
        {"roles": _list_of(tuple(LOAN_ROLES)), "except_case_about_loan": _bool},
        frozenset({"roles"}), loans_settled),
    "no_contracted_withdrawal": Predicate({}, frozenset(), no_contracted_withdrawal),
    "account_open": Predicate({}, frozenset(), account_open),
    "not_preliminary": Predicate({}, frozenset(), not_preliminary),
    "fact": Predicate(
        {"name": _one_of(tuple(sorted({f for fs in FACTS.values() for f in fs}))), "expect": _bool},
        frozenset({"name", "expect"}), fact),
    "any_code": Predicate(
        {"name": _one_of(tuple(sorted({f for fs in FACTS.values() for f in fs}))),
         "codes": lambda v: None if isinstance(v, list) and v else "must be a non-empty list"},
        frozenset({"name", "codes"}), any_code),
    "withdrawal_ground": Predicate(
        {"grounds": _list_of(WITHDRAWAL_GROUNDS), "retirement_by_age": _bool},
        frozenset({"grounds"}), withdrawal_ground),
}
