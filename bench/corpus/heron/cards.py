"""Photographs of officers' cards (工作证, 执行公务证): a cover and an inside per card.

Each side is drawn flat with Pillow, then "photographed": set on a desk, warped by a
slight perspective, shaded by a hand's shadow, softened and JPEG-compressed, because that
is what a clerk's phone hands the court's registry before the PDF is assembled.
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

W, H = 860, 560


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _centered(draw: ImageDraw.ImageDraw, y: int, text: str, font, fill, width: int = W) -> None:
    w = draw.textlength(text, font=font)
    draw.text(((width - w) / 2, y), text, font=font, fill=fill)


def _emblem(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, color) -> None:
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=5)
    draw.ellipse((cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14), outline=color, width=2)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = (r - 24) if k % 2 == 0 else (r - 24) * 0.42
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=color)


def _round_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random) -> None:
    """A red seal stamped half over the photo, text running over the top arc."""
    side = 2 * r + 8
    ox, oy = cx - side // 2, cy - side // 2
    cx, cy = side // 2, side // 2
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 18))
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=red)
    size = max(12, int(r * 0.28))
    font = _font(UMING, size)
    n = len(text)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        gx = cx + (r - size * 0.9) * math.cos(rad)
        gy = cy + (r - size * 0.9) * math.sin(rad)
        g = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((size // 2, size // 2), ch, font=font, fill=red)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(gx - size), int(gy - size)))
    layer = layer.rotate(rng.uniform(-12, 12), center=(cx, cy), resample=Image.BICUBIC)
    img.alpha_composite(layer, (ox, oy))


def _face(rng: random.Random) -> Image.Image:
    """A plain ID-photo stand-in: a shoulder silhouette on a blue or red ground."""
    bg = rng.choice([(67, 142, 219), (200, 40, 40), (235, 235, 235)])
    ph = Image.new("RGB", (190, 250), bg)
    d = ImageDraw.Draw(ph)
    skin = rng.choice([(232, 196, 170), (222, 184, 150), (240, 205, 180)])
    d.ellipse((55, 40, 135, 140), fill=skin)
    d.ellipse((50, 28, 140, 92), fill=(30, 25, 22))
    d.rectangle((85, 130, 105, 160), fill=skin)
    d.pieslice((10, 150, 180, 330), 180, 360, fill=rng.choice([(25, 35, 60), (35, 35, 40)]))
    d.polygon([(80, 155), (110, 155), (95, 200)], fill=(245, 245, 245))
    return ph


def cover(kind: str, rng: random.Random) -> Image.Image:
    """The outside of the card wallet: gilt words on a red or dark-blue cover."""
    base = (150, 20, 24) if kind == "work_id" or rng.random() < 0.5 else (22, 38, 92)
    img = Image.new("RGB", (W, H), base)
    d = ImageDraw.Draw(img)
    gold = (226, 190, 100)
    d.rectangle((18, 18, W - 18, H - 18), outline=gold, width=3)
    _emblem(d, W // 2, 150, 78, gold)
    if kind == "work_id":
        _centered(d, 268, "人民法院", _font(UKAI, 52), gold)
        _centered(d, 350, "工  作  证", _font(UMING, 78), gold)
    else:
        _centered(d, 262, "中华人民共和国", _font(UKAI, 44), gold)
        _centered(d, 330, "执行公务证", _font(UMING, 80), gold)
        _centered(d, 448, "最高人民法院制", _font(UKAI, 32), gold)
    return img


def inside(kind: str, officer: dict, court: str, rng: random.Random) -> Image.Image:
    """The page with the photo, the holder's name, the court and the card number."""
    paper = rng.choice([(250, 248, 240), (238, 244, 250), (252, 250, 246)])
    img = Image.new("RGBA", (W, H), (*paper, 255))
    d = ImageDraw.Draw(img)
    ink = (25, 25, 30)
    face = rng.choice([UMING, ZENHEI, UKAI])
    title = "工作证" if kind == "work_id" else "执行公务证"
    _centered(d, 22, title, _font(ZENHEI if face != ZENHEI else UMING, 46), (150, 20, 24))
    img.paste(_face(rng), (52, 118))
    d.rectangle((50, 116, 244, 370), outline=(120, 120, 120), width=2)
    f = _font(face, 34)
    x = 290
    rows = [("姓　名", officer["name"]),
            ("单　位", court),
            ("职　务", officer["title"]),
            ("编　号" if kind == "work_id" else "证　号", officer["work_no" if kind == "work_id" else "duty_no"])]
    if kind == "duty_cert":
        rows.append(("有效期", officer["valid"]))
    y = 120
    for label, value in rows:
        d.text((x, y), label, font=f, fill=ink)
        vf = f
        if d.textlength(value, font=vf) > W - x - 150:
            vf = _font(face, max(20, int(34 * (W - x - 150) / d.textlength(value, font=f))))
        d.text((x + 135, y + (34 - vf.size) // 2), value, font=vf, fill=ink)
        d.line((x + 130, y + 42, W - 40, y + 42), fill=(160, 160, 160), width=1)
        y += 62
    foot = "发证机关：" + (court if kind == "work_id" else "最高人民法院")
    d.text((52, H - 78), foot, font=_font(face, 26), fill=ink)
    _round_seal(img, 220, 340, 88, court if kind == "work_id" else "中华人民共和国最高人民法院", rng)
    return img.convert("RGB")


def photograph(img: Image.Image, rng: random.Random, quality: int | None = None) -> bytes:
    """The card as a phone photo: on a desk, a little askew, shaded, soft, JPEG."""
    src = np.asarray(img)[:, :, ::-1]
    h, w = src.shape[:2]
    pad = 70
    desk = np.array(rng.choice([(96, 120, 146), (70, 80, 90), (180, 186, 190), (60, 90, 120)]), dtype=np.uint8)
    out_w, out_h = w + 2 * pad, h + 2 * pad
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    dst = np.float32([[pad + j(30), pad + j(25)], [pad + w + j(30), pad + j(25)],
                      [pad + w + j(30), pad + h + j(25)], [pad + j(30), pad + h + j(25)]])
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    npr = np.random.default_rng(rng.randrange(1 << 30))
    canvas = (desk.astype(np.int16) + npr.integers(-7, 8, (out_h, out_w, 3), dtype=np.int16)).clip(0, 255)
    canvas = canvas.astype(np.uint8)
    warped = cv2.warpPerspective(src, m, (out_w, out_h), borderMode=cv2.BORDER_TRANSPARENT, dst=canvas)
    angle = rng.uniform(0, math.pi * 2)
    yy, xx = np.mgrid[0:16, 0:16].astype(np.float32) / 15
    ramp = np.cos(angle) * xx + np.sin(angle) * yy
    ramp = (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
    shade = cv2.resize((1.0 - rng.uniform(0.15, 0.35) * ramp).astype(np.float32), (out_w, out_h))
    warped = cv2.multiply(warped.astype(np.float32), cv2.merge([shade, shade, shade])).clip(0, 255).astype(np.uint8)
    sigma = rng.uniform(0.4, 1.1)
    warped = cv2.GaussianBlur(warped, (0, 0), sigma)
    pil = Image.fromarray(warped[:, :, ::-1])
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=quality or rng.randint(68, 86))
    return buf.getvalue()


def card_photos(kind: str, officer: dict, court: str, rng: random.Random) -> tuple[bytes, bytes]:
    """(cover, inside) JPEG bytes of one officer's card."""
    return photograph(cover(kind, rng), rng), photograph(inside(kind, officer, court, rng), rng)
