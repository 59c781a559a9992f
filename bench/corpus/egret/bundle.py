"""Assembling one bundle: papers into files (text PDF, scans, photos, TIFF) and truth."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from PIL import Image

from . import draw


@dataclass
class Doc:
    """One paper: its type code, its pages (item lists or images), whether it bears a seal."""

    type: str
    pages: list
    sealed: bool | None
    seal_text: str = ""


@dataclass
class File:
    """One file as handed in; kind is pdf_text, pdf_scan, jpg, png or tif."""

    name: str
    kind: str
    docs: list[Doc]
    upside_down: set[int] = field(default_factory=set)


def _text_page_image(items: list[tuple], seal_img: Image.Image | None, style: str) -> Image.Image:
    """Render a paper's page straight to pixels (never serialising the embedded CJK font)."""
    doc = pymupdf.open()
    page = doc.new_page(width=draw.A4[0], height=draw.A4[1])
    page.insert_font(fontname="F1", fontfile=draw.UMING if style == "uming" else draw.UKAI)
    anchor = draw.layout(page, items, "F1")
    if seal_img is not None and anchor is not None:
        page.insert_image(pymupdf.Rect(anchor.x0 + 10, anchor.y0, anchor.x0 + 140, anchor.y0 + 130),
                          stream=draw.png_bytes(seal_img))
    pix = page.get_pixmap(dpi=150)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def _embed_image(page: pymupdf.Page, img: Image.Image) -> None:
    w, h = img.size
    scale = min(440 / w, 600 / h)
    x0 = (draw.A4[0] - w * scale) / 2
    page.insert_image(pymupdf.Rect(x0, 110, x0 + w * scale, 110 + h * scale),
                      stream=draw.png_bytes(img.convert("RGB"), "JPEG", quality=82))


def write_file(f: File, out: Path, rng: random.Random, style: str) -> list[dict]:
    """Write the file; return its documents as the contract lists them (pages 1-based)."""
    records, page_no = [], 0
    seals = {d.seal_text: draw.seal(d.seal_text, 300, rng) for d in f.docs if d.sealed and d.seal_text}
    if f.kind == "pdf_text":
        doc = pymupdf.open()
        for d in f.docs:
            nums = []
            for p in d.pages:
                page_no += 1
                nums.append(page_no)
                page = doc.new_page(width=draw.A4[0], height=draw.A4[1])
                if isinstance(p, Image.Image):
                    _embed_image(page, p)
                    continue
                page.insert_font(fontname="F1", fontfile=draw.UMING if style == "uming" else draw.UKAI)
                anchor = draw.layout(page, p, "F1")
                if anchor is not None and d.sealed and d.seal_text:
                    page.insert_image(pymupdf.Rect(anchor.x0 + 10, anchor.y0, anchor.x0 + 140, anchor.y0 + 130),
                                      stream=draw.png_bytes(seals[d.seal_text]))
            records.append({"type": d.type, "source": f.name, "pages": nums, "sealed": d.sealed})
        doc.subset_fonts()  # embed only the glyphs used, as office software does
        (out / f.name).write_bytes(doc.tobytes(deflate=True, garbage=3))
        return records
    images: list[Image.Image] = []
    for d in f.docs:
        nums = []
        for p in d.pages:
            page_no += 1
            nums.append(page_no)
            if isinstance(p, Image.Image):
                img = p
            else:
                has_date = any(it[0] == "date" for it in p)
                img = _text_page_image(p, seals.get(d.seal_text) if d.sealed and has_date else None, style)
                img = draw.scan(img, rng, skew=rng.uniform(-2.2, 2.2), grey=rng.random() < 0.4,
                                blur=rng.choice((0, 0, 0.5)), upside_down=page_no in f.upside_down)
            images.append(img)
        records.append({"type": d.type, "source": f.name, "pages": nums, "sealed": d.sealed})
    path = out / f.name
    if f.kind == "pdf_scan":
        path.write_bytes(draw.image_pdf(images, quality=rng.choice((60, 72, 85))))
    elif f.kind == "jpg":
        images[0].convert("RGB").save(path, "JPEG", quality=rng.choice((70, 82, 90)))
    elif f.kind == "png":
        images[0].convert("L").save(path, "PNG", optimize=False)
    elif f.kind == "tif":
        frames = [im.convert("RGB") for im in images]
        buf = io.BytesIO()
        frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_jpeg")
        path.write_bytes(buf.getvalue())
    return records
