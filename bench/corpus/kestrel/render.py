"""Lays a paper's text onto A4 pages with Pillow, the way a court's word processor would.

A paper is a list of blocks (court line, title, 文号, addressee, paragraphs, the signed
date, a 回执 stub, a table). Layout follows GB/T 9704 loosely (margins 37/28/26/35 mm,
body about 16 pt, lines about 1.75 em apart) and remembers where the signed date fell, so
the seal can be stamped over it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)
KAI = ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)
HEI = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)

_NO_LINE_START = set("，。；：、）》」』”！？,.;:)%")


@lru_cache(maxsize=256)
def font(face: tuple[str, int], px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(face[0], px, index=face[1])


@dataclass
class Block:
    """One piece of a paper. kind: court, title, docno, left, para, sign, stub, table, gap."""

    kind: str
    text: str = ""
    lines: list[str] = field(default_factory=list)
    rows: list[tuple[str, str]] = field(default_factory=list)
    pt: float = 16.0


@dataclass
class Paper:
    """A document's text and how it is printed; seal_text None means no seal was stamped."""

    blocks: list[Block]
    seal_text: str | None
    body_face: tuple[str, int] = MING
    title_face: tuple[str, int] = HEI
    page_numbers: bool = True


@dataclass
class Laid:
    """Pages of one paper and the point (page index, x, y) the seal is centred on."""

    pages: list[Image.Image]
    seal_at: tuple[int, int, int] | None


def _tokens(text: str) -> list[str]:
    """Split into CJK characters and runs of Latin letters/digits, which must not break."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "-.:/"):
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(text: str, fnt: ImageFont.FreeTypeFont, width: float, first_indent: float) -> list[tuple[float, str]]:
    """Greedy wrap; closing punctuation stays on the line before. Returns (indent, line)."""
    lines: list[tuple[float, str]] = []
    cur, cur_w, indent = "", 0.0, first_indent
    for tok in _tokens(text):
        w = fnt.getlength(tok)
        if cur and cur_w + w > width - indent and tok not in _NO_LINE_START:
            lines.append((indent, cur))
            cur, cur_w, indent = "", 0.0, 0.0
        cur += tok
        cur_w += w
    if cur:
        lines.append((indent, cur))
    return lines


def _spaced(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fnt, gap: float) -> None:
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=fnt, fill=(18, 18, 18))
        x += fnt.getlength(ch) + gap


def _spaced_len(text: str, fnt, gap: float) -> float:
    return sum(fnt.getlength(c) for c in text) + gap * max(len(text) - 1, 0)


def lay_out(paper: Paper, dpi: int, top_shift_mm: float = 0.0) -> Laid:
    """Render the paper's blocks onto as many A4 pages as they need."""
    mm = dpi / 25.4
    W, H = round(210 * mm), round(297 * mm)
    left, right = 28 * mm, W - 26 * mm
    top, bottom = (37 + top_shift_mm) * mm, H - 35 * mm
    pages: list[Image.Image] = []
    seal_at: tuple[int, int, int] | None = None

    def new_page() -> ImageDraw.ImageDraw:
        pages.append(Image.new("RGB", (W, H), (255, 255, 255)))
        return ImageDraw.Draw(pages[-1])

    draw = new_page()
    y = top

    def px(pt: float) -> int:
        return round(pt / 72 * dpi)

    for b in paper.blocks:
        if b.kind == "gap":
            y += px(b.pt)
            continue
        if b.kind in ("court", "title"):
            f = font(paper.title_face, px(b.pt))
            gap = f.size * (0.35 if b.kind == "title" and len(b.text) <= 8 else 0.05)
            if y + f.size * 1.6 > bottom:
                draw, y = new_page(), top
            w = _spaced_len(b.text, f, gap)
            _spaced(draw, ((W - w) / 2, y), b.text, f, gap)
            y += f.size * (1.9 if b.kind == "title" else 1.6)
            continue
        f = font(paper.body_face, px(b.pt))
        lh = f.size * 1.75
        if b.kind == "docno":
            if y + lh > bottom:
                draw, y = new_page(), top
            draw.text((right - f.getlength(b.text), y), b.text, font=f, fill=(18, 18, 18))
            y += lh * 1.2
        elif b.kind in ("left", "para"):
            indent = 2 * f.size if b.kind == "para" else 0
            for ind, line in wrap(b.text, f, right - left, indent):
                if y + lh > bottom:
                    draw, y = new_page(), top
                draw.text((left + ind, y), line, font=f, fill=(18, 18, 18))
                y += lh
        elif b.kind == "sign":
            need = lh * len(b.lines) + lh
            if y + need > bottom:
                draw, y = new_page(), top
            y += lh * 0.8
            for line in b.lines:
                if line.startswith("<"):  # left-aligned line inside a signature block
                    draw.text((left + 2 * f.size, y), line[1:], font=f, fill=(18, 18, 18))
                    y += lh
                    continue
                x = right - 4 * f.size - f.getlength(line) if line.endswith("日") else right - 2 * f.size - f.getlength(line)
                draw.text((x, y), line, font=f, fill=(18, 18, 18))
                if line.endswith("日") and seal_at is None:
                    seal_at = (len(pages) - 1, round(x + f.getlength(line) / 2), round(y + f.size / 2))
                y += lh
        elif b.kind == "stub":
            small = font(paper.body_face, px(b.pt))
            slh = small.size * 1.7
            need = slh * (len(b.lines) + 2)
            if y + need > bottom + 15 * mm:
                draw, y = new_page(), top
            y += slh * 0.6
            dash_y = y + slh / 2
            xx = left - 8 * mm
            while xx < right + 8 * mm:
                draw.line((xx, dash_y, xx + 3 * mm, dash_y), fill=(60, 60, 60), width=max(1, dpi // 100))
                xx += 5 * mm
            cut = "（沿此线剪下）"
            draw.rectangle((W / 2 - small.getlength(cut) / 2 - 4, dash_y - small.size / 2,
                            W / 2 + small.getlength(cut) / 2 + 4, dash_y + small.size / 2), fill=(255, 255, 255))
            draw.text((W / 2 - small.getlength(cut) / 2, dash_y - small.size / 2), cut, font=small, fill=(60, 60, 60))
            y += slh * 1.3
            for line in b.lines:
                if line.startswith("^"):
                    t = line[1:]
                    _spaced(draw, ((W - _spaced_len(t, small, small.size * 0.5)) / 2, y), t, small, small.size * 0.5)
                elif line.startswith(">"):
                    t = line[1:]
                    draw.text((right - small.getlength(t) - 2 * small.size, y), t, font=small, fill=(18, 18, 18))
                else:
                    for ind, part in wrap(line, small, right - left, 2 * small.size):
                        draw.text((left + ind, y), part, font=small, fill=(18, 18, 18))
                        y += slh
                    continue
                y += slh
        elif b.kind == "table":
            key_w = 6.2 * f.size
            row_h = lh * 1.25
            for k, v in b.rows:
                vlines = wrap(v, f, right - left - key_w - f.size, 0)
                h = max(row_h, lh * len(vlines) + (row_h - lh))
                if y + h > bottom:
                    draw, y = new_page(), top
                lw = max(1, dpi // 90)
                draw.rectangle((left, y, right, y + h), outline=(20, 20, 20), width=lw)
                draw.line((left + key_w, y, left + key_w, y + h), fill=(20, 20, 20), width=lw)
                draw.text((left + (key_w - f.getlength(k)) / 2, y + (h - f.size) / 2), k, font=f, fill=(18, 18, 18))
                yy = y + (h - lh * len(vlines)) / 2 + (lh - f.size) / 2
                for _, part in vlines:
                    draw.text((left + key_w + f.size / 2, yy), part, font=f, fill=(18, 18, 18))
                    yy += lh
                y += h
            y += lh * 0.5
        else:
            raise ValueError(b.kind)

    if paper.page_numbers and len(pages) > 1:
        for i, page in enumerate(pages):
            d = ImageDraw.Draw(page)
            f = font(paper.body_face, px(14))
            t = f"— {i + 1} —"
            x = right - f.getlength(t) if i % 2 == 0 else left
            d.text((x, bottom + 7 * mm), t, font=f, fill=(18, 18, 18))
    return Laid(pages, seal_at)
