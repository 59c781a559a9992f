"""Drawing the papers: born-digital PDF, raster scans, phone photos, fax TIFF.

The effects are the ones a counter sees: a phone photo of a page lying on a desk
(perspective, uneven light, a shadow, some table around it, JPEG), a fax-like
scanner's 200 dpi grey or 1-bit multi-page TIFF, a photocopy's grey.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from functools import lru_cache

import cv2
import fitz
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .layout import A4, Page, Rule, Seal, Text
from .layout import Image as ImgItem

FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}


@lru_cache(maxsize=256)
def font(kind: str, px: int) -> ImageFont.FreeTypeFont:
    path, index = FONTS.get(kind, FONTS["song"])
    return ImageFont.truetype(path, px, index=index)


# ---------------------------------------------------------------- seals
@lru_cache(maxsize=64)
def _seal_rgba(text: str, bottom: str, px: int, color: tuple[int, int, int], star: bool = True,
               seed: int = 0) -> Image.Image:
    """A round red seal: ring, five-pointed star, name along the upper arc."""
    rng = random.Random(seed)
    size = px
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    ring = max(3, int(size * 0.035))
    d.ellipse([ring / 2, ring / 2, size - ring / 2, size - ring / 2], outline=(*color, 235), width=ring)
    if star:
        r_out, r_in = size * 0.17, size * 0.068
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = r_out if k % 2 == 0 else r_in
            pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
        d.polygon(pts, fill=(*color, 235))
    n = len(text)
    ch_px = int(size * (0.15 if n <= 10 else 0.13 if n <= 14 else 0.11))
    f = font("song", ch_px)
    span = min(250.0, 18.0 * n + 40)
    radius = c - ring - ch_px * 0.62
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (ch_px * 2, ch_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((ch_px, ch_px), ch, font=f, fill=(*color, 235), anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = c + radius * math.cos(math.radians(ang)) - ch_px
        y = c + radius * math.sin(math.radians(ang)) - ch_px
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        fb = font("song", int(size * 0.1))
        d.text((c, c + size * 0.28), bottom, font=fb, fill=(*color, 235), anchor="mm")
    # uneven ink: knock out specks
    a = np.array(img)
    noise = np.random.default_rng(seed).random(a.shape[:2])
    a[..., 3] = (a[..., 3] * np.clip(0.55 + noise * 0.6, 0, 1)).astype(np.uint8)
    a[noise < 0.05, 3] = 0
    out = Image.fromarray(a).rotate(rng.uniform(-18, 18), resample=Image.BICUBIC)
    return out


def seal_image(text: str, px: int, bottom: str = "", color=(212, 28, 36), seed: int = 0) -> Image.Image:
    return _seal_rgba(text, bottom, px, tuple(color), True, seed)


# ---------------------------------------------------------------- raster
def raster(page: Page, dpi: int = 150, paper=(252, 251, 247)) -> Image.Image:
    """The page drawn as an RGB image at ``dpi``."""
    s = dpi / 72.0
    img = Image.new("RGB", (int(A4[0] * s), int(A4[1] * s)), paper)
    d = ImageDraw.Draw(img)
    seals = []
    for it in page.items:
        if isinstance(it, Text):
            d.text((it.x * s, it.y * s), it.text, font=font(it.font, max(6, int(it.size * s))),
                   fill=(20, 20, 22), anchor="ls")
        elif isinstance(it, Rule):
            d.line([it.x0 * s, it.y0 * s, it.x1 * s, it.y1 * s], fill=it.color, width=max(1, int(it.width * s)))
        elif isinstance(it, ImgItem):
            im = it.image.convert("RGB").resize((int(it.w * s), int(it.h * s)), Image.LANCZOS)
            img.paste(im, (int(it.x * s), int(it.y * s)))
        elif isinstance(it, Seal):
            seals.append(it)
    img = img.convert("RGBA")
    for it in seals:
        px = int(it.r * 2 * s)
        si = seal_image(it.text, px, it.bottom, it.color, seed=zlib.crc32(it.text.encode()) & 0xFFFF)
        img.alpha_composite(si, (int((it.cx - it.r) * s), int((it.cy - it.r) * s)))
    return img.convert("RGB")


# ---------------------------------------------------------------- PDF with text layer
@lru_cache(maxsize=1)
def _ming_buffer() -> bytes:
    return open(FONTS["song"][0], "rb").read()


def pdf_text(pages: list, path: str) -> None:
    """Born-digital PDF: text as text in an embedded, subset AR PL UMing; seals and photos as images.

    (PyMuPDF's built-in china-s gives Latin digits a full em, which breaks the layout.)
    ``pages`` holds layout Pages or PIL images (a card photo given its own page).
    """
    doc = fitz.open()
    for pg in pages:
        page = doc.new_page(width=A4[0], height=A4[1])
        if not isinstance(pg, Image.Image):
            page.insert_font(fontname="ming", fontbuffer=_ming_buffer())
        if isinstance(pg, Image.Image):
            _insert_pil(page, pg, fitz.Rect(60, 90, A4[0] - 60, 90 + (A4[0] - 120) * pg.height / pg.width), jpeg=True)
            continue
        for it in pg.items:
            if isinstance(it, Text):
                page.insert_text((it.x, it.y), it.text, fontname="ming", fontsize=it.size)
            elif isinstance(it, Rule):
                page.draw_line((it.x0, it.y0), (it.x1, it.y1), color=tuple(c / 255 for c in it.color), width=it.width)
            elif isinstance(it, ImgItem):
                _insert_pil(page, it.image, fitz.Rect(it.x, it.y, it.x + it.w, it.y + it.h), jpeg=True)
        for it in pg.items:
            if isinstance(it, Seal):
                si = seal_image(it.text, 360, it.bottom, it.color, seed=zlib.crc32(it.text.encode()) & 0xFFFF)
                _insert_pil(page, si, fitz.Rect(it.cx - it.r, it.cy - it.r, it.cx + it.r, it.cy + it.r))
    doc.subset_fonts()
    _fixed_metadata(doc)
    doc.save(path, deflate=True, garbage=3, no_new_id=True)
    doc.close()


def _insert_pil(page, im: Image.Image, rect, jpeg: bool = False) -> None:
    buf = io.BytesIO()
    if jpeg:
        im.convert("RGB").save(buf, "JPEG", quality=85)
    else:
        im.save(buf, "PNG")
    page.insert_image(rect, stream=buf.getvalue(), overlay=True)


def pdf_images(images: list[Image.Image], path: str, dpi: int = 150, quality: int = 80) -> None:
    """Image-only PDF (a scanner's output): each image fills an A4 page."""
    doc = fitz.open()
    for im in images:
        w, h = im.size
        pw, ph = (A4[0], A4[1]) if h >= w else (A4[1], A4[0])
        page = doc.new_page(width=pw, height=ph)
        buf = io.BytesIO()
        if im.mode == "1":
            im.save(buf, "PNG")
        else:
            im.convert("RGB" if im.mode != "L" else "L").save(buf, "JPEG", quality=quality)
        page.insert_image(fitz.Rect(0, 0, pw, ph), stream=buf.getvalue(), keep_proportion=True)
    _fixed_metadata(doc)
    doc.save(path, deflate=True, no_new_id=True)
    doc.close()


def _fixed_metadata(doc) -> None:
    """No creation time in the file, so the same seed gives the same bytes."""
    doc.set_metadata({"producer": "scanner", "creator": "", "creationDate": "D:20250101000000", "modDate": "D:20250101000000"})


# ---------------------------------------------------------------- degradations
def skew(im: Image.Image, deg: float, fill=(250, 250, 250)) -> Image.Image:
    if im.mode == "L" and isinstance(fill, tuple):
        fill = fill[0]
    return im.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def photocopy(im: Image.Image, rng: random.Random) -> Image.Image:
    """Grey photocopy: loss of colour, lifted blacks, toner speckle, slight blur."""
    g = np.array(im.convert("L")).astype(np.float32)
    g = 35 + g * (205 / 255)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    g += nrng.normal(0, 6, g.shape)
    specks = nrng.random(g.shape) < 0.0008
    g[specks] = 40
    out = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return skew(out, rng.uniform(-1.2, 1.2), fill=(235,))


def _smooth_field(rng_np, shape: tuple[int, int], sigma_frac: float, amp: float) -> np.ndarray:
    """Low-frequency noise computed small and scaled up (blurring full size is slow)."""
    h, w = shape
    sh, sw = max(8, h // 16), max(8, w // 16)
    small = rng_np.normal(0, 1, (sh, sw)).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), max(0.8, sigma_frac * sw))
    small *= amp / (small.std() + 1e-6)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def phone_photo(im: Image.Image, rng: random.Random, target_long: int = 2000) -> Image.Image:
    """A page or card photographed on a desk: table border, perspective, light, shadow."""
    src = np.array(im.convert("RGB"))
    h, w = src.shape[:2]
    scale = target_long / max(h, w) * 0.86
    src = cv2.resize(src, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    h, w = src.shape[:2]
    W, H = int(w / 0.84), int(h / 0.84)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table_col = np.array(rng.choice([(120, 86, 60), (160, 150, 138), (92, 96, 104), (182, 170, 150)]), np.float32)
    table = np.empty((H, W, 3), np.float32)
    table[:] = table_col
    table += _smooth_field(nrng, (H, W), 0.05, 10.0)[..., None]
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda m: rng.uniform(-m, m)  # noqa: E731
    m = 0.05 * min(w, h)
    dst = np.float32([[ox + j(m), oy + j(m)], [ox + w + j(m), oy + j(m) * 0.5],
                      [ox + w + j(m), oy + h + j(m)], [ox + j(m), oy + h + j(m)]])
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow of the paper on the table, computed at 1/8 size
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(np.roll(np.roll(small, 2, 0), 1, 1), (0, 0), 1.6)
    sh = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    table *= (1 - 0.45 * sh)[..., None]
    out = table * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a broad gradient plus the phone's shadow across one side (small, then scaled)
    sw, shh = W // 8, H // 8
    yy, xx = np.mgrid[0:shh, 0:sw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = ((xx / sw - 0.5) * math.cos(ang) + (yy / shh - 0.5) * math.sin(ang))
    light = 1.0 - 0.22 * (grad + 0.5)
    shadow = np.zeros((shh, sw), np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(0.55, 1.0) * shh
    cv2.ellipse(shadow, (int(cx), int(cy)), (int(sw * rng.uniform(0.25, 0.4)), int(shh * rng.uniform(0.12, 0.2))),
                rng.uniform(-30, 30), 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), sw * 0.04)
    light = light * (1 - 0.28 * shadow)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    warm = np.array([1.0, 0.97, 0.9], np.float32) if rng.random() < 0.6 else np.array([0.95, 0.98, 1.0], np.float32)
    out *= light[..., None]
    out *= warm
    out += nrng.standard_normal(out.shape[:2], dtype=np.float32)[..., None] * 3.5
    np.clip(out, 0, 255, out=out)
    out = cv2.GaussianBlur(out.astype(np.uint8), (0, 0), rng.uniform(0.6, 1.0))
    return Image.fromarray(out)


def jpeg_bytes(im: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def fax_page(im: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    """A 200 dpi fax-like scan: grey, a little skew, toner noise; optionally 1-bit."""
    g = im.convert("L")
    if g.size[0] != 1654:
        g = g.resize((1654, int(1654 * g.size[1] / g.size[0])), Image.LANCZOS)
    g = skew(g, rng.uniform(-1.5, 1.5), fill=(255,))
    a = np.array(g).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 7, a.shape)
    # vertical streak from a dirty scanner glass
    col = rng.randrange(100, a.shape[1] - 100)
    a[:, col:col + 2] -= 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
    if bilevel:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def save_tiff(pages: list[Image.Image], path: str) -> None:
    """Multi-page TIFF at 200 dpi: Group 4 for 1-bit pages, LZW for grey."""
    first = pages[0]
    comp = "group4" if all(p.mode == "1" for p in pages) else "tiff_lzw"
    if comp == "tiff_lzw":
        pages = [p.convert("L") for p in pages]
        first = pages[0]
    first.save(path, save_all=True, append_images=pages[1:], compression=comp, dpi=(200, 200))
