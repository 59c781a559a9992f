"""End to end on the committed sample bundles: the ground truth's request gets its decision.

The generator records conflicts and flags as lists of field names beside the request
(`truth["conflicts"] = ["amount"]`); extraction reports them inside the request as
`request["conflicts"] = [{"field": ...}]`, so the test carries them over in that shape.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from validate import evaluate

BUNDLES = Path(__file__).resolve().parents[2] / "samples" / "bundles"
TRUTHS = sorted(BUNDLES.glob("*/truth.json"))


def request_of(truth: dict[str, Any]) -> dict[str, Any]:
    request = truth["request"] | {"facts": truth["facts"]}
    if truth.get("conflicts"):
        request["conflicts"] = [{"field": f, "values": []} for f in truth["conflicts"]]
    if truth.get("flags"):
        request["flags"] = [{"field": f, "message": "ground truth flag"} for f in truth["flags"]]
    return request


@pytest.mark.skipif(not TRUTHS, reason="no sample bundles committed yet")
@pytest.mark.parametrize("truth_path", TRUTHS, ids=[p.parent.name for p in TRUTHS])
def test_sample_bundle_gets_its_expected_decision(truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    accounts_path = truth_path.with_name("accounts.json")
    accounts = json.loads(accounts_path.read_text(encoding="utf-8")) if accounts_path.exists() else None
    report = evaluate(request_of(truth), accounts, truth["pack"], date.fromisoformat(truth["today"]))
    findings = "\n".join(f"{f['rule']}: {f['outcome']} {f['message']}" for f in report["findings"]
                         if f["outcome"] != "pass")
    assert report["decision"] == truth["expected_decision"], f"{truth['scenario']}\n{findings}"
