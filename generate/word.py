"""The same blocks as an editable DOCX, for the letters a clerk may revise before sending.

Word and WPS do not embed fonts, so the DOCX names faces (``CentreConfig.word_fonts``)
and sets them for East-Asian text through ``w:eastAsia``: without it Word applies the
Latin face to Chinese characters and falls back to whatever it finds. The page follows
GB/T 9704-2012 as the PDF does: A4, margins 37/28/35/26 mm, a document grid of 22 lines
of 28 characters, page numbers 「— 1 —」 right on odd pages and left on even ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from generate import gbt9704 as g
from generate.config import CentreConfig
from generate.markup import Block, signature_at, strip_markers

LINE_PITCH_TWIPS = round(g.LINE_PITCH * 20)  # 579: the grid of 22 lines
CONDENSE_TWENTIETHS = -5
"""−0.25 pt a character: 28 × 15.75 pt fill the 156 mm (442 pt) line."""
RED = RGBColor(0xD9, 0x00, 0x00)


def _condense(style, twentieths: int) -> None:
    """Character spacing of the style, in twentieths of a point (negative: condensed)."""
    rpr = style.element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(qn("w:val"), str(twentieths))


def _set_fonts(
    run_or_style, face: str, size: float, bold: bool = False, color: RGBColor | None = None
) -> None:
    """Set the face for Latin and East-Asian text alike, the size, weight and colour."""
    run_or_style.font.name = face
    run_or_style.font.size = Pt(size)
    run_or_style.font.bold = bold
    if color is not None:
        run_or_style.font.color.rgb = color
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), face)


def _spacing(paragraph: Paragraph, pitch: float = g.LINE_PITCH) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(pitch)


def _add(
    document,
    text: str,
    face: str,
    size: float,
    *,
    bold: bool = False,
    color: RGBColor | None = None,
    align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_indent_chars: float = 0.0,
    pitch: float = g.LINE_PITCH,
    right_indent: float = 0.0,
) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    _spacing(paragraph, pitch)
    if first_indent_chars:
        paragraph.paragraph_format.first_line_indent = Pt(first_indent_chars * g.CHAR_PITCH)
    if right_indent:
        paragraph.paragraph_format.right_indent = Pt(right_indent)
    run = paragraph.add_run(strip_markers(text))
    _set_fonts(run, face, size, bold, color)
    return paragraph


def _page_number_footer(footer, align, fonts_face: str) -> None:
    """「— PAGE —」 as a field, so Word numbers the pages itself."""
    paragraph = footer.paragraphs[0]
    paragraph.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = Pt(g.CHAR_PITCH)
    else:
        paragraph.paragraph_format.left_indent = Pt(g.CHAR_PITCH)

    def text(value: str) -> None:
        _set_fonts(paragraph.add_run(value), fonts_face, g.PAGE_NUMBER_SIZE)

    text("— ")
    for kind, value in (("begin", None), (None, " PAGE "), ("end", None)):
        run = paragraph.add_run()
        _set_fonts(run, fonts_face, g.PAGE_NUMBER_SIZE)
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = value
            run._r.append(instruction)
    text(" —")


def _page_setup(document, config: CentreConfig) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(28) - Pt(g.PAGE_NUMBER_SIZE)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    document.settings.odd_and_even_pages_header_footer = True
    _page_number_footer(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, config.word_fonts.title)
    _page_number_footer(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, config.word_fonts.title)
    normal = document.styles["Normal"]
    _set_fonts(normal, config.word_fonts.body, g.BODY_SIZE)
    # 28 characters of 16 pt on a 156 mm line: each is condensed by a quarter point. A
    # character grid (docGrid linesAndChars, charSpace −849) does the same in Word only:
    # LibreOffice and WPS give every 16 pt character two of its 15.8 pt cells.
    _condense(normal, CONDENSE_TWENTIETHS)
    # Word's East-Asian language tag, so that line breaking follows Chinese rules
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)


def _signature(document, signature: str | None, date: str | None, face: str) -> None:
    """Date 右空四字 with the signature centred over it, as in the PDF (room for the seal)."""
    sig_len = len(signature or "")
    date_len = len(date or "") * 0.75  # digits are half width
    for _ in range(2):
        _add(document, "", face, g.BODY_SIZE)
    if sig_len > date_len:
        sig_right = g.LONG_SIGNATURE_RIGHT_INDENT_CHARS
        date_right = sig_right + (sig_len - date_len) / 2
    else:
        date_right = g.DATE_RIGHT_INDENT_CHARS
        sig_right = date_right + (date_len - sig_len) / 2
    if signature:
        _add(
            document,
            signature,
            face,
            g.BODY_SIZE,
            align=WD_ALIGN_PARAGRAPH.RIGHT,
            right_indent=sig_right * g.CHAR_PITCH,
        )
    if date:
        _add(
            document,
            date,
            face,
            g.BODY_SIZE,
            align=WD_ALIGN_PARAGRAPH.RIGHT,
            right_indent=date_right * g.CHAR_PITCH,
        )


def _table(document, rows: Sequence[Block], face: str) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = table.add_row().cells
        cells[0].width = Mm(39)
        cells[1].width = Mm(117)
        label = cells[0].paragraphs[0]
        label.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_fonts(label.add_run(row.label), face, g.BODY_SIZE)
        value = cells[1].paragraphs[0]
        _set_fonts(value.add_run(strip_markers(row.text)), face, g.BODY_SIZE)
        for _ in range(max(0, row.min_lines - 1)):
            extra = cells[1].add_paragraph()
            _set_fonts(extra.add_run(""), face, g.BODY_SIZE)
        if row.style == "sign":
            stamp = cells[1].paragraphs[-1]
            stamp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_fonts(stamp.add_run("年　　月　　日"), face, g.BODY_SIZE)


def render_docx(blocks: Sequence[Block], path: Path, config: CentreConfig, title: str) -> None:
    """Write ``blocks`` as a DOCX at ``path``."""
    fonts = config.word_fonts
    document = Document()
    _page_setup(document, config)
    document.core_properties.title = title
    document.core_properties.author = config.signatory
    # python-docx starts with one empty paragraph in some templates; start clean
    body = document.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)

    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind = block.kind
        if kind == "header":
            _add(
                document,
                block.text,
                fonts.title,
                g.HEADER_SIZE,
                bold=True,
                color=RED,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                pitch=1.25 * g.HEADER_SIZE,
            )
            if index + 1 < len(blocks) and blocks[index + 1].kind == "docno":
                _add(document, "", fonts.body, g.BODY_SIZE)
        elif kind == "docno":
            paragraph = _add(document, block.text, fonts.body, g.BODY_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)
            _red_rule(paragraph)
            _add(document, "", fonts.body, g.BODY_SIZE)
        elif kind == "title":
            _add(
                document,
                block.text,
                fonts.title,
                g.TITLE_SIZE,
                bold=fonts.title_bold,
                align=WD_ALIGN_PARAGRAPH.CENTER,
                pitch=g.TITLE_LINE_PITCH,
            )
            if index + 1 >= len(blocks) or blocks[index + 1].kind not in ("title", "subtitle"):
                _add(document, "", fonts.body, g.BODY_SIZE)
        elif kind == "subtitle":
            _add(document, block.text, fonts.body, g.BODY_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind in ("addressee", "plain"):
            _add(document, block.text, fonts.body, g.BODY_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "para":
            _add(document, block.text, fonts.body, g.BODY_SIZE, first_indent_chars=2)
        elif kind == "heading":
            _add(document, block.text, fonts.heading, g.BODY_SIZE, first_indent_chars=2)
        elif kind == "blank":
            _add(document, "", fonts.body, g.BODY_SIZE)
        elif kind in ("signature", "date"):
            signature, date, index = signature_at(blocks, index)
            _signature(document, signature, date, fonts.body)
        elif kind == "note":
            _add(document, block.text, fonts.body, g.BODY_SIZE, first_indent_chars=2)
        elif kind == "row":
            rows = []
            while index < len(blocks) and blocks[index].kind == "row":
                rows.append(blocks[index])
                index += 1
            _table(document, rows, fonts.body)
            continue
        index += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def _red_rule(paragraph: Paragraph) -> None:
    """The red rule under the document number, as the paragraph's bottom border."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "8"), ("w:color", "D90000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # CT_PPr is a sequence: pBdr must precede these, or Word reports unreadable content
    ppr.insert_element_before(
        borders,
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    )
