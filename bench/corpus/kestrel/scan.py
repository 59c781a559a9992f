"""Red round seals and what a scanner or photocopier does to a page.

The seal is stamped by multiplying ink into the page (it darkens the text it covers, as
real seal ink does); scan defects are slight skew, blur, sensor noise, dust specks,
photocopy grey with toner streaks, and now and then a page fed upside down.
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .render import HEI, font

SEAL_RED = (205, 32, 38)


def seal(text: str, diameter: int, rng: random.Random, color: tuple[int, int, int] = SEAL_RED,
         bottom: str = "") -> Image.Image:
    """A round court seal: outer ring, the court's name along the top arc, a star."""
    s = diameter * 2
    img = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(img)
    ring = max(4, round(s * 0.035))
    d.ellipse((ring // 2, ring // 2, s - ring // 2, s - ring // 2), outline=255, width=ring)
    cx = cy = s / 2
    # five-pointed star
    r_out, r_in = s * 0.16, s * 0.16 * 0.382
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = r_out if k % 2 == 0 else r_in
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=255)
    n = len(text)
    fsz = round(s * (0.15 if n <= 10 else 0.13 if n <= 13 else 0.115))
    f = font(HEI, fsz)
    r_text = s / 2 - ring - fsz * 0.72
    span = min(260.0, 20.0 * n + 20) if n > 1 else 0.0
    for i, ch in enumerate(text):
        a = -span / 2 + (span * i / (n - 1) if n > 1 else 0)
        tile = Image.new("L", (fsz * 2, fsz * 2), 0)
        ImageDraw.Draw(tile).text((fsz * 0.5, fsz * 0.45), ch, font=f, fill=255)
        tile = tile.rotate(-a, resample=Image.BICUBIC)
        rad = math.radians(a)
        x = cx + r_text * math.sin(rad) - fsz
        y = cy - r_text * math.cos(rad) - fsz
        img.paste(255, (round(x), round(y)), tile)
    if bottom:
        fb = font(HEI, round(s * 0.085))
        w = fb.getlength(bottom)
        d.text((cx - w / 2, cy + s * 0.22), bottom, font=fb, fill=255)
    img = img.resize((diameter, diameter), Image.LANCZOS)
    # uneven ink: a few pale patches and a slightly fuzzy edge
    a = np.asarray(img, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    blot = nrng.random((8, 8)).astype(np.float32)
    blot = np.asarray(Image.fromarray((blot * 255).astype(np.uint8)).resize((diameter, diameter), Image.BICUBIC),
                      dtype=np.float32) / 255.0
    a = a * (0.62 + 0.38 * blot) * nrng.uniform(0.85, 1.0, a.shape).astype(np.float32)
    out = Image.new("RGBA", (diameter, diameter), (*color, 0))
    out.putalpha(Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8)))
    return out.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def stamp(page: Image.Image, mark: Image.Image, centre: tuple[int, int]) -> None:
    """Multiply the seal's ink into the page in place (ink over text, not a sticker)."""
    x0, y0 = centre[0] - mark.width // 2, centre[1] - mark.height // 2
    box = (max(x0, 0), max(y0, 0), min(x0 + mark.width, page.width), min(y0 + mark.height, page.height))
    if box[0] >= box[2] or box[1] >= box[3]:
        return
    region = np.asarray(page.crop(box), dtype=np.float32)
    m = np.asarray(mark.crop((box[0] - x0, box[1] - y0, box[2] - x0, box[3] - y0)), dtype=np.float32)
    alpha = m[..., 3:4] / 255.0
    ink = m[..., :3] / 255.0
    region = region * (1 - alpha + alpha * ink)
    page.paste(Image.fromarray(np.clip(region, 0, 255).astype(np.uint8)), box[:2])


def scanned(page: Image.Image, rng: random.Random, *, grey: bool = False, skew: float | None = None,
            upside_down: bool = False, noise: float = 5.0) -> Image.Image:
    """What comes out of the scanner: tint or photocopy grey, skew, blur, noise, specks.

    Done with OpenCV on uint8 arrays: a 300 dpi A4 page is 9 megapixels and the whole default
    set must render in a few minutes on two shared cores.
    """
    a = np.asarray(page.convert("RGB"))
    h, w = a.shape[:2]
    if grey:
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        base = rng.uniform(200, 222)
        lut = np.clip(35 + np.arange(256) * (base - 35) / 255.0, 0, 255).astype(np.uint8)
        g = cv2.LUT(g, lut).astype(np.int16)
        # toner unevenness: a soft gradient across the sheet and a vertical streak or two
        g += np.linspace(rng.uniform(-10, 4), rng.uniform(-4, 10), w).astype(np.int16)[None, :]
        for _ in range(rng.randrange(1, 3)):
            x = rng.randrange(w)
            g[:, max(0, x - 2):x + 2] -= int(rng.uniform(12, 30))
        a = np.clip(g, 0, 255).astype(np.uint8)
        fill: tuple = (150,)
    else:
        tint = [rng.uniform(246, 252), rng.uniform(244, 250), rng.uniform(236, 246)]
        lut = np.stack([np.clip(np.arange(256) * t / 255.0, 0, 255) for t in tint], axis=1).astype(np.uint8)
        a = cv2.LUT(a, lut.reshape(256, 1, 3))
        fill = (238, 238, 236)
    angle = rng.uniform(-1.6, 1.6) if skew is None else skew
    if abs(angle) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.9))
    nz = np.empty((h, w), np.int16)
    cv2.setRNGSeed(rng.randrange(1 << 30))  # OpenCV's own generator: seeded so a seed gives the same pixels
    cv2.randn(nz, 0, noise * (1.6 if grey else 1.0))
    a16 = a.astype(np.int16)
    a16 += nz if a16.ndim == 2 else nz[..., None]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    n_specks = int(w * h / 40000 * (3 if grey else 1))
    ys, xs = nrng.integers(0, h, n_specks), nrng.integers(0, w, n_specks)
    a16[ys, xs] = nrng.integers(30, 120, n_specks)[:, None] if a16.ndim == 3 else nrng.integers(30, 120, n_specks)
    a = np.clip(a16, 0, 255).astype(np.uint8)
    if upside_down:
        a = cv2.rotate(a, cv2.ROTATE_180)
    return Image.fromarray(a)


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()
