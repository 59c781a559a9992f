"""Every document kind, rendered for several cases and read back as a court would.

The PDF is read with pdfplumber (not with the library that wrote it), measured against
GB/T 9704-2012's numbers, and checked for embedded faces; the DOCX is opened with
python-docx. Values are compared exactly: the case number, names, ID number, amounts in
figures and in capitals.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from decimal import Decimal

import docx
import pdfplumber
import pymupdf
import pytest

from generate import ALL_KINDS, EDITABLE_KINDS
from generate import gbt9704 as g
from generate.numerals import amount_to_chinese_capital
from tests.generate.cases import cases

MM = g.MM
TOLERANCE = 1 * MM
CASE_NAMES = [case.name for case in cases()]


def pdf_text(path: str) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def flat(text: str) -> str:
    """Text with line breaks removed: a long capital amount may wrap."""
    return re.sub(r"\s+", "", text)


def docx_text(path: str) -> str:
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_every_kind_is_rendered_at_least_twice(rendered) -> None:
    counts = Counter(o["kind"] for _, outputs in rendered.values() for o in outputs if o["format"] == "pdf")
    assert {kind: counts[kind] for kind in ALL_KINDS if counts[kind] < 2} == {}


@pytest.mark.parametrize("name", CASE_NAMES)
def test_documents_chosen(rendered, name: str) -> None:
    case, outputs = rendered[name]
    assert [o["kind"] for o in outputs if o["format"] == "pdf"] == case.kinds
    docx_kinds = [o["kind"] for o in outputs if o["format"] == "docx"]
    assert docx_kinds == [kind for kind in case.kinds if kind in EDITABLE_KINDS]
    for output in outputs:
        assert output["path"].endswith(f"{output['kind']}.{output['format']}")
        assert output["title"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_pdf_text_states_the_values(rendered, name: str) -> None:
    case, outputs = rendered[name]
    request = case.request
    texts = {o["kind"]: pdf_text(o["path"]) for o in outputs if o["format"] == "pdf"}
    for kind, text in texts.items():
        assert request["case_number"] in text, kind
        assert request["respondent"]["name"] in text, kind
        if kind != "proof_of_service":
            assert request["respondent"]["id_number"] in text, kind
    receipt = texts["receipt"]
    assert request["applicant"]["name"] in receipt
    if request.get("amount"):
        amount = Decimal(request["amount"])
        assert f"{request['amount']}元" in receipt
        assert amount_to_chinese_capital(amount) in flat(receipt)
    for officer in request["officers"]:
        assert officer["name"] in receipt
    everything = flat("\n".join(texts.values()))
    for value in case.must_contain:
        assert flat(value) in everything, value


@pytest.mark.parametrize("name", CASE_NAMES)
def test_layout_follows_gbt9704(rendered, name: str) -> None:
    """A4, text block inside 37/28/35/26 mm margins and touching them, page numbers outside."""
    _, outputs = rendered[name]
    for output in (o for o in outputs if o["format"] == "pdf"):
        with pdfplumber.open(output["path"]) as pdf:
            for page in pdf.pages:
                assert abs(page.width - g.PAGE_WIDTH) < 0.5 and abs(page.height - g.PAGE_HEIGHT) < 0.5
                body = [c for c in page.chars if c["top"] < g.TEXT_BOTTOM]
                numbers = [c for c in page.chars if c["top"] >= g.TEXT_BOTTOM]
                shapes = page.rects + page.lines
                objects = body + shapes
                left = min(o["x0"] for o in objects)
                right = max(o["x1"] for o in objects)
                top = min(o["top"] for o in objects)
                bottom = max(o["bottom"] for o in objects)
                where = f"{output['path']} page {page.page_number}"
                assert left >= g.TEXT_LEFT - TOLERANCE, where
                assert abs(top - g.TEXT_TOP) <= TOLERANCE, where
                assert right <= g.TEXT_RIGHT + TOLERANCE, where
                assert bottom <= g.TEXT_BOTTOM + TOLERANCE, where
                if page.page_number == 1:  # flush-left and full lines touch both side margins
                    assert abs(left - g.TEXT_LEFT) <= TOLERANCE, where
                    assert right >= g.TEXT_RIGHT - TOLERANCE, where
                # 「— n —」 below the text area: right on odd pages, left on even ones
                number = "".join(c["text"] for c in numbers)
                assert number.replace(" ", "") == f"—{page.page_number}—", where
                if page.page_number % 2:
                    assert max(c["x1"] for c in numbers) > page.width / 2, where
                else:
                    assert min(c["x0"] for c in numbers) < page.width / 2, where


def test_body_grid_is_28_by_22(rendered) -> None:
    """A full body line holds 28 characters; consecutive body lines are 225/22 mm apart."""
    _, outputs = rendered["freeze_full"]
    path = next(o["path"] for o in outputs if o["kind"] == "freeze_result")
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["size"] == pytest.approx(g.BODY_SIZE, abs=0.1)]
    rows: dict[float, list] = {}
    for char in chars:
        rows.setdefault(round(char["top"], 1), []).append(char)
    tops = sorted(rows)
    pitches = [round(b - a, 1) for a, b in itertools.pairwise(tops)]
    assert pytest.approx(g.LINE_PITCH, abs=0.2) in pitches
    cjk_full = [r for r in rows.values() if len(r) == 28 and all(ord(c["text"]) > 0x2E80 for c in r)]
    for row in cjk_full:
        assert row[-1]["x1"] == pytest.approx(g.TEXT_RIGHT, abs=TOLERANCE)


@pytest.mark.parametrize("name", ["freeze_full", "correction", "proof_of_service_case"])
def test_fonts_are_embedded(rendered, name: str) -> None:
    name = "freeze_full" if name == "proof_of_service_case" else name
    _, outputs = rendered[name]
    for output in (o for o in outputs if o["format"] == "pdf"):
        with pymupdf.open(output["path"]) as doc:
            for page in doc:
                fonts = page.get_fonts()
                assert fonts, output["path"]
                for _xref, ext, _type, basefont, _name, _encoding in fonts:
                    assert ext != "n/a", f"{basefont} not embedded in {output['path']}"
                assert any("Assistdesk Serif SC" in f[3] for f in fonts)


def test_rare_name_character_is_drawn(rendered) -> None:
    """堃 is outside GB 2312: it falls back to the shipped sans face, never to a box."""
    _, outputs = rendered["freeze_queued"]
    path = next(o["path"] for o in outputs if o["kind"] == "freeze_result")
    assert "欧阳堃" in pdf_text(path)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_docx_states_the_same_values(rendered, name: str) -> None:
    case, outputs = rendered[name]
    for output in (o for o in outputs if o["format"] == "docx"):
        pdf = next(o for o in outputs if o["kind"] == output["kind"] and o["format"] == "pdf")
        text = docx_text(output["path"])
        assert case.request["case_number"] in text
        assert case.request["respondent"]["name"] in text
        assert case.request["respondent"]["id_number"] in text
        for value in case.must_contain:
            if flat(value) in flat(pdf_text(pdf["path"])):
                assert flat(value) in flat(text), (output["kind"], value)
        document = docx.Document(output["path"])
        section = document.sections[0]
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
        assert [
            round(m.mm)
            for m in (section.top_margin, section.left_margin, section.bottom_margin, section.right_margin)
        ] == [37, 28, 35, 26]
        fonts = document.element.body.xpath(".//w:rFonts/@w:eastAsia")
        assert fonts and set(fonts) <= {"仿宋", "宋体", "黑体"}


def test_config_header_prefix_and_contacts_appear(rendered) -> None:
    _, outputs = rendered["freeze_full"]
    result = next(o for o in outputs if o["kind"] == "freeze_result" and o["format"] == "pdf")
    text = pdf_text(result["path"])
    assert text.splitlines()[0] == "上海市公积金管理中心"
    assert "沪公积金协〔2024〕" in text
    assert "联系电话：021-12329" in text
    assert "上海市公积金管理中心浦东管理部" in text
    docx_path = next(o for o in outputs if o["kind"] == "freeze_result" and o["format"] == "docx")["path"]
    assert "沪公积金协〔2024〕" in docx_text(docx_path)
    with pdfplumber.open(result["path"]) as pdf:
        header = next(c for c in pdf.pages[0].chars if c["text"] == "上")
        assert header["non_stroking_color"] in ((0.85, 0.0, 0.0), [0.85, 0.0, 0.0])
