"""The centre's own application to the court (seed 000 第五条), from its committed sample papers.

The papers under samples/applications/ are read as a clerk's upload would be (text layers,
each page told by its title), checked by the `application.*` rules, and the 强制执行申请书 is
read back from its PDF and DOCX; the same papers filed before the ten days after the
reminder's service are refused with one Chinese line, and so is a bundle missing a material.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pdfplumber
import pytest

from extract.application import read_application
from service.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "applications" / "01-sh-penalty-application"
TRUTH = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))
PAPERS = sorted(SAMPLE.glob("*.pdf"))


def test_the_papers_are_read_as_printed() -> None:
    app = read_application(PAPERS)
    assert app.decision_number == TRUTH["decision_number"]
    assert app.reminder_number == TRUTH["reminder_number"]
    assert app.decision_served.isoformat() == TRUTH["decision_served"]
    assert app.reminder_served.isoformat() == TRUTH["reminder_served"]
    assert app.court == TRUTH["court"] and app.respondent.name == TRUTH["respondent"]
    assert str(app.amount) == "30000.00"
    assert sorted({p.type for p in app.papers}) == [
        "administrative_decision", "centre_identity", "evidence", "reminder", "respondent_identity",
        "service_proof"]
    assert {p.serves for p in app.papers if p.type == "service_proof"} == {"administrative_decision", "reminder"}


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in doc.pages))
    return re.sub(r"—\d+—", "", text)  # the page numbers under each page


def test_the_application_is_written_after_the_ten_days(tmp_path: Path, capsys) -> None:
    filing = next(f for f in TRUTH["filings"] if f["expected_decision"] == "assist")
    rc = main(["application", *map(str, PAPERS), "--filed", filing["filed"], "--out", str(tmp_path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["refused"] is None and out["report"]["decision"] == "assist"
    assert {f["rule"]: f["outcome"] for f in out["report"]["findings"] if f["rule"].startswith("application.")} == {
        "application.reminder_served": "pass", "application.within_three_months": "pass",
        "application.materials": "pass"}
    pdf = _text(tmp_path / "enforcement_application.pdf")
    word = re.sub(r"\s+", "", "".join(p.text for p in docx.Document(tmp_path / "enforcement_application.docx")
                                      .paragraphs))
    for text in (pdf, word):
        assert text.startswith("强制执行申请书")
        assert "申请人：上海市公积金管理中心" in text and f"被申请人：{TRUTH['respondent']}" in text
        assert f"{TRUTH['decision_number']}《行政处罚决定书》" in text
        assert "于2024年1月15日送达被申请人" in text and "法定起诉期限已于2024年7月15日届满" in text
        assert "于2024年7月25日送达被申请人" in text and "此致上海市浦东新区人民法院" in text
        assert "第五条（一）" in text and "行政强制法》第五十三条、第五十四条" in text
        assert "附件：1.《行政处罚决定书》" in text and "及送达回证" in text and "5.证据材料（询问笔录）" in text
        assert text.endswith("申请人：上海市公积金管理中心2024年8月12日")
        leftover = re.findall(r"[A-LN-Za-z_{}]|None|未载明", text.replace("91310115MA1H7Q2K5R", ""))
        assert not leftover, leftover


def test_refused_in_chinese_before_the_ten_days(tmp_path: Path, capsys) -> None:
    filing = next(f for f in TRUTH["filings"] if f["expected_decision"] == "decline")
    rc = main(["application", *map(str, PAPERS), "--filed", filing["filed"], "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and not (tmp_path / "enforcement_application.pdf").exists()
    assert len(err.splitlines()) == 1
    assert "2024年8月6日前不得申请强制执行" in err and "暂不能申请强制执行" in err
    assert not re.search(r"[A-Za-z]{3,}", err.removeprefix("assistdesk:"))


@pytest.mark.parametrize(("left_out", "named"), [("identity.pdf", "相关主体证明材料"), ("evidence.pdf", "证据材料")])
def test_refused_when_a_material_is_missing(tmp_path: Path, capsys, left_out: str, named: str) -> None:
    papers = [p for p in PAPERS if p.name != left_out]
    rc = main(["application", *map(str, papers), "--filed", "2024-08-12", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 2 and "申请材料不全" in err and named in err
    assert not (tmp_path / "enforcement_application.pdf").exists()
