"""Scan damage: seals, skew, turned pages, noise, blur, photocopy grey, JPEG, phone photos.

Each function takes and returns a uint8 image array (HxW grey or HxWx3 RGB) and is
deliberately mild: the damage must stay legible to a person and to RapidOCR, because
the point of the samples is to test that the product copes with it, not to make pages
unreadable. Randomness comes from the caller's generator so results are reproducible.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from samples.fonts import FontFace

SEAL_RED = (215, 38, 38)


def to_rgb(img: np.ndarray) -> np.ndarray:
    return np.stack([img] * 3, axis=-1) if img.ndim == 2 else img


def make_seal(
    text: str, diameter: int, font: FontFace, rng: random.Random, centre_text: str = ""
) -> np.ndarray:
    """A round red seal: ring, five-pointed star and the issuer's name along the top arc.

    Returned as a float ink-coverage mask in [0, 1] (HxW), so the caller can multiply
    red over whatever is underneath, the way stamp ink sits on top of print.
    """
    scale = 3  # draw large, then shrink, for smooth edges
    d = diameter * scale
    im = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(im)
    ring = int(d * 0.035)
    draw.ellipse((ring, ring, d - ring, d - ring), outline=255, width=ring)
    cx = cy = d / 2
    r_star = d * 0.15
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = r_star if k % 2 == 0 else r_star * 0.4
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    draw.polygon(pts, fill=150)  # lighter ink in the star keeps the print under it readable
    n = len(text)
    char_px = int(d * (0.15 if n <= 8 else 0.12 if n <= 11 else 0.1))
    pil_font = font.pil(char_px)
    span = min(250.0, 22.0 * n)  # degrees of arc the name covers
    r_text = d / 2 - ring * 2.2 - char_px / 2
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = east, clockwise positive in image coords
        glyph = Image.new("L", (char_px * 2, char_px * 2), 0)
        ImageDraw.Draw(glyph).text((char_px / 2, char_px / 2), ch, font=pil_font, fill=255)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        gx = cx + r_text * math.cos(math.radians(ang)) - char_px
        gy = cy + r_text * math.sin(math.radians(ang)) - char_px
        im.paste(255, (int(gx), int(gy)), glyph)
    if centre_text:
        cf = font.pil(int(d * 0.08))
        tw = draw.textlength(centre_text, font=cf)
        draw.text((cx - tw / 2, cy + r_star * 1.3), centre_text, font=cf, fill=255)
    im = im.resize((diameter, diameter), Image.LANCZOS)
    mask = np.asarray(im, dtype=np.float32) / 255.0
    # uneven ink: some areas paler, as a real stamp leaves it
    rs = np.random.default_rng(rng.randrange(2**32))
    speckle = rs.uniform(0.55, 1.0, (diameter, diameter)).astype(np.float32)
    blotch = cv2.GaussianBlur(speckle, (0, 0), diameter / 12)
    return np.clip(mask * (blotch / blotch.max()), 0, 1)


def apply_seal(
    img: np.ndarray, mask: np.ndarray, centre: tuple[int, int], opacity: float = 0.8
) -> np.ndarray:
    """Multiply red ink over the page at centre (x, y); text underneath stays visible."""
    out = to_rgb(img).astype(np.float32)
    h, w = mask.shape
    x0, y0 = centre[0] - w // 2, centre[1] - h // 2
    ys, xs = max(0, y0), max(0, x0)
    ye, xe = min(out.shape[0], y0 + h), min(out.shape[1], x0 + w)
    m = mask[ys - y0:ye - y0, xs - x0:xe - x0, None] * opacity
    red = np.array(SEAL_RED, dtype=np.float32) / 255.0
    out[ys:ye, xs:xe] *= 1 - m * (1 - red)
    return np.clip(out, 0, 255).astype(np.uint8)


def skew(img: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate by a few degrees about the centre, filling with paper white."""
    h, w = img.shape[:2]
    mat = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    border = 255 if img.ndim == 2 else (255, 255, 255)
    return cv2.warpAffine(img, mat, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def turn(img: np.ndarray, quarter_turns: int) -> np.ndarray:
    """Turn by 90-degree steps counter-clockwise (2 = upside down)."""
    return np.ascontiguousarray(np.rot90(img, quarter_turns))


def noise(img: np.ndarray, rng: random.Random, sigma: float = 10.0, specks: float = 0.0008) -> np.ndarray:
    """Sensor grain plus a sprinkle of dust specks."""
    rs = np.random.default_rng(rng.randrange(2**32))
    grain = rs.normal(0, sigma, img.shape[:2]).astype(np.float32)
    out = img.astype(np.float32) + (grain if img.ndim == 2 else grain[..., None])
    dust = rs.random(img.shape[:2]) < specks
    out[dust] = 40
    return np.clip(out, 0, 255).astype(np.uint8)


def blur(img: np.ndarray, sigma: float = 0.9) -> np.ndarray:
    """A slightly out-of-focus scan."""
    return cv2.GaussianBlur(img, (0, 0), sigma)


def photocopy(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Grey, low-contrast copy with a darker edge, as from a tired office copier.

    Copiers are monochrome, so a red seal comes out grey: the product must not rely on
    seal colour to find a seal.
    """
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    lo, hi = rng.uniform(45, 70), rng.uniform(200, 222)
    f = lo + f * (hi - lo) / 255.0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - xx), np.minimum(yy, h - yy)) / (0.12 * min(h, w))
    shade = 0.88 + 0.12 * np.clip(edge, 0, 1)
    f = f * shade
    return np.clip(f, 0, 255).astype(np.uint8)


def jpeg_artefacts(img: np.ndarray, quality: int = 30) -> np.ndarray:
    """Encode and decode at low quality: blocky 8x8 artefacts and ringing around strokes."""
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    flag = cv2.IMREAD_GRAYSCALE if img.ndim == 2 else cv2.IMREAD_COLOR
    return cv2.imdecode(buf, flag)


def phone_photo(card: np.ndarray, rng: random.Random, canvas: tuple[int, int] = (1600, 1200)) -> np.ndarray:
    """A card photographed on a desk: perspective, uneven light, a soft shadow (RGB out)."""
    rs = np.random.default_rng(rng.randrange(2**32))
    cw, ch = canvas
    desk = np.array(rng.choice([(150, 120, 90), (190, 185, 175), (95, 100, 110)]), dtype=np.float32)
    bg = np.ones((ch, cw, 3), np.float32) * desk + rs.normal(0, 6, (ch, cw, 1))
    card_rgb = to_rgb(card)
    h, w = card_rgb.shape[:2]
    scale = min(cw * 0.78 / w, ch * 0.78 / h)
    tw, th = w * scale, h * scale
    x0, y0 = (cw - tw) / 2, (ch - th) / 2
    jit = lambda a: rng.uniform(-a, a)  # noqa: E731
    j = 0.06 * tw
    dst = np.float32([[x0 + jit(j), y0 + jit(j)], [x0 + tw + jit(j), y0 + jit(j)],
                      [x0 + tw + jit(j), y0 + th + jit(j)], [x0 + jit(j), y0 + th + jit(j)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(card_rgb, mat, (cw, ch), flags=cv2.INTER_LINEAR).astype(np.float32)
    inside = cv2.warpPerspective(np.ones((h, w), np.float32), mat, (cw, ch))
    shadow = cv2.GaussianBlur(cv2.warpPerspective(np.ones((h, w), np.float32), mat, (cw, ch)), (0, 0), 18)
    shadow = np.roll(shadow, (14, 18), axis=(0, 1))
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - inside[..., None]) + warped * inside[..., None]
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    lx, ly = rng.uniform(0, cw), rng.uniform(0, ch)
    light = 1.08 - 0.3 * np.hypot(xx - lx, yy - ly) / math.hypot(cw, ch)
    out *= light[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)
