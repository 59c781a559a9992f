"""Officers' 工作证 and 执行公务证: cover and inside, drawn at 10 px/mm."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .facts import Court, Officer
from .render import font, seal

PX = 10
W, H = 95, 66
GOLD = (226, 190, 110)


def _emblem(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, col: tuple) -> None:
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(2, round(r * 0.08)))
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.42 if i % 2 == 0 else r * 0.16
        pts.append((cx + rr * math.cos(a), cy - r * 0.12 + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    for k in range(-3, 4):
        d.line([(cx + k * r * 0.12, cy + r * 0.45), (cx + k * r * 0.12, cy + r * 0.72)], fill=col,
               width=max(1, round(r * 0.05)))
    d.line([(cx - r * 0.5, cy + r * 0.45), (cx + r * 0.5, cy + r * 0.45)], fill=col, width=max(1, round(r * 0.06)))


def cover(kind: str, court: Court, rng: random.Random) -> Image.Image:
    bg = rng.choice([(128, 22, 26), (110, 18, 24), (140, 30, 30)]) if kind == "work_id" else \
        rng.choice([(150, 24, 28), (30, 48, 110)])
    im = Image.new("RGB", (W * PX, H * PX), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([14, 14, W * PX - 15, H * PX - 15], outline=GOLD, width=3)
    _emblem(d, W * PX / 2, 175, 95, GOLD)
    if kind == "work_id":
        d.text((W * PX / 2, 420), "工 作 证", font=font("hei", 88), fill=GOLD, anchor="mm")
        d.text((W * PX / 2, 565), court.name, font=font("song", 40), fill=GOLD, anchor="mm")
    else:
        d.text((W * PX / 2, 390), "中华人民共和国人民法院", font=font("song", 40), fill=GOLD, anchor="mm")
        d.text((W * PX / 2, 480), "执行公务证", font=font("hei", 84), fill=GOLD, anchor="mm")
    return im


def _photo(o: Officer, rng: random.Random, w: int, h: int) -> Image.Image:
    im = Image.new("RGB", (w, h), rng.choice([(90, 140, 210), (230, 232, 236), (200, 40, 40)]))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(236, 200, 170), (222, 184, 150), (240, 210, 185)])
    hair = (30, 26, 24)
    d.ellipse([w * 0.18, h * 0.78, w * 0.82, h * 1.35], fill=(32, 40, 70))
    d.polygon([(w * 0.44, h * 0.78), (w * 0.5, h * 0.95), (w * 0.56, h * 0.78)], fill=(240, 240, 240))
    d.rectangle([w * 0.43, h * 0.6, w * 0.57, h * 0.8], fill=skin)
    d.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.7], fill=skin)
    if o.sex == "女":
        d.chord([w * 0.24, h * 0.12, w * 0.76, h * 0.6], 180, 360, fill=hair)
        d.rectangle([w * 0.24, h * 0.35, w * 0.32, h * 0.72], fill=hair)
        d.rectangle([w * 0.68, h * 0.35, w * 0.76, h * 0.72], fill=hair)
    else:
        d.chord([w * 0.27, h * 0.14, w * 0.73, h * 0.5], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * ex - 6, h * 0.42 - 4, w * ex + 6, h * 0.42 + 4], fill=(20, 20, 20))
    d.line([(w * 0.45, h * 0.58), (w * 0.55, h * 0.58)], fill=(160, 80, 80), width=4)
    return im


def inside(kind: str, o: Officer, court: Court, rng: random.Random) -> Image.Image:
    im = Image.new("RGB", (W * PX, H * PX), rng.choice([(248, 246, 240), (244, 240, 228), (250, 250, 250)]))
    d = ImageDraw.Draw(im)
    # faint guilloche
    for y in range(0, H * PX, 14):
        d.line([(0, y), (W * PX, y + 40)], fill=(236, 228, 214), width=1)
    pw, ph = 250, 330
    photo = _photo(o, rng, pw, ph)
    im.paste(photo, (45, 120))
    st = seal(court.name, rng, diameter_mm=20, px_per_mm=10)
    im.paste(st, (45 + pw - 175, 120 + ph - 110), st)
    d = ImageDraw.Draw(im)
    x = 340
    f, fb = font("song", 36), font("kai", 40)
    if kind == "work_id":
        d.text((W * PX / 2 + 120, 70), "工作证", font=font("hei", 44), fill=(150, 20, 20), anchor="mm")
        rows = [("姓　　名", o.name), ("性　　别", o.sex), ("单　　位", court.name), ("职　　务", o.title),
                ("编　　号", o.work_no)]
    else:
        d.text((W * PX / 2 + 120, 70), "执行公务证", font=font("hei", 44), fill=(150, 20, 20), anchor="mm")
        rows = [("姓　　名", o.name), ("性　　别", o.sex), ("工作单位", court.name), ("职　　务", o.title),
                ("证　　号", o.duty_no), ("有效期至", f"{o.birth_year % 10 + 2027}年12月31日")]
    y = 150
    for label, value in rows:
        d.text((x, y), label, font=f, fill=(40, 40, 40), anchor="ls")
        fv = fb if len(value) < 12 else font("kai", 32)
        d.text((x + 170, y), value, font=fv, fill=(10, 10, 10), anchor="ls")
        d.line([(x + 165, y + 8), (W * PX - 40, y + 8)], fill=(150, 150, 150), width=1)
        y += 68
    if kind == "duty_cert":
        d.text((W * PX / 2, H * PX - 80), "持证人依法执行公务，有关单位和个人应当予以协助。",
               font=font("song", 28), fill=(60, 60, 60), anchor="mm")
        d.text((W * PX / 2, H * PX - 38), "最高人民法院监制", font=font("song", 26), fill=(60, 60, 60), anchor="mm")
    else:
        d.text((45, H * PX - 50), f"发证日期：20{rng.randint(15, 23)}年{rng.randint(1, 12)}月",
               font=font("song", 28), fill=(60, 60, 60), anchor="ls")
    return im


def pair(kind: str, o: Officer, court: Court, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    return cover(kind, court, rng), inside(kind, o, court, rng)
