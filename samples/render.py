"""Lay document texts out on A4 pages and cards with PyMuPDF, and rasterise them.

Layout follows GB/T 9704 loosely (A4, 37 mm top / 28 mm left margins, title about 22 pt,
body 14-16 pt), with enough variation in sizes and fonts that pages do not all look
alike. Each rendered document keeps where its anchors (the date line) landed, so the
defects step can put the court seal over the date as a real one would.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field

import numpy as np
import pymupdf
from PIL import Image

from samples.fonts import FontFace
from samples.wordings import Block, CardText, DocText

A4 = (595.0, 842.0)
MM = 72 / 25.4
NO_LINE_START = set("，。、；：）》」』？！,.;:)")
NO_LINE_END = set("（《「『(")
TOKEN = re.compile(r"[0-9A-Za-z¥.,:\-]+|.", re.S)
CARD = (85.6 * MM * 1.25, 54 * MM * 1.25)  # drawn a bit larger than life, scaled when placed


@dataclass
class Rendered:
    """A rendered document: its vector pages and, per page, named anchor rectangles."""

    kind: str
    pdf: pymupdf.Document
    anchors: list[dict[str, pymupdf.Rect]] = field(default_factory=list)
    seal_text: str = ""
    font: FontFace | None = None


class _Writer:
    """Flows blocks down the page, starting new pages when the text area is full."""

    def __init__(self, font: FontFace, rng: random.Random) -> None:
        self.font = font
        self.metrics = font.measure()
        self.doc = pymupdf.open()
        self.size = rng.choice([14.0, 15.0, 16.0])
        self.leading = self.size * rng.uniform(1.55, 1.8)
        self.left, self.right = 28 * MM, A4[0] - 26 * MM
        self.top, self.bottom = rng.uniform(30, 37) * MM, A4[1] - 30 * MM
        self.anchors: list[dict[str, pymupdf.Rect]] = []
        self._new_page()

    def _new_page(self) -> None:
        self.page = self.doc.new_page(width=A4[0], height=A4[1])
        self.page.insert_font(fontname="F0", fontbuffer=self.font.buffer)
        self.anchors.append({})
        self.y = self.top

    def width(self, text: str, size: float) -> float:
        return self.metrics.text_length(text, size)

    def wrap(self, text: str, size: float, first_indent: float, width: float) -> list[str]:
        """Break CJK text between characters, as word processors do.

        Runs of digits and Latin letters (ID numbers, amounts, account numbers) stay
        whole, and closing punctuation never starts a line.
        """
        lines: list[str] = []
        cur = ""
        avail = width - first_indent
        for tok in TOKEN.findall(text):
            if cur and self.width(cur + tok, size) > avail and tok[0] not in NO_LINE_START:
                carry = ""
                while cur and cur[-1] in NO_LINE_END:  # an opening bracket goes with what it opens
                    cur, carry = cur[:-1], cur[-1] + carry
                lines.append(cur)
                cur = carry
                avail = width
            cur += tok
        if cur:
            lines.append(cur)
        return lines

    def line(self, text: str, x: float, size: float, bold: bool = False) -> pymupdf.Rect:
        if self.y + size > self.bottom:
            self._new_page()
        baseline = self.y + size
        kw = {"render_mode": 2, "border_width": 0.02} if bold else {}
        self.page.insert_text((x, baseline), text, fontname="F0", fontsize=size, **kw)
        rect = pymupdf.Rect(x, self.y, x + self.width(text, size), baseline + size * 0.25)
        self.y += max(self.leading, size * 1.5)
        return rect

    def block(self, b: Block) -> None:
        s = self.size
        full = self.right - self.left
        rects: list[pymupdf.Rect] = []
        if b.style == "gap":
            self.y += self.leading * 0.6
            return
        if b.style == "table":
            self.table(b.rows)
            return
        if b.style == "cut":
            self.cut(b.text)
            return
        if b.style in ("court", "title", "center"):
            size = {"court": s + 4, "title": s + 7, "center": s}[b.style]
            for ln in self.wrap(b.text, size, 0, full):
                rects.append(self.line(ln, self.left + (full - self.width(ln, size)) / 2, size,
                                       bold=b.style == "title"))
            if b.style == "title":
                self.y += self.leading * 0.3
        elif b.style in ("caseno", "right"):
            pad = 0 if b.style == "caseno" else s * 2
            for ln in self.wrap(b.text, s, 0, full):
                rects.append(self.line(ln, self.right - pad - self.width(ln, s), s))
        else:
            indent = s * 2 if b.style == "para" else 0
            for i, ln in enumerate(self.wrap(b.text, s, indent, full)):
                rects.append(self.line(ln, self.left + (indent if i == 0 else 0), s))
        if b.anchor and rects:
            r = rects[0]
            for x in rects[1:]:
                r |= x
            self.anchors[-1][b.anchor] = r
        if rects and "body" not in self.anchors[-1] and b.style == "para":
            self.anchors[-1]["body"] = rects[0]

    def cut(self, caption: str) -> None:
        self.y += self.leading * 0.4
        if caption:
            size = self.size - 3
            self.page.insert_text((self.left + 4, self.y + size), caption, fontname="F0", fontsize=size)
            self.y += size * 1.6
        self.page.draw_line((self.left - 20, self.y), (self.right + 20, self.y), dashes="[6 4] 0", width=0.8)
        self.y += self.leading * 0.6

    def table(self, rows: list[list[str]]) -> None:
        """A bordered two-column form (查询单)."""
        s = self.size
        col = (self.right - self.left) * 0.3
        for label, value in rows:
            lines = self.wrap(value, s, 0, self.right - self.left - col - 12)
            h = max(1, len(lines)) * s * 1.5 + s * 0.6
            if self.y + h > self.bottom:
                self._new_page()
            top = self.y
            rect_l = pymupdf.Rect(self.left, top, self.left + col, top + h)
            rect_r = pymupdf.Rect(self.left + col, top, self.right, top + h)
            self.page.draw_rect(rect_l, width=0.8)
            self.page.draw_rect(rect_r, width=0.8)
            self.page.insert_text((self.left + 6, top + s * 1.2), label, fontname="F0", fontsize=s)
            for i, ln in enumerate(lines):
                self.page.insert_text((self.left + col + 6, top + s * 1.2 + i * s * 1.5), ln,
                                      fontname="F0", fontsize=s)
            self.y = top + h

    def finish(self) -> None:
        """Page numbers 「— 1 —」 on documents longer than one page."""
        if len(self.doc) < 2:
            return
        for i, page in enumerate(self.doc):
            label = f"— {i + 1} —"
            w = self.width(label, 14)
            x = A4[0] - 26 * MM - w if i % 2 == 0 else 28 * MM
            page.insert_text((x, A4[1] - 18 * MM), label, fontname="F0", fontsize=14)


def render_doc(text: DocText, font: FontFace, rng: random.Random) -> Rendered:
    """Lay out a document's blocks on as many A4 pages as they need."""
    w = _Writer(font, rng)
    for b in text.blocks:
        w.block(b)
    w.finish()
    return Rendered(text.kind, w.doc, w.anchors, text.seal_text, font)


def render_card(card: CardText, font: FontFace, rng: random.Random) -> Rendered:
    """A card on its own small page: coloured band, photo box, labelled fields."""
    doc = pymupdf.open()
    W, H = CARD
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="F0", fontbuffer=font.buffer)
    m = font.measure()
    band = (0.62, 0.08, 0.08) if card.kind == "duty_cert" else (0.12, 0.25, 0.55)
    page.draw_rect(pymupdf.Rect(0, 0, W, H), color=(0.3, 0.3, 0.3), fill=(0.97, 0.96, 0.92), width=1)
    page.draw_rect(pymupdf.Rect(0, 0, W, 30), fill=band, color=None)
    hs = 11.0
    page.insert_text(((W - m.text_length(card.header, hs)) / 2, 20), card.header, fontname="F0", fontsize=hs,
                     color=(1, 1, 1))
    ts = 17.0
    page.insert_text(((W - m.text_length(card.title, ts)) / 2, 54), card.title, fontname="F0", fontsize=ts,
                     render_mode=2, border_width=0.02)
    photo_left = card.variant.endswith("0") or card.variant.endswith("2")
    pw, ph = 62.0, 80.0
    px = 12.0 if photo_left else W - pw - 12
    photo = pymupdf.Rect(px, 66, px + pw, 66 + ph)
    page.draw_rect(photo, color=(0.5, 0.5, 0.5), fill=(0.78, 0.82, 0.88), width=0.6)
    page.draw_circle((photo.x0 + pw / 2, photo.y0 + 30), 14, fill=(0.45, 0.47, 0.52), color=None)
    page.draw_oval(pymupdf.Rect(photo.x0 + 10, photo.y0 + 48, photo.x1 - 10, photo.y1 + 20),
                   fill=(0.45, 0.47, 0.52), color=None)
    page.draw_rect(pymupdf.Rect(photo.x0, photo.y1, photo.x1, photo.y1 + 22), fill=(0.97, 0.96, 0.92), color=None)
    fx = (px + pw + 10) if photo_left else 14.0
    fw = W - fx - 10 if photo_left else px - 24
    fs = 10.5
    y = 80.0
    for label, value in card.fields:
        text = f"{label}：{value}"
        size = fs
        while m.text_length(text, size) > fw and size > 7:
            size -= 0.5
        page.insert_text((fx, y), text, fontname="F0", fontsize=size)
        y += 19
    anchors = {"date": pymupdf.Rect(fx, y - 40, fx + fw, y)}
    if card.footer:
        size = 9.0
        while m.text_length(card.footer, size) > W - 20 and size > 6:
            size -= 0.5
        page.insert_text(((W - m.text_length(card.footer, size)) / 2, H - 10), card.footer, fontname="F0",
                         fontsize=size)
    return Rendered(card.kind, doc, [anchors], card.seal_text, font)


def cards_on_a4(cards: list[Rendered], font: FontFace, caption: str) -> Rendered:
    """Photocopies of cards laid on one A4 page, two to a row, as courts hand them in."""
    doc = pymupdf.open()
    page = doc.new_page(width=A4[0], height=A4[1])
    page.insert_font(fontname="F0", fontbuffer=font.buffer)
    page.insert_text((28 * MM, 30 * MM), caption, fontname="F0", fontsize=15)
    w = (A4[0] - 2 * 22 * MM - 16) / 2
    h = w * CARD[1] / CARD[0]
    anchors: dict[str, pymupdf.Rect] = {}
    for i, card in enumerate(cards):
        row, colm = divmod(i, 2)
        x = 22 * MM + colm * (w + 16)
        y = 40 * MM + row * (h + 24)
        rect = pymupdf.Rect(x, y, x + w, y + h)
        page.show_pdf_page(rect, card.pdf, 0)
        anchors[f"card{i}"] = rect
    return Rendered("cards", doc, [anchors], "", font)


def rasterise(page: pymupdf.Page, dpi: int, colour: bool) -> np.ndarray:
    """Render a page to a uint8 array: HxW grey or HxWx3 RGB."""
    cs = pymupdf.csRGB if colour else pymupdf.csGRAY
    pix = page.get_pixmap(dpi=dpi, colorspace=cs, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr[:, :, 0].copy() if pix.n == 1 else arr.copy()


def to_pil(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(arr, "L" if arr.ndim == 2 else "RGB")


def encode_jpeg(arr: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    to_pil(arr).save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def encode_png(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    to_pil(arr).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def save_scan_pdf(images: list[tuple[np.ndarray, int, int]], path: str) -> None:
    """An image-only PDF: each page an A4 sheet holding one JPEG (quality, dpi)."""
    out = pymupdf.open()
    for arr, quality, dpi in images:
        h, w = arr.shape[:2]
        page = out.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        page.insert_image(page.rect, stream=encode_jpeg(arr, quality))
    _save_pdf(out, path)


def save_tiff(images: list[np.ndarray], path: str, dpi: int) -> None:
    """A multi-page TIFF, the format many office scanners default to."""
    pils = [to_pil(a) for a in images]
    pils[0].save(path, save_all=True, append_images=pils[1:], compression="tiff_deflate", dpi=(dpi, dpi))


def _save_pdf(doc: pymupdf.Document, path: str) -> None:
    """Save without dates or random IDs, so the same seed gives the same bytes."""
    doc.set_metadata({})
    doc.save(path, garbage=4, deflate=True, no_new_id=True)
