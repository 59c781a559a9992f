"""End to end on every committed sample: scans in, the truth's request (and decision) out.

These run the real OCR on every page of every bundle (about a minute on two cores), once:
each bundle's extraction is cached for the session and checked by several tests.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extract import read_bundle
from service.demo import bundle_files
from tests.conftest import ROOT

pytestmark = pytest.mark.ocr

BUNDLES = sorted(p for p in (ROOT / "samples" / "bundles").iterdir() if (p / "truth.json").exists())
FIELDS = ("action", "court", "case_number", "respondent", "applicant", "amount", "freeze_period", "account_number")


@cache
def extracted(bundle: Path):
    return read_bundle(bundle_files(bundle))


def truth_of(bundle: Path) -> dict:
    return json.loads((bundle / "truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_fields_match_the_truth(bundle):
    request, truth = extracted(bundle).request.to_json(), truth_of(bundle)["request"]
    assert {f: request[f] for f in FIELDS} == {f: truth[f] for f in FIELDS}
    assert sorted(o["name"] for o in request["officers"]) == sorted(o["name"] for o in truth["officers"])


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_papers_and_pages_match_the_truth(bundle):
    """Each file's pages lie in the papers the truth says. The samples' truth lists a paper
    per file; a paper's later page in a file of its own is now part of that paper
    (`continued`), so each part is compared as the entry the truth gives it."""
    def parts(d):
        return [(d["type"], d["source"], tuple(d["pages"])),
                *((d["type"], c["source"], tuple(c["pages"])) for c in d.get("continued") or [])]

    request, truth = extracted(bundle).request.to_json(), truth_of(bundle)["request"]
    assert Counter(p for d in request["documents"] for p in parts(d)) == Counter(
        p for d in truth["documents"] for p in parts(d))


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_conflicts_and_flags_are_raised_exactly_where_planted(bundle):
    request, truth = extracted(bundle).request.to_json(), truth_of(bundle)
    assert sorted(c["field"] for c in request["conflicts"]) == sorted(truth.get("conflicts", []))
    assert sorted({f["field"] for f in request["flags"]}) == sorted(truth.get("flags", []))


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_decision_matches_the_truth(bundle):
    validate = pytest.importorskip("validate")
    truth = truth_of(bundle)
    accounts = json.loads((bundle / "accounts.json").read_text(encoding="utf-8"))
    report = validate.evaluate(extracted(bundle).request.to_json(), accounts, truth["pack"], dt.date.fromisoformat(truth["today"]))
    assert report["decision"] == truth["expected_decision"], [
        (f["rule"], f["message"]) for f in report["findings"] if f["outcome"] != "pass"
    ]


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_every_field_has_its_evidence(bundle):
    extraction = extracted(bundle)
    for name in ("case_number", "respondent.name"):
        evidence = extraction.evidence[name]
        assert evidence["source"] in {p.name for p in bundle_files(bundle)}
        x0, y0, x1, y1 = evidence["box"]
        assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
        assert 0 < evidence["confidence"] <= 1


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_the_answers_its_decision_calls_for_are_written(bundle, tmp_path):
    import pymupdf

    validate = pytest.importorskip("validate")
    generate = pytest.importorskip("generate")
    truth = truth_of(bundle)
    accounts = json.loads((bundle / "accounts.json").read_text(encoding="utf-8"))
    today = dt.date.fromisoformat(truth["today"])
    request = extracted(bundle).request.to_json()
    report = validate.evaluate(request, accounts, truth["pack"], today)
    outputs = generate.write_outputs(request, report, tmp_path, today=today)
    schema = json.loads((ROOT.parent / "shared" / "contract" / "request.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(
        {"request": request, "report": report, "outputs": outputs})
    kinds = {o["kind"] for o in outputs}
    assert "receipt" in kinds
    expected = {"assist": {"proof_of_service"}, "needs_correction": {"correction_notice", "proof_of_service"},
                "decline": {"refusal_notice", "proof_of_service"}, "needs_facts": set()}[truth["expected_decision"]]
    assert expected <= kinds
    for output in outputs:
        if output["format"] == "pdf":
            with pymupdf.open(output["path"]) as pdf:
                assert request["case_number"] in "".join(page.get_text() for page in pdf).replace(" ", "")


def test_sample_03s_correction_names_both_amounts_and_where_each_was_read(tmp_path):
    """The notice and the ruling of sample 03 state different amounts: the 补正 letter says both."""
    import re

    import pymupdf

    import generate
    import validate
    from extract.values import amount_to_chinese_capital, to_amount

    bundle = ROOT / "samples" / "bundles" / "03-sh-freeze-amount-conflict"
    truth = truth_of(bundle)
    accounts = json.loads((bundle / "accounts.json").read_text(encoding="utf-8"))
    extraction = extracted(bundle)
    (conflict,) = [c for c in extraction.request.conflicts if c.field == "amount"]
    report = validate.check_request(extraction.request, accounts, truth["pack"], dt.date.fromisoformat(truth["today"]))
    outputs = generate.write_outputs(extraction.request, report, tmp_path, today=dt.date.fromisoformat(truth["today"]))
    (letter,) = [o["path"] for o in outputs if o["kind"] == "correction_notice" and o["format"] == "pdf"]
    with pymupdf.open(letter) as pdf:
        text = re.sub(r"—\d+—", "", re.sub(r"\s+", "", "".join(page.get_text() for page in pdf)))
    for value in conflict.values:
        amount = to_amount(value.value)
        assert f"{value.where()}载明人民币{amount}元（大写：{amount_to_chinese_capital(amount)}）" in text
    assert "{" not in text and "'value'" not in text and ".txt" not in text
