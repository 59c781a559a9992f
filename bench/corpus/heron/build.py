"""Assemble one bundle: the papers into PDFs (shuffled), the cards as photos, the truth.

The truth's `documents` are counted while the pages are written, so a paper's pages and
a card's page are known exactly, whatever order the shuffle put them in.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from PIL import Image

from . import cards, papers
from .layout import RED, Style, Writer

PAPER_TYPES = {"notice": "assist_notice", "ruling": "ruling", "judgment": "judgment", "query_form": "query_form",
               "intro": "intro_letter", "proof": "ground_proof", "service": "other"}
BUILDERS = {"notice": papers.notice, "ruling": papers.ruling, "judgment": papers.judgment,
            "query_form": papers.query_form, "intro": papers.intro_letter, "proof": papers.retirement_proof,
            "service": papers.service_receipt}


@dataclass
class Doc:
    type: str
    source: str
    pages: list[int]
    sealed: bool | None
    card: object = None           # the CardItem a card document stands for

    def truth(self) -> dict:
        return {"type": self.type, "source": self.source, "pages": sorted(self.pages), "sealed": self.sealed}


@dataclass
class CardItem:
    officer: dict
    kind: str                     # work_id / duty_cert
    cover: bytes = b""
    inside: bytes = b""


@dataclass
class Output:
    docs: list[Doc] = field(default_factory=list)
    defects: list[dict] = field(default_factory=list)


def render_blocks(w: Writer, case: papers.Case, blocks: list) -> None:
    s = w.s
    for blk in blocks:
        kind = blk[0]
        if kind == "centered":
            _, text, size_key, font_key, spacing, red = blk
            size = s.title_size if size_key == "title" else s.title_size - 3
            w.centered(text, size, s.head if font_key == "head" else s.body, spacing, RED if red else (0, 0, 0))
        elif kind == "right":
            w.gap(4)
            w.right(blk[1])
            w.gap(6)
        elif kind == "right_plain":
            w.right(blk[1] + "　" * 4)
        elif kind == "para":
            indent = blk[2] if len(blk) > 2 else True
            size = s.size - 2.5 if len(blk) > 3 and blk[3] == "small" else None
            w.para(blk[1], indent=indent, size=size)
        elif kind == "table":
            w.table(blk[1], blk[2])
        elif kind == "gap":
            w.gap(blk[1])
        elif kind == "date_seal":
            _, when, sealed, lines = blk
            w.date_seal(when, case.court.name if sealed else None, lines)
        elif kind == "date_seal_unit":
            w.date_seal(blk[1], blk[2], [blk[2]], center_word="人事专用章")
        elif kind == "receipt":
            w.receipt(case.court.name, case.case_number, blk[1], case.centre, w.rng)
        else:
            raise ValueError(kind)


def write_paper(doc: pymupdf.Document, name: str, case: papers.Case, rng: random.Random, style: Style) -> list[int]:
    blocks = BUILDERS[name](case, rng)
    w = Writer(doc, style, rng)
    w.new_page()
    render_blocks(w, case, blocks)
    return [p + 1 for p in w.finish()]


def _img_rect(page_w: float, x: float, y: float, w: float, data: bytes) -> tuple:
    im = Image.open(io.BytesIO(data))
    h = w * im.height / im.width
    return pymupdf.Rect(x, y, x + w, y + h), h


def write_card_page(doc: pymupdf.Document, items: list[tuple[CardItem, str]], rng: random.Random,
                    caption: str | None) -> int:
    """One page holding card sides: items are (card, 'cover'|'inside'|'both')."""
    page = doc.new_page(width=595, height=842)
    y = 60.0
    if caption:
        page.insert_text((72, 56), caption, fontname="china-s", fontsize=11)
        y = 72.0
    tiles: list[bytes] = []
    for card, side in items:
        if side in ("cover", "both"):
            tiles.append(card.cover)
        if side in ("inside", "both"):
            tiles.append(card.inside)
    if len(tiles) <= 2:
        width = rng.uniform(330, 400)
        for t in tiles:
            x = (595 - width) / 2 + rng.uniform(-25, 25)
            rect, h = _img_rect(595, x, y, width, t)
            page.insert_image(rect, stream=t)
            y += h + rng.uniform(18, 40)
    else:
        width = 250.0
        for k, t in enumerate(tiles):
            col, row = k % 2, k // 2
            x = 40 + col * (width + 25) + rng.uniform(-6, 6)
            rect, h = _img_rect(595, x, y + row * 200, width, t)
            page.insert_image(rect, stream=t)
    return page.number + 1


def card_jpeg(card: CardItem, rng: random.Random) -> bytes:
    """Cover and inside side by side in one phone photo, as a clerk would shoot them."""
    a = Image.open(io.BytesIO(card.cover))
    b = Image.open(io.BytesIO(card.inside))
    out = Image.new("RGB", (a.width + b.width, max(a.height, b.height)), (90, 96, 104))
    out.paste(a, (0, 0))
    out.paste(b, (a.width, 0))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(72, 88))
    return buf.getvalue()


def save_pdf(doc: pymupdf.Document, path: Path) -> None:
    doc.subset_fonts()
    doc.save(path, garbage=4, deflate=True)


def write_bundle(out: Path, case: papers.Case, paper_names: list[str], card_items: list[CardItem],
                 plan: dict, rng: random.Random) -> list[Doc]:
    """Write the files of a bundle under `out`; return the documents as they lie there."""
    out.mkdir(parents=True, exist_ok=True)
    docs: list[Doc] = []
    for c in card_items:
        c.cover, c.inside = cards.card_photos(c.kind, c.officer, case.court.name, rng)
    card_layout = plan.get("cards", "card_per_page")
    files = plan.get("files", "one")
    style = Style.pick(rng)
    # a unit of card pages stays together in the shuffle: a cover is followed by its inside
    card_units: list[list[list[tuple[CardItem, str]]]] = []
    if card_layout == "card_per_page":
        card_units = [[[(c, "both")]] for c in card_items]
    elif card_layout == "split":
        card_units = [[[(c, "cover")], [(c, "inside")]] for c in card_items]
    elif card_layout == "officer_per_page":
        by: dict[str, list] = {}
        for c in card_items:
            by.setdefault(c.officer["name"], []).append((c, "both"))
        card_units = [[v] for v in by.values()]
    elif card_layout == "two_officers":
        by_kind: dict[str, list] = {}
        for c in card_items:
            by_kind.setdefault(c.kind, []).append((c, "both"))
        card_units = [[v] for v in by_kind.values()]
    elif card_layout == "jpeg":
        for k, c in enumerate(card_items, 1):
            name = f"zhengjian-{k}.jpg"
            (out / name).write_bytes(card_jpeg(c, rng))
            docs.append(Doc(c.kind, name, [1], True))
    units: list[tuple[str, object]] = [("paper", n) for n in paper_names] + [("cards", cu) for cu in card_units]
    if plan.get("shuffle", True):
        rng.shuffle(units)
    if files == "one":
        groups = [("juanzong.pdf", units)]
    elif files == "two":
        groups = [("wenshu.pdf", [u for u in units if u[0] == "paper"]),
                  ("zhengjian.pdf", [u for u in units if u[0] == "cards"])]
    else:  # each paper alone, cards together
        groups = [(f"{n}.pdf", [("paper", n)]) for n in paper_names]
        groups.append(("zhengjian.pdf", [u for u in units if u[0] == "cards"]))
    caption = plan.get("caption")
    for fname, group in groups:
        if not group:
            continue
        doc = pymupdf.open()
        for kind, what in group:
            if kind == "paper":
                pages = write_paper(doc, what, case, rng, style)
                sealed = what != "service"
                docs.append(Doc(PAPER_TYPES[what], fname, pages, sealed))
            else:
                for page_items in what:
                    _place_cards(doc, docs, fname, page_items, rng, caption)
        save_pdf(doc, out / fname)
    return docs


def _place_cards(doc: pymupdf.Document, docs: list[Doc], fname: str, page_items: list, rng: random.Random,
                 caption: str | None) -> None:
    """Write one card page and count its cards: a side of a card already seen adds a page."""
    pno = write_card_page(doc, page_items, rng, caption)
    for card, _side in page_items:
        existing = next((d for d in docs if d.source == fname and d.card is card), None)
        if existing:
            existing.pages.append(pno)
        else:
            docs.append(Doc(card.kind, fname, [pno], True, card))


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
