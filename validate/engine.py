"""Check one subject against one pack: pick the rules that apply, run each by its kind.

The engine knows nothing of any particular rule: it selects by subject and action (or the
agency measure a yunfu request names), lets the rule's kind say pass / fail / unknown,
writes the rule's own Chinese message, and leaves the verdict to `decision.decide`.
Packs that `include` another pull in its `shared` principles as info findings.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extract.contract import get_path
from extract.values import to_amount
from validate import retirement
from validate.decision import decide
from validate.errors import DraftPack
from validate.freeze import plan_deduction
from validate.kinds import KINDS
from validate.loader import load_pack
from validate.model import Finding, Pack, Rule
from validate.national import national_policy
from validate.report import Account, Citation, Freeze, Policy, Report
from validate.situation import Situation, find_account
from validate.workdays import WorkCalendar


class _Blank(dict):
    """Format mapping that leaves an unfilled placeholder empty rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""




def tidy(message: str) -> str:
    """A value ending in its own stop, quoted before the template's mark (「…退休。。」,
    「…须核实。，」, 「…。；」), leaves one mark: the template's, which ends the run."""
    return re.sub(r"[。；，、]{2,}", lambda m: m.group(0)[-1], message)


def applicable_rules(pack: Pack, subject: str, acts: frozenset[str]) -> list[tuple[Rule, bool]]:
    """(rule, pulled-in) pairs: the pack's own rules for these acts, then included principles."""
    chosen = [(r, False) for r in pack.rules if r.subject == subject and _applies(r, acts)]
    for name in pack.includes:
        chosen += [(r, True) for r in load_pack(name).rules
                   if r.shared and r.subject == subject and _applies(r, acts)]
    return chosen


def _applies(rule: Rule, acts: frozenset[str]) -> bool:
    return not rule.applies_to or bool(acts & set(rule.applies_to))


def run_rule(rule: Rule, sit: Situation, pulled_in: bool = False,
             policy: Policy | None = None) -> tuple[Finding, dict[str, Any]]:
    """One finding (and any structured extras) for one rule; `policy` is its pack's header
    (given by the caller for a pack read from its own file, which no name finds)."""
    result = KINDS[rule.kind].evaluate(rule, sit)
    curable = result.effect == "correct" and result.outcome == "fail" and "curable" in rule.messages
    template = rule.messages.get("curable" if curable else result.outcome) or rule.messages.get("pass", "")
    message = tidy(template.format_map(_Blank(result.values)).strip())
    effect = result.effect or {"fail": rule.on_fail, "unknown": rule.on_unknown}.get(result.outcome, "none")
    severity = result.severity or rule.severity
    if pulled_in:
        severity, effect = "info", "none"
    elif severity == "block" and result.outcome != "pass" and effect == "none":
        severity = "warn"  # a block rule that cannot decide here only asks a person to look
    citation = Citation(policy=national_policy(rule.citation) or policy or load_pack(rule.pack).policy or Policy(),
                        article=rule.article)
    finding = Finding(rule.id, result.outcome, severity, message, citation, effect,
                      result.missing_materials if result.outcome == "fail" else [])
    return finding, result.extras


def build_situation(request: dict[str, Any], accounts: list[dict[str, Any]] | None, today: date,
                    calendar: WorkCalendar) -> Situation:
    """Gather request, facts, the respondent's account and retirement once for all rules."""
    facts = dict(request.get("facts") or {})
    id_number = get_path(request, "respondent.id_number")
    acts = {a for a in (request.get("action"), request.get("measure")) if a}
    return Situation(
        subject="court_request", data=request, facts=facts, today=today, calendar=calendar,
        accounts_given=accounts is not None, account=find_account(accounts, id_number),
        retirement=retirement.from_id_number(id_number, today, facts.get("retirement_category")),
        acts=frozenset(acts),
    )


def check(sit: Situation, pack: Pack) -> Report:
    """The report for one situation: the contract's keys, and what the answers need beside them."""
    if pack.draft:
        raise DraftPack(pack.name, pack.title)
    findings: list[Finding] = []
    extras: dict[str, Any] = {}
    chosen = applicable_rules(pack, sit.subject, sit.acts)
    if sit.subject == "court_request" and pack.measures and not any(
            r.applies_to for r, pulled in chosen if not pulled):
        findings.append(_scope_finding(pack, sit))
    for rule, pulled in chosen:
        finding, more = run_rule(rule, sit, pulled, None if pulled else pack.policy)
        findings.append(finding)
        extras.update(more)
    report = Report(
        decision=decide(findings),
        missing_materials=list(dict.fromkeys(m for f in findings for m in f.missing_materials)),
        findings=[f.as_contract() for f in findings],
        pack=pack.name,
        packs_applied=[pack.name, *pack.includes],
        corrections=[f.rule for f in findings if f.outcome != "pass" and f.effect == "correct"],
        policy=pack.policy,
        policies=[p for p in (pack.policy, *(load_pack(n).policy for n in pack.includes)) if p is not None],
        **extras,
    )
    if sit.subject != "court_request":
        return report
    if sit.retirement is not None and sit.retirement.sex:
        report.retirement = sit.retirement.as_dict()
    if sit.account is not None:
        report.account = Account.model_validate(sit.account)
        freeze = sit.case_freeze()
        report.case_freeze = Freeze.model_validate(freeze) if freeze else None
        if "deduct" in sit.acts and report.deduction is None:
            own = str(freeze.get("case_number")) if freeze else ""
            report.deduction = plan_deduction(sit.account, to_amount(sit.data.get("amount")), sit.today, own)
    return report


def _scope_finding(pack: Pack, sit: Situation) -> Finding:
    """No rule of the pack speaks to what is asked: say so, and leave it to a person."""
    asked = "、".join(sorted(sit.acts)) or "（未载明）"
    scope = "、".join(f"{k}（{v}）" for k, v in pack.measures.items()) or "、".join(
        sorted({a for r in pack.rules for a in r.applies_to}))
    return Finding(
        "pack.scope", "unknown", "block",
        f"本规则包（{pack.title}）未就所请求的协助事项“{asked}”作出规定；本规则包适用的事项为：{scope}。请人工审核。",
        Citation(policy=pack.policy or Policy(), article="全文"), "needs_facts",
    )
