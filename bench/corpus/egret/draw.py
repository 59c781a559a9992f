"""Pixels and PDF pages for the egret corpus: text layout, red seals, cards, scans.

A paper is laid out once as a born-digital PDF page (PyMuPDF, real CJK fonts); a
"scan" is that page rendered and then degraded as a copier or a phone would degrade it,
so the text-layer and image-only forms of a paper say exactly the same thing.
"""

from __future__ import annotations

import io
import math
import random

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
A4 = (595.0, 842.0)
LEFT, TOP, WIDTH = 79.0, 95.0, 442.0


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """A Pillow font (cached by Pillow's own loader cost being small enough here)."""
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------- seals
def seal(text: str, size: int = 300, rng: random.Random | None = None, centre: str = "★",
         bottom: str = "") -> Image.Image:
    """A round red seal: the organ's name on the upper arc, a star, an optional bottom line."""
    rng = rng or random.Random(0)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205 + rng.randint(-20, 20), 25, 30, 200)
    w = max(4, size // 36)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    fsize = int(size * 0.13)
    f = font(ZENHEI, fsize)
    n = len(text)
    span = min(250.0, 18.0 * n + 30)
    radius = size / 2 - w - fsize * 0.75
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize // 2, fsize // 2), ch, font=f, fill=red)
        tile = tile.rotate(-ang, resample=Image.BICUBIC)
        rad = math.radians(ang - 90)
        x = size / 2 + radius * math.cos(rad) - fsize
        y = size / 2 + radius * math.sin(rad) - fsize
        img.alpha_composite(tile, (int(x), int(y)))
    sf = font(ZENHEI, int(size * 0.28))
    d.text((size / 2, size / 2), centre, font=sf, fill=red, anchor="mm")
    if bottom:
        d.text((size / 2, size * 0.75), bottom, font=font(ZENHEI, int(size * 0.09)), fill=red, anchor="mm")
    # ink is never even: knock out a few specks
    arr = np.array(img)
    mask = np.random.default_rng(rng.randint(0, 2**31)).random(arr.shape[:2]) < 0.08
    arr[mask, 3] = arr[mask, 3] // 3
    return Image.fromarray(arr)


def png_bytes(img: Image.Image, fmt: str = "PNG", **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


# ---------------------------------------------------------------- text pages
def _wrap(text: str, per_line: int, indent: int) -> list[str]:
    """Break a paragraph as word processors do: ASCII is half width, never split a number."""
    lines, cur, width, limit = [], "", 0.0, float(per_line - indent)
    i = 0
    while i < len(text):
        j = i + 1
        if text[i].isascii():
            while j < len(text) and text[j].isascii() and not text[j].isspace():
                j += 1
        token = text[i:j]
        w = sum(0.5 if ch.isascii() else 1.0 for ch in token)
        if cur and width + w > limit and token[0] not in "，。；：、）》”":
            lines.append(cur)
            cur, width, limit = "", 0.0, float(per_line)
        cur += token
        width += w
        i = j
    if cur:
        lines.append(cur)
    if lines and indent:
        lines[0] = "\u3000" * indent + lines[0]
    return lines


def layout(page: pymupdf.Page, items: list[tuple], fontname: str, body: float = 15.0) -> pymupdf.Rect | None:
    """Write a paper's items on a PDF page; return where the seal belongs (the date line).

    Items: ("title", s) · ("head", s) centred bold-ish · ("num", s) right-aligned case
    number · ("left", s) · ("para", s) indented paragraph · ("right", s) · ("date", s)
    the signing date the seal covers · ("gap", pt) · ("rule",) a cut line.
    """
    y = TOP
    anchor = None
    per_line = int(WIDTH // body)
    for item in items:
        kind = item[0]
        if kind == "gap":
            y += item[1]
            continue
        if kind == "rule":
            page.draw_line((LEFT - 20, y), (LEFT + WIDTH + 20, y), color=(0.3, 0.3, 0.3), dashes="[4 3] 0")
            y += body
            continue
        text = item[1]
        if kind in ("title", "head"):
            size = 22.0 if kind == "title" else 18.0
            tw = pymupdf.get_text_length(text, fontname="china-s", fontsize=size)
            page.insert_text(((A4[0] - tw) / 2, y + size), text, fontname=fontname, fontsize=size)
            y += size * 1.8
            continue
        if kind in ("num", "right", "date"):
            tw = body * sum(0.5 if ch.isascii() else 1.0 for ch in text)
            x = LEFT + WIDTH - tw - (body * 2 if kind == "date" else 0)
            page.insert_text((x, y + body), text, fontname=fontname, fontsize=body)
            if kind == "date":
                anchor = pymupdf.Rect(x - 30, y - 80, x + tw + 10, y + 60)
            y += body * 1.75
            continue
        indent = 2 if kind == "para" else 0
        for line in _wrap(text, per_line, indent):
            page.insert_text((LEFT, y + body), line, fontname=fontname, fontsize=body)
            y += body * 1.75
    return anchor


def text_pdf(pages: list[list[tuple]], seals: list[tuple[Image.Image, bool] | None], style: str = "uming",
             images: list[list[tuple[Image.Image, tuple]]] | None = None) -> bytes:
    """A born-digital PDF: one text page per item list, the seal image on the date line."""
    doc = pymupdf.open()
    for i, items in enumerate(pages):
        page = doc.new_page(width=A4[0], height=A4[1])
        fname = "china-s"
        if style != "china-s":
            page.insert_font(fontname="F1", fontfile=UMING if style == "uming" else UKAI)
            fname = "F1"
        anchor = layout(page, items, fname)
        seal_img = seals[i] if i < len(seals) else None
        if seal_img is not None and anchor is not None:
            img = seal_img[0]
            page.insert_image(pymupdf.Rect(anchor.x0 + 10, anchor.y0, anchor.x0 + 140, anchor.y0 + 130),
                              stream=png_bytes(img))
        for img, box in (images[i] if images and i < len(images) else []):
            page.insert_image(pymupdf.Rect(*box), stream=png_bytes(img.convert("RGB"), "JPEG", quality=85))
    return doc.tobytes(deflate=True)


def raster(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
    """Render each page of a PDF to an RGB image."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    out = []
    for page in doc:
        pix = page.get_pixmap(dpi=dpi)
        out.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
    return out


# ---------------------------------------------------------------- degradations
def scan(img: Image.Image, rng: random.Random, *, skew: float = 0.0, grey: bool = False,
         blur: float = 0.0, noise: float = 6.0, upside_down: bool = False, shadow: bool = False) -> Image.Image:
    """A copier's or phone's version of a clean page: tilt, toner grey, speckle, shadow."""
    out = img.convert("RGB")
    if grey:
        out = out.convert("L").point(lambda v: 30 + v * 0.82).convert("RGB")
    if skew:
        out = out.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=(246, 245, 240))
    arr = np.asarray(out).astype(np.float32)
    g = np.random.default_rng(rng.randint(0, 2**31))
    arr += g.normal(0, noise, arr.shape)
    if shadow:
        h, w = arr.shape[:2]
        ramp = np.linspace(0.72, 1.0, w)[None, :, None] * np.linspace(0.85, 1.0, h)[:, None, None]
        arr *= ramp
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if upside_down:
        out = out.rotate(180)
    return out


def image_pdf(images: list[Image.Image], quality: int = 70) -> bytes:
    """An image-only PDF (no text layer), one JPEG per A4 page, as a scanner writes it."""
    doc = pymupdf.open()
    for img in images:
        page = doc.new_page(width=A4[0], height=A4[1])
        page.insert_image(page.rect, stream=png_bytes(img.convert("RGB"), "JPEG", quality=quality),
                          keep_proportion=False)
    return doc.tobytes(deflate=True)


def stamp(img: Image.Image, seal_img: Image.Image, box: tuple[int, int, int]) -> Image.Image:
    """Press a seal onto a rendered page at (x, y, diameter) in pixels."""
    out = img.convert("RGBA")
    s = seal_img.resize((box[2], box[2]))
    out.alpha_composite(s, (box[0], box[1]))
    return out.convert("RGB")


def multiply_seal(page_img: Image.Image, seal_img: Image.Image, xy: tuple[int, int], d: int) -> Image.Image:
    """A seal pressed over printed text: red ink darkens, it does not hide the text."""
    base = np.asarray(page_img.convert("RGB")).astype(np.float32)
    s = np.asarray(seal_img.resize((d, d)).convert("RGBA")).astype(np.float32)
    x, y = xy
    h, w = base.shape[:2]
    x2, y2 = min(w, x + d), min(h, y + d)
    patch = s[: y2 - y, : x2 - x]
    alpha = patch[..., 3:4] / 255.0
    region = base[y:y2, x:x2]
    region[:] = region * (1 - alpha) + np.minimum(region, patch[..., :3]) * alpha
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


# ---------------------------------------------------------------- cards and copies
def _face(d: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=(70, 110, 190))
    cx, w = (x0 + x1) // 2, x1 - x0
    tone = (225 - rng.randint(0, 30), 190 - rng.randint(0, 25), 160)
    d.ellipse((cx - w * 0.22, y0 + w * 0.18, cx + w * 0.22, y0 + w * 0.72), fill=tone)
    d.ellipse((cx - w * 0.42, y0 + w * 0.78, cx + w * 0.42, y1 + w * 0.5), fill=(30, 35, 50))
    d.rectangle((x0, y1, x1, y1 + 2), fill=(255, 255, 255))


def work_id_card(name: str, court: str, number: str, title: str, rng: random.Random) -> Image.Image:
    """The inside of a court's 工作证: photo under the court's seal, name, post, number."""
    W, H = 1000, 640
    img = Image.new("RGB", (W, H), (250, 250, 246))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 96), fill=(160, 20, 25))
    d.text((W // 2, 48), "工  作  证", font=font(ZENHEI, 54), fill="white", anchor="mm")
    _face(d, (60, 140, 300, 460), rng)
    f = font(UMING, 40)
    for i, (k, v) in enumerate((("姓　　名", name), ("单　　位", court), ("职　　务", title), ("证件编号", number))):
        d.text((350, 150 + i * 92), f"{k}：", font=f, fill=(20, 20, 20))
        fv = f if len(v) < 11 else font(UMING, max(24, int(40 * 11 / len(v))))
        d.text((540, 150 + i * 92), v, font=fv, fill=(20, 20, 20))
    img = stamp(img, seal(court, 260, rng), (150, 330, 230))
    return img


def duty_cert_pages(name: str, court: str, number: str, rng: random.Random) -> list[Image.Image]:
    """A 执行公务证 as handed in: the red cover and the inside page, one card."""
    W, H = 1000, 640
    cover = Image.new("RGB", (W, H), (150, 18, 22))
    d = ImageDraw.Draw(cover)
    d.ellipse((W // 2 - 70, 90, W // 2 + 70, 230), outline=(235, 200, 90), width=8)
    d.text((W // 2, 160), "★", font=font(ZENHEI, 80), fill=(235, 200, 90), anchor="mm")
    d.text((W // 2, 330), "中华人民共和国", font=font(ZENHEI, 48), fill=(235, 200, 90), anchor="mm")
    d.text((W // 2, 430), "执 行 公 务 证", font=font(ZENHEI, 72), fill=(235, 200, 90), anchor="mm")
    inside = Image.new("RGB", (W, H), (252, 250, 244))
    d = ImageDraw.Draw(inside)
    d.text((W // 2, 60), "执行公务证", font=font(ZENHEI, 50), fill=(150, 18, 22), anchor="mm")
    _face(d, (650, 140, 890, 460), rng)
    f = font(UKAI, 40)
    for i, (k, v) in enumerate((("姓名", name), ("单位", court), ("证号", number), ("发证机关", "最高人民法院"))):
        fv = f if len(v) < 10 else font(UKAI, max(24, int(40 * 10 / len(v))))
        d.text((60, 150 + i * 95), f"{k}：", font=f, fill=(25, 25, 25))
        d.text((240, 150 + i * 95), v, font=fv, fill=(25, 25, 25))
    d.text((60, 560), "持证人依法执行公务，有关单位和个人应当予以协助。", font=font(UKAI, 30), fill=(60, 60, 60))
    inside = stamp(inside, seal("中华人民共和国最高人民法院", 260, rng), (700, 360, 230))
    return [cover, inside]


def id_copy(p, issuer: str, valid: str, rng: random.Random) -> Image.Image:
    """A photocopy of a citizen ID card, front above back, on an A4 sheet (grey toner)."""
    sheet = Image.new("RGB", (1240, 1754), (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    f = font(ZENHEI, 34)
    front = (200, 180, 1040, 710)
    d.rounded_rectangle(front, 30, outline=(90, 90, 90), width=4)
    rows = (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", p.birth),
            ("住址", p.address[3:17]), ("", p.address[17:]))
    for i, (k, v) in enumerate(rows):
        d.text((240, 220 + i * 70), k, font=f, fill=(80, 80, 80))
        d.text((350, 220 + i * 70), v, font=f, fill=(20, 20, 20))
    d.text((240, 620), "公民身份号码", font=f, fill=(80, 80, 80))
    d.text((470, 620), p.id_number, font=font(ZENHEI, 40), fill=(20, 20, 20))
    _face(d, (800, 220, 1000, 470), rng)
    back = (200, 800, 1040, 1330)
    d.rounded_rectangle(back, 30, outline=(90, 90, 90), width=4)
    d.text((620, 900), "中华人民共和国", font=font(ZENHEI, 52), fill=(20, 20, 20), anchor="mm")
    d.text((620, 990), "居 民 身 份 证", font=font(ZENHEI, 64), fill=(20, 20, 20), anchor="mm")
    d.text((260, 1150), f"签发机关　{issuer}", font=f, fill=(20, 20, 20))
    d.text((260, 1220), f"有效期限　{valid}", font=f, fill=(20, 20, 20))
    d.text((300, 1450), "本复印件仅供办理股权变更登记使用", font=font(UKAI, 40), fill=(40, 40, 40))
    return sheet.convert("L").convert("RGB")


def photo(card: Image.Image, rng: random.Random, *, table=(120, 100, 80)) -> Image.Image:
    """A phone photo of a card lying on a desk: perspective, a warm cast, shadow, JPEG later."""
    W, H = card.size
    canvas = Image.new("RGB", (int(W * 1.35), int(H * 1.5)), table)
    tilt = rng.uniform(-6, 6)
    c = card.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=table)
    canvas.paste(c, ((canvas.width - c.width) // 2, (canvas.height - c.height) // 2))
    cw, ch = canvas.size
    dx = cw * 0.06
    coeffs = _perspective([(0, 0), (cw, 0), (cw, ch), (0, ch)],
                          [(rng.uniform(0, dx), 0), (cw - rng.uniform(0, dx), rng.uniform(0, dx)),
                           (cw, ch), (0, ch - rng.uniform(0, dx))])
    canvas = canvas.transform(canvas.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=table)
    return scan(canvas, rng, noise=5, shadow=True, blur=0.6)


def _perspective(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(a, b).tolist()


def on_a4(cards: list[Image.Image], grey: bool = True) -> Image.Image:
    """Photocopies of one or two cards on one A4 sheet (150 dpi)."""
    sheet = Image.new("RGB", (1240, 1754), (255, 255, 255))
    for i, c in enumerate(cards[:2]):
        c = c.resize((900, int(900 * c.height / c.width)))
        sheet.paste(c, (170, 160 + i * 780))
    return sheet.convert("L").convert("RGB") if grey else sheet
