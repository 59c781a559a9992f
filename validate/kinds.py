"""The few kinds of rule the seeds contain, each checked the same way for every rule.

A pack says `kind: materials` and lists what it requires; the engine looks the kind up
here. Each kind declares the `check` keys it accepts (the loader rejects any other), the
placeholders its messages may quote, the outcomes it can produce, and what a fail or an
unknown does to the decision unless the rule says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from extract.contract import (
    COURT_PAPERS,
    DOCUMENT_TYPES,
    FIELD_NAMES,
    PAPERS,
    SUBJECT_FIELD_NAMES,
    Conflict,
    get_path,
)
from extract.values import add_duration, id_number_valid, iso_date
from extract.values import date_to_arabic as cn_date
from extract.values import to_amount as money
from validate.conditions import PREDICATES
from validate.freeze import plan_deduction, plan_freeze
from validate.model import SUBJECTS, Effect, Result, Rule
from validate.situation import Situation, is_organisation, normalise_case, retired_on_record

DOC_NAMES = {
    **DOCUMENT_TYPES,
    **{code: name for code, (_, name) in PAPERS.items()},
    "enforcement_application": "强制执行申请书",
    "centre_identity": "市公积金中心相关主体证明材料",
    "respondent_identity": "被执行人相关主体证明材料",
    "administrative_decision": "行政处罚决定书等行政法律文书",
    "evidence": "据以作出具体行政行为的相关证据材料",
    "other_legal": "法律、法规规定的其他材料",
}

DATE_REFS = {
    "today": "收到之日",
    "request.freeze_period.start": "冻结期限起始日",
    "request.freeze_period.end": "冻结期限届满日",
    "request.dates.ruling": "裁定书落款日期",
    "request.dates.assist_notice": "协助执行通知书落款日期",
    "account.case_freeze.end": "本案原冻结期限届满日",
    "application.reminder_served": "催告书送达之日",
    "application.reminder_period_end": "催告书送达后十日期间届满之日",
    "application.suit_deadline": "法定起诉期限届满之日",
    "application.filed": "申请强制执行之日",
}

STATED_FIELDS = {**FIELD_NAMES, **SUBJECT_FIELD_NAMES}
"""Fields a `stated` rule may ask for: the request's, and the parts of an agency measure's object."""

EXEMPTIONS = ("statutory_age_reached", "ground_stated_in_judgment")

_DURATION = re.compile(r"^\d+[ymd]$")
_UNITS = {"y": "年", "m": "个月", "d": "日"}


@dataclass(frozen=True)
class Kind:
    """How one kind of rule is written (check keys, messages) and checked."""

    check_keys: dict[str, Callable[[Any, Rule], str | None]]
    required_keys: frozenset[str]
    outcomes: frozenset[str]
    placeholders: frozenset[str]
    on_fail: Effect
    on_unknown: Effect
    evaluate: Callable[[Rule, Situation], Result]


def _names(codes: list[str]) -> str:
    return "、".join(DOC_NAMES.get(c, c) for c in codes)


# ---------------------------------------------------------------- materials


def _docs_of(sit: Situation, code: str) -> list[dict[str, Any]]:
    """The documents of a type, or of a paper (`contract.PAPERS`): an `identity_proof` is an
    `other` recognised as one or not said to be anything else (a sender may file it as plain
    `other`); a 送达回证, also `other`, is not one."""
    if code in PAPERS:
        return [d for d in sit.data.get("documents") or []
                if d.get("type") == PAPERS[code][0] and d.get("paper") in (code, None)]
    return [d for d in sit.data.get("documents") or [] if d.get("type") == code]


def _contract_code(code: str) -> str:
    """The contract's document type a missing paper is reported as (identity_proof → other)."""
    return PAPERS[code][0] if code in PAPERS else code


def _exempt(sit: Situation, names: list[str]) -> str:
    """The first exemption that holds, said in words; "" when none is established."""
    for name in names:
        if name == "statutory_age_reached":
            record = retired_on_record(sit.account)
            if record:
                return "本中心记录被执行人已退休，依规定无需另行提供"
            if record is None and sit.retirement is not None and sit.retirement.reached:
                return "被执行人已达法定退休年龄，依规定无需另行提供"
        if name == "ground_stated_in_judgment":
            grounds = sit.facts.get("withdrawal_grounds") or []
            if sit.facts.get("ground_stated_in_judgment") or "marriage_inheritance_division" in grounds:
                return "生效法律文书已明确载明被执行人符合提取条件，依规定无需另行提供"
    return ""


def check_materials(rule: Rule, sit: Situation) -> Result:
    """Every item present (all of / any of, at least N, original), enough officers, seals."""
    missing: list[str] = []
    problems: list[str] = []
    for item in rule.check["items"]:
        need = item.get("min_count", 1)
        codes = item.get("all") or item.get("any")
        have = {c: len(_docs_of(sit, c)) for c in codes}
        if "all" in item:
            short = [c for c in codes if have[c] < need]
        else:
            # None of the alternatives: ask for the one the pack names (`ask`), else the first.
            short = [] if any(n >= need for n in have.values()) else [item.get("ask", codes[0])]
            if short and len(codes) > 1:
                problems.append(f"缺少{'或者'.join(DOC_NAMES[c] for c in codes)}")
        for c in short:
            missing.append(_contract_code(c))
            if "all" in item or len(codes) == 1:
                problems.append(f"缺少{DOC_NAMES[c]}" + (f"（应不少于{need}份，现有{have[c]}份）" if need > 1 else ""))
        if item.get("original"):
            copies = [c for c in codes if any(d.get("original") is False for d in _docs_of(sit, c))]
            for c in copies:
                missing.append(c)
                problems.append(f"{DOC_NAMES[c]}应提供原件")
            # An original court paper bears the court's seal: one seen without it is the paper
            # the court must reissue sealed, not a paper missing (it stays off `missing`).
            for c in codes:
                papers = _docs_of(sit, c)
                if c not in copies and c in COURT_PAPERS and papers and all(_sealed(d) is False for d in papers):
                    problems.append(f"{DOC_NAMES[c]}未加盖人民法院公章")
    officers = len(sit.data.get("officers") or [])
    need_officers = rule.check.get("officers_min", 0)
    if officers < need_officers:
        problems.append(f"执行人员应不少于{need_officers}名，材料显示{officers}名")
    exemption = ""
    if missing and rule.check.get("unless"):
        exemption = _exempt(sit, rule.check["unless"])
        if exemption:
            exemption = f"（{exemption}）"
            missing, problems = [], []
    unseen: list[str] = []
    if rule.check.get("sealed") and not problems:
        court_docs = [d for d in sit.data.get("documents") or [] if d.get("type") in COURT_PAPERS]
        if any(_sealed(d) is False for d in court_docs):
            problems.append("法律文书未加盖公章")
        unseen = list(dict.fromkeys(DOC_NAMES[d["type"]] for d in court_docs if _sealed(d) is None))
    values = {"missing": "；".join(problems), "exemption": exemption,
              "seal_note": f"未能识别{'、'.join(unseen)}是否加盖人民法院公章" if unseen else "",
              "officers": officers}
    if problems:
        return Result("fail", values, list(dict.fromkeys(missing)))
    if unseen:
        return Result("unknown", values, severity="warn")
    return Result("pass", values)


def _sealed(document: dict[str, Any]) -> bool | None:
    """The contract's `sealed` (older requests say `seal`); None where it could not be told."""
    value = document.get("sealed", document.get("seal"))
    return value if isinstance(value, bool) else None


def _items(value: Any, rule: Rule) -> str | None:
    known = (*SUBJECTS[rule.subject], *PAPERS) if rule.subject == "court_request" else SUBJECTS[rule.subject]
    if not isinstance(value, list) or not value:
        return "items must be a non-empty list"
    for item in value:
        if not isinstance(item, dict) or len({"all", "any"} & set(item)) != 1:
            return "each item needs exactly one of all / any"
        extra = set(item) - {"all", "any", "ask", "min_count", "original", "copy"}
        if extra:
            return f"unknown item key(s) {sorted(extra)} (allowed: all, any, ask, min_count, original, copy)"
        codes = item.get("all") or item.get("any")
        if not isinstance(codes, list) or not codes:
            return "all / any must list document types"
        if "ask" in item and ("any" not in item or item["ask"] not in codes):
            return "ask names the one of an any list to ask for when none is there"
        bad = [c for c in codes if c not in known]
        if bad:
            return f"unknown document type(s) {bad}; known: {', '.join(known)}"
    return None


# ---------------------------------------------------------------- stated fields


def check_stated(rule: Rule, sit: Situation) -> Result:
    """The papers state every listed field (the contract gives null where they do not).

    `person_only` fields (an ID number) are not asked of a unit (单位): seed 000 第一条（二）
    lets a court query a unit's deposits, and a unit has no ID number to give.
    """
    unit = is_organisation(get_path(sit.data, "respondent.name"))
    wanted = [f for f in rule.check["fields"] if not (unit and f in rule.check.get("person_only", []))]
    by_length = _period_by_length(sit)[0] is not None  # 「冻结期限为三年」 states the period
    absent = [f for f in wanted if get_path(sit.data, f) in (None, "", [])
              and not (by_length and f.startswith("freeze_period"))]
    if rule.check.get("any"):  # one of them identifies it: a vehicle by its 号牌 or its 车架号
        failed = bool(wanted) and len(absent) == len(wanted)
        return Result("fail" if failed else "pass", {"missing": "或者".join(STATED_FIELDS[f] for f in absent)})
    return Result("fail" if absent else "pass", {"missing": "、".join(STATED_FIELDS[f] for f in absent)})


def _fields(value: Any, rule: Rule) -> str | None:
    if not isinstance(value, list) or not value:
        return "fields must be a non-empty list"
    bad = [f for f in value if f not in STATED_FIELDS]
    return f"unknown field(s) {bad}; known: {', '.join(STATED_FIELDS)}" if bad else None


# ---------------------------------------------------------------- conditions


def check_condition(rule: Rule, sit: Situation) -> Result:
    params = {k: v for k, v in rule.check.items() if k != "predicate"}
    result = PREDICATES[rule.check["predicate"]].decide(sit, params)
    result.values.setdefault("detail", "")
    result.values.setdefault("reason", "")
    return result


def _predicate(value: Any, rule: Rule) -> str | None:
    if value not in PREDICATES:
        return f"unknown predicate {value!r}; known: {', '.join(PREDICATES)}"
    pred = PREDICATES[value]
    params = {k: v for k, v in rule.check.items() if k != "predicate"}
    extra = set(params) - set(pred.params)
    if extra:
        return f"unknown parameter(s) {sorted(extra)} for {value} (allowed: {', '.join(pred.params) or 'none'})"
    if pred.required - set(params):
        return f"{value} needs {sorted(pred.required - set(params))}"
    for k, v in params.items():
        problem = pred.params[k](v)
        if problem:
            return f"{k}: {problem}"
    return None


# ---------------------------------------------------------------- date intervals


NO_CASE_FREEZE = "账户信息中未查见本案冻结记录"
CASE_FREEZE_NO_END = "本案冻结未载明期限"
"""Why a date of this case's freeze is unknown, worded once for the renewal's and the release's rules."""


def _period_by_length(sit: Situation) -> tuple[date | None, date | None]:
    """A period the papers state by its length alone (「冻结期限为三年」, facts `freeze_length`)
    runs from the day the centre takes the measure, on receipt (a renewal from the day after
    this case's freeze on record ends): (start, end), the day of the freeze counted as the
    first, as courts write a period (「自2024年5月10日起至2027年5月9日止」), so the end is the
    day before the anniversary. Counted as 民法典 第二百零一条 counts a period (the first day
    left out) it would end a day later; the limit check accepts either. (None, None) where
    dates are stated or no length is."""
    period = sit.data.get("freeze_period") or {}
    length = sit.facts.get("freeze_length")
    if period.get("start") or period.get("end") or not isinstance(length, str) or not _DURATION.match(length):
        return None, None
    start = sit.today
    old_end = iso_date((sit.case_freeze() or {}).get("end")) if "renew_freeze" in sit.acts else None
    if old_end is not None and old_end >= sit.today:
        start = old_end + timedelta(days=1)
    return start, add_duration(start, length) - timedelta(days=1)


def _date_ref(ref: str, sit: Situation) -> tuple[date | None, str]:
    if ref == "today":
        return sit.today, ""
    if ref == "account.case_freeze.end":
        _, reason = sit.account_or_reason()
        freeze = sit.case_freeze()
        if freeze is not None:
            return iso_date(freeze.get("end")), CASE_FREEZE_NO_END
        recalled = iso_date(sit.facts.get("previous_freeze_end"))
        if recalled is not None:  # the court's papers recall it; `_recalled` says what that proves
            return recalled, f"{reason or NO_CASE_FREEZE}（法律文书载明本案原冻结期限至{cn_date(recalled)}）"
        return None, reason or NO_CASE_FREEZE
    scope, _, path = ref.partition(".")
    value = iso_date(get_path(sit.data, path))
    if value is None and path in ("freeze_period.start", "freeze_period.end"):
        value = _period_by_length(sit)[path == "freeze_period.end"]
    said = "法律文书未载明" if scope == "request" and "freeze_period" in path else "未能取得"
    return value, "" if value else f"{said}{DATE_REFS[ref]}"


def _recalled(ref: str, sit: Situation) -> bool:
    """The old freeze's end comes from the court's papers, not the centre's record."""
    return ref == "account.case_freeze.end" and sit.case_freeze() is None


def check_interval(rule: Rule, sit: Situation) -> Result:
    """start + min ≤ end ≤ start + max, with both dates taken from the situation.

    The end of this case's earlier freeze is the centre's own record; where the record has
    none, the end the court's papers recall stands in. Against the day of receipt it can only
    fail: a freeze the court itself says ended before receipt has lapsed (seed 000 第四条)
    whatever the record, while one it says still stands is there only if the record shows
    it, so that pass stays unknown. Against the court's own new period it is the court's
    word on both, and decides.
    """
    start, why_start = _date_ref(rule.check["start"], sit)
    end, why_end = _date_ref(rule.check["end"], sit)
    values = {"start": cn_date(start) if start else "", "end": cn_date(end) if end else "", "limit": "",
              "reason": why_start if start is None else why_end}
    if start is None or end is None:
        return Result("unknown", values)
    refs = (rule.check["start"], rule.check["end"])
    recalled = [r for r in refs if _recalled(r, sit)] if "today" in refs else []
    if recalled:
        values["reason"] = _date_ref(recalled[0], sit)[1]
    ok = True
    if "max" in rule.check:
        limit = add_duration(start, rule.check["max"])
        values["limit"] = cn_date(limit)
        ok = end <= limit
    if "min" in rule.check:
        floor = add_duration(start, rule.check["min"])
        values["limit"] = values["limit"] or cn_date(floor)
        ok = ok and end >= floor
    if ok and recalled:
        return Result("unknown", values)
    return Result("pass" if ok else "fail", values)


def _ref(value: Any, rule: Rule) -> str | None:
    return None if value in DATE_REFS else f"unknown date {value!r}; known: {', '.join(DATE_REFS)}"


def _duration(value: Any, rule: Rule) -> str | None:
    return None if isinstance(value, str) and _DURATION.match(value) else "a duration like 3y, 3m or 10d"


# ---------------------------------------------------------------- consistency


def check_consistency(rule: Rule, sit: Situation) -> Result:
    """The notice and the ruling agree on the listed fields (extraction reports conflicts)."""
    wanted = set(rule.check["fields"])
    clashes = [c for c in sit.data.get("conflicts") or [] if c.get("field") in wanted]
    detail = "；".join(Conflict.model_validate(c).describe() for c in clashes)
    return Result("fail" if clashes else "pass", {"conflicts": detail})


def check_id(rule: Rule, sit: Situation) -> Result:
    """The ID number is well formed with a valid check character (GB 11643-1999)."""
    field = rule.check["field"]
    number = get_path(sit.data, field)
    flagged = [f for f in sit.data.get("flags") or [] if f.get("field") == field]
    if not number and is_organisation(get_path(sit.data, "respondent.name")):
        return Result("unknown", {"id_number": "", "reason": "被执行人为单位，无身份证号码可供校验"}, severity="info")
    if not number:
        return Result("unknown", {"id_number": "", "reason": "材料未载明被执行人身份证号码"})
    ok = id_number_valid(str(number)) and not flagged
    return Result("pass" if ok else "fail", {"id_number": number, "reason": ""})


def _id_field(value: Any, rule: Rule) -> str | None:
    return None if value == "respondent.id_number" else "field must be respondent.id_number"


# ---------------------------------------------------------------- deadlines


def check_deadline(rule: Rule, sit: Situation) -> Result:
    """The reply date, counted in working days from receipt; says so when it guessed weekends.

    `working_days: 0` is a seed's 「应马上办理」 or 「应立即办理」: the day of receipt itself,
    so the reviewer's queue shows it as due today rather than showing no deadline at all."""
    n = rule.check["working_days"]
    deadline = sit.calendar.add_working_days(sit.today, n)
    fallback = ""
    if deadline.fallback_years:
        years = "、".join(f"{y}年" for y in deadline.fallback_years)
        fallback = (f"（注意：{years}法定节假日安排尚未录入，本期限仅扣除周六、周日计算，"
                    "请管理员补录当年节假日安排后复核）")
    values = {"days": n, "deadline": cn_date(deadline.date), "fallback": fallback}
    extras = {"deadline": {"date": deadline.date.isoformat(), "working_days": n, "rule": rule.id,
                           "weekends_only_years": list(deadline.fallback_years)}}
    return Result("pass", values, severity="warn" if fallback else None, extras=extras)


# ---------------------------------------------------------------- freeze plan


def check_freeze_plan(rule: Rule, sit: Situation) -> Result:
    """Seed 000 第二条（三）（四）: the amount frozen now, the monthly top-up, the queue."""
    account, reason = sit.account_or_reason()
    requested = money(sit.data.get("amount"))
    empty = {"requested": "", "frozen_now": "", "remainder": "", "plan": "", "queue": "", "reason": reason}
    if account is None:
        return Result("unknown", empty)
    if requested is None:
        return Result("unknown", empty | {"reason": "协助执行通知书未载明冻结金额"})
    own = _own_case(sit, account)
    plan = plan_freeze(account, requested, sit.today, own)
    who = "；".join(_freeze_said(a) for a in plan.ahead)
    if plan.remainder == 0:
        how = "账户可冻结资金足以覆盖，按通知书要求的金额全额冻结"
    elif plan.queue_position:
        how = f"不足部分{plan.remainder}元列为轮候冻结，在先冻结解除后依登记先后自动生效"
    elif plan.depositing:
        months = f"，按每月缴存额{plan.monthly_deposit}元约需{plan.months_to_fill}个月" if plan.months_to_fill else ""
        how = f"不足部分{plan.remainder}元因账户仍处于缴存状态，此后每月缴存金额自动冻结直至达到要求金额{months}"
    else:
        how = "账户已不再缴存，按照实际冻结的资金冻结"
    if plan.queue_position:
        queue = (f"账户资金已被在先冻结，本次为轮候冻结第{plan.queue_position}位，排在：{who}之后。"
                 "冻结解除的，登记在先的轮候冻结即自动生效")
    elif plan.ahead:
        queue = f"账户上另有在先冻结（{who}），扣除后可冻结资金足以覆盖本次冻结，无需轮候"
    else:
        queue = "账户上无其他冻结，无需轮候"
    values = {"requested": str(plan.requested), "frozen_now": str(plan.frozen_now),
              "remainder": str(plan.remainder), "plan": how, "queue": queue, "reason": ""}
    return Result("pass", values, extras={"freeze_plan": plan})


def _own_case(sit: Situation, account: dict[str, Any]) -> str:
    """The case number as the account records this request's own case ("" when not there)."""
    wanted = normalise_case(sit.data.get("case_number"))
    return next((str(f.get("case_number")) for f in account.get("freezes") or []
                 if wanted and normalise_case(f.get("case_number")) == wanted), "")


def _freeze_said(freeze: Any) -> str:
    """「上海市徐汇区人民法院（2023）沪0104执9号（10000.00元，冻结）」 from a Freeze or its dict."""
    data = freeze if isinstance(freeze, dict) else freeze.to_json()
    state = "冻结" if data.get("state") == "active" else "轮候冻结"
    return f"{data.get('court') or ''}{data.get('case_number') or ''}（{data.get('amount')}元，{state}）"


def check_deduct_plan(rule: Rule, sit: Situation) -> Result:
    """What a deduction can take now and what stands ahead of it.

    Nothing to take (an empty account, all of it frozen for other cases) fails: the centre
    cannot deduct as asked, and papers cannot cure it. Less than asked passes with a warning
    that says how much can be paid now and whose freezes stand ahead.
    """
    account, reason = sit.account_or_reason()
    requested = money(sit.data.get("amount"))
    empty = {"requested": "", "deductible": "", "shortfall": "", "plan": "", "ahead": "", "reason": reason}
    if account is None:
        return Result("unknown", empty)
    if requested is None:
        return Result("unknown", empty | {"reason": "协助执行通知书未载明扣划金额"}, severity="warn")
    plan = plan_deduction(account, requested, sit.today, _own_case(sit, account))
    extra = plan.model_extra or {}
    ahead = "；".join(_freeze_said(a) for a in extra.get("ahead", []))
    said = ("账户可供扣划的资金足以全额扣划" if plan.shortfall <= 0
            else f"现可扣划{plan.deducted}元，不足{plan.shortfall}元暂无资金可供扣划")
    values = {"requested": str(plan.requested), "deductible": str(plan.deducted), "shortfall": str(plan.shortfall),
              "plan": said,
              "ahead": f"账户上另有在先冻结：{ahead}，其冻结的资金不得扣划" if ahead else "账户上无他案冻结",
              "reason": f"账户余额为{money(account.get('balance')) or '0.00'}元"}
    extras = {"deduction": plan}
    if not plan.deducted or plan.deducted <= 0:
        return Result("fail", values, extras=extras)
    return Result("pass", values, severity="warn" if plan.shortfall > 0 else None, extras=extras)


def check_auto_release(rule: Rule, sit: Situation) -> Result:
    """Seed 000 第四条: a freeze past its end, not renewed, is already released."""
    freeze = sit.case_freeze()
    _, reason = sit.account_or_reason()
    recalled = iso_date(sit.facts.get("previous_freeze_end")) if "renew_freeze" in sit.acts else None
    if freeze is None and recalled is not None and recalled < sit.today:
        return Result("pass", {"state": f"法律文书载明本案原冻结期限已于{cn_date(recalled)}届满，"
                                        "届满未续行冻结的账户资金已自动解冻", "reason": ""})
    if freeze is None:
        return Result("unknown", {"state": "", "reason": reason or NO_CASE_FREEZE})
    end = iso_date(freeze.get("end"))
    if end is None:
        return Result("unknown", {"state": "", "reason": CASE_FREEZE_NO_END})
    state = (f"本案冻结期限已于{cn_date(end)}届满，账户资金已自动解冻" if end < sit.today
             else f"本案冻结期限至{cn_date(end)}，届满未续行冻结的将自动解冻")
    return Result("pass", {"state": state, "reason": ""})


def check_manual(rule: Rule, sit: Situation) -> Result:
    """A requirement the seeds point to but do not contain: a person must check it."""
    return Result("unknown", {})


def check_principle(rule: Rule, sit: Situation) -> Result:
    """A principle the reviewer should keep in mind; it always holds, it is said as info."""
    return Result("pass", {})


def _exemptions(value: Any, rule: Rule) -> str | None:
    if not isinstance(value, list) or any(v not in EXEMPTIONS for v in value):
        return f"unless lists exemptions among: {', '.join(EXEMPTIONS)}"
    return None


def _bool(value: Any, rule: Rule) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _part(value: Any, rule: Rule) -> str | None:
    return None if value in ("amount", "queue") else "part must be amount or queue"


def _nonneg(value: Any, rule: Rule) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else "a whole number"


_PFU = frozenset({"pass", "fail", "unknown"})
KINDS: dict[str, Kind] = {
    "materials": Kind(
        {"items": _items, "officers_min": _nonneg, "unless": _exemptions, "sealed": _bool},
        frozenset({"items"}), frozenset({"pass", "fail"}),
        frozenset({"missing", "exemption", "seal_note", "officers"}), "correct", "none", check_materials),
    "stated": Kind({"fields": _fields, "person_only": _fields, "any": lambda v, r: None if isinstance(v, bool)
                    else "must be true or false"}, frozenset({"fields"}), frozenset({"pass", "fail"}),
                   frozenset({"missing"}), "correct", "none", check_stated),
    "condition": Kind(
        {"predicate": _predicate, "roles": lambda v, r: None, "except_case_about_loan": lambda v, r: None,
         "name": lambda v, r: None, "expect": lambda v, r: None, "grounds": lambda v, r: None,
         "retirement_by_age": lambda v, r: None, "codes": lambda v, r: None, "patterns": lambda v, r: None},
        frozenset({"predicate"}), _PFU, frozenset({"detail", "reason"}), "decline", "needs_facts",
        check_condition),
    "interval": Kind(
        {"start": _ref, "end": _ref, "max": _duration, "min": _duration},
        frozenset({"start", "end"}), _PFU, frozenset({"start", "end", "limit", "reason"}),
        "decline", "needs_facts", check_interval),
    "consistency": Kind({"fields": _fields}, frozenset({"fields"}), frozenset({"pass", "fail"}),
                        frozenset({"conflicts"}), "correct", "none", check_consistency),
    "id_check": Kind({"field": _id_field}, frozenset({"field"}), _PFU,
                     frozenset({"id_number", "reason"}), "correct", "none", check_id),
    "deadline": Kind({"working_days": _nonneg}, frozenset({"working_days"}), frozenset({"pass"}),
                     frozenset({"days", "deadline", "fallback"}), "none", "none", check_deadline),
    "deduct_plan": Kind({}, frozenset(), _PFU,
                        frozenset({"requested", "deductible", "shortfall", "plan", "ahead", "reason"}),
                        "decline", "needs_facts", check_deduct_plan),
    "freeze_plan": Kind({"part": _part}, frozenset({"part"}), frozenset({"pass", "unknown"}),
                        frozenset({"requested", "frozen_now", "remainder", "plan", "queue", "reason"}),
                        "none", "none", check_freeze_plan),
    "auto_release": Kind({}, frozenset(), frozenset({"pass", "unknown"}), frozenset({"state", "reason"}),
                         "none", "none", check_auto_release),
    "manual": Kind({}, frozenset(), frozenset({"unknown"}), frozenset(), "none", "needs_facts", check_manual),
    "principle": Kind({}, frozenset(), frozenset({"pass"}), frozenset(), "none", "none", check_principle),
}
