"""From findings to the one decision the reviewer acts on.

The order is the contract's: a failed condition declines (supplying a paper does not cure
an unsettled loan), so it wins over a request for correction; a correction wins over
missing facts (the court must fix its papers whatever the account shows); missing facts
only decide when nothing else does; otherwise the centre assists.
"""

from __future__ import annotations

from collections.abc import Iterable

from validate.model import Finding


def effect_of(finding: Finding) -> str:
    """What this finding does to the decision: decline, correct, needs_facts or none."""
    return finding.effect if finding.outcome != "pass" else "none"


def decide(findings: Iterable[Finding]) -> str:
    effects = {effect_of(f) for f in findings}
    if "decline" in effects:
        return "decline"
    if "correct" in effects:
        return "needs_correction"
    if "needs_facts" in effects:
        return "needs_facts"
    return "assist"
