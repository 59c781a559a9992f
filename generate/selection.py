"""Which documents a submission gets, from the court's action and the report's decision.

The table is data so that it can be read, printed in the README and tested as a whole.

- ``assist``: a receipt, the result of what was done (one kind per action), and the proof
  of service; where the centre carried the measure out but doubts its merits (a failed
  finding of severity ``warn``) it adds a review suggestion, because seed 004 art. 20
  lets an assisting body suggest review but not refuse.
- ``needs_correction``: receipt, correction notice, proof of service.
- ``decline``: receipt, refusal (暂不予冻结 / 不予扣划 …), proof of service.
- another agency's measure (seed 002): the result letter and the proof of service (the
  seed's 「填写送达回证并回复办理结果」), a review suggestion where it doubts the merits, the
  correction or refusal in its name otherwise.
- ``needs_facts``: the receipt only. Nothing has been decided: the centre has the papers
  and must first look up the account; the receipt says so and by when it will answer.
  A proof of service belongs with the substantive answer, which comes later.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from extract.contract import Request
from validate.report import Finding, Report

RESULT_BY_ACTION: dict[str | None, str] = {
    "query": "query_result",
    "freeze": "freeze_result",
    "renew_freeze": "renew_freeze_result",
    "unfreeze": "unfreeze_result",
    "deduct": "deduct_result",
}

RESULT_BY_MEASURE: dict[str, str] = {
    "police.identity_query": "registry_query_result",
    "land.query": "registry_query_result",
    "housing.query": "registry_query_result",
    "market.query": "registry_query_result",
    "police.locate": "locate_result",
    "police.vehicle_seal": "seal_result",
    "land.seal": "seal_result",
    "housing.seal": "seal_result",
    "land.unseal": "unseal_result",
    "housing.unseal": "unseal_result",
    "market.equity_freeze": "publicity_result",
    "market.equity_unfreeze": "publicity_result",
    "police.vehicle_transfer": "transfer_result",
    "land.transfer": "transfer_result",
    "housing.transfer": "transfer_result",
    "market.equity_transfer": "transfer_result",
}
"""Another agency's 回复办理结果 for each measure of seed 002 (查询、查封/解封、协助公示、变更登记)."""

DOCUMENTS_BY_DECISION: dict[str, tuple[str, ...]] = {
    "assist": ("receipt", "{result}", "proof_of_service"),
    "needs_correction": ("receipt", "correction_notice", "proof_of_service"),
    "decline": ("receipt", "refusal_notice", "proof_of_service"),
    "needs_facts": ("receipt",),
}

AGENCY_DOCUMENTS_BY_DECISION: dict[str, tuple[str, ...]] = {
    "assist": ("{result}", "proof_of_service"),
    "needs_correction": ("correction_notice", "proof_of_service"),
    "decline": ("refusal_notice", "proof_of_service"),
    "needs_facts": ("receipt",),
}
"""Seed 002: an agency 「填写送达回证并回复办理结果」; it gives no separate 回执 for papers it
acts on, only where it cannot yet answer (needs_facts)."""

EDITABLE_KINDS = frozenset(
    {
        "query_result",
        "freeze_result",
        "renew_freeze_result",
        "unfreeze_result",
        "deduct_result",
        "correction_notice",
        "refusal_notice",
        "review_suggestion",
        "registry_query_result",
        "locate_result",
        "seal_result",
        "unseal_result",
        "publicity_result",
        "transfer_result",
    }
)
"""Kinds a clerk may edit before sending: these also get a DOCX."""

ALL_KINDS = (
    "receipt",
    "query_result",
    "freeze_result",
    "renew_freeze_result",
    "unfreeze_result",
    "deduct_result",
    "correction_notice",
    "refusal_notice",
    "review_suggestion",
    "proof_of_service",
)
"""The fund centre's kinds."""

AGENCY_RESULT_KINDS = (
    "registry_query_result",
    "locate_result",
    "seal_result",
    "unseal_result",
    "publicity_result",
    "transfer_result",
)
"""The other agencies' 回复办理结果 kinds; their receipts, notices and proof of service are the
centre's kinds in the agency's name."""


def result_kind(request: Request) -> str | None:
    """The result letter for what was asked: by the agency measure, else by the action."""
    if request.measure:
        return RESULT_BY_MEASURE.get(request.measure)
    return RESULT_BY_ACTION.get(request.action)


REVIEWER_DECISIONS: dict[str, str] = {
    "assist": "assist",
    "needs_correction": "needs_correction",
    "decline": "decline",
    "review_suggestion": "assist",
}
"""A reviewer's decision → the report decision its letters are written under: a review
suggestion is an assist (seed 004 第二十条: suggest review, but do not refuse)."""


def review_points(report: Report | Mapping[str, Any]) -> list[Finding]:
    """Failed findings the centre raises as doubts while still assisting (severity warn)."""
    return [f for f in Report.from_json(report).failed() if f.severity == "warn"]


def choose_documents(request: Request | Mapping[str, Any], report: Report | Mapping[str, Any]) -> list[str]:
    """Document kinds for this submission, in the order they are handed over."""
    request, report = Request.from_json(request), Report.from_json(report)
    kinds: list[str] = []
    table = AGENCY_DOCUMENTS_BY_DECISION if request.measure in RESULT_BY_MEASURE else DOCUMENTS_BY_DECISION
    for kind in table[report.decision]:
        if kind == "{result}":
            result = result_kind(request)
            if result is not None:  # an unstated action cannot have a result; the receipt still goes
                kinds.append(result)
            if review_points(report):  # a search or transfer may be doubted whatever its result
                kinds.append("review_suggestion")
        else:
            kinds.append(kind)
    return kinds


def documents_for_decision(decision: str, request: Request | Mapping[str, Any],
                           report: Report | Mapping[str, Any]) -> list[str]:
    """Document kinds for the reviewer's `decision`, whatever the system proposed.

    The reviewer decides (issue 12): 不予协助 over a proposed assist gets the refusal, 要求补正
    the correction notice, 提出审查建议 the result and the review suggestion; 协助执行 gets
    the result alone, because a reviewer who had doubts would have chosen the suggestion.
    """
    if decision not in REVIEWER_DECISIONS:
        raise ValueError(f"unknown reviewer decision {decision!r}")
    request = Request.from_json(request)
    kinds: list[str] = []
    table = AGENCY_DOCUMENTS_BY_DECISION if request.measure in RESULT_BY_MEASURE else DOCUMENTS_BY_DECISION
    for kind in table[REVIEWER_DECISIONS[decision]]:
        if kind == "{result}":
            result = result_kind(request)
            if result is not None:
                kinds.append(result)
            if decision == "review_suggestion":
                kinds.append("review_suggestion")
        else:
            kinds.append(kind)
    return kinds
