"""Laying out a paper on A4 and drawing it: born-digital PDF pages (PyMuPDF, text layer)
or scanned images (Pillow), with the court's red seal, and the ageing a scanner adds."""
import io
import math

import numpy as np
import pymupdf as fitz
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "ming": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "kai": "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
}
W, H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 79.0, 595.0 - 74.0, 100.0, 842.0 - 95.0
_cache = {}


def noise_l(size, sigma, rng):
    """A seeded grey noise image (Pillow's own effect_noise is not seeded)."""
    g = np.random.default_rng(rng.randrange(2 ** 32))
    a = np.clip(128 + g.normal(0, sigma, (size[1], size[0])), 0, 255).astype("uint8")
    return Image.fromarray(a, "L")


def font(key, size):
    k = (key, round(size, 2))
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[key], max(1, round(size)), index=0)
    return _cache[k]


def _len(text, key, size):
    return font(key, 40).getlength(text) * size / 40.0


def _tokens(text):
    """Characters, but a run of digits / Latin letters / ¥ . , stays whole (IDs, amounts, accounts)."""
    out, run = [], ""
    for ch in text:
        if (ch.isascii() and (ch.isalnum() or ch in ".,-:")) or ch == "¥":
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def _wrap(text, key, size, width, indent):
    lines, cur, first = [], "", True
    for tok in _tokens(text):
        avail = width - (indent if first else 0)
        if _len(cur + tok, key, size) > avail and cur:
            carry = ""
            if tok in "，。；：、）》」":          # closing punctuation stays on the line
                cur, tok = cur + tok, ""
            while cur and cur[-1] in "（《「“":   # opening punctuation goes down
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append((cur, indent if first else 0))
            cur, first = carry + tok, False
        else:
            cur += tok
    if cur:
        lines.append((cur, indent if first else 0))
    return lines


STYLE = {"court": ("hei", 20), "title": ("hei", 24), "caseno": (None, 15), "left": (None, 15), "para": (None, 15),
         "right": (None, 15), "date": (None, 15), "small": (None, 11), "blank": (None, 15)}


def layout(doc, body="ming"):
    """Return pages: lists of (x, y_baseline, size, text, fontkey, red), and the seal anchor."""
    pages, items, y = [], [], TOP
    anchor = None
    red_head = doc.dtype in ("assist_notice",)

    def newpage():
        nonlocal items, y
        pages.append(items)
        items, y = [], TOP

    for style, text in doc.blocks:
        key, size = STYLE[style]
        key = key or body
        lh = size * 1.75
        if style == "blank":
            y += lh
            continue
        if style in ("court", "title"):
            if style == "title":
                text = " ".join(text) if len(text) <= 6 and " " not in text else text
            if y + lh > BOTTOM:
                newpage()
            x = (W - _len(text, key, size)) / 2
            items.append((x, y + size, size, text, key, style == "court" and red_head))
            y += lh * (1.3 if style == "title" else 1.0)
            continue
        if style in ("caseno", "right", "date"):
            if y + lh > BOTTOM:
                newpage()
            tail = 4 * size if style == "date" else (2 * size if style == "right" else 0)
            x = RIGHT - tail - _len(text, key, size)
            items.append((x, y + size, size, text, key, False))
            if style == "date":
                anchor = (len(pages), x + _len(text, key, size) / 2, y + size / 2)
            y += lh
            continue
        indent = 2 * size if style == "para" else 0
        for line, ind in _wrap(text, key, size, RIGHT - LEFT, indent):
            if y + lh > BOTTOM:
                newpage()
            items.append((LEFT + ind, y + size, size, line, key, False))
            y += lh
    pages.append(items)
    if len(pages) > 1:
        for n, its in enumerate(pages, 1):
            mark = f"— {n} —"
            x = RIGHT - _len(mark, "ming", 12) if n % 2 else LEFT
            its.append((x, BOTTOM + 40, 12, mark, "ming", False))
    return pages, anchor


def seal_image(name, px, rng, center="★", under=""):
    """A round red seal of diameter px: ring, star, the name around the upper arc."""
    S = px * 2
    img = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(img)
    r = S / 2 - 4
    d.ellipse([S / 2 - r, S / 2 - r, S / 2 + r, S / 2 + r], outline=255, width=max(3, S // 28))
    f = font("hei", S * 0.13)
    n = len(name)
    span = min(250.0, 22.0 * n + 20)
    for k, ch in enumerate(name):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        rad = math.radians(ang)
        rr = r * 0.78
        cx, cy = S / 2 + rr * math.cos(rad), S / 2 + rr * math.sin(rad)
        tile = Image.new("L", (int(S * 0.16), int(S * 0.16)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, fill=255, font=f, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.paste(255, (int(cx - tile.width / 2), int(cy - tile.height / 2)), tile)
    fs = font("hei", S * 0.30)
    d.text((S / 2, S / 2), center, fill=255, font=fs, anchor="mm")
    if under:
        d.text((S / 2, S * 0.74), under, fill=255, font=font("hei", S * 0.09), anchor="mm")
    # uneven ink
    noise = noise_l((S, S), 90, rng).point(lambda v: 255 if v > 70 else 0)
    img = ImageChops.multiply(img, noise.filter(ImageFilter.MaxFilter(3)))
    img = img.resize((px, px), Image.LANCZOS)
    rgba = Image.new("RGBA", (px, px), (205, 30, 35, 0))
    rgba.putalpha(img.point(lambda v: int(v * 0.85)))
    return rgba


def render_image(doc, rng, dpi=150, body="ming"):
    """Draw the paper as page images (RGB), the seal multiplied over the date."""
    pages, anchor = layout(doc, body)
    sc = dpi / 72.0
    out = []
    for pi, its in enumerate(pages):
        im = Image.new("RGB", (int(W * sc), int(H * sc)), "white")
        d = ImageDraw.Draw(im)
        for x, y, size, text, key, red in its:
            d.text((x * sc, y * sc), text, fill=(190, 20, 20) if red else (18, 18, 18), font=font(key, size * sc), anchor="ls")
        if doc.sealed and anchor and anchor[0] == pi:
            px = int(118 * sc)
            seal = seal_image(doc.seal_court, px, rng)
            cx = anchor[1] * sc + rng.uniform(-20, 20) * sc
            cy = anchor[2] * sc + rng.uniform(-15, 10) * sc
            layer = Image.new("RGB", im.size, "white")
            white = Image.new("RGB", seal.size, "white")
            white.paste(seal, (0, 0), seal)
            layer.paste(white, (int(cx - px / 2), int(cy - px / 2)))
            im = ImageChops.multiply(im, layer)
        out.append(im)
    return out


def age_scan(im, rng, copy=False, upside_down=False):
    """What a scanner or a photocopier does to a page."""
    if copy:
        im = im.convert("L").point(lambda v: 0 if v < 150 else min(255, v + 20)).convert("RGB")
    ang = rng.uniform(-1.6, 1.6)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    if upside_down:
        im = im.rotate(180)
    # uneven light (a soft ramp in a random direction) and sensor noise
    g = np.random.default_rng(rng.randrange(2 ** 32))
    arr = np.asarray(im).astype(np.float32)
    h, w = arr.shape[:2]
    t = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w]
    ramp = (xx * math.cos(t) + yy * math.sin(t)) / float(w + h)
    ramp = (ramp - ramp.min()) / max(1e-6, ramp.max() - ramp.min())
    light = 1.0 - rng.uniform(0.08, 0.22) * ramp
    arr = arr * light[..., None] + g.normal(0, rng.uniform(3, 8), (h, w))[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return im


def jpeg_bytes(im, rng):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=rng.randint(55, 85))
    return b.getvalue()


def write_digital_pdf(docs, path, rng, body="ming"):
    """Born-digital: one PDF with a text layer; returns [(doc, [page numbers])]."""
    pdf = fitz.open()
    spans = []
    for doc in docs:
        pages, anchor = layout(doc, body)
        first = len(pdf)
        for pi, its in enumerate(pages):
            pg = pdf.new_page(width=W, height=H)
            for key in {k for *_, k, _ in its}:
                pg.insert_font(fontname="f" + key, fontfile=FONTS[key])
            for x, y, size, text, key, red in its:
                pg.insert_text((x, y), text, fontname="f" + key, fontsize=size,
                               color=(0.75, 0.08, 0.08) if red else (0, 0, 0))
            if doc.sealed and anchor and anchor[0] == pi:
                seal = seal_image(doc.seal_court, 300, rng)
                b = io.BytesIO()
                seal.save(b, "PNG")
                cx, cy = anchor[1] + rng.uniform(-15, 15), anchor[2] + rng.uniform(-10, 8)
                pg.insert_image(fitz.Rect(cx - 59, cy - 59, cx + 59, cy + 59), stream=b.getvalue())
        spans.append((doc, list(range(first + 1, len(pdf) + 1))))
    pdf.subset_fonts()
    pdf.set_metadata({"producer": "", "creator": ""})
    pdf.save(path, garbage=4, deflate=True, no_new_id=True)
    return spans


def write_image_pdf(images, path, rng):
    """A scanned PDF: one JPEG per page, no text layer."""
    pdf = fitz.open()
    for im in images:
        pg = pdf.new_page(width=W, height=H)
        pg.insert_image(pg.rect, stream=jpeg_bytes(im, rng))
    pdf.set_metadata({"producer": "", "creator": ""})
    pdf.save(path, garbage=4, deflate=True, no_new_id=True)
