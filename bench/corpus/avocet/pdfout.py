"""PDF files: born-digital pages with a text layer, and image-only scans."""

from __future__ import annotations

import io

import pymupdf
from PIL import Image

from .layout import FONTS, Page
from .raster import seal_png

_FONTS: dict[str, pymupdf.Font] = {}


def _font(key: str) -> pymupdf.Font:
    if key not in _FONTS:
        path, _idx = FONTS[key]
        _FONTS[key] = pymupdf.Font(fontfile=path)
    return _FONTS[key]


def _save(doc: pymupdf.Document) -> bytes:
    doc.set_metadata({"producer": "", "creator": "", "creationDate": "", "modDate": "", "title": "",
                      "author": "", "subject": "", "keywords": ""})
    buf = io.BytesIO()
    doc.save(buf, garbage=4, deflate=True, no_new_id=True)
    return buf.getvalue()


def text_pdf(pages: list[Page]) -> bytes:
    doc = pymupdf.open()
    for p in pages:
        page = doc.new_page(width=p.w, height=p.h)
        for x0, y0, x1, y1, w, dashed in p.lines:
            page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w, dashes="[4 3] 0" if dashed else None)
        for x0, y0, x1, y1, w, color in p.rects:
            page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=[c / 255 for c in color], width=w)
        writers: dict[tuple, pymupdf.TextWriter] = {}
        for x, y, s, font, size, color in p.texts:
            tw = writers.setdefault(tuple(color), pymupdf.TextWriter(page.rect, color=[c / 255 for c in color]))
            tw.append((x, y + size * 0.86), s, font=_font(font), fontsize=size)
        for tw in writers.values():
            tw.write_text(page)
        for seal in p.seals:
            r = pymupdf.Rect(seal.cx - seal.r, seal.cy - seal.r, seal.cx + seal.r, seal.cy + seal.r)
            page.insert_image(r, stream=seal_png(seal), overlay=True)
    doc.subset_fonts()
    return _save(doc)


def image_pdf(images: list[Image.Image], quality: int = 80, dpi: int | list[int] = 150) -> bytes:
    doc = pymupdf.open()
    dpis = dpi if isinstance(dpi, list) else [dpi] * len(images)
    for img, dpi in zip(images, dpis, strict=True):
        w, h = img.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        page = doc.new_page(width=pw, height=ph)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=quality)
        page.insert_image(page.rect, stream=buf.getvalue())
    return _save(doc)


def tiff_bytes(images: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    ims = [im.convert("L") for im in images]
    ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:], compression="tiff_lzw", dpi=(150, 150))
    return buf.getvalue()
