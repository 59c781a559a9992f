"""The editable DOCX lays out alike in Word, WPS and LibreOffice: 28 characters a line.

A character grid (docGrid linesAndChars with a negative charSpace) is what Word 公文 templates
use, but LibreOffice and WPS give every 16 pt character two cells of such a grid, so the
document relies on a line grid and condensed body text instead.
"""

from __future__ import annotations

import shutil
import subprocess

import pymupdf
import pytest
from docx import Document
from docx.oxml.ns import qn

DOCX_KIND = "freeze_result"


def _docx(rendered) -> str:
    for _, outputs in rendered.values():
        for output in outputs:
            if output["format"] == "docx" and output["kind"] == DOCX_KIND:
                return output["path"]
    raise AssertionError("no DOCX rendered")


def test_line_grid_and_condensed_body(rendered):
    document = Document(_docx(rendered))
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    spacing = document.styles["Normal"].element.rPr.find(qn("w:spacing"))
    assert int(spacing.get(qn("w:val"))) == -5  # 28 × (16 − 0.25) pt ≤ 442 pt


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_sets_full_lines(rendered, tmp_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), _docx(rendered)],
                   check=True, capture_output=True, timeout=180)
    (pdf,) = tmp_path.glob("*.pdf")
    with pymupdf.open(pdf) as doc:
        lines = [line for line in doc[0].get_text().splitlines() if len(line) >= 10]
    longest = max(sum("\u4e00" <= ch <= "\u9fff" for ch in line) for line in lines)
    assert longest >= 22, "a line of body text holds well over 14 characters"
