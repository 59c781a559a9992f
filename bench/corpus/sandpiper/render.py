"""Layout and surfaces: born-digital PDF, scans, photocopies, photos, seals, cards."""
import io
import math

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4W, A4H = 595.28, 841.89
ML, MT, TW = 79.4, 104.9, 442.2
BOTTOM = A4H - 99.2

FONT_FILES = {
    "ming": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "kai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}
_font_cache = {}


def pil_font(key, px):
    k = (key, int(px))
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONT_FILES[key], int(px))
    return _font_cache[k]


NO_START = set("，。；：、）」》？！,.;:)”")


def cw(ch, size):
    return size * 0.5 if ord(ch) < 0x2000 else size


def tw(s, size):
    return sum(cw(c, size) for c in s)


def wrap(text, width, size, indent_chars=0):
    lines, cur, curw = [], "", indent_chars * size
    first = True
    for ch in text:
        w = cw(ch, size)
        if curw + w > width + 0.1 and cur and ch not in NO_START:
            lines.append((cur, first))
            first = False
            cur, curw = "", 0.0
        cur += ch
        curw += w
    if cur:
        lines.append((cur, first))
    return lines


class Page:
    def __init__(self):
        self.lines = []  # (x, y_baseline, text, size, font)
        self.seals = []  # (cx, cy, diam, text, kind)
        self.texts = []  # plain text of the page for checks

    def add(self, x, y, text, size, font):
        self.lines.append((x, y, text, size, font))
        self.texts.append(text)


def layout(blocks, body=16.0, body_font="ming", page_numbers=False):
    """blocks: list of tuples. Returns list of Page."""
    pages = [Page()]
    y = MT
    last = None

    def newpage():
        nonlocal y
        pages.append(Page())
        y = MT

    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y += b[1]
            continue
        if kind == "pagebreak":
            newpage()
            continue
        if kind == "seal":
            if last is None:
                continue
            pg, lx, ly, ltext, lsize = last
            cx = lx + tw(ltext, lsize) / 2 + b[2] if len(b) > 2 else lx + tw(ltext, lsize) / 2
            pg.seals.append((cx, ly - lsize * 0.4, 118.0, b[1], "court"))
            continue
        if kind == "title":
            size = b[2] if len(b) > 2 else 22.0
            font = "hei"
            for ln, _ in wrap(b[1], TW, size):
                if y + size * 1.7 > BOTTOM:
                    newpage()
                y += size * 1.55
                x = ML + (TW - tw(ln, size)) / 2
                pages[-1].add(x, y, ln, size, font)
            y += size * 0.4
            continue
        size = b[2] if len(b) > 2 and b[2] else body
        font = b[3] if len(b) > 3 and b[3] else body_font
        lh = size * 1.72
        if kind in ("center", "right", "left_nowrap"):
            if y + lh > BOTTOM:
                newpage()
            y += lh
            t = b[1]
            if kind == "center":
                x = ML + (TW - tw(t, size)) / 2
            elif kind == "right":
                x = ML + TW - tw(t, size) - 2 * size
            else:
                x = ML
            pages[-1].add(x, y, t, size, font)
            last = (pages[-1], x, y, t, size)
            continue
        indent = 2 if kind == "para" else 0
        for ln, first in wrap(b[1], TW, size, indent if True else 0):
            if y + lh > BOTTOM:
                newpage()
            y += lh
            x = ML + (indent * size if first else 0)
            pages[-1].add(x, y, ln, size, font)
            last = (pages[-1], x, y, ln, size)
    if page_numbers and len(pages) > 1:
        for i, pg in enumerate(pages, 1):
            t = f"— {i:d} —"
            x = ML + TW - tw(t, 14) if i % 2 else ML
            pg.add(x, BOTTOM + 40, t, 14, "ming")
    return pages


# ---------------------------------------------------------------- seals

def make_seal(text, diam_px, rng, color=(205, 28, 36), star=True, bottom=None):
    d = int(diam_px)
    im = Image.new("L", (d, d), 0)
    dr = ImageDraw.Draw(im)
    ring = max(2, int(d * 0.035))
    dr.ellipse([ring // 2, ring // 2, d - ring // 2 - 1, d - ring // 2 - 1], outline=255, width=ring)
    c = d / 2
    if star:
        R, r = d * 0.16, d * 0.062
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rad = R if k % 2 == 0 else r
            pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
        dr.polygon(pts, fill=255)
    n = len(text)
    fs = int(d * (0.15 if n <= 9 else 0.13 if n <= 12 else 0.11))
    font = pil_font("hei", fs)
    span = min(250.0, 22.0 * n)
    rad = c - ring - fs * 0.75
    for i, ch in enumerate(text):
        a = -90 - span / 2 + (span * (i + 0.5) / n)
        ar = math.radians(a)
        ci = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(ci).text((fs, fs), ch, font=font, fill=255, anchor="mm")
        ci = ci.rotate(-(a + 90), resample=Image.BICUBIC)
        px = c + rad * math.cos(ar) - fs
        py = c + rad * math.sin(ar) - fs
        im.paste(255, (int(px), int(py)), ci)
    if bottom:
        bf = pil_font("hei", int(d * 0.09))
        dr.text((c, c + d * 0.27), bottom, font=bf, fill=255, anchor="mm")
    # ink texture
    a = np.asarray(im).astype(np.float32) / 255.0
    nrng = np.random.default_rng(int(rng.random() * 1e9))
    tex = nrng.uniform(0.55, 1.0, a.shape)
    blot = Image.fromarray((nrng.uniform(0, 255, (8, 8))).astype(np.uint8)).resize((d, d), Image.BICUBIC)
    tex *= 0.7 + 0.3 * (np.asarray(blot) / 255.0)
    a = np.clip(a * tex * 0.92, 0, 1)
    out = np.zeros((d, d, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = (a * 235).astype(np.uint8)
    seal = Image.fromarray(out, "RGBA")
    return seal.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


# ---------------------------------------------------------------- raster

def render_page(page, dpi, rng, seal_color=(205, 28, 36)):
    s = dpi / 72.0
    W, H = int(A4W * s), int(A4H * s)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    for x, y, text, size, font in page.lines:
        dr.text((x * s, y * s), text, font=pil_font(font, size * s), fill=(18, 18, 18), anchor="ls")
    im = im.convert("RGBA")
    for cx, cy, diam, text, _kind in page.seals:
        seal = make_seal(text, diam * s, rng, color=seal_color)
        im.alpha_composite(seal, (int(cx * s - seal.width / 2), int(cy * s - seal.height / 2)))
    return im.convert("RGB")


def _nrng(rng):
    return np.random.default_rng(int(rng.random() * 2**31))


def jpeg_bytes(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=int(q))
    return b.getvalue()


def scan_degrade(im, rng, grey=False, rot180=False):
    nr = _nrng(rng)
    if grey:
        g = im.convert("L")
        a = np.asarray(g).astype(np.float32)
        a = 55 + a * (190 / 255.0)  # photocopy: dark text grey, paper grey
        a += nr.normal(0, 9, a.shape)
        speck = nr.random(a.shape) < 0.0015
        a[speck] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")
    angle = rng.uniform(-2.2, 2.2)
    fill = (228, 228, 226) if grey else (250, 250, 247)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=fill)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.25, 0.9)))
    a = np.asarray(im).astype(np.float32)
    a += nr.normal(0, rng.uniform(3, 9), a.shape[:2])[..., None]
    if not grey:
        a *= np.array([1.0, 0.995, 0.975])  # slight yellowing
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot180:
        im = im.rotate(180)
    return jpeg_bytes(im, rng.uniform(38, 78))


def photo_degrade(im, rng, rot180=False, bg=None):
    nr = _nrng(rng)
    W, H = im.size
    pad = int(max(W, H) * 0.08)
    base = bg or (int(rng.uniform(60, 140)), int(rng.uniform(50, 120)), int(rng.uniform(40, 100)))
    canvas = Image.new("RGB", (W + 2 * pad, H + 2 * pad), base)
    tex = nr.normal(0, 10, (canvas.height // 8 + 1, canvas.width // 8 + 1))
    texim = Image.fromarray(np.clip(128 + tex, 0, 255).astype(np.uint8)).resize(canvas.size, Image.BILINEAR)
    canvas = Image.blend(canvas, Image.merge("RGB", [texim] * 3), 0.25)
    paper = im.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, expand=True, fillcolor=base)
    canvas.paste(paper, (pad + (W - paper.width) // 2, pad + (H - paper.height) // 2))
    cw_, ch_ = canvas.size
    def j(m):
        return rng.uniform(-m, m)
    quad = (j(0.03) * cw_, j(0.03) * ch_, j(0.03) * cw_, ch_ + j(0.03) * ch_,
            cw_ + j(0.03) * cw_, ch_ + j(0.03) * ch_, cw_ + j(0.03) * cw_, j(0.03) * ch_)
    canvas = canvas.transform(canvas.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=base)
    # lighting gradient
    gx = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.85, 1.1), cw_)[None, :]
    gy = np.linspace(rng.uniform(0.8, 1.05), rng.uniform(0.75, 1.0), ch_)[:, None]
    a = np.asarray(canvas).astype(np.float32) * (gx * gy)[..., None]
    a *= np.array([1.0, 0.98, 0.93])
    a += nr.normal(0, 5, a.shape[:2])[..., None]
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.2)))
    if rot180:
        canvas = canvas.rotate(180)
    scale = rng.uniform(0.75, 1.0)
    canvas = canvas.resize((int(cw_ * scale), int(ch_ * scale)), Image.BILINEAR)
    return jpeg_bytes(canvas, rng.uniform(62, 86))


# ---------------------------------------------------------------- PDFs

class DigitalPDF:
    def __init__(self, font_choice="china-s"):
        self.doc = pymupdf.open()
        self.font_choice = font_choice

    def add_page(self, page, rng, rot180=False):
        p = self.doc.new_page(width=A4W, height=A4H)
        if self.font_choice == "china-s":
            names = {"ming": "china-s", "kai": "china-s", "hei": "china-ss"}
        else:
            for k in ("ming", "hei"):
                p.insert_font(fontname="F" + k, fontfile=FONT_FILES[k])
            names = {"ming": "Fming", "kai": "Fming", "hei": "Fhei"}
        for x, y, text, size, font in page.lines:
            fs = size
            if self.font_choice == "china-s":
                actual = pymupdf.get_text_length(text, fontname=names[font], fontsize=size)
                target = tw(text, size)
                if actual > target * 1.01:
                    fs = size * target / actual
            p.insert_text((x, y), text, fontname=names[font], fontsize=fs, color=(0.07, 0.07, 0.07))
        for cx, cy, diam, text, _kind in page.seals:
            seal = make_seal(text, diam * 3, rng)
            b = io.BytesIO()
            seal.save(b, "PNG")
            r = pymupdf.Rect(cx - seal.width / 6, cy - seal.height / 6, cx + seal.width / 6, cy + seal.height / 6)
            p.insert_image(r, stream=b.getvalue(), overlay=True)
        if rot180:
            p.set_rotation(180)

    def save(self, path):
        if self.font_choice != "china-s":
            self.doc.subset_fonts()
        self.doc.save(path, garbage=3, deflate=True, no_new_id=True)


def image_pdf(jpegs, path):
    doc = pymupdf.open()
    for jb in jpegs:
        im = Image.open(io.BytesIO(jb))
        w, h = im.size
        pw = A4W
        ph = A4W * h / w
        p = doc.new_page(width=pw, height=ph)
        p.insert_image(p.rect, stream=jb)
    doc.save(path, garbage=3, deflate=True, no_new_id=True)


# ---------------------------------------------------------------- cards

def _portrait(w, h, rng):
    im = Image.new("RGB", (w, h), (int(rng.uniform(70, 110)), int(rng.uniform(120, 170)), int(rng.uniform(190, 230))))
    dr = ImageDraw.Draw(im)
    skin = (int(rng.uniform(200, 235)), int(rng.uniform(170, 200)), int(rng.uniform(140, 170)))
    dr.ellipse([w * 0.3, h * 0.15, w * 0.7, h * 0.58], fill=skin)
    dr.ellipse([w * 0.28, h * 0.08, w * 0.72, h * 0.32], fill=(30, 25, 25))
    dr.pieslice([w * 0.05, h * 0.6, w * 0.95, h * 1.4], 180, 360, fill=(25, 35, 60))
    dr.polygon([(w * 0.42, h * 0.62), (w * 0.5, h * 0.8), (w * 0.58, h * 0.62)], fill=(240, 240, 240))
    return im


def render_card(kind, fields, court, rng, seal_text):
    W, H = 1012, 638
    bgc = (246, 243, 236) if kind == "work_id" else (250, 247, 240)
    im = Image.new("RGB", (W, H), bgc)
    dr = ImageDraw.Draw(im)
    band = (178, 24, 32) if kind == "duty_cert" else (22, 58, 128)
    dr.rectangle([0, 0, W, 92], fill=band)
    title = "工 作 证" if kind == "work_id" else "执 行 公 务 证"
    dr.text((W / 2, 48), title, font=pil_font("hei", 56), fill=(255, 236, 160), anchor="mm")
    ph = _portrait(250, 330, rng)
    im.paste(ph, (52, 140))
    dr.rectangle([52, 140, 302, 470], outline=(90, 90, 90), width=2)
    y = 150
    for label, value in fields:
        dr.text((340, y), f"{label}：{value}", font=pil_font("ming", 38 if len(value) < 14 else 31), fill=(20, 20, 20))
        y += 62
    foot = court if kind == "work_id" else "中华人民共和国最高人民法院制"
    dr.text((W / 2, H - 40), foot, font=pil_font("kai", 34), fill=(60, 40, 40), anchor="mm")
    im = im.convert("RGBA")
    seal = make_seal(seal_text, 230, rng)
    im.alpha_composite(seal, (95, 300))
    return im.convert("RGB")


def cards_on_sheet(cards, rng, dpi=150):
    s = dpi / 72.0
    W, H = int(A4W * s), int(A4H * s)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    y = int(H * 0.1)
    for c in cards:
        cw_ = int(W * 0.62)
        chh = int(c.height * cw_ / c.width)
        cc = c.resize((cw_, chh), Image.BILINEAR).rotate(rng.uniform(-3, 3), expand=True, fillcolor=(255, 255, 255))
        sheet.paste(cc, (int(W * 0.18), y))
        y += chh + int(H * 0.08)
    return sheet
