"""Officers' 工作证 and 执行公务证: the booklet's cover and its inside, as a court photocopies
them onto A4 or photographs them on a desk.

One officer's card is one document whatever the medium: cover and inside on one sheet, on
two pages of a file, or photographed together.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .render import HEI, KAI, MING, font
from .scan import seal, stamp


@dataclass(frozen=True)
class Officer:
    name: str
    male: bool
    title: str  # 执行员 / 法官助理 / 审判员
    work_no: str
    duty_no: str


def _px(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def cover(kind: str, dpi: int, rng: random.Random) -> Image.Image:
    """The booklet's cover: dark red (工作证) or deep red with a gold band (执行公务证)."""
    w, h = _px(100, dpi), _px(68, dpi)
    red = (148, 22, 28) if kind == "work_id" else (122, 18, 30)
    img = Image.new("RGB", (w, h), red)
    d = ImageDraw.Draw(img)
    gold = (226, 186, 96)
    # the court emblem, reduced to a ring and a star
    cx, cy, r = w / 2, h * 0.30, h * 0.13
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=gold, width=max(2, dpi // 60))
    d.regular_polygon((cx, cy, r * 0.55), 5, rotation=0, fill=gold)
    big = font(HEI, _px(11 if kind == "work_id" else 9.5, dpi))
    title = "工 作 证" if kind == "work_id" else "执行公务证"
    d.text(((w - big.getlength(title)) / 2, h * 0.52), title, font=big, fill=gold)
    small = font(HEI, _px(4.2, dpi))
    sub = "中华人民共和国人民法院" if kind == "work_id" else "中华人民共和国最高人民法院监制"
    d.text(((w - small.getlength(sub)) / 2, h * 0.80), sub, font=small, fill=gold)
    if kind == "duty_cert":
        d.rectangle((0, h * 0.74, w, h * 0.76), fill=gold)
    return img


def inside(kind: str, off: Officer, court_name: str, high_court: str, valid_to: str, dpi: int,
           rng: random.Random) -> Image.Image:
    """The inside: photo on the left, the officer's particulars on the right, seal over the photo."""
    w, h = _px(100, dpi), _px(68, dpi)
    img = Image.new("RGB", (w, h), (250, 246, 236))
    d = ImageDraw.Draw(img)
    lw = max(1, dpi // 120)
    d.rectangle((2, 2, w - 3, h - 3), outline=(120, 40, 40), width=lw)
    head = font(HEI, _px(5.2, dpi))
    title = "工作证" if kind == "work_id" else "人民法院执行公务证"
    d.text(((w - head.getlength(title)) / 2, _px(3.5, dpi)), title, font=head, fill=(120, 20, 24))
    # photo box with a silhouette
    px0, py0, pw, ph = _px(5, dpi), _px(13, dpi), _px(25, dpi), _px(33, dpi)
    shade = rng.randrange(150, 190)
    d.rectangle((px0, py0, px0 + pw, py0 + ph), fill=(shade + 40, shade + 45, shade + 55))
    d.ellipse((px0 + pw * 0.3, py0 + ph * 0.15, px0 + pw * 0.7, py0 + ph * 0.5), fill=(shade - 60,) * 3)
    d.pieslice((px0 + pw * 0.08, py0 + ph * 0.55, px0 + pw * 0.92, py0 + ph * 1.3), 180, 360, fill=(shade - 80,) * 3)
    face = KAI if rng.random() < 0.5 else MING
    body = font(face, _px(4.0, dpi))
    if kind == "work_id":
        rows = [("姓    名", off.name), ("性    别", "男" if off.male else "女"), ("单    位", court_name),
                ("职    务", off.title), ("编    号", off.work_no)]
    else:
        rows = [("姓    名", off.name), ("单    位", court_name), ("职    务", off.title),
                ("证    号", off.duty_no), ("有效期至", valid_to)]
    x0, y = _px(34, dpi), _px(14, dpi)
    for k, v in rows:
        d.text((x0, y), f"{k}：", font=body, fill=(30, 30, 30))
        vx = x0 + body.getlength(f"{k}：")
        maxw = w - vx - _px(3, dpi)
        vf = body if body.getlength(v) <= maxw else font(face, max(8, int(body.size * maxw / body.getlength(v))))
        d.text((vx, y + (body.size - vf.size) / 2), v, font=vf, fill=(20, 20, 20))
        y += round(body.size * 1.75)
    issuer = court_name if kind == "work_id" else high_court
    if kind == "duty_cert":
        small = font(MING, _px(3.4, dpi))
        t = f"发证机关：{high_court}"
        d.text((x0, h - _px(8, dpi)), t, font=small, fill=(30, 30, 30))
    stamp(img, seal(issuer, _px(24, dpi), rng), (px0 + pw, py0 + ph - _px(4, dpi)))
    return img


def sheet(halves: list[list[Image.Image]], dpi: int, rng: random.Random) -> Image.Image:
    """Photocopy the given cards (each a [cover, inside] or [inside]) onto one A4 sheet."""
    W, H = _px(210, dpi), _px(297, dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    y = _px(30 + rng.uniform(-5, 8), dpi)
    for card in halves:
        total_w = sum(h.width for h in card) + _px(6, dpi) * (len(card) - 1)
        x = (W - total_w) // 2 + _px(rng.uniform(-6, 6), dpi)
        for half in card:
            page.paste(half, (x, y))
            x += half.width + _px(6, dpi)
        y += card[0].height + _px(22, dpi)
    return page


def single(half: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    """One half of a booklet alone on an A4 sheet (cover on one page, inside on the next)."""
    return sheet([[half]], dpi, rng)


def photo(card: list[Image.Image], rng: random.Random) -> Image.Image:
    """A phone photo of the open booklet on a desk: perspective, a shadow, warm light."""
    gap = 12
    w = sum(h.width for h in card) + gap * (len(card) - 1)
    h = card[0].height
    flat = Image.new("RGB", (w, h), (90, 60, 40))
    x = 0
    for half in card:
        flat.paste(half, (x, 0))
        x += half.width + gap
    W, H = round(w * 1.35), round(h * 1.9)
    desk = np.zeros((H, W, 3), np.float32)
    desk[:] = (rng.uniform(120, 160), rng.uniform(95, 120), rng.uniform(70, 90))
    desk += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, (H, W, 1))
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    dst = np.float32([[ox + j(40), oy + j(30)], [ox + w + j(40), oy + j(30)],
                      [ox + w + j(30), oy + h + j(40)], [ox + j(30), oy + h + j(40)]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(flat), m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    out = desk * (1 - mask) + warped.astype(np.float32) * mask
    # a shadow from the phone across one corner, and warm indoor light
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 1 - 0.28 * np.clip(1 - (xx / W + yy / H) * rng.uniform(0.9, 1.3), 0, 1)
    out *= shade[..., None]
    out *= np.array([1.03, 1.0, 0.93], np.float32)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
