"""Lay papers out on A4, draw them as scans or as PDFs with a text layer, seals and cards."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import cv2
import fitz
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}
A4 = (595.0, 842.0)
MM = 72 / 25.4
_font_cache: dict = {}


def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _font_cache:
        path, idx = FONTS[key]
        _font_cache[k] = ImageFont.truetype(path, px, index=idx)
    return _font_cache[k]


@dataclass
class Block:
    text: str
    kind: str = "para"  # title, center, para, left, right, sig, gap
    size: float = 15.0
    font: str = "song"
    anchor: bool = False  # the seal sits over this block


@dataclass
class Paper:
    type: str
    blocks: list[Block]
    court: str | None = None  # court whose seal goes over the anchor block
    seal_name: str | None = None  # another seal text (non-court agency)
    copy_stamp: bool = False  # 本件与原本核对无异
    sealed: bool | None = True
    label: str = ""


@dataclass
class Page:
    items: list[tuple[float, float, str, float, str]] = field(default_factory=list)
    seals: list[tuple[float, float, float, str]] = field(default_factory=list)
    stamps: list[tuple[float, float]] = field(default_factory=list)


def layout(paper: Paper, rng: random.Random) -> list[Page]:
    """Place the blocks in points on A4 pages (GB/T 9704-ish margins, varied spacing)."""
    left, right = rng.uniform(26, 30) * MM, A4[0] - rng.uniform(24, 28) * MM
    top, bottom = rng.uniform(30, 38) * MM, A4[1] - rng.uniform(28, 34) * MM
    spacing = rng.uniform(1.45, 1.85)
    pages = [Page()]
    y = top
    width = right - left

    def newline(h: float) -> None:
        nonlocal y
        if y + h > bottom:
            pages.append(Page())
            y = top

    for b in paper.blocks:
        if b.kind == "gap":
            y += b.size
            continue
        f = font(b.font, 100)
        scale = b.size / 100
        if b.kind in ("title", "center", "right", "sig"):
            lines = [b.text]
        else:
            indent = 2 * b.size if b.kind == "para" else 0
            lines, cur, first = [], "", True
            for ch in b.text:
                avail = width - (indent if first else 0)
                if f.getlength(cur + ch) * scale > avail and cur:
                    lines.append(cur)
                    cur, first = "", False
                cur += ch
            if cur:
                lines.append(cur)
        for n, line in enumerate(lines):
            h = b.size * spacing
            newline(h)
            w = f.getlength(line) * scale
            if b.kind in ("title", "center"):
                x = left + (width - w) / 2
            elif b.kind == "right":
                x = right - w - 2 * b.size
            elif b.kind == "sig":
                x = right - w - 4 * b.size
            elif b.kind == "para" and n == 0:
                x = left + 2 * b.size
            else:
                x = left
            pages[-1].items.append((x, y, b.font, b.size, line))
            if b.anchor:
                r = rng.uniform(21, 23) * MM
                pages[-1].seals.append((x + w / 2 + rng.uniform(-10, 10), y + b.size / 2 + rng.uniform(-14, 6),
                                        r, paper.court or paper.seal_name or ""))
            y += h
    if paper.copy_stamp:
        pages[0].stamps.append((right - 60 * MM, top - 14 * MM))
    return pages


# ---------------------------------------------------------------- seals

def seal_image(name: str, px: int, rng: random.Random, star: bool = True, sub: str = "") -> Image.Image:
    """A round red seal: ring, five-pointed star, the name along the top arc."""
    big = px * 2
    img = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(img)
    ring = int(big * 0.045)
    d.ellipse((ring, ring, big - ring, big - ring), outline=255, width=ring)
    c = big / 2
    if star:
        rs = big * 0.16
        pts = []
        for k in range(10):
            r = rs if k % 2 == 0 else rs * 0.38
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((c + r * math.cos(a), c + r * math.sin(a)))
        d.polygon(pts, fill=255)
    n = len(name)
    span = min(250.0, 22.0 * n + 30)
    fs = int(big * (0.15 if n <= 10 else 0.13 if n <= 13 else 0.115))
    f = font("song", fs)
    rad = c - ring * 2.2 - fs * 0.55
    for k, ch in enumerate(name):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        a = math.radians(ang)
        glyph = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        gx, gy = c + rad * math.cos(a) - fs, c + rad * math.sin(a) - fs
        img.paste(255, (int(gx), int(gy)), glyph)
    if sub:
        fsub = font("song", int(big * 0.08))
        d.text((c, c + big * 0.27), sub, font=fsub, fill=255, anchor="mm")
    arr = np.asarray(img.resize((px, px), Image.LANCZOS)).astype(np.float32) / 255
    noise = np.asarray(Image.effect_noise((px, px), 60).filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32) / 255
    alpha = np.clip(arr * (0.55 + 0.6 * noise) * rng.uniform(0.8, 0.95), 0, 1)
    rgba = np.zeros((px, px, 4), np.uint8)
    rgba[..., 0] = rng.randint(200, 235)
    rgba[..., 1] = rng.randint(20, 50)
    rgba[..., 2] = rng.randint(30, 60)
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA").rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def copy_stamp_image(px_w: int, rng: random.Random) -> Image.Image:
    h = int(px_w * 0.2)
    img = Image.new("RGBA", (px_w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = (rng.randint(190, 225), 30, 45, 210)
    d.rectangle((2, 2, px_w - 3, h - 3), outline=col, width=max(2, px_w // 90))
    d.text((px_w / 2, h / 2), "本件与原本核对无异", font=font("song", int(px_w / 10.8)), fill=col, anchor="mm")
    return img.rotate(rng.uniform(-4, 4), expand=True, resample=Image.BICUBIC)


# ---------------------------------------------------------------- raster

def raster(page: Page, rng: random.Random, dpi: int = 150) -> Image.Image:
    s = dpi / 72
    img = Image.new("RGB", (int(A4[0] * s), int(A4[1] * s)), (255, 255, 253))
    d = ImageDraw.Draw(img)
    ink = rng.randint(5, 35)
    for x, y, fk, size, text in page.items:
        d.text((x * s, y * s), text, font=font(fk, int(size * s)), fill=(ink, ink, ink + 5))
    for cx, cy, r, name in page.seals:
        px = int(2 * r * s)
        im = seal_image(name, px, rng)
        img.paste(im, (int(cx * s - im.width / 2), int(cy * s - im.height / 2)), im)
    for x, y in page.stamps:
        im = copy_stamp_image(int(55 * MM * s), rng)
        img.paste(im, (int(x * s), int(y * s)), im)
    return img


def scan_effects(img: Image.Image, rng: random.Random, kind: str = "scan", rotate: int = 0) -> Image.Image:
    """kind: scan (light), copy (grey photocopy), photo (phone photo, perspective, shading)."""
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = arr.shape[:2]
    if kind == "copy":
        g = arr.mean(axis=2, keepdims=True)
        g = 70 + g * rng.uniform(0.62, 0.72)
        arr = np.repeat(g, 3, axis=2)
    elif kind == "scan" and rng.random() < 0.4:
        arr = 255 - (255 - arr) * rng.uniform(0.65, 0.85)  # low contrast
    angle = rng.uniform(-3, 3) if kind != "photo" else rng.uniform(-2.5, 2.5)
    bg = (235, 235, 232) if kind != "copy" else (150, 150, 150)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    arr = cv2.warpAffine(arr, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bg)
    if kind == "photo":
        d = 0.04
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        jit = lambda: rng.uniform(0, d)  # noqa: E731
        dst = np.float32([[w * jit(), h * jit()], [w * (1 - jit()), h * jit()],
                          [w * (1 - jit()), h * (1 - jit())], [w * jit(), h * (1 - jit())]])
        arr = cv2.warpPerspective(arr, cv2.getPerspectiveTransform(src, dst), (w, h),
                                  borderMode=cv2.BORDER_CONSTANT, borderValue=(90, 80, 70))
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        shade = 1 - 0.22 * ((xx - cx) ** 2 + (yy - cy) ** 2) / (w * w + h * h)
        arr = arr * shade[..., None] * rng.uniform(0.9, 1.0)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2, 6), arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    if rng.random() < 0.5 or kind == "photo":
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if rotate:
        out = out.rotate(rotate, expand=True)
    if kind == "copy":
        out = out.convert("L")
    return out


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(buf, "JPEG", quality=q)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- PDF output

def _new_doc() -> fitz.Document:
    return fitz.open()


def _save(doc: fitz.Document, path: str) -> None:
    doc.set_metadata({"producer": "court office scanner", "creator": "", "title": "",
                      "creationDate": "D:20240101000000", "modDate": "D:20240101000000"})
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    doc.close()


def pdf_text_pages(doc: fitz.Document, pages: list[Page], rng: random.Random) -> None:
    """Append pages with real text (a text layer) and seals as images."""
    for pg in pages:
        p = doc.new_page(width=A4[0], height=A4[1])
        used = sorted({it[2] for it in pg.items})
        for fk in used:
            p.insert_font(fontname=fk, fontfile=FONTS[fk][0])
        for x, y, fk, size, text in pg.items:
            p.insert_text((x, y + size * 0.88), text, fontname=fk, fontsize=size, color=(0.05, 0.05, 0.05))
        for cx, cy, r, name in pg.seals:
            im = seal_image(name, int(2 * r * 3), rng)
            w = im.width / 3
            p.insert_image(fitz.Rect(cx - w / 2, cy - w / 2, cx + w / 2, cy + w / 2), stream=png_bytes(im))
        for x, y in pg.stamps:
            im = copy_stamp_image(int(55 * MM * 3), rng)
            p.insert_image(fitz.Rect(x, y, x + im.width / 3, y + im.height / 3), stream=png_bytes(im))


def pdf_image_page(doc: fitz.Document, img: Image.Image, q: int = 78,
                   texts: list[tuple[float, float, float, str]] | None = None,
                   rect: fitz.Rect | None = None) -> None:
    w, h = img.size
    if rect is None:
        if w > h:
            pw, ph = A4[1], A4[0]
        else:
            pw, ph = A4
        p = doc.new_page(width=pw, height=ph)
        p.insert_image(p.rect, stream=jpeg_bytes(img, q))
    else:
        p = doc.new_page(width=A4[0], height=A4[1])
        p.insert_image(rect, stream=jpeg_bytes(img, q))
    if texts:
        p.insert_font(fontname="song", fontfile=FONTS["song"][0])
        for x, y, size, t in texts:
            p.insert_text((x, y), t, fontname="song", fontsize=size)


# ---------------------------------------------------------------- officers' cards

@dataclass
class Officer:
    name: str
    male: bool
    court: str
    title: str
    number: str
    card: str  # work_id or duty_cert
    issued: str


def _face(size: tuple[int, int], rng: random.Random, male: bool) -> Image.Image:
    w, h = size
    bgc = rng.choice([(70, 120, 190), (200, 40, 40), (245, 245, 245)])
    im = Image.new("RGB", size, bgc)
    d = ImageDraw.Draw(im)
    skin = (rng.randint(205, 235), rng.randint(170, 200), rng.randint(140, 170))
    d.ellipse((w * 0.1, h * 0.72, w * 0.9, h * 1.35), fill=(25, 30, 45))  # jacket
    d.polygon([(w * 0.42, h * 0.74), (w * 0.58, h * 0.74), (w * 0.5, h * 0.95)], fill=(240, 240, 240))
    d.rectangle((w * 0.43, h * 0.6, w * 0.57, h * 0.78), fill=skin)
    d.ellipse((w * 0.28, h * 0.2, w * 0.72, h * 0.68), fill=skin)
    hair = (20, 20, 20)
    if male:
        d.chord((w * 0.27, h * 0.14, w * 0.73, h * 0.5), 180, 360, fill=hair)
    else:
        d.chord((w * 0.22, h * 0.12, w * 0.78, h * 0.75), 180, 360, fill=hair)
        d.rectangle((w * 0.22, h * 0.42, w * 0.3, h * 0.72), fill=hair)
        d.rectangle((w * 0.7, h * 0.42, w * 0.78, h * 0.72), fill=hair)
    d.ellipse((w * 0.38, h * 0.4, w * 0.43, h * 0.44), fill=(30, 30, 30))
    d.ellipse((w * 0.57, h * 0.4, w * 0.62, h * 0.44), fill=(30, 30, 30))
    d.arc((w * 0.43, h * 0.5, w * 0.57, h * 0.6), 20, 160, fill=(150, 60, 60), width=2)
    return im


def _emblem(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, col) -> None:
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=col, width=max(2, int(r / 10)))
    d.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), outline=col, width=max(1, int(r / 18)))
    pts = []
    for k in range(10):
        rr = r * 0.45 if k % 2 == 0 else r * 0.18
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)


def card_cover(o: Officer, rng: random.Random) -> Image.Image:
    w, h = 760, 1060
    base = rng.choice([(150, 20, 25), (120, 15, 20), (25, 45, 110)]) if o.card == "work_id" else (140, 18, 22)
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    gold = (232, 196, 110)
    d.rectangle((22, 22, w - 22, h - 22), outline=gold, width=3)
    _emblem(d, w / 2, 300, 120, gold)
    if o.card == "work_id":
        d.text((w / 2, 110), "中华人民共和国", font=font("song", 48), fill=gold, anchor="mm")
        d.text((w / 2, 560), "工  作  证", font=font("hei", 110), fill=gold, anchor="mm")
        d.text((w / 2, 880), o.court, font=font("song", 46 if len(o.court) < 12 else 40), fill=gold, anchor="mm")
    else:
        d.text((w / 2, 110), "中华人民共和国最高人民法院", font=font("song", 44), fill=gold, anchor="mm")
        d.text((w / 2, 560), "执行公务证", font=font("hei", 104), fill=gold, anchor="mm")
        d.text((w / 2, 880), "人民法院执行局", font=font("song", 44), fill=gold, anchor="mm")
    return im


def card_inside(o: Officer, rng: random.Random) -> Image.Image:
    w, h = 1060, 760
    im = Image.new("RGB", (w, h), (rng.randint(238, 250), rng.randint(236, 246), rng.randint(225, 240)))
    d = ImageDraw.Draw(im)
    d.rectangle((14, 14, w - 14, h - 14), outline=(170, 60, 60), width=3)
    title = "工作证" if o.card == "work_id" else "执行公务证"
    d.text((w / 2, 70), title, font=font("hei", 54), fill=(160, 20, 20), anchor="mm")
    photo = _face((300, 400), rng, o.male)
    im.paste(photo, (60, 150))
    fk = rng.choice(["song", "kai", "hei"])
    rows = [("姓　　名", o.name), ("性　　别", "男" if o.male else "女"), ("单　　位", o.court),
            ("职　　务", o.title), ("证　　号" if o.card == "duty_cert" else "编　　号", o.number)]
    if o.card == "duty_cert":
        rows.append(("有效期至", o.issued))
    else:
        rows.append(("发证日期", o.issued))
    y = 165
    for k, v in rows:
        d.text((400, y), k, font=font(fk, 36), fill=(40, 40, 40))
        sz = 36 if len(v) <= 12 else 31
        d.text((580, y + (36 - sz) / 2), v, font=font(fk, sz), fill=(15, 15, 15))
        d.line((575, y + 44, w - 50, y + 44), fill=(150, 150, 150), width=1)
        y += 72
    if o.card == "duty_cert":
        d.text((w / 2, h - 70), "持证人依法执行公务，请有关单位和个人予以协助。", font=font("song", 30),
               fill=(60, 60, 60), anchor="mm")
        seal_name = "中华人民共和国最高人民法院"
    else:
        seal_name = o.court
    s = seal_image(seal_name, 210, rng)
    im.paste(s, (rng.randint(160, 200), rng.randint(400, 440)), s)
    return im


def desk_photo(images: list[Image.Image], rng: random.Random) -> Image.Image:
    """Cover and inside lying on a desk, photographed from above, a bit askew."""
    W, H = 2000, 1400
    desk = np.zeros((H, W, 3), np.float32)
    tone = np.array(rng.choice([(120, 90, 60), (200, 195, 185), (70, 70, 75), (160, 130, 95)]), np.float32)
    desk[:] = tone
    grain = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 8, (H, W, 1))
    desk = desk + grain
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    x = 80
    for im in images:
        scale = 900 / max(im.size)
        im2 = im.resize((int(im.width * scale), int(im.height * scale)))
        im2 = im2.convert("RGBA").rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
        y = (H - im2.height) // 2 + rng.randint(-60, 60)
        shadow = Image.new("RGBA", im2.size, (0, 0, 0, 0))
        shadow.putalpha(im2.getchannel("A").point(lambda a: a * 90 // 255))
        canvas.paste((0, 0, 0), (x + 14, y + 14), shadow.filter(ImageFilter.GaussianBlur(8)))
        canvas.paste(im2, (x, y), im2)
        x += im2.width + rng.randint(30, 80)
    return scan_effects(canvas, rng, kind="photo")


def copy_sheet(pairs: list[list[Image.Image]], rng: random.Random, dpi: int = 150) -> Image.Image:
    """Photocopies of cards (cover + inside per officer) on one A4 sheet, grey."""
    s = dpi / 72
    W, H = int(A4[0] * s), int(A4[1] * s)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    slot_h = H // max(2, len(pairs))
    for n, pair in enumerate(pairs):
        x = int(W * 0.05)
        for k, im in enumerate(pair):
            scale = min((W * (0.3 if k == 0 else 0.56)) / im.width, slot_h * 0.85 / im.height)
            im2 = im.resize((int(im.width * scale), int(im.height * scale)))
            y = n * slot_h + (slot_h - im2.height) // 2
            sheet.paste(im2, (x, y))
            x += im2.width + int(W * 0.03)
    return scan_effects(sheet, rng, kind="copy")
