"""Pixels: pages, seals, officers' cards, and what scanners, copiers, faxes and phones do to them."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .layout import Page, Seal, pil_font

SEAL_RED = (214, 28, 36)


# ---------------------------------------------------------------- seals

def seal_image(seal: Seal, px: int, color=SEAL_RED) -> Image.Image:
    """A round seal: ring, five-pointed star, the name around the upper arc, optional bottom line."""
    rng = random.Random(seal.seed)
    S = px * 2
    img = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(img)
    c = S / 2
    R = S / 2 - 4
    ring = max(3, int(R * 0.055))
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=ring)
    # star
    rs, ri = R * 0.27, R * 0.27 * 0.382
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = rs if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    # arc text
    name = seal.text
    n = len(name)
    fs = int(R * (0.30 if n <= 10 else 0.26 if n <= 13 else 0.22))
    font = pil_font("hei", fs)
    span = min(250.0, 20.0 * n + 20)
    rt = R - ring - fs * 0.62
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + (span * (i + 0.5) / n)
        a = math.radians(ang)
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(tile).text((fs, fs), ch, fill=255, font=font, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = c + rt * math.cos(a) - fs
        y = c + rt * math.sin(a) - fs
        img.paste(255, (int(x), int(y)), tile)
    if seal.bottom:
        bf = pil_font("hei", int(R * 0.17))
        d.text((c, c + R * 0.55), seal.bottom, fill=255, font=bf, anchor="mm")
    # uneven ink
    arr = np.asarray(img).astype(np.float32) / 255
    nrng = np.random.default_rng(seal.seed)
    blot = nrng.random((S // 16 + 1, S // 16 + 1)).astype(np.float32)
    blot = cv2.resize(blot, (S, S), interpolation=cv2.INTER_CUBIC)
    ink = np.clip(0.55 + 0.6 * blot, 0, 1)
    speck = nrng.random((S, S)) > 0.06
    arr = arr * ink * speck * (0.78 + 0.2 * rng.random())
    out = Image.fromarray((np.clip(arr, 0, 1) * 255).astype(np.uint8)).resize((px, px), Image.LANCZOS)
    out = out.rotate(seal.rot, resample=Image.BICUBIC)
    rgba = Image.new("RGBA", (px, px), (*color, 0))
    rgba.putalpha(out)
    return rgba


def multiply_paste(base: Image.Image, stamp: Image.Image, xy: tuple[int, int]):
    """Multiply the stamp's colour into the base where its alpha is (text under the seal stays dark)."""
    x, y = xy
    bw, bh = base.size
    sw, sh = stamp.size
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + sw, bw), min(y + sh, bh)
    if x0 >= x1 or y0 >= y1:
        return
    b = np.asarray(base.crop((x0, y0, x1, y1))).astype(np.float32)
    s = np.asarray(stamp.crop((x0 - x, y0 - y, x1 - x, y1 - y))).astype(np.float32)
    a = s[..., 3:4] / 255
    col = s[..., :3] / 255
    out = b * (1 - a * (1 - col))
    base.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


# ---------------------------------------------------------------- pages

def render_page(page: Page, dpi: int = 150, seal_color=SEAL_RED) -> Image.Image:
    k = dpi / 72
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for x0, y0, x1, y1, w, dashed in page.lines:
        if dashed:
            x = x0
            while x < x1:
                d.line((x * k, y0 * k, min(x + 6, x1) * k, y1 * k), fill=(40, 40, 40), width=max(1, int(w * k)))
                x += 10
        else:
            d.line((x0 * k, y0 * k, x1 * k, y1 * k), fill=(0, 0, 0), width=max(1, int(w * k)))
    for x0, y0, x1, y1, w, color in page.rects:
        d.rectangle((x0 * k, y0 * k, x1 * k, y1 * k), outline=color, width=max(1, int(w * k)))
    for x, y, s, font, size, color in page.texts:
        d.text((x * k, y * k), s, fill=color, font=pil_font(font, round(size * k)))
    for seal in page.seals:
        px = round(seal.r * 2 * k)
        multiply_paste(img, seal_image(seal, px, seal_color), (round(seal.cx * k - px / 2), round(seal.cy * k - px / 2)))
    return img


def seal_png(seal: Seal, px: int = 420) -> bytes:
    buf = io.BytesIO()
    seal_image(seal, px).save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- degradations

def skew(img: Image.Image, angle: float, fill=(255, 255, 255)) -> Image.Image:
    a = np.asarray(img)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = fill if a.ndim == 3 else fill[0]
    out = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    return Image.fromarray(out)


_EDGE: dict[tuple[int, int], np.ndarray] = {}


def _edge(h: int, w: int) -> np.ndarray:
    if (h, w) not in _EDGE:
        xx = np.minimum(np.arange(w), w - np.arange(w)).astype(np.float32)[None, :]
        yy = np.minimum(np.arange(h), h - np.arange(h)).astype(np.float32)[:, None]
        _EDGE[(h, w)] = np.clip(1 - np.minimum(xx, yy) / (0.06 * w), 0, 1)
    return _EDGE[(h, w)]


def _light(h: int, w: int, cx: float, cy: float, k: float) -> np.ndarray:
    xx = (np.arange(w, dtype=np.float32) / w - cx)[None, :]
    yy = (np.arange(h, dtype=np.float32) / h - cy)[:, None]
    return 1.05 - k * (xx * xx + yy * yy)


def add_noise(img: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, sigma, a.shape[:2])[..., None] if a.ndim == 3 else rng.normal(0, sigma, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def photocopy(img: Image.Image, rng: np.random.Generator, dark: float = 0.0) -> Image.Image:
    """Grey photocopy: desaturate, slight toner grey, speckles and a darker edge."""
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = 235 - (235 - g) * (0.95 + dark) - 10 * dark
    h, w = g.shape
    g -= 25 * _edge(h, w)
    g += rng.standard_normal(g.shape, dtype=np.float32) * 5
    speck = rng.random(g.shape) < 0.0008
    g[speck] = 60
    return Image.fromarray(g.clip(0, 255).astype(np.uint8)).convert("RGB")


def fax_grey(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Low-contrast fax grey: text at mid grey on a grey ground, horizontal streaks."""
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = 95 + g * (205 - 95) / 255
    g += rng.standard_normal(g.shape, dtype=np.float32) * 7
    rows = rng.random(g.shape[0]) < 0.01
    g[rows, :] += 18
    out = cv2.GaussianBlur(g.clip(0, 255).astype(np.uint8), (3, 3), 0.6)
    return Image.fromarray(out).convert("RGB")


def desk(size: tuple[int, int], rng: np.random.Generator, tone=(150, 112, 78)) -> Image.Image:
    w, h = size
    base = np.zeros((h, w, 3), np.float32) + np.array(tone, np.float32)
    grain = rng.random((h // 8 + 1, 1)).astype(np.float32)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_LINEAR)
    base *= (0.85 + 0.25 * grain)[..., None]
    base += (rng.standard_normal((h, w), dtype=np.float32) * 5)[..., None]
    base *= _light(h, w, 0.3, 0.2, 0.35)[..., None]
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def place_photo(obj: Image.Image, canvas: tuple[int, int], rng: np.random.Generator, fill: float = 0.78,
                tone=(150, 112, 78), max_tilt: float = 0.06) -> Image.Image:
    """Photograph an object lying on a desk: perspective, shadow, uneven light, a little blur."""
    W, H = canvas
    bg = desk(canvas, rng, tone)
    ow, oh = obj.size
    s = min(W * fill / ow, H * fill / oh)
    tw, th = ow * s, oh * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = math.radians(rng.uniform(-6, 6))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = corners @ rot.T + [cx, cy]
    jit = rng.uniform(-max_tilt, max_tilt, (4, 2)) * [tw, th]
    jit[0:2, 0] *= 0.5
    dst = (dst + jit).astype(np.float32)
    src = np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    o = np.asarray(obj.convert("RGB"))
    warped = cv2.warpPerspective(o, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((oh, ow), 255, np.uint8), M, (W, H))
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (41, 41), 0).astype(np.float32) / 255
    b = np.asarray(bg).astype(np.float32) * (1 - 0.45 * shadow[..., None])
    m = mask.astype(np.float32)[..., None] / 255
    out = b * (1 - m) + warped.astype(np.float32) * m
    light = 1.0 - 0.22 * (np.arange(W, dtype=np.float32) / W)[None, :] * (np.arange(H, dtype=np.float32) / H)[:, None]
    out *= (light + rng.uniform(-0.03, 0.03))[..., None]
    out += (rng.standard_normal((H, W), dtype=np.float32) * 3)[..., None]
    return Image.fromarray(cv2.GaussianBlur(out.clip(0, 255).astype(np.uint8), (3, 3), 0.7))


def jpeg_bytes(img: Image.Image, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- officers' cards

CARD = (1000, 640)


def _emblem(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int, color):
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=6)
    d.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72), outline=color, width=3)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.45 if k % 2 == 0 else r * 0.17
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)


def card_cover(kind: str, court: str) -> Image.Image:
    """Cover of a 工作证 (court's own) or 执行公务证 (issued by the Supreme People's Court)."""
    if kind == "work_id":
        bg, gold = (120, 18, 24), (232, 196, 110)
        lines = [("工 作 证", 110), (court, 48)]
    else:
        bg, gold = (28, 44, 96), (232, 200, 120)
        lines = [("中华人民共和国", 52), ("执 行 公 务 证", 96), ("最高人民法院制", 44)]
    img = Image.new("RGB", CARD, bg)
    d = ImageDraw.Draw(img)
    d.rectangle((18, 18, CARD[0] - 18, CARD[1] - 18), outline=gold, width=3)
    _emblem(d, CARD[0] // 2, 150, 80, gold)
    y = 270
    for s, sz in lines:
        d.text((CARD[0] // 2, y + sz // 2), s, fill=gold, font=pil_font("hei", sz), anchor="mm")
        y += int(sz * 1.45)
    return img


def card_inside(kind: str, officer: dict, court: str, seal_name: str, seed: int) -> Image.Image:
    img = Image.new("RGB", CARD, (250, 248, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((12, 12, CARD[0] - 12, CARD[1] - 12), outline=(150, 40, 40), width=3)
    title = "工作证" if kind == "work_id" else "执行公务证"
    d.text((CARD[0] // 2, 62), title, fill=(160, 20, 20), font=pil_font("hei", 52), anchor="mm")
    # photo
    px0, py0, px1, py1 = 60, 130, 300, 450
    d.rectangle((px0, py0, px1, py1), fill=(118, 150, 196))
    d.ellipse((135, 175, 225, 285), fill=(226, 196, 170))
    d.rectangle((115, 300, 245, 450), fill=(30, 36, 60))
    d.polygon([(160, 300), (200, 300), (180, 360)], fill=(240, 240, 240))
    f = pil_font("song", 40)
    if kind == "work_id":
        rows = [("姓名", officer["name"]), ("单位", court), ("职务", officer["title"]), ("编号", officer["work_no"])]
    else:
        rows = [("姓名", officer["name"]), ("性别", officer["sex"]), ("单位", court),
                ("职务", officer["title"]), ("证号", officer["duty_no"]), ("有效期至", officer["valid_to"])]
    y = 140 if kind == "work_id" else 118
    step = 78 if kind == "work_id" else 62
    for k, v in rows:
        size = 40 if len(v) <= 11 else 32
        d.text((330, y), f"{k}：", fill=(20, 20, 20), font=f)
        d.text((330 + 40 * (len(k) + 1), y + (40 - size)), v, fill=(10, 10, 10), font=pil_font("song", size))
        y += step
    seal = Seal(0, 0, 0, seal_name, "", rot=-12, seed=seed)
    st = seal_image(seal, 230)
    multiply_paste(img, st, (170, 330))
    return img
