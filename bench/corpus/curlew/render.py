"""Page model (mm coordinates) with two backends: PyMuPDF (born-digital, text layer) and
Pillow (raster, for scans and photos); seals, officer cards and paper degradation."""
from __future__ import annotations

import contextlib
import io
import math
from dataclasses import dataclass, field

import numpy as np
import pymupdf as fitz
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_FILES = {
    "song": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "kai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}
PT_MM = 25.4 / 72
_FONTS: dict = {}


def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _FONTS:
        _FONTS[k] = ImageFont.truetype(FONT_FILES[key], max(px, 4))
    return _FONTS[k]


def text_width_mm(text: str, size_pt: float, font: str) -> float:
    f = pil_font(font, 200)
    return f.getlength(text) / 200 * size_pt * PT_MM


@dataclass
class Page:
    w: float = 210.0
    h: float = 297.0
    ops: list = field(default_factory=list)
    texts: list = field(default_factory=list)  # plain strings drawn (for checks)

    def text(self, x, y, s, size=15.0, font="song", align="l", color=(0, 0, 0)):
        if align != "l":
            wmm = text_width_mm(s, size, font)
            x = x - wmm / 2 if align == "c" else x - wmm
        self.ops.append(("text", x, y, s, size, font, color))
        self.texts.append(s)

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0), dash=False):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, width=0.3, color=(0, 0, 0)):
        self.line(x, y, x + w, y, width, color)
        self.line(x, y + h, x + w, y + h, width, color)
        self.line(x, y, x, y + h, width, color)
        self.line(x + w, y, x + w, y + h, width, color)

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))


# ---------------------------------------------------------------- backends

def render_pil(page: Page, dpi: int = 170) -> Image.Image:
    s = dpi / 25.4
    im = Image.new("RGB", (int(page.w * s), int(page.h * s)), "white")
    dr = ImageDraw.Draw(im)
    later = []
    for op in page.ops:
        if op[0] == "text":
            _, x, y, t, size, font, color = op
            f = pil_font(font, round(size * PT_MM * s))
            dr.text((x * s, y * s), t, font=f, fill=color, anchor="ls")
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color, dash = op
            wpx = max(1, round(w * s))
            if dash:
                n = int(max(abs(x2 - x1), abs(y2 - y1)) / 2)
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    dr.line([(x1 + (x2 - x1) * a) * s, (y1 + (y2 - y1) * a) * s,
                             (x1 + (x2 - x1) * b) * s, (y1 + (y2 - y1) * b) * s], fill=color, width=wpx)
            else:
                dr.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=wpx)
        elif op[0] == "image":
            later.append(op)
    for _, x, y, w, h, img in later:
        sz = (max(1, int(w * s)), max(1, int(h * s)))
        sub = img.resize(sz, Image.LANCZOS)
        if sub.mode == "RGBA":
            # multiply-like blend so that ink under a seal stays visible
            box = (int(x * s), int(y * s), int(x * s) + sz[0], int(y * s) + sz[1])
            base = im.crop(box)
            rgb = sub.convert("RGB")
            a = np.asarray(sub.split()[3], dtype=np.float32)[..., None] / 255.0
            b = np.asarray(base, dtype=np.float32)
            m = np.asarray(rgb, dtype=np.float32) * b / 255.0
            out = b * (1 - a) + m * a
            im.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), box[:2])
        else:
            im.paste(sub.convert("RGB"), (int(x * s), int(y * s)))
    return im


def _png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def render_fitz(doc: fitz.Document, page: Page):
    k = 72 / 25.4
    p = doc.new_page(width=page.w * k, height=page.h * k)
    used = set()
    for op in page.ops:
        if op[0] == "text":
            _, x, y, t, size, font, color = op
            if font not in used:
                p.insert_font(fontname=font, fontfile=FONT_FILES[font])
                used.add(font)
            p.insert_text((x * k, y * k), t, fontname=font, fontsize=size,
                          color=tuple(c / 255 for c in color))
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color, dash = op
            p.draw_line((x1 * k, y1 * k), (x2 * k, y2 * k), color=tuple(c / 255 for c in color),
                        width=w * k, dashes="[3 3] 0" if dash else None)
        elif op[0] == "image":
            _, x, y, w, h, img = op
            p.insert_image(fitz.Rect(x * k, y * k, (x + w) * k, (y + h) * k), stream=_png(img))
    return p


def save_pdf(doc: fitz.Document, path):
    doc.set_metadata({"producer": "curlew", "creator": "curlew", "creationDate": "", "modDate": ""})
    with contextlib.suppress(Exception):
        doc.subset_fonts()
    doc.save(str(path), garbage=4, deflate=True, no_new_id=True)


def image_pdf(images: list[Image.Image], path, quality=80, page_mm=(210, 297)):
    doc = fitz.open()
    k = 72 / 25.4
    for im in images:
        w, h = page_mm if im.width <= im.height else (page_mm[1], page_mm[0])
        p = doc.new_page(width=w * k, height=h * k)
        b = io.BytesIO()
        im.convert("RGB" if im.mode != "L" else "L").save(b, "JPEG", quality=quality)
        p.insert_image(p.rect, stream=b.getvalue())
    doc.set_metadata({"producer": "scanner", "creator": "curlew", "creationDate": "", "modDate": ""})
    doc.save(str(path), garbage=4, deflate=True, no_new_id=True)


# ---------------------------------------------------------------- seals

def seal_image(name: str, rng, diameter_px=520, sub: str = "", color=(215, 30, 35)) -> Image.Image:
    D = diameter_px
    im = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = D / 2
    ring = D * 0.035
    dr.ellipse([ring / 2, ring / 2, D - ring / 2, D - ring / 2], outline=(*color, 255), width=int(ring))
    # star
    R, r_in = D * 0.16, D * 0.16 * 0.382
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r_in
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=(*color, 255))
    # name on the arc
    n = len(name)
    span = min(250, 20 * n + 40)
    fpx = int(D * (0.15 if n <= 10 else 0.125))
    f = pil_font("song" if rng.random() < 0.5 else "hei", fpx)
    rad = c - ring - fpx * 0.62
    for i, ch in enumerate(name):
        a = -90 - span / 2 + span * (i + 0.5) / n
        ar = math.radians(a)
        tile = Image.new("RGBA", (fpx + 8, fpx + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(((fpx + 8) / 2, (fpx + 8) / 2), ch, font=f, fill=(*color, 255), anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(ar) - tile.width / 2
        y = c + rad * math.sin(ar) - tile.height / 2
        im.alpha_composite(tile, (int(x), int(y)))
    if sub:
        f2 = pil_font("song", int(D * 0.085))
        dr.text((c, c + D * 0.3), sub, font=f2, fill=(*color, 255), anchor="mm")
    # ink texture: random weak spots
    a = np.asarray(im.split()[3], dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31)).random(a.shape)
    a = a * (0.55 + 0.45 * (noise > 0.12)) * rng.uniform(0.75, 0.95)
    im.putalpha(Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)))
    return im.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC)


# ---------------------------------------------------------------- degradation

def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def scan(im: Image.Image, rng, grey=False, upside=False, skew=None, blur=None, noise=None) -> Image.Image:
    g = _np_rng(rng)
    if grey:
        im = im.convert("L")
    skew = rng.uniform(-1.6, 1.6) if skew is None else skew
    fill = 255 if im.mode == "L" else (255, 255, 255)
    im = im.rotate(skew + (180 if upside else 0), resample=Image.BICUBIC, expand=False, fillcolor=fill)
    blur = rng.uniform(0.2, 0.9) if blur is None else blur
    if blur > 0:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im, dtype=np.float32)
    if grey:  # photocopy: grey background, lifted blacks, toner speckle
        bg = rng.uniform(208, 238)
        a = a / 255.0 * (bg - 35) + 35
        spk = g.random(a.shape) < 0.0015
        a[spk] = g.uniform(30, 90, spk.sum())
        # uneven band from the copier lamp
        band = np.linspace(rng.uniform(-14, 0), rng.uniform(0, 10), a.shape[1])[None, :]
        a = a + band
    noise = rng.uniform(3, 9) if noise is None else noise
    a = a + g.normal(0, noise, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def photo(im: Image.Image, rng, max_side=1700, upside=False) -> Image.Image:
    """A phone photo of a sheet or card lying on a desk: perspective, light fall-off, noise."""
    g = _np_rng(rng)
    sc = max_side * 0.8 / max(im.size)
    im = im.convert("RGB").resize((int(im.width * sc), int(im.height * sc)), Image.LANCZOS)
    if upside:
        im = im.rotate(180)
    W, H = int(im.width / 0.8), int(im.height / 0.8)
    desk = tuple(int(v) for v in rng.choice([(120, 92, 64), (70, 72, 80), (160, 150, 135), (40, 45, 50), (188, 178, 160)]))
    bg = Image.new("RGB", (W, H), desk)
    ox, oy = (W - im.width) // 2, (H - im.height) // 2
    # random quad for the sheet
    def j(v):
        return v + rng.uniform(-0.035, 0.035) * max(W, H)
    quad_dst = [(j(ox), j(oy)), (j(ox + im.width), j(oy)), (j(ox + im.width), j(oy + im.height)), (j(ox), j(oy + im.height))]
    coeffs = _persp_coeffs(quad_dst, [(0, 0), (im.width, 0), (im.width, im.height), (0, im.height)])
    warped = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", im.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = mask.filter(ImageFilter.GaussianBlur(12))
    sh = Image.new("L", (W, H), 0)
    sh.paste(shadow, (8, 10))
    bg = Image.composite(Image.new("RGB", (W, H), (0, 0, 0)), bg, sh.point(lambda v: int(v * 0.35)))
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    light = (1.08 - rng.uniform(0.25, 0.45) * d)[..., None]
    tint = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.88, 0.97)])
    a = a * light * tint + g.normal(0, rng.uniform(3, 7), a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))


def _persp_coeffs(src, dst):
    # coefficients mapping output (src quad) -> input (dst quad) for Image.transform
    A, B = [], []
    for (x, y), (u, v) in zip(src, dst, strict=False):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def jpeg_bytes(im: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def jpeg_roundtrip(im: Image.Image, quality: int) -> Image.Image:
    return Image.open(io.BytesIO(jpeg_bytes(im, quality))).copy()
