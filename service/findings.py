"""Findings as a reviewer acts on them: which article of which policy, its words, the values used, the box.

The report's findings say what was checked in the contract's words; a reviewer also needs
the policy by its title and number and the article (never the seed's file name — issue 12
item 3), the article's own words on demand, the values the rule read, and for a finding
about a field the box on the page it was read from. All of it comes from the rule packs
(`validate.load_pack`: the rule's `words`, its `check`, its pack's policy) and the request;
nothing is written here that a pack does not say.
"""

from __future__ import annotations

from typing import Any

from extract.contract import FIELD_NAMES, document_name, get_path
from service.logs import mask_id

ACCOUNT_PREDICATES = {"loans_settled": "贷款", "account_open": "账户状态", "no_contracted_withdrawal": "约定提取",
                      "case_freeze_on_account": "本案冻结"}


def _rules(report: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Rule id → (rule, its pack) over the packs the report applied, the report's own pack first."""
    from validate.loader import load_pack

    found: dict[str, tuple[Any, Any]] = {}
    for name in [report.get("pack"), *(report.get("packs_applied") or [])]:
        if not name:
            continue
        try:
            pack = load_pack(name)
        except Exception:  # a pack removed since: its findings keep their own words only
            continue
        for rule in pack.rules:
            found.setdefault(rule.id, (rule, pack))
    return found


def _policies(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in [report.get("policy"), *(report.get("policies") or [])] if isinstance(p, dict)]


def basis(finding: dict[str, Any], report: dict[str, Any], rule: Any, pack: Any) -> str:
    """「《若干意见》全称（沪高法〔2021〕124号）第七条（一）」: the policy by title and number, and the article."""
    from validate.national import national_policy

    text = str(finding.get("citation") or "")
    label, _, article = text.partition(" ")
    if rule is not None:
        article = rule.article or article
    policy: dict[str, Any] | None = None
    if rule is not None:
        national = national_policy(rule.citation)
        chosen = national or (pack.policy if pack is not None else None)
        policy = chosen.model_dump() if chosen is not None else None
    if policy is None:
        policy = next((p for p in _policies(report) if label and label in (p.get("number"), p.get("title"))), None)
    if policy is None and label and not label.lower().endswith((".txt", ".yaml", ".md")):
        policy = {"title": label}
    if policy is None:
        policy = next(iter(_policies(report)), {"title": "本规则包所依据的规定"})
    title, number = policy.get("title") or "", policy.get("number") or ""
    name = f"{title}（{number}）" if title and number else (title or number)
    return f"{name}{article}"


def _references(check: dict[str, Any]) -> list[str]:
    """The request's fields a rule's check reads, as dotted paths (freeze_period.end, dates.ruling)."""
    paths: list[str] = []
    if isinstance(check.get("field"), str):
        paths.append(check["field"])
    paths += [f for f in check.get("fields") or [] if isinstance(f, str)]
    for key in ("start", "end"):
        value = check.get(key)
        if isinstance(value, str) and value.startswith("request."):
            paths.append(value.removeprefix("request."))
    if check.get("predicate") == "court_named":
        paths.append("court")
    if check.get("predicate") == "fact" and check.get("name"):
        paths.append(f"facts.{check['name']}")
    if check.get("part") == "amount":
        paths.append("amount")
    return list(dict.fromkeys(paths))


def _label(path: str) -> str:
    if path in FIELD_NAMES:
        return FIELD_NAMES[path]
    if path.startswith("dates."):
        return document_name(path.removeprefix("dates.")) + "日期"
    if path.startswith("facts."):
        return "案件事实"
    return "其他事项"


def _shown(path: str, value: Any, revealed: set[str]) -> str:
    if value is None or value == "":
        return "未载明"
    if isinstance(value, bool):
        return "是" if value else "否"
    if path.endswith("id_number") and path not in revealed:
        return mask_id(str(value))
    if path == "action":
        from extract.contract import ACTIONS

        return ACTIONS.get(str(value), "未能识别")
    return str(value)


def reviewer_findings(report: dict[str, Any] | None, request: dict[str, Any], evidence: dict[str, Any],
                      revealed: set[str] = frozenset()) -> list[dict[str, Any]]:
    """Each finding with its basis, the rule's title and words, the values it used and the field with a box."""
    if not report:
        return []
    rules = _rules(report)
    account = report.get("account") or {}
    out = []
    for finding in report.get("findings") or []:
        rule, pack = rules.get(finding.get("rule") or "", (None, None))
        check = rule.check if rule is not None else {}
        paths = _references(check)
        used = [{"field": p, "label": _label(p), "value": _shown(p, get_path(request, p), revealed)} for p in paths]
        predicate = check.get("predicate")
        if predicate in ACCOUNT_PREDICATES and account:
            if predicate == "loans_settled":
                from generate.facts import LOAN_ROLES

                loans = account.get("loans") or []

                value = "；".join(f"{LOAN_ROLES.get(loan.get('role'), '借款人')}{'（已结清）' if loan.get('settled') else '（未结清）'}"
                                 for loan in loans) or "无"
            elif predicate == "account_open":
                from generate.facts import STATUS_LABELS

                value = STATUS_LABELS.get(account.get("status") or "", "未载明")
            elif predicate == "no_contracted_withdrawal":
                value = "有" if account.get("contracted_withdrawal") else "无"
            else:
                freeze = report.get("case_freeze") or {}
                value = f"{freeze.get('amount')}元，至{freeze.get('end')}" if freeze else "无"
            used.append({"field": "", "label": f"账户{ACCOUNT_PREDICATES[predicate]}", "value": value})
        boxed = next((p for p in paths if (evidence.get(p) or {}).get("box")), None)
        out.append({**finding, "title": rule.title if rule is not None else "", "basis": basis(finding, report, rule, pack),
                    "words": rule.words if rule is not None else "", "used": used, "box_field": boxed})
    return out


def conflict_sides(request: dict[str, Any], revealed: set[str] = frozenset()) -> list[dict[str, Any]]:
    """Each conflict with every paper's value, where it was read and its box, for a side-by-side view."""
    sides = []
    for conflict in request.get("conflicts") or []:
        field = conflict.get("field") or ""
        sides.append({"field": field, "label": _label(field), "values": [
            {"value": _shown(field, v.get("value"), revealed), "paper": document_name(v.get("document")),
             "source": v.get("source"), "page": v.get("page"), "box": v.get("box")}
            for v in conflict.get("values") or []]})
    return sides
