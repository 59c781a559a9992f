"""Our own extraction reads a generated PDF back into the values it was written from.

A court clerk's system, or ours on the next exchange, must read the answer without
retyping: the case number, the court, the respondent's name and ID number, the applicant
and the amount come back exactly.
"""

from __future__ import annotations

import pytest

from tests.generate.cases import cases

try:
    from extract import read_bundle
except ImportError as exc:  # the extraction API lands separately
    pytest.skip(f"extract.read_bundle is not importable yet: {exc}", allow_module_level=True)

CASE_NAMES = [case.name for case in cases()]
AMOUNT_FIRST = {"receipt", "freeze_result", "refusal_notice"}
"""Kinds whose first amount is the one the court asked for (results state several)."""


@pytest.mark.parametrize("name", CASE_NAMES)
def test_extract_reads_every_document_back(rendered, name: str) -> None:
    case, outputs = rendered[name]
    sent = case.request
    for output in (o for o in outputs if o["format"] == "pdf"):
        read = read_bundle([output["path"]]).request.to_json()
        kind = output["kind"]
        assert read["case_number"] == sent["case_number"], kind
        if kind == "proof_of_service":
            assert (read["applicant"] or {}).get("name") == sent["applicant"]["name"], kind
            continue
        assert read["court"] == sent["court"], kind
        assert read["action"] == sent["action"], kind
        assert read["respondent"] == sent["respondent"], kind
        if kind == "receipt":
            assert read["applicant"] == sent["applicant"], kind
        if kind in AMOUNT_FIRST and sent.get("amount"):
            assert read["amount"] == sent["amount"], kind
