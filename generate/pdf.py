"""Lay out a document's blocks on GB/T 9704-2012 pages and write the PDF with PyMuPDF.

Every character is placed by this module (not by a text-flow engine) so that the grid of
the standard holds exactly: 28 full-width characters to a 156 mm line, 22 lines to the
225 mm text area, margins 37/28/35/26 mm. Half-width characters (digits of an ID number
or an amount) keep their own narrower advance. Lines that end early because a value was
kept whole stay ragged rather than being stretched into gaps.

The layout runs in three steps: blocks become flow items (lines, rules, table rows, each
with the glyphs it draws), the items are paginated (keeping a heading with what follows
and the signature with the last lines of the text, so the seal never stands alone on a
page), and the pages are drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from generate import gbt9704 as g
from generate.markup import Block, signature_at, strip_markers
from generate.typefaces import face_for, font
from generate.typesetting import Line, break_lines

ASCENT = 0.80
"""Baseline below the top of a line slot, as a fraction of the font size (CJK ink top ≈ 0.83)."""
DESCENT = 0.29
TABLE_LABEL_CHARS = 7
TABLE_PAD = 0.5 * g.CHAR_PITCH


@dataclass(frozen=True)
class Glyph:
    """One character at a position relative to the item's top."""

    x: float
    dy: float
    char: str
    face: str
    size: float
    color: tuple[float, float, float] = g.BLACK


@dataclass(frozen=True)
class Stroke:
    """A line or rectangle relative to the item's top."""

    x0: float
    dy0: float
    x1: float
    dy1: float
    color: tuple[float, float, float] = g.BLACK
    width: float = 0.75
    rect: bool = False


@dataclass
class FlowItem:
    """Something that takes vertical room: a text line, a rule, a table row, a blank line."""

    advance: float
    extent: float
    glyphs: list[Glyph] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)
    glue: bool = False
    """Keep on the same page as the item before it."""
    blank: bool = False
    """Dropped when it would open a page."""
    optional: bool = False
    """Dropped when that lets its group stay on the page (GB/T 9704 allows 调整行距 so
    that the signature and date need not go to a page of their own)."""


# --------------------------------------------------------------------------- measuring


@functools.cache
def char_advance(face: str, char: str, size: float) -> float:
    """Advance of ``char``: full-width glyphs on the 28-a-line pitch, others their own width."""
    actual = face_for(face, char)
    width = font(actual).text_length(char, size)
    if width >= 0.95 * size:
        return size * g.CHAR_PITCH / g.BODY_SIZE
    return width


def measurer(face: str, size: float) -> Callable[[str], float]:
    """A function giving the natural width of a piece of text in this face and size."""

    def measure(text: str) -> float:
        return sum(char_advance(face, char, size) for char in strip_markers(text))

    return measure


def set_line(
    line: Line,
    x: float,
    available: float,
    face: str,
    size: float,
    dy: float,
    color: tuple[float, float, float] = g.BLACK,
    justify: bool = True,
) -> list[Glyph]:
    """Glyphs for one line, stretched to the full width when it is nearly full and not last."""
    gap = 0.0
    leftover = available - line.width
    if justify and not line.last and len(line.units) > 1 and 0 < leftover <= 1.5 * g.CHAR_PITCH:
        gap = leftover / (len(line.units) - 1)
    glyphs: list[Glyph] = []
    for unit in line.units:
        for char in unit:
            glyphs.append(Glyph(x, dy, char, face_for(face, char), size, color))
            x += char_advance(face, char, size)
        x += gap
    return glyphs


def text_item(glyphs: list[Glyph], size: float, pitch: float, glue: bool = False) -> FlowItem:
    return FlowItem(advance=pitch, extent=(ASCENT + DESCENT) * size, glyphs=glyphs, glue=glue)


def blank_item(glue: bool = False, optional: bool = False) -> FlowItem:
    return FlowItem(advance=g.LINE_PITCH, extent=0.0, blank=True, glue=glue, optional=optional)


# --------------------------------------------------------------------------- blocks → items


def wrapped(
    text: str,
    face: str,
    size: float,
    pitch: float,
    indent_chars: float = 0.0,
    align: str = "justify",
    color: tuple[float, float, float] = g.BLACK,
    left: float = g.TEXT_LEFT,
    width: float = g.TEXT_WIDTH,
    glue_first: bool = False,
) -> list[FlowItem]:
    """Break a paragraph into line items (justify, left or centre)."""
    measure = measurer(face, size)
    indent = indent_chars * size * g.CHAR_PITCH / g.BODY_SIZE
    items: list[FlowItem] = []
    for number, line in enumerate(break_lines(text, width, measure, indent)):
        line_indent = indent if number == 0 else 0.0
        available = width - line_indent
        x = left + (width - line.width) / 2 if align == "center" else left + line_indent
        glyphs = set_line(line, x, available, face, size, ASCENT * size, color, justify=align == "justify")
        items.append(text_item(glyphs, size, pitch, glue=glue_first and number == 0))
    return items


def header_items(text: str) -> list[FlowItem]:
    """发文机关标志: red bold, centred, shrunk to fit one line."""
    natural = measurer("serif_bold", 1.0)(text)
    size = min(g.HEADER_SIZE, g.TEXT_WIDTH / natural if natural else g.HEADER_SIZE)
    return wrapped(text, "serif_bold", size, 1.25 * size, align="center", color=g.RED)


def rule_item() -> FlowItem:
    """The red rule under the document number, as wide as the text area."""
    return FlowItem(
        advance=g.RULE_DROP + 0.5 * g.LINE_PITCH,
        extent=g.RULE_DROP,
        strokes=[Stroke(g.TEXT_LEFT, g.RULE_DROP, g.TEXT_RIGHT, g.RULE_DROP, g.RED, 1.0)],
        glue=True,
    )


def signature_items(signature: str | None, date: str | None) -> list[FlowItem]:
    """Signature and date, placed for a seal: date 右空四字, signature centred over it.

    When the signature is longer than the date, the signature goes 右空二字 and the date
    centres under it (GB/T 9704-2012 §7.3.5.1). Two blank lines above leave the seal room
    to sit one line below the text.
    """
    measure = measurer("serif", g.BODY_SIZE)
    sig_w = measure(signature or "")
    date_w = measure(date or "")
    if sig_w > date_w:
        sig_right = g.TEXT_RIGHT - g.LONG_SIGNATURE_RIGHT_INDENT_CHARS * g.CHAR_PITCH
        centre = sig_right - sig_w / 2
    else:
        date_right = g.TEXT_RIGHT - g.DATE_RIGHT_INDENT_CHARS * g.CHAR_PITCH
        centre = date_right - date_w / 2
    items = [blank_item(glue=True, optional=True), blank_item(glue=True)]
    for text, width in ((signature, sig_w), (date, date_w)):
        if not text:
            continue
        line = Line([text], width, last=True)
        glyphs = set_line(line, centre - width / 2, width, "serif", g.BODY_SIZE, ASCENT * g.BODY_SIZE)
        items.append(text_item(glyphs, g.BODY_SIZE, g.LINE_PITCH, glue=True))
    return items


def row_item(block: Block) -> FlowItem:
    """A table row: label cell and value cell, bordered, at least ``min_lines`` high."""
    size = g.BODY_SIZE
    label_w = TABLE_LABEL_CHARS * g.CHAR_PITCH
    value_left = g.TEXT_LEFT + label_w
    value_w = g.TEXT_WIDTH - label_w
    label_lines = break_lines(block.label, label_w - 2 * TABLE_PAD, measurer("serif", size))
    value_lines = (
        break_lines(block.text, value_w - 2 * TABLE_PAD, measurer("serif", size)) if block.text else []
    )
    lines_needed = max(
        block.min_lines, len(label_lines), len(value_lines) + (1 if block.style == "sign" else 0)
    )
    height = lines_needed * g.LINE_PITCH
    glyphs: list[Glyph] = []
    top_pad = (g.LINE_PITCH - size) / 2
    label_top = (height - len(label_lines) * g.LINE_PITCH) / 2
    for number, line in enumerate(label_lines):
        x = g.TEXT_LEFT + (label_w - line.width) / 2
        dy = label_top + number * g.LINE_PITCH + top_pad + ASCENT * size
        glyphs += set_line(line, x, line.width, "serif", size, dy, justify=False)
    for number, line in enumerate(value_lines):
        dy = number * g.LINE_PITCH + top_pad + ASCENT * size
        glyphs += set_line(line, value_left + TABLE_PAD, value_w - 2 * TABLE_PAD, "serif", size, dy)
    if block.style == "sign":
        stamp = "年　　月　　日"
        width = measurer("serif", size)(stamp)
        x = g.TEXT_RIGHT - TABLE_PAD - g.CHAR_PITCH - width
        dy = (lines_needed - 1) * g.LINE_PITCH + top_pad + ASCENT * size
        glyphs += set_line(Line([stamp], width, last=True), x, width, "serif", size, dy)
    strokes = [
        Stroke(g.TEXT_LEFT, 0, g.TEXT_RIGHT, height, rect=True),
        Stroke(value_left, 0, value_left, height),
    ]
    return FlowItem(advance=height, extent=height, glyphs=glyphs, strokes=strokes, glue=True)


def flow(blocks: Sequence[Block]) -> list[FlowItem]:
    """Turn blocks into flow items, adding the spacing the standard prescribes."""
    items: list[FlowItem] = []
    index = 0
    previous = ""
    while index < len(blocks):
        block = blocks[index]
        kind = block.kind
        if kind == "header":
            items += header_items(block.text)
            nxt = blocks[index + 1].kind if index + 1 < len(blocks) else ""
            if nxt == "docno":
                items += [blank_item(glue=True), blank_item(glue=True)]
            elif nxt != "header":
                items += [rule_item(), blank_item(glue=True), blank_item(glue=True)]
        elif kind == "docno":
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, align="center")
            if previous == "header":
                items += [rule_item(), blank_item(glue=True), blank_item(glue=True)]
            else:
                items.append(blank_item(glue=True))
        elif kind == "title":
            items += wrapped(block.text, "serif_bold", g.TITLE_SIZE, g.TITLE_LINE_PITCH, align="center")
            nxt = blocks[index + 1].kind if index + 1 < len(blocks) else ""
            if nxt not in ("title", "subtitle"):
                items.append(blank_item(glue=True))
        elif kind == "subtitle":
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, align="center")
            nxt = blocks[index + 1].kind if index + 1 < len(blocks) else ""
            if nxt not in ("title", "subtitle"):
                items.append(blank_item(glue=True))
        elif kind == "addressee":
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, align="justify")
        elif kind == "para":
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, indent_chars=2)
        elif kind == "heading":
            heading = wrapped(block.text, "sans", g.BODY_SIZE, g.LINE_PITCH, indent_chars=2)
            items += heading
            index += 1
            previous = kind
            # keep the heading with the first line of what follows
            if index < len(blocks):
                following = flow([blocks[index]]) if blocks[index].kind in ("para", "plain") else []
                if following:
                    following[0].glue = True
                    items += following
                    index += 1
            continue
        elif kind == "plain":
            if previous == "row":  # a little air between a table and the note under it
                items.append(FlowItem(advance=0.4 * g.LINE_PITCH, extent=0.0, blank=True))
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, align="left")
        elif kind == "blank":
            items.append(blank_item())
        elif kind in ("signature", "date"):
            signature, date, index = signature_at(blocks, index)
            if items:
                # the seal must not open a page alone: take the text's last line along
                last_text = next((i for i in reversed(items) if not i.blank), None)
                if last_text is not None:
                    last_text.glue = True
            items += signature_items(signature, date)
        elif kind == "note":
            items += wrapped(block.text, "serif", g.BODY_SIZE, g.LINE_PITCH, indent_chars=2, glue_first=True)
        elif kind == "row":
            row = row_item(block)
            row.glue = previous == "row"
            items.append(row)
        previous = kind
        index += 1
    return items


# --------------------------------------------------------------------------- pagination


def paginate(items: Sequence[FlowItem]) -> list[list[tuple[float, FlowItem]]]:
    """Place items on pages, moving a glued group whole to the next page when it does not fit."""
    groups: list[list[FlowItem]] = []
    for item in items:
        if item.glue and groups:
            groups[-1].append(item)
        else:
            groups.append([item])

    pages: list[list[tuple[float, FlowItem]]] = [[]]
    y = g.TEXT_TOP

    def group_extent(group: Sequence[FlowItem]) -> float:
        return sum(i.advance for i in group[:-1]) + group[-1].extent

    for group in groups:
        if y + group_extent(group) > g.TEXT_BOTTOM + 0.01:
            tighter = [item for item in group if not item.optional]
            if y + group_extent(tighter) <= g.TEXT_BOTTOM + 0.01:
                group = tighter
        fits = y + group_extent(group) <= g.TEXT_BOTTOM + 0.01
        fits_fresh = g.TEXT_TOP + group_extent(group) <= g.TEXT_BOTTOM + 0.01
        if not fits and pages[-1] and fits_fresh:
            pages.append([])
            y = g.TEXT_TOP
        for item in group:
            if item.blank and not pages[-1]:
                continue  # never open a page with empty lines
            if y + item.extent > g.TEXT_BOTTOM + 0.01 and pages[-1]:
                pages.append([])
                y = g.TEXT_TOP
                if item.blank:
                    continue
            pages[-1].append((y, item))
            y += item.advance
    return [page for page in pages if page] or [[]]


# --------------------------------------------------------------------------- drawing


def draw_page_number(page: pymupdf.Page, number: int) -> None:
    """「— 1 —」 in 4号, 7 mm under the text area: right on odd pages, left on even, 空一字."""
    text = f"— {number} —"
    size = g.PAGE_NUMBER_SIZE
    measure = measurer("serif", size)
    width = measure(text)
    x = g.TEXT_RIGHT - g.CHAR_PITCH - width if number % 2 else g.TEXT_LEFT + g.CHAR_PITCH
    baseline = g.TEXT_BOTTOM + g.PAGE_NUMBER_DROP + 0.3 * size
    writer = pymupdf.TextWriter(page.rect)
    for char in text:
        writer.append((x, baseline), char, font=font(face_for("serif", char)), fontsize=size)
        x += char_advance("serif", char, size)
    writer.write_text(page)


def draw(doc: pymupdf.Document, pages: Sequence[Sequence[tuple[float, FlowItem]]]) -> None:
    """Draw paginated items onto new A4 pages of ``doc``."""
    for number, placed in enumerate(pages, start=1):
        page = doc.new_page(width=g.PAGE_WIDTH, height=g.PAGE_HEIGHT)
        writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}
        for y, item in placed:
            for glyph in item.glyphs:
                writer = writers.setdefault(glyph.color, pymupdf.TextWriter(page.rect))
                writer.append((glyph.x, y + glyph.dy), glyph.char, font=font(glyph.face), fontsize=glyph.size)
            for stroke in item.strokes:
                if stroke.rect:
                    rect = pymupdf.Rect(stroke.x0, y + stroke.dy0, stroke.x1, y + stroke.dy1)
                    page.draw_rect(rect, color=stroke.color, width=stroke.width)
                else:
                    page.draw_line(
                        (stroke.x0, y + stroke.dy0),
                        (stroke.x1, y + stroke.dy1),
                        color=stroke.color,
                        width=stroke.width,
                    )
        for color, writer in writers.items():
            writer.write_text(page, color=color)
        draw_page_number(page, number)


def render_pdf(blocks: Sequence[Block], path: Path, title: str, author: str, subject: str = "") -> int:
    """Write ``blocks`` as a GB/T 9704 PDF at ``path``; returns the number of pages."""
    doc = pymupdf.open()
    pages = paginate(flow(blocks))
    draw(doc, pages)
    doc.set_metadata({"title": title, "author": author, "subject": subject, "creator": "assistdesk"})
    subset_fonts(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path), garbage=3, deflate=True)
    count = doc.page_count
    doc.close()
    return count


def subset_fonts(doc: pymupdf.Document) -> None:
    """Keep only the glyphs used: tens of KB instead of ~3 MB per face.

    The faces are TrueType, which MuPDF subsets itself; a failed subset leaves the PDF
    larger, never wrong, so it must not lose the document.
    """
    try:
        doc.subset_fonts()
    except Exception:
        return
