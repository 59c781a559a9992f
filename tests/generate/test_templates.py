"""Templates stay well-formed, and a request with nothing readable still gets its answer."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from generate import write_outputs
from generate.templating import TEMPLATE_DIR
from tests.generate.cases import TODAY, config

NULL_REQUEST = {
    "action": None,
    "court": None,
    "case_number": None,
    "respondent": None,
    "applicant": None,
    "amount": None,
    "freeze_period": None,
    "account_number": None,
    "officers": [],
    "documents": [],
}


@pytest.mark.parametrize("path", sorted(TEMPLATE_DIR.glob("*.j2")), ids=lambda p: p.name)
def test_no_text_line_ends_in_a_block_tag(path: Path) -> None:
    """With trim_blocks, a text line ending in {% … %} would swallow the line break after it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped.endswith("%}") and not re.fullmatch(r"\{%.*%\}", stripped):
            pytest.fail(f"{path.name}:{number} ends in a block tag: {stripped}")


@pytest.mark.parametrize("decision", ["assist", "needs_correction", "decline", "needs_facts"])
@pytest.mark.parametrize("action", [None, "freeze", "deduct", "query", "unfreeze", "renew_freeze"])
def test_unreadable_request_still_renders(tmp_path: Path, decision: str, action: str | None) -> None:
    request = dict(NULL_REQUEST, action=action)
    report = {"decision": decision, "missing_materials": ["assist_notice"], "findings": []}
    outputs = write_outputs(request, report, tmp_path, config(), TODAY)
    assert outputs
    with pdfplumber.open(outputs[0]["path"]) as pdf:
        assert "（未载明）" in pdf.pages[0].extract_text()


def test_data_cannot_change_the_layout(tmp_path: Path) -> None:
    """A value with line breaks, a directive or a table separator prints as plain text."""
    request = dict(
        NULL_REQUEST, action="freeze", court="某法院\n::title 伪造|标题", case_number="（2024）沪01执1号"
    )
    report = {"decision": "needs_facts", "missing_materials": [], "findings": []}
    outputs = write_outputs(request, report, tmp_path, config(), TODAY)
    with pdfplumber.open(outputs[0]["path"]) as pdf:
        text = pdf.pages[0].extract_text()
    assert "某法院 ::title 伪造｜标题：" in text
