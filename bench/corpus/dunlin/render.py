"""Pages as drawing operations in millimetres, drawn either into pixels (scans) or into a text PDF."""

from __future__ import annotations

import io
import math
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_FILES = {
    "song": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "kai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}
DPI = 150
PT_MM = 25.4 / 72


@lru_cache(maxsize=256)
def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILES[key], max(px, 4))


def text_width_mm(s: str, size_pt: float, key: str) -> float:
    f = font(key, 200)
    return f.getlength(s) / 200 * size_pt * PT_MM


@dataclass
class Page:
    w: float = 210.0
    h: float = 297.0
    ops: list = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 15, key: str = "song",
             color: tuple = (0, 0, 0), anchor: str = "l", spacing: float = 0.0) -> None:
        if spacing:
            s = (" " * 1).join(s) if spacing > 0 else s
        self.ops.append(("text", x, y, s, size, key, color, anchor))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3,
             color: tuple = (0, 0, 0)) -> None:
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.3, color: tuple = (0, 0, 0),
             fill: tuple | None = None) -> None:
        self.ops.append(("rect", x, y, w, h, width, color, fill))

    def image(self, x: float, y: float, w: float, h: float, img: Image.Image) -> None:
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x: float, y: float, width: float, s: str, size: float = 15, key: str = "song",
             indent: int = 2, leading: float = 1.75, color: tuple = (0, 0, 0)) -> float:
        """Wrap s into width (mm); return the baseline of the next line."""
        step = size * PT_MM * leading
        for line, first in wrap(s, width, size, key, indent):
            off = size * PT_MM * indent if first else 0
            self.text(x + off, y, line, size, key, color)
            y += step
        return y


TOKEN = re.compile(r"[0-9A-Za-z¥][0-9A-Za-z .,:\-]*[0-9A-Za-z]|.")
NO_LINE_START = set("，。、；：？！）》」』”’%")


def wrap(s: str, width: float, size: float, key: str, indent: int) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    line, first = "", True
    avail = width - (size * PT_MM * indent)
    for tok in TOKEN.findall(s):
        if text_width_mm(line + tok, size, key) > avail and line and tok[0] not in NO_LINE_START:
            out.append((line, first))
            line, first, avail = tok, False, width
        else:
            line += tok
    if line:
        out.append((line, first))
    return out


def rasterize(page: Page, dpi: int = DPI, paper: tuple = (255, 255, 255)) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (round(page.w * k), round(page.h * k)), paper)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, key, color, anchor = op
            d.text((x * k, y * k), s, font=font(key, round(size / 72 * dpi)), fill=color, anchor=anchor + "s")
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, round(w * k)))
        elif op[0] == "rect":
            _, x, y, w, h, lw, color, fill = op
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=color, fill=fill,
                        width=max(1, round(lw * k)))
        elif op[0] == "image":
            _, x, y, w, h, img = op
            sized = img.resize((max(1, round(w * k)), max(1, round(h * k))), Image.LANCZOS)
            if sized.mode == "RGBA":
                im = multiply_rgba(im, sized, (round(x * k), round(y * k)))
                d = ImageDraw.Draw(im)
            else:
                im.paste(sized.convert("RGB"), (round(x * k), round(y * k)))
    return im


def multiply_rgba(base: Image.Image, over: Image.Image, pos: tuple[int, int]) -> Image.Image:
    """Lay a stamp over the page as ink does: darker wins, text shows through."""
    b = np.asarray(base, dtype=np.float32).copy()
    o = np.asarray(over, dtype=np.float32)
    x, y = pos
    h, w = o.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, b.shape[1]), min(y + h, b.shape[0])
    if x1 <= x0 or y1 <= y0:
        return base
    oo = o[y0 - y:y1 - y, x0 - x:x1 - x]
    a = oo[..., 3:4] / 255.0
    region = b[y0:y1, x0:x1]
    mult = region * oo[..., :3] / 255.0
    b[y0:y1, x0:x1] = region * (1 - a) + mult * a
    return Image.fromarray(b.clip(0, 255).astype(np.uint8))


@lru_cache(maxsize=8)
def pdf_font(key: str) -> pymupdf.Font:
    return pymupdf.Font(fontfile=FONT_FILES[key])


def write_text_pdf(pages: list[Page], path: str) -> None:
    doc = pymupdf.open()
    k = 72 / 25.4
    for page in pages:
        p = doc.new_page(width=page.w * k, height=page.h * k)
        writers: dict[tuple, pymupdf.TextWriter] = {}
        for op in page.ops:
            if op[0] == "text":
                _, x, y, s, size, key, color, anchor = op
                tw = writers.setdefault(color, pymupdf.TextWriter(p.rect, color=tuple(c / 255 for c in color)))
                wmm = text_width_mm(s, size, key)
                x0 = x - (wmm / 2 if anchor == "m" else wmm if anchor == "r" else 0)
                tw.append((x0 * k, y * k), s, font=pdf_font(key), fontsize=size)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, color = op
                p.draw_line((x1 * k, y1 * k), (x2 * k, y2 * k), color=tuple(c / 255 for c in color), width=w * k)
            elif op[0] == "rect":
                _, x, y, w, h, lw, color, fill = op
                p.draw_rect(pymupdf.Rect(x * k, y * k, (x + w) * k, (y + h) * k),
                            color=tuple(c / 255 for c in color), width=lw * k,
                            fill=tuple(c / 255 for c in fill) if fill else None)
            elif op[0] == "image":
                _, x, y, w, h, img = op
                buf = io.BytesIO()
                if img.mode == "RGBA":
                    img.save(buf, "PNG")
                else:
                    img.convert("RGB").save(buf, "JPEG", quality=85)
                p.insert_image(pymupdf.Rect(x * k, y * k, (x + w) * k, (y + h) * k), stream=buf.getvalue())
        for tw in writers.values():
            tw.write_text(p)
    doc.subset_fonts()
    _save(doc, path)


def write_scan_pdf(images: list[Image.Image], path: str, quality: int = 70) -> None:
    doc = pymupdf.open()
    for im in images:
        w, h = im.size
        k = 72 / DPI
        p = doc.new_page(width=w * k, height=h * k)
        buf = io.BytesIO()
        im.convert("L" if im.mode == "L" else "RGB").save(buf, "JPEG", quality=quality)
        p.insert_image(p.rect, stream=buf.getvalue())
    _save(doc, path)


def _save(doc: pymupdf.Document, path: str) -> None:
    """Same input, same bytes: fixed metadata dates and no fresh file ID."""
    doc.set_metadata({"producer": "", "creator": "", "creationDate": "D:20240101000000", "modDate": "D:20240101000000"})
    doc.save(path, garbage=4, deflate=True, no_new_id=True)


# ---------------------------------------------------------------- seals

SEAL_RED = (214, 28, 38)


def seal(name: str, rng: random.Random, diameter_mm: float = 42, px_per_mm: float = 8,
         color: tuple = SEAL_RED, bottom: str = "") -> Image.Image:
    """A round red court seal: ring, five-pointed star, the court's name along the upper arc."""
    size = round(diameter_mm * px_per_mm)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    ring = max(3, round(size * 0.028))
    d.ellipse([ring / 2, ring / 2, size - ring / 2, size - ring / 2], outline=(*color, 255), width=ring)
    r_star = size * 0.17
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = r_star if i % 2 == 0 else r_star * 0.382
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=(*color, 255))
    n = len(name)
    span = min(250.0, 22.0 * n + 20)
    ch_px = round(size * min(0.15, 2.3 / max(n, 1) * 0.62 + 0.05))
    f = font("song", ch_px)
    r_text = c - ring - ch_px * 0.62
    for i, ch in enumerate(name):
        a = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (ch_px * 2, ch_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((ch_px, ch_px), ch, font=f, fill=(*color, 255), anchor="mm")
        tile = tile.rotate(-a, resample=Image.BICUBIC)
        x = c + r_text * math.sin(math.radians(a)) - ch_px
        y = c - r_text * math.cos(math.radians(a)) - ch_px
        im.alpha_composite(tile, (round(x), round(y)))
    if bottom:
        f2 = font("song", round(size * 0.085))
        d.text((c, c + size * 0.3), bottom, font=f2, fill=(*color, 255), anchor="mm")
    # uneven ink
    a = np.asarray(im).copy()
    noise = np.random.default_rng(rng.randint(0, 10 ** 6)).random(a.shape[:2])
    a[..., 3] = (a[..., 3] * np.clip(0.55 + noise * 0.6, 0, 0.92)).astype(np.uint8)
    out = Image.fromarray(a).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    return out.filter(ImageFilter.GaussianBlur(0.6))


# ---------------------------------------------------------------- scan defects

@dataclass
class ScanLook:
    rotate: int = 0  # 0 / 90 / 180 / 270
    skew: float = 0.0
    gray: bool = False
    photocopy: bool = False
    contrast: float = 1.0
    blur: float = 0.0
    noise: float = 0.0


def scan(img: Image.Image, look: ScanLook, rng: random.Random) -> Image.Image:
    im = img.convert("RGB")
    if look.photocopy:
        arr = np.asarray(im.convert("L"), dtype=np.float32)
        arr = 40 + arr * 0.78
        g = np.random.default_rng(rng.randint(0, 10 ** 6))
        arr += g.normal(0, 9, arr.shape)
        arr[g.random(arr.shape) < 0.0015] = 30
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).convert("RGB")
    elif look.gray:
        im = im.convert("L").convert("RGB")
    if look.contrast != 1.0:
        arr = np.asarray(im, dtype=np.float32)
        arr = 255 - (255 - arr) * look.contrast
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if look.skew:
        fill = (238, 238, 236) if look.photocopy else (250, 250, 248)
        im = im.rotate(look.skew, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if look.blur:
        im = im.filter(ImageFilter.GaussianBlur(look.blur))
    if look.noise:
        arr = np.asarray(im, dtype=np.float32)
        arr += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, look.noise, arr.shape)
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if look.rotate:
        im = im.rotate(look.rotate, expand=True)
    return im


def phone_photo(items: list[Image.Image], rng: random.Random, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """Cards lying on a desk, photographed by a phone: perspective, shade, a warm cast."""
    g = np.random.default_rng(rng.randint(0, 10 ** 6))
    base_col = np.array(rng.choice([(150, 120, 90), (200, 200, 196), (92, 72, 60), (176, 160, 140)]), np.float32)
    small = g.standard_normal((size[1] // 8, size[0] // 8), dtype=np.float32) * 5
    tex = cv2.resize(small, size, interpolation=cv2.INTER_CUBIC)
    xs = np.arange(size[0], dtype=np.float32)
    ys = np.arange(size[1], dtype=np.float32)
    grain = np.sin(xs[None, :] / rng.uniform(9, 25) + np.sin(ys[:, None] / 70.0) * 3) * 6
    bg = base_col[None, None, :] + (tex + grain)[..., None]
    canvas = bg.clip(0, 255).astype(np.uint8)
    n = len(items)
    slot_w = size[0] / n
    for i, it in enumerate(items):
        card = np.asarray(it.convert("RGB"))
        h, w = card.shape[:2]
        scale = min(slot_w * 0.86 / w, size[1] * 0.7 / h)
        cw, ch = w * scale, h * scale
        cx = slot_w * (i + 0.5) + rng.uniform(-16, 16)
        cy = size[1] / 2 + rng.uniform(-50, 50)
        ang = math.radians(rng.uniform(-3, 3))
        corners = []
        for dx, dy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
            x = dx * cw / 2
            y = dy * ch / 2
            x, y = x * math.cos(ang) - y * math.sin(ang), x * math.sin(ang) + y * math.cos(ang)
            corners.append((cx + x + rng.uniform(-cw * 0.025, cw * 0.025), cy + y + rng.uniform(-ch * 0.03, ch * 0.03)))
        m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(corners))
        warped = cv2.warpPerspective(card, m, size, flags=cv2.INTER_LINEAR)
        mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size)
        shadow = cv2.GaussianBlur(np.roll(mask, (10, 12), axis=(0, 1)), (0, 0), 12).astype(np.float32)
        canvas = (canvas * (1 - shadow[..., None] / 255 * 0.35)).astype(np.uint8)
        canvas = np.where(mask[..., None] > 128, warped, canvas)
    cx0 = size[0] * rng.uniform(0.3, 0.7)
    light = 0.82 + 0.22 * (1 - ((xs[None, :] - cx0) ** 2 + (ys[:, None] - size[1] * 0.4) ** 2) / (size[0] ** 2 * 0.5))
    arr = canvas.astype(np.float32) * light[..., None] * np.array([1.04, 1.0, 0.93], np.float32)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))


def jpeg_bytes(im: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()
