"""Which documents a submission gets, by action and decision."""

from __future__ import annotations

import pytest

from generate import choose_documents


def report(decision: str, *findings: dict) -> dict:
    return {"decision": decision, "missing_materials": [], "findings": list(findings)}


@pytest.mark.parametrize(
    ("action", "result"),
    [
        ("query", "query_result"),
        ("freeze", "freeze_result"),
        ("renew_freeze", "renew_freeze_result"),
        ("unfreeze", "unfreeze_result"),
        ("deduct", "deduct_result"),
    ],
)
def test_assist_gets_the_result_of_its_action(action: str, result: str) -> None:
    assert choose_documents({"action": action}, report("assist")) == ["receipt", result, "proof_of_service"]


def test_doubt_on_the_merits_adds_a_review_suggestion() -> None:
    warn = {"rule": "x", "outcome": "fail", "severity": "warn", "message": "m", "citation": "c"}
    assert choose_documents({"action": "deduct"}, report("assist", warn)) == [
        "receipt",
        "deduct_result",
        "review_suggestion",
        "proof_of_service",
    ]


def test_a_doubted_transfer_gets_its_review_suggestion() -> None:
    """A vehicle transfer or a search for a person has no fund-centre action; an agency that
    doubts it still assists and suggests review (法发〔2010〕15号 第二十条)."""
    warn = {"rule": "x", "outcome": "fail", "severity": "warn", "message": "m", "citation": "c"}
    assert choose_documents({"action": None, "measure": "police.vehicle_transfer"}, report("assist", warn)) == [
        "transfer_result", "review_suggestion", "proof_of_service"]
    assert choose_documents({"action": None, "measure": "police.locate"}, report("assist", warn)) == [
        "locate_result", "review_suggestion", "proof_of_service"]
    assert choose_documents({"action": "freeze", "measure": "land.seal"}, report("needs_correction")) == [
        "correction_notice", "proof_of_service"]
    assert choose_documents({"action": None}, report("assist")) == ["receipt", "proof_of_service"]


@pytest.mark.parametrize(
    ("decision", "kinds"),
    [
        ("needs_correction", ["receipt", "correction_notice", "proof_of_service"]),
        ("decline", ["receipt", "refusal_notice", "proof_of_service"]),
        ("needs_facts", ["receipt"]),
    ],
)
def test_other_decisions(decision: str, kinds: list[str]) -> None:
    for action in ("query", "freeze", "deduct", None):
        assert choose_documents({"action": action}, report(decision)) == kinds


def test_unknown_decision_is_refused() -> None:
    with pytest.raises(ValueError, match="decision"):
        choose_documents({"action": "freeze"}, report("maybe"))
