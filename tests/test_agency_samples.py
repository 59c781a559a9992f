"""The committed agency samples (samples/agencies/, seed 002): one per measure, each consistent
with the contract, and each one's answers — for the request its truth states, as a reviewer
would confirm it — written in that agency's name with the reply deadline the seed sets.

The papers' own reading is `bench`'s and the extraction tests' business; here the truth is
taken as read, so a broken pack, selection, template or configuration fails regardless of
how far extraction has come.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from pathlib import Path

import pdfplumber
import pytest
from jsonschema import Draft202012Validator

import validate
from extract.contract import Measure
from generate import write_outputs
from generate.selection import RESULT_BY_MEASURE
from tests.test_samples import _schema

ROOT = Path(__file__).resolve().parents[1] / "samples" / "agencies"
FOLDERS = sorted(p for p in ROOT.iterdir() if p.is_dir())


def _truth(folder: Path) -> dict:
    return json.loads((folder / "truth.json").read_text(encoding="utf-8"))


def test_one_sample_per_measure() -> None:
    assert sorted(_truth(f)["request"]["measure"] for f in FOLDERS) == sorted(typing.get_args(Measure))
    assert sum(p.stat().st_size for f in FOLDERS for p in f.iterdir()) < 1_500_000  # kept small


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_sample_answers_in_the_agency_name(folder: Path, tmp_path: Path) -> None:
    truth = _truth(folder)
    schema = _schema("request.schema.json")["properties"]["request"]
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(truth["request"])
    with pdfplumber.open(folder / "papers.pdf") as pdf:
        assert len(pdf.pages) == max(p for d in truth["request"]["documents"] for p in d["pages"])
    request = dict(truth["request"], facts=truth["facts"])
    today = dt.date.fromisoformat(truth["today"])
    report = validate.check_request(request, None, truth["pack"], today)
    assert report.decision == truth["expected_decision"], [f.message for f in report.findings]
    assert report.deadline is not None and report.deadline.date.isoformat() == truth["deadline"]
    outputs = write_outputs(request, report, tmp_path, None, today)
    measure = request["measure"]
    assert outputs[0]["kind"] == RESULT_BY_MEASURE[measure] and outputs[-1]["kind"] == "proof_of_service"
    with pdfplumber.open(outputs[0]["path"]) as pdf:
        letter = "".join(page.extract_text() or "" for page in pdf.pages).replace("\n", "")
    assert letter.startswith(truth["agency"]) and "本局" in letter
    assert "住房公积金" not in letter and "本中心" not in letter
    assert request["respondent"]["name"] in letter and request["case_number"] in letter
    for part, value in (request.get("subject") or {}).items():
        if part != "kind":
            assert value in letter, (part, value)  # what is sealed, transferred or published, as named
