"""Which documents a submission gets, from the court's action and the report's decision.

The table is data so that it can be read, printed in the README and tested as a whole.

- ``assist``: a receipt, the result of what was done (one kind per action), and the proof
  of service; where the centre carried the measure out but doubts its merits (a failed
  finding of severity ``warn``) it adds a review suggestion, because seed 004 art. 20
  lets an assisting body suggest review but not refuse.
- ``needs_correction``: receipt, correction notice, proof of service.
- ``decline``: receipt, refusal (暂不予冻结 / 不予扣划 …), proof of service.
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

DOCUMENTS_BY_DECISION: dict[str, tuple[str, ...]] = {
    "assist": ("receipt", "{result}", "proof_of_service"),
    "needs_correction": ("receipt", "correction_notice", "proof_of_service"),
    "decline": ("receipt", "refusal_notice", "proof_of_service"),
    "needs_facts": ("receipt",),
}

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


def review_points(report: Report | Mapping[str, Any]) -> list[Finding]:
    """Failed findings the centre raises as doubts while still assisting (severity warn)."""
    return [f for f in Report.from_json(report).failed() if f.severity == "warn"]


def choose_documents(request: Request | Mapping[str, Any], report: Report | Mapping[str, Any]) -> list[str]:
    """Document kinds for this submission, in the order they are handed over."""
    request, report = Request.from_json(request), Report.from_json(report)
    kinds: list[str] = []
    for kind in DOCUMENTS_BY_DECISION[report.decision]:
        if kind == "{result}":
            result = RESULT_BY_ACTION.get(request.action)
            if result is not None:  # an unstated action cannot have a result; the receipt still goes
                kinds.append(result)
            if review_points(report):  # a transfer or a search has no action, and may still be doubted
                kinds.append("review_suggestion")
        else:
            kinds.append(kind)
    return kinds
