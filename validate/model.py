"""The plain data of rule packs and of what checking produces.

A `Rule` is the law as data: what it checks (`kind` + `check`), where it says so
(`citation`, `words`), and what the reviewer reads for each outcome (`messages`). The
engine never branches on a rule id, only on `kind`, so adding a rule is editing YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from extract import contract
from validate import report
from validate.report import Citation, Policy

Outcome = Literal["pass", "fail", "unknown"]
Severity = Literal["block", "warn", "info"]
Effect = Literal["decline", "correct", "needs_facts", "none"]

ACTIONS = tuple(contract.ACTIONS)
"""The contract's `request.action` codes."""

DOCUMENT_TYPES = tuple(contract.DOCUMENT_TYPES)
"""The contract's document type codes (a court request's materials)."""

APPLICATION_MATERIALS = (
    "enforcement_application", "centre_identity", "respondent_identity",
    "administrative_decision", "evidence", "other_legal",
)
"""The materials of the centre's own application to the court (seed 000 第五条（二）)."""

SUBJECTS = {
    "court_request": DOCUMENT_TYPES,
    "centre_application": APPLICATION_MATERIALS,
    "loan_application": (),
}
"""What a rule is checked against, with the material codes that subject knows."""

WITHDRAWAL_GROUNDS = (
    "retirement", "emigration", "death", "housing_consumption",
    "marriage_inheritance_division", "vulnerable_applicant", "maintenance_wages_injury",
)
"""Seed 000 第三条（一）4（1）-（7）, in the seed's order."""

FACTS = {
    "court_request": (
        "no_other_property", "withdrawal_grounds", "preliminary_enforcement",
        "query_form_names_person", "ground_stated_in_judgment", "retirement_category",
        "locate_grounds", "disposal_completed", "ownership_queried", "previous_freeze_end",
        "freeze_length",
    ),
    "centre_application": ("reminder_served", "reminder_period_end", "decision_served", "suit_months",
                           "suit_deadline", "filed"),
    "loan_application": ("on_dishonest_list",),
}
"""Facts a rule may read, per subject; a pack naming another fact is a typo."""


@dataclass(frozen=True)
class Rule:
    """One provision of one seed, as the engine checks it."""

    id: str
    title: str
    kind: str
    severity: Severity
    citation: str
    """The seed file and the article, as the pack writes it (traces the rule to its text)."""
    words: str
    messages: dict[str, str]
    """Chinese text per outcome (pass / fail / unknown), and `curable` for a fail the check
    itself finds the court can cure, where the rule's own effect is decline."""
    check: dict[str, Any] = field(default_factory=dict)
    applies_to: tuple[str, ...] = ()
    subject: str = "court_request"
    note: str = ""
    on_fail: Effect = "none"
    on_unknown: Effect = "none"
    shared: bool = False
    inferred: bool = False
    """A reading the pack's reviewers drew beyond the article's words (Jiaozuo's freeze bar held
    for a deduction): the drafter is not expected to find it, so `draft.compare` leaves it out."""
    pack: str = ""
    line: int = 0
    article: str = ""
    """The article alone, as printed (第三条（一）4)."""


@dataclass(frozen=True)
class Pack:
    """One seed's rules, plus the packs whose shared principles it pulls in."""

    name: str
    title: str
    source: str
    file: str
    rules: tuple[Rule, ...]
    includes: tuple[str, ...] = ()
    measures: dict[str, str] = field(default_factory=dict)
    not_automated: tuple[dict[str, str], ...] = ()
    policy: Policy | None = None
    """The seed's number, title and short name, as the letters name it."""
    draft: bool = False
    """Drafted by `assistdesk rules draft` and not yet reviewed: the engine refuses it."""

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@dataclass
class Result:
    """What a kind says about one rule on one situation, before the message is written."""

    outcome: Outcome
    values: dict[str, Any] = field(default_factory=dict)
    missing_materials: list[str] = field(default_factory=list)
    severity: Severity | None = None
    """Overrides the rule's severity (a deadline counted without a schedule becomes warn)."""
    effect: Effect | None = None
    """Overrides the rule's effect where who can cure it differs case by case (another case's
    freeze is the court's to explain when it is the same court's own)."""
    extras: dict[str, Any] = field(default_factory=dict)
    """Structured results worth a report key of their own (deadline, freeze plan)."""


@dataclass
class Finding:
    """One rule checked: the contract's five keys plus what the decision needs."""

    rule: str
    outcome: Outcome
    severity: Severity
    message: str
    citation: Citation
    effect: Effect = "none"
    missing_materials: list[str] = field(default_factory=list)

    def as_contract(self) -> report.Finding:
        return report.Finding(rule=self.rule, outcome=self.outcome, severity=self.severity, message=self.message,
                              citation=self.citation)
