"""Page model (mm), rendering to pixels (Pillow) and to born-digital PDF (PyMuPDF), seals,
officers' cards, and the degradations of real paper: fax, photocopy, phone photo, rotation."""

from __future__ import annotations

import io
import math
import random
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT_FILES = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}
INK = (20, 20, 20)
PEN = (25, 35, 110)          # blue-black ballpoint for hand fill-ins
SEAL_RED = (214, 32, 38)
DPI = 150


@lru_cache(maxsize=256)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = FONT_FILES[key]
    return ImageFont.truetype(path, px, index=idx)


def width_mm(text: str, font: str, pt: float) -> float:
    return pil_font(font, 200).getlength(text) / 200 * pt * 25.4 / 72


@dataclass
class Op:
    kind: str                       # text | line | rect | seal
    x: float
    y: float
    text: str = ""
    pt: float = 16
    font: str = "song"
    color: tuple = INK
    x2: float = 0
    y2: float = 0
    w: float = 0.3
    seal_text: str = ""
    seal_r: float = 21
    seal_sub: str = ""
    angle: float = 0


@dataclass
class Page:
    w: float = 210
    h: float = 297
    ops: list[Op] = field(default_factory=list)

    def text(self, x, y, s, pt=16, font="song", color=INK):
        self.ops.append(Op("text", x, y, s, pt, font, color))

    def line(self, x, y, x2, y2, w=0.3):
        self.ops.append(Op("line", x, y, x2=x2, y2=y2, w=w))

    def rect(self, x, y, x2, y2, w=0.3):
        self.ops.append(Op("rect", x, y, x2=x2, y2=y2, w=w))

    def seal(self, cx, cy, name, r=21, sub="", angle=0.0):
        self.ops.append(Op("seal", cx, cy, seal_text=name, seal_r=r, seal_sub=sub, angle=angle))


class Flow:
    """GB/T 9704-like flowing layout: margins 28/26 mm, top 37 mm."""

    def __init__(self, page: Page | None = None, left=28.0, right=26.0, top=30.0):
        self.page = page or Page()
        self.left, self.right, self.y = left, self.page.w - right, top
        self.pages = [self.page]

    def need(self, h):
        if self.y + h > self.page.h - 25:
            self.page = Page()
            self.pages.append(self.page)
            self.y = 30.0

    def gap(self, mm):
        self.y += mm

    def center(self, s, pt=22, font="song", color=INK, spacing=1.6):
        self.need(pt * 0.3528 * spacing)
        w = width_mm(s, font, pt)
        self.page.text((self.left + self.right - w) / 2, self.y, s, pt, font, color)
        self.y += pt * 0.3528 * spacing

    def right_text(self, s, pt=16, font="song", pad=0.0, color=INK):
        self.need(pt * 0.3528 * 1.7)
        w = width_mm(s, font, pt)
        self.page.text(self.right - w - pad, self.y, s, pt, font, color)
        y = self.y
        self.y += pt * 0.3528 * 1.7
        return y, self.right - w - pad, w

    def para(self, s, pt=16, font="song", indent=2, spacing=1.75, fills: dict | None = None):
        """Wrap a paragraph.  Segments in {{...}} are hand fill-ins (kai, pen colour) when fills
        is given, else printed normally.  Runs of one font on one line become one text op."""
        line_h = pt * 0.3528 * spacing
        x = self.left + indent * pt * 0.3528
        self.need(line_h)
        run = {"x": x, "t": "", "f": font, "c": INK}

        def flush():
            if run["t"]:
                self.page.text(run["x"], self.y - (0.5 if run["f"] == "kai" else 0), run["t"], pt, run["f"], run["c"])
            run["t"] = ""

        for text, hand in _segments(s):
            font_k = "kai" if (hand and fills is not None) else font
            color = PEN if (hand and fills is not None) else INK
            if font_k != run["f"]:
                flush()
                run.update(x=x, f=font_k, c=color)
            for ch in _tokens(text):
                cw = width_mm(ch, font_k, pt)
                if x + cw > self.right + 0.5 and ch not in "，。、；：）”":
                    flush()
                    self.y += line_h
                    self.need(line_h)
                    x = self.left
                    run.update(x=x, f=font_k, c=color)
                if not run["t"]:
                    run["x"] = x
                run["t"] += ch
                x += cw
        flush()
        self.y += line_h

    def kv(self, label, value, pt=16, hand=False, label_w=None):
        self.need(pt * 0.3528 * 1.8)
        self.page.text(self.left, self.y, label, pt, "song")
        lw = label_w if label_w is not None else width_mm(label, "song", pt)
        if hand:
            self.page.text(self.left + lw + 2, self.y - 0.6, value, pt + 1, "kai", PEN)
        else:
            self.page.text(self.left + lw, self.y, value, pt, "song")
        self.y += pt * 0.3528 * 1.8


def _segments(s: str):
    out, hand, buf, i = [], False, "", 0
    while i < len(s):
        if s.startswith("{{", i) or s.startswith("}}", i):
            if buf:
                out.append((buf, hand))
            buf, hand = "", s.startswith("{{", i)
            i += 2
            continue
        buf += s[i]
        i += 1
    if buf:
        out.append((buf, hand))
    return out


def _tokens(s: str):
    """Keep runs of ASCII digits/letters together so numbers never break across lines."""
    out, buf = [], ""
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in ".,-:/X"):
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


# ---------------------------------------------------------------- seals
@lru_cache(maxsize=64)
def seal_image(name: str, px: int, sub: str = "", seed: int = 0, color=SEAL_RED) -> Image.Image:
    """Round red seal: ring, five-point star, the name on the upper arc, optional bottom text.
    RGBA, transparent background."""
    big = px * 2
    img = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(img)
    c = big / 2
    ring = big * 0.035
    d.ellipse([ring / 2, ring / 2, big - ring / 2, big - ring / 2], outline=255, width=int(ring))
    # star
    rs, ri = big * 0.17, big * 0.068
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = rs if k % 2 == 0 else ri
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=255)
    # name on the arc
    n = len(name)
    span = min(250.0, 24.0 * n + 20)
    fpx = int(big * (0.16 if n <= 10 else 0.135))
    font = pil_font("song", fpx)
    rr = c - ring - fpx * 0.62
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        tile = Image.new("L", (fpx * 2, fpx * 2), 0)
        ImageDraw.Draw(tile).text((fpx * 0.5, fpx * 0.45), ch, font=font, fill=255)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = c + rr * math.cos(a) - fpx
        y = c + rr * math.sin(a) - fpx
        img.paste(255, (int(x), int(y)), tile)
    if sub:
        sf = pil_font("song", int(big * 0.085))
        w = sf.getlength(sub)
        d.text((c - w / 2, c + big * 0.2), sub, font=sf, fill=255)
    # ink texture: uneven pressure
    rng = np.random.default_rng(seed)
    a = np.asarray(img, dtype=np.float32) / 255.0
    tex = rng.random(a.shape).astype(np.float32)
    tex = cv2.GaussianBlur(tex, (0, 0), 3)
    tex = (tex - tex.min()) / (np.ptp(tex) + 1e-6)
    a = a * np.clip(0.55 + 0.6 * tex, 0, 1)
    alpha = Image.fromarray((a * 235).astype(np.uint8)).resize((px, px), Image.LANCZOS)
    out = Image.new("RGBA", (px, px), (*color, 0))
    out.putalpha(alpha)
    return out


def _seal_multiply(base: Image.Image, seal: Image.Image, x: int, y: int):
    layer = Image.new("RGB", base.size, (255, 255, 255))
    tint = Image.new("RGB", seal.size, SEAL_RED)
    white = Image.new("RGB", seal.size, (255, 255, 255))
    block = Image.composite(tint, white, seal.split()[3])
    layer.paste(block, (x, y))
    return ImageChops.multiply(base, layer)


# ---------------------------------------------------------------- raster rendering
def render_page(page: Page, dpi: int = DPI, seed: int = 0) -> Image.Image:
    s = dpi / 25.4
    img = Image.new("RGB", (round(page.w * s), round(page.h * s)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    seals = []
    for op in page.ops:
        if op.kind == "text":
            px = max(6, round(op.pt / 72 * dpi))
            d.text((op.x * s, op.y * s), op.text, font=pil_font(op.font, px), fill=op.color)
        elif op.kind == "line":
            d.line([(op.x * s, op.y * s), (op.x2 * s, op.y2 * s)], fill=INK, width=max(1, round(op.w * s)))
        elif op.kind == "rect":
            d.rectangle([op.x * s, op.y * s, op.x2 * s, op.y2 * s], outline=INK, width=max(1, round(op.w * s)))
        elif op.kind == "seal":
            seals.append(op)
    for k, op in enumerate(seals):
        px = round(op.seal_r * 2 * s)
        im = seal_image(op.seal_text, px, op.seal_sub, seed + k)
        if op.angle:
            im = im.rotate(op.angle, resample=Image.BICUBIC)
        img = _seal_multiply(img, im, round(op.x * s - px / 2), round(op.y * s - px / 2))
    return img


def pdf_text_pages(pages: list[Page], seed: int = 0) -> bytes:
    """Born-digital PDF: vector text with an embedded (subset) font, seals as images."""
    doc = fitz.open()
    k = 0
    for page in pages:
        p = doc.new_page(width=page.w / 25.4 * 72, height=page.h / 25.4 * 72)
        fonts_in = set()
        for op in page.ops:
            if op.kind == "text":
                if op.font not in fonts_in:
                    p.insert_font(fontname=op.font, fontfile=FONT_FILES[op.font][0])
                    fonts_in.add(op.font)
                base = (op.y + op.pt * 0.3528 * 0.86) / 25.4 * 72
                p.insert_text((op.x / 25.4 * 72, base), op.text, fontname=op.font, fontsize=op.pt,
                              color=tuple(c / 255 for c in op.color))
            elif op.kind == "line":
                p.draw_line((op.x / 25.4 * 72, op.y / 25.4 * 72), (op.x2 / 25.4 * 72, op.y2 / 25.4 * 72),
                            width=op.w / 25.4 * 72)
            elif op.kind == "rect":
                p.draw_rect(fitz.Rect(op.x, op.y, op.x2, op.y2) * (72 / 25.4), width=op.w / 25.4 * 72)
        for op in page.ops:
            if op.kind == "seal":
                px = 420
                im = seal_image(op.seal_text, px, op.seal_sub, seed + k)
                k += 1
                buf = io.BytesIO()
                im.save(buf, "PNG")
                r = op.seal_r
                rect = fitz.Rect(op.x - r, op.y - r, op.x + r, op.y + r) * (72 / 25.4)
                p.insert_image(rect, stream=buf.getvalue(), overlay=True)
    doc.subset_fonts()
    return _save(doc)


def _save(doc) -> bytes:
    doc.set_metadata({"producer": "godwit", "creator": "godwit", "creationDate": "D:20260101000000",
                      "modDate": "D:20260101000000", "title": "", "author": ""})
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return data


def pdf_image_pages(images: list[Image.Image], quality: int = 72, dpi: int = DPI) -> bytes:
    doc = fitz.open()
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=False)
        p = doc.new_page(width=im.width / dpi * 72, height=im.height / dpi * 72)
        p.insert_image(p.rect, stream=buf.getvalue())
    return _save(doc)


def jpeg_bytes(im: Image.Image, quality: int = 82) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png_bytes(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# ---------------------------------------------------------------- degradations
def _arr(im):
    return np.asarray(im.convert("RGB"), dtype=np.float32)


def scan(im: Image.Image, rng: random.Random, skew: float | None = None) -> Image.Image:
    ang = skew if skew is not None else rng.uniform(-0.8, 0.8)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    a = _arr(im)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.97 + 6 + nr.normal(0, 3.0, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photocopy(im: Image.Image, rng: random.Random) -> Image.Image:
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    g = np.asarray(im.convert("L"), dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    g = 35 + g * 0.78                       # grey paper, toner not quite black
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w]
    edge = np.minimum.reduce([xx, w - xx, yy, h - yy]).astype(np.float32)
    g -= np.clip(40 - edge / 3, 0, 40)      # dark copier edges
    speck = nr.random((h, w)) < 0.0015
    g[speck] = 60
    g += nr.normal(0, 5, (h, w))
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def fax(im: Image.Image, rng: random.Random, header: str) -> Image.Image:
    d = ImageDraw.Draw(im)
    d.text((30, 12), header, font=pil_font("hei", 20), fill=(30, 30, 30))
    w, h = im.size
    g = im.convert("L").rotate(rng.uniform(-0.6, 0.6), resample=Image.BILINEAR, fillcolor=255)
    small = g.filter(ImageFilter.MinFilter(3)).resize((int(w * 0.8), int(h * 0.7)), Image.BILINEAR)  # fine-mode fax
    a = np.asarray(small, dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    a = np.where(a < 205, a * 0.42, 236 + (a - 205) * 0.2)  # harsh contrast, grey paper
    a += nr.normal(0, 9, a.shape)
    for _ in range(rng.randint(2, 5)):                       # streaks
        y = nr.integers(0, a.shape[0])
        a[y:y + 1, :] -= 60
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
    return g


def phone_photo(im: Image.Image, rng: random.Random, bg=(120, 96, 70), out_w=1500) -> Image.Image:
    """Perspective, a desk around the sheet, a shadow gradient, soft focus."""
    src = np.asarray(im.convert("RGB"))
    h, w = src.shape[:2]
    scale = out_w / (w * 1.18)
    W, H = out_w, int(h * scale * 1.16)
    pw, ph = w * scale, h * scale
    ox, oy = (W - pw) / 2, (H - ph) / 2
    j = lambda: rng.uniform(-0.045, 0.045) * pw  # noqa: E731
    dst = np.float32([[ox + j(), oy + j()], [ox + pw + j(), oy + j()], [ox + pw + j(), oy + ph + j()],
                      [ox + j(), oy + ph + j()]])
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    # the desk: flat colour with low-frequency grain, made small and scaled up
    sw, sh = max(8, W // 16), max(8, H // 16)
    grain = cv2.resize(nr.normal(0, 14, (sh, sw)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    desk = np.clip(np.float32(bg)[None, None, :] + grain[..., None], 0, 255).astype(np.uint8)
    out = cv2.warpPerspective(src, M, (W, H), dst=desk.copy(), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_TRANSPARENT)
    # shadow of the phone / hand across one side, warm light: a small gradient scaled up
    gy, gx = np.mgrid[0:32, 0:32].astype(np.float32) / 31
    ang = rng.uniform(0, 2 * math.pi)
    t = np.cos(ang) * (gx - 0.5) + np.sin(ang) * (gy - 0.5) + 0.5
    shade = cv2.resize((0.6 + 0.4 * np.clip(t * 1.4, 0, 1)).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    f = out.astype(np.float32)
    f *= shade[..., None]
    f *= np.float32([1.0, 0.97, 0.9])
    f += cv2.resize(nr.normal(0, 3.5, (H // 2, W // 2)).astype(np.float32), (W, H))[..., None]
    out = np.clip(f, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.95))
    return Image.fromarray(out)


def rotate(im: Image.Image, deg: int) -> Image.Image:
    return im.rotate(deg, expand=True) if deg else im


# ---------------------------------------------------------------- DOCX
def write_docx(paragraphs: list[tuple[str, str, float, bool]], seal_png: bytes | None) -> bytes:
    """paragraphs: (text, align center|right|left|justify, size pt, bold).  Byte-stable output."""
    import datetime as _dt

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    al = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
    for text, align, size, bold in paragraphs:
        p = doc.add_paragraph()
        p.alignment = al[align]
        if align == "justify":
            p.paragraph_format.first_line_indent = Pt(size * 2)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.name = "FangSong"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋" if not bold else "黑体")
        if seal_png and text.startswith("SEAL:"):
            r.text = ""
            r.add_picture(io.BytesIO(seal_png), width=Mm(40))
    cp = doc.core_properties
    fixed = _dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = "court"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _restamp_zip(buf.getvalue())


def _restamp_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()
