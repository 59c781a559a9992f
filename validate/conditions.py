"""The conditions a pack can state about the person, the account or the case.

Each predicate reads the situation and answers pass / fail / unknown with the values its
messages quote. "Unknown" means the fact is not there (no account facts, a fact the
extraction could not read); it is never turned into a pass or a fail by guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extract.contract import CARD_TYPES, DOCUMENT_TYPES
from extract.values import date_to_arabic as cn_date
from extract.values import iso_date
from validate.model import FACTS, WITHDRAWAL_GROUNDS, Result
from validate.situation import Situation, normalise_case, retired_on_record

LOAN_ROLES = {"borrower": "主贷人", "co_borrower": "参贷人", "guarantor": "为他人贷款提供担保"}

FACT_NAMES = {
    "no_other_property": "人民法院已对被执行人的财产进行执行调查、确无其他可供执行的财产或者其他财产不足以覆盖全部执行标的",
    "withdrawal_grounds": "被执行人符合何种提取条件",
    "preliminary_enforcement": "本案是否属于先予执行",
    "query_form_names_person": "查询单是否注明被查询人的身份信息",
    "ground_stated_in_judgment": "生效法律文书是否载明被执行人符合提取条件",
    "locate_grounds": "需要查找被执行人的事由",
    "disposal_completed": "被查封车辆是否已经处置完毕",
    "ownership_queried": "人民法院是否已查询股权登记情况",
    "reminder_served": "催告书送达之日",
    "reminder_period_end": "催告书送达后十日期间届满之日",
    "decision_served": "行政处罚决定书送达之日",
    "suit_months": "法定起诉期限",
    "suit_deadline": "法定起诉期限届满之日",
    "filed": "申请强制执行之日",
    "on_dishonest_list": "申请人是否为失信被执行人",
}
"""Each fact named in words, so an unknown says which fact the papers do not state."""

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
        said = "未查见尚未结清的住房公积金贷款" + ("，也未查见未解除的担保" if "guarantor" in p["roles"] else "")
        return Result("pass", {"detail": said})
    borrowed = [LOAN_ROLES[str(loan.get("role"))] for loan in open_loans if loan.get("role") != "guarantor"]
    parts = []
    if borrowed:
        parts.append(f"被执行人作为{'、'.join(dict.fromkeys(borrowed))}有尚未结清的住房公积金贷款")
    if any(loan.get("role") == "guarantor" for loan in open_loans):
        parts.append("被执行人为他人住房公积金贷款提供的担保尚未解除")
    return Result("fail", {"detail": "，".join(parts)})


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
        return _unknown(f"材料未载明{FACT_NAMES.get(p['name'], p['name'])}")
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
        return _unknown(f"材料未载明{FACT_NAMES.get(p['name'], p['name'])}")
    hits = [c for c in value if c in p["codes"]]
    return Result("pass" if hits else "fail", {"detail": "、".join(hits)})


def withdrawal_ground(sit: Situation, p: dict[str, Any]) -> Result:
    """One of seed 000 第三条（一）4's seven grounds holds.

    Retirement is also established by the centre's own record or by the statutory age the
    ID number gives; a woman whose category decides it stays unknown, never guessed. Where no
    ground is shown it fails as the court's to cure: what its papers do not show, it can show.
    """
    grounds = sit.facts.get("withdrawal_grounds")
    stated = [g for g in grounds or [] if g in p["grounds"]]
    if stated:
        return Result("pass", {"detail": "；".join(GROUND_NAMES[g] for g in stated)})
    if p.get("retirement_by_age", True) and "retirement" in p["grounds"]:
        record = retired_on_record(sit.account)
        if record:
            return Result("pass", {"detail": "本中心记录被执行人已退休"})
        view = sit.retirement if record is None else None
        if view is not None and view.reached:
            return Result("pass", {"detail": "被执行人已达法定退休年龄。" + view.note})
        if view is not None and view.reached is None and view.sex == "female":
            return _unknown(view.note)
    said = "，本中心记录被执行人未退休" if retired_on_record(sit.account) is False else ""
    if grounds is None:
        return _unknown(f"法律文书未载明被执行人符合何种提取条件{said}")
    if said and "retirement" in p["grounds"] and sit.retirement is not None and sit.retirement.reached:
        # The record outweighs the age (2025 reform), but a person past the statutory age may
        # well have retired: the court can prove it, so it is asked, not refused.
        return _unknown("被执行人已达法定退休年龄，但本中心记录其未退休，"
                        "法律文书亦未载明其他提取条件，请人民法院提供被执行人已退休或者符合其他提取条件的证明材料")
    # Papers that claim no ground do not show that none holds: the court may hold a proof it did
    # not send (a retirement, a settlement abroad, an applicant on 低保). The condition is not
    # met as the papers stand, but the court can cure it, and the proof is then a missing paper
    # (000 第三条（二）5): a correction, not a refusal.
    return Result("fail", {"detail": f"法律文书未载明被执行人符合所列提取条件{said}"}, effect="correct")


def case_freeze_on_account(sit: Situation, p: dict[str, Any]) -> Result:
    """The freeze to be released or renewed is this case's: another case's freeze is not the
    court's to lift or extend, and a lapsed one is gone.

    The case number decides (as the contract normalises it); a freeze that has already
    lapsed is still this case's, and the auto-release rule says it is already released.
    Another court's freeze is nothing this court can cure: the rule's own effect (decline).
    A freeze of the same court under another number may be this very case's under the number
    it had before (a 诉讼保全 freeze carries into enforcement, 民诉法解释 第一百六十八条; a
    执恢 case resumes a 执 case): the court can show which it is, so that is a correction.
    """
    account, reason = sit.account_or_reason()
    if account is None:
        return _unknown(reason)
    case = sit.data.get("case_number")
    if not case:
        return _unknown("法律文书未载明案号")
    freezes = account.get("freezes") or []
    if sit.case_freeze() is not None:
        return Result("pass", {"detail": f"账户上有本案{case}的冻结记录"})
    others = [f for f in freezes if normalise_case(f.get("case_number")) != normalise_case(case)]
    court = _plain(sit.data.get("court"))
    own = [str(f.get("case_number") or "") for f in others if court and _plain(f.get("court")) == court]
    if own:
        return Result("fail", {"detail": f"账户上的冻结系本院{'、'.join(own)}所为，未查见本案{case}的冻结"},
                      effect="correct")
    listed = "；".join(f"{f.get('court') or ''}{f.get('case_number') or ''}" for f in others)
    detail = f"账户上的冻结系他案所为（{listed}），未查见本案{case}的冻结" if listed else f"账户上无冻结记录，未查见本案{case}的冻结"
    return Result("fail", {"detail": detail})


def _plain(name: Any) -> str:
    """A court's name as compared: without the spaces a record or a scan may put in it."""
    return "".join(str(name or "").split())


def cards_in_force(sit: Situation, p: dict[str, Any]) -> Result:
    """No officer's card the bundle relies on has expired by the day of receipt: an expired
    工作证 or 执行公务证 proves no one's office, and the court can send officers with cards in
    force. A card that prints no validity is taken as it stands."""
    cards = [d for d in sit.data.get("documents") or [] if d.get("type") in CARD_TYPES]
    expired = [(d, day) for d in cards if (day := iso_date(d.get("valid_until"))) is not None and day < sit.today]
    if not expired:
        return Result("pass", {"detail": "执行人员证件均在有效期内" if cards else "未见执行人员证件"})
    said = "；".join(f"{DOCUMENT_TYPES[d['type']]}有效期至{cn_date(day)}" for d, day in expired)
    return Result("fail", {"detail": f"{said}，收到时已过有效期"})


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
    "case_freeze_on_account": Predicate({}, frozenset(), case_freeze_on_account),
    "cards_in_force": Predicate({}, frozenset(), cards_in_force),
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
