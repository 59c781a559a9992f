"""Page images for the reviewer: each page drawn upright, so the evidence boxes fall in place.

Boxes from extraction are fractions of the UPRIGHT page. A PDF page is rendered as
PyMuPDF shows it, an image frame is loaded with Pillow (TIFF frames by index), then either
is turned clockwise by the rotation extraction applied. Rendered PNGs are cached under
data/cache/pages/ by the file's content hash, page and rotation, so a page is drawn once.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image, ImageOps

DPI = 110


def page_png(blob: Path, kind: str, page: int, rotation: int, cache_dir: Path, sha256: str) -> Path:
    """The cached PNG of `page` (1-based) of the stored file, upright."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    out = cache_dir / f"{sha256}-{page}-{rotation % 360}.png"
    if out.exists():
        return out
    image = _render(blob, kind, page)
    if rotation % 360:
        image = image.rotate(-(rotation % 360), expand=True)  # PIL turns counter-clockwise
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=False)
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, out)
    return out


def _render(blob: Path, kind: str, page: int) -> Image.Image:
    if kind == "pdf":
        import pymupdf

        with pymupdf.open(blob) as doc:
            pix = doc[page - 1].get_pixmap(dpi=DPI, alpha=False)
            return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    with Image.open(blob) as im:
        im.seek(page - 1)
        frame = ImageOps.exif_transpose(im.copy()) if page == 1 else im.copy()
        frame = frame.convert("RGB")
    frame.thumbnail((1400, 1400))
    return frame
