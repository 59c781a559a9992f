"""Another agency's answers (seed 002): every measure rendered, read back, in that agency's name.

Each measure's request is checked by `validate` against the yunfu pack on a Friday (the
next day, Saturday 11 May 2024, was a working day), written with no configuration passed
(so the pack's agency configuration must be chosen), and the PDF (pdfplumber) and DOCX
(python-docx) read back: the agency's name in the header and the signature, the case, the
respondent and the measure's object; never the fund centre's 「本中心」 or 住房公积金, no
English, no template placeholder, no internal code.
"""

from __future__ import annotations

import datetime
import re
import typing
from pathlib import Path

import docx
import pdfplumber
import pytest

import validate
from extract.contract import Measure
from generate import write_outputs
from generate.config import CentreConfig, Deployment
from generate.selection import AGENCY_RESULT_KINDS, EDITABLE_KINDS, RESULT_BY_MEASURE

TODAY = datetime.date(2024, 5, 10)
MEASURES = typing.get_args(Measure)
AGENCY_NAMES = {"police": "云浮市公安局", "land": "云浮市自然资源局", "housing": "云浮市住房和城乡建设局",
                "market": "云浮市市场监督管理局"}
SUBJECTS = {
    "police": {"plate": "粤W3K721", "vin": "LSVAM4187C2234561"},
    "land": {"certificate": "粤（2022）云浮市不动产权第0012345号", "location": "云浮市云城区兴云西路8号"},
    "housing": {"certificate": "粤（2021）云浮市不动产权第0023456号", "location": "云浮市云安区石城镇府前路3号"},
    "market": {"company": "云浮市石艺建材有限公司", "credit_code": "91445302MA4W1234X5", "share": "30%"},
}
PAPERS = {
    "query": ["query_form", "work_id", "duty_cert"],
    "locate": ["assist_notice", "work_id", "duty_cert"],
    "transfer": ["ruling", "assist_notice", "other", "work_id", "duty_cert"],
    "other": ["ruling", "assist_notice", "work_id", "duty_cert"],
}
IMMEDIATE = {"police.locate", "police.vehicle_seal", "land.seal", "land.unseal", "land.transfer",
             "housing.seal", "housing.unseal", "housing.transfer"}
ACTION_OF_STEP = {"query": "query", "seal": "freeze", "freeze": "freeze", "unseal": "unfreeze", "unfreeze": "unfreeze"}
"""The contract's nearest fund-centre word for a measure (transfers and locating have none)."""
INTERNAL = re.compile(r"[A-Za-z_{}]|None|未载明|示例")


def papers(measure: str) -> list[str]:
    step = measure.partition(".")[2]
    key = "query" if step.endswith("query") else "locate" if step == "locate" else (
        "transfer" if step.endswith("transfer") else "other")
    return PAPERS[key]


def request(measure: str, **overrides: typing.Any) -> dict[str, typing.Any]:
    agency = measure.partition(".")[0]
    base = {
        "measure": measure,
        "action": ACTION_OF_STEP.get(measure.partition(".")[2].rpartition("_")[2]),
        "court": "云浮市云城区人民法院",
        "case_number": "（2024）粤5302执88号",
        "respondent": {"name": "梁志強", "id_number": "445302198807124514"},
        "applicant": {"name": "云浮市恒信贸易有限公司"},
        "officers": [{"name": "陈国栋"}, {"name": "黄丽"}],
        "documents": [{"type": t, "source": "bundle.pdf", "pages": [i + 1], "sealed": True}
                      for i, t in enumerate(papers(measure))],
        "facts": {"locate_grounds": ["absconded_after_detention"], "disposal_completed": True,
                  "ownership_queried": True},
        "subject": SUBJECTS[agency],
    }
    base.update(overrides)
    return base


def pdf_text(path: str) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join((page.extract_text() or "") for page in pdf.pages).replace("\n", "")


def docx_text(path: str) -> str:
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "".join(parts)


def values_removed(text: str, req: dict[str, typing.Any]) -> str:
    """The text without the values read off the court's papers, which may hold Latin letters."""
    for value in (req["respondent"]["id_number"], *req["subject"].values()):
        text = text.replace(value, "")
    return text


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, tuple[dict, validate.Report, list[dict[str, str]]]]:
    out: dict[str, tuple[dict, validate.Report, list[dict[str, str]]]] = {}
    for measure in MEASURES:
        req = request(measure)
        report = validate.check_request(req, None, "yunfu-2017", TODAY)
        outputs = write_outputs(req, report, tmp_path_factory.mktemp(measure.replace(".", "-")), None, TODAY)
        out[measure] = (req, report, outputs)
    return out


def test_every_agency_kind_is_rendered(rendered) -> None:
    kinds = {o["kind"] for _, _, outputs in rendered.values() for o in outputs}
    assert set(AGENCY_RESULT_KINDS) <= kinds
    assert set(AGENCY_RESULT_KINDS) <= EDITABLE_KINDS


@pytest.mark.parametrize("measure", MEASURES)
def test_answers_in_the_agency_name(rendered, measure: str) -> None:
    req, report, outputs = rendered[measure]
    agency = AGENCY_NAMES[measure.partition(".")[0]]
    assert report.decision == "assist", [f.message for f in report.findings]
    result = RESULT_BY_MEASURE[measure]
    assert [(o["kind"], o["format"]) for o in outputs] == [
        (result, "pdf"), (result, "docx"), ("proof_of_service", "pdf")]
    texts = {(o["kind"], o["format"]): (pdf_text if o["format"] == "pdf" else docx_text)(o["path"])
             for o in outputs}
    for (kind, fmt), text in texts.items():
        where = f"{kind}.{fmt}"
        assert text.startswith(agency), where  # the letterhead, or the 送达回证's own title
        assert agency in text[len(agency):], where  # signed (or to be returned to) by the agency
        assert "本中心" not in text and "住房公积金" not in text and "公积金" not in text, where
        assert req["case_number"] in text and req["respondent"]["name"] in text, where
        leftover = INTERNAL.findall(values_removed(text, req))
        assert not leftover, (where, leftover)
    letter = texts[(result, "pdf")]
    assert "本局" in letter
    assert req["respondent"]["id_number"] in letter
    if measure.partition(".")[2] not in ("identity_query", "query", "locate"):
        for value in req["subject"].values():
            assert value in letter, value
    assert texts[(result, "docx")].replace(" ", "").find("特此") > 0
    served = texts[("proof_of_service", "pdf")]
    assert f"《{outputs[0]['title']}》" in served


@pytest.mark.parametrize("measure", MEASURES)
def test_reply_deadline_in_the_report(rendered, measure: str) -> None:
    """3 working days from Friday 10 May 2024 (Saturday 11 May worked) is Tuesday 14 May; the
    measures the seed says to carry out at once are due the day of receipt."""
    _, report, _ = rendered[measure]
    assert report.deadline is not None
    if measure in IMMEDIATE:
        assert (report.deadline.date, report.deadline.working_days, report.deadline.immediate) == (TODAY, 0, True)
        assert report.deadline.said == "应马上办理"
    else:
        assert (report.deadline.date, report.deadline.working_days) == (datetime.date(2024, 5, 14), 3)
        assert report.deadline.to_json()["immediate"] is False
        assert report.deadline.days_left(TODAY) == 4


def test_correction_in_the_agency_name(tmp_path: Path) -> None:
    """A vehicle seal without the 执行公务证: the police ask for it, as the police."""
    req = request("police.vehicle_seal", documents=[{"type": t, "sealed": True}
                                                    for t in ("ruling", "assist_notice", "work_id")])
    report = validate.check_request(req, None, "yunfu-2017", TODAY)
    assert report.decision == "needs_correction"
    outputs = write_outputs(req, report, tmp_path, None, TODAY)
    assert [o["kind"] for o in outputs if o["format"] == "pdf"] == ["correction_notice", "proof_of_service"]
    text = pdf_text(outputs[0]["path"])
    assert text.startswith("云浮市公安局") and "要求本局协助查封被执行人梁志強" in text
    assert "执行公务证" in text and "本中心" not in text and "住房公积金" not in text


def test_review_suggestion_in_the_agency_name(tmp_path: Path) -> None:
    """A court outside Yunfu: the bureau registers the seal and suggests review (seed 004 第二十条)."""
    req = request("housing.seal", court="广州市天河区人民法院")
    report = validate.check_request(req, None, "yunfu-2017", TODAY)
    assert report.decision == "assist"
    outputs = write_outputs(req, report, tmp_path, None, TODAY)
    kinds = [o["kind"] for o in outputs if o["format"] == "pdf"]
    assert kinds == ["seal_result", "review_suggestion", "proof_of_service"]
    text = pdf_text(next(o["path"] for o in outputs if o["kind"] == "review_suggestion"))
    assert text.startswith("云浮市住房和城乡建设局") and "第二十条" in text
    assert "本局已按贵院要求协助办理查封房产" in text and "住房公积金" not in text


def test_written_without_a_configuration_in_the_measure_agency_name(tmp_path: Path) -> None:
    """No configuration passed: the shipped deployment's agency for the pack and the measure."""
    req = request("market.equity_freeze")
    report = validate.check_request(req, None, "yunfu-2017", TODAY)
    police = Deployment.example().choose("yunfu-2017", None, "police.locate")
    outputs = write_outputs(req, report, tmp_path, None, TODAY)
    assert pdf_text(outputs[0]["path"]).startswith("云浮市市场监督管理局")
    assert (police.name, police.kind, police.we) == ("云浮市公安局", "police", "本局")
    assert CentreConfig.example().we == "本中心"
    assert CentreConfig(name="某县公安局交通警察大队", self_reference="本大队").we == "本大队"
