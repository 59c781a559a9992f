"""Officers' cards: 工作证 and 执行公务证, cover and inside, drawn as photos would show them.

The inside carries the officer's photo (an invented silhouette), name, court,
post and number, with the court's seal over the photo's corner.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .render import font, seal_image

W, H = 860, 560   # one leaf, pixels (about 85 x 55 mm at 250 dpi)


def _silhouette(rng: random.Random, w: int, h: int) -> Image.Image:
    bg = rng.choice([(70, 130, 200), (220, 40, 40), (240, 240, 240)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(232, 196, 170), (214, 176, 146), (240, 210, 186)])
    hair = (30, 28, 30)
    d.ellipse([w * 0.28, h * 0.12, w * 0.72, h * 0.58], fill=skin)
    d.pieslice([w * 0.26, h * 0.08, w * 0.74, h * 0.45], 180, 360, fill=hair)
    d.ellipse([w * 0.38, h * 0.32, w * 0.44, h * 0.36], fill=(40, 40, 40))
    d.ellipse([w * 0.56, h * 0.32, w * 0.62, h * 0.36], fill=(40, 40, 40))
    d.chord([w * 0.05, h * 0.62, w * 0.95, h * 1.35], 180, 360, fill=(20, 30, 60))
    d.polygon([(w * 0.44, h * 0.64), (w * 0.56, h * 0.64), (w * 0.5, h * 0.8)], fill=(245, 245, 245))
    return im


def cover(kind: str, court: str) -> Image.Image:
    """Dark red leather-look cover with gilt title."""
    im = Image.new("RGB", (W, H), (122, 18, 24))
    d = ImageDraw.Draw(im)
    gold = (222, 186, 96)
    d.rectangle([18, 18, W - 18, H - 18], outline=gold, width=3)
    cx = W // 2
    d.ellipse([cx - 70, 70, cx + 70, 210], outline=gold, width=6)
    d.text((cx, 140), "★", font=font("hei", 70), fill=gold, anchor="mm")
    if kind == "duty_cert":
        d.text((cx, 290), "中华人民共和国最高人民法院", font=font("song", 38), fill=gold, anchor="mm")
        d.text((cx, 390), "执 行 公 务 证", font=font("hei", 72), fill=gold, anchor="mm")
    else:
        d.text((cx, 290), court, font=font("song", 40 if len(court) < 13 else 34), fill=gold, anchor="mm")
        d.text((cx, 390), "工  作  证", font=font("hei", 78), fill=gold, anchor="mm")
    return im


def inside(kind: str, court: str, name: str, post: str, number: str, valid: str,
           rng: random.Random) -> Image.Image:
    """The leaf with the photo and particulars."""
    im = Image.new("RGB", (W, H), (246, 243, 232))
    d = ImageDraw.Draw(im)
    # faint security pattern
    for k in range(0, W + H, 22):
        d.line([(k, 0), (k - H, H)], fill=(236, 228, 212), width=1)
    title = "执行公务证" if kind == "duty_cert" else "工作证"
    d.text((W // 2, 52), title, font=font("hei", 44), fill=(150, 20, 26), anchor="mm")
    photo = _silhouette(rng, 230, 300)
    im.paste(photo, (48, 110))
    fx = 320
    rows = [("姓　　名", name), ("单　　位", court), ("职　　务", post), ("证　　号", number)]
    if kind == "duty_cert":
        rows.append(("有效期至", valid))
    y = 128
    for label, value in rows:
        d.text((fx, y), label, font=font("song", 30), fill=(40, 40, 40), anchor="ls")
        size = 32 if len(value) <= 11 else 26 if len(value) <= 14 else 22
        d.text((fx + 140, y), value, font=font("kai", size), fill=(10, 10, 10), anchor="ls")
        d.line([(fx + 136, y + 8), (W - 40, y + 8)], fill=(120, 110, 100), width=1)
        y += 70
    issuer = "最高人民法院" if kind == "duty_cert" else court
    seal = seal_image(issuer, 230, seed=rng.randrange(1 << 16))
    im = im.convert("RGBA")
    im.alpha_composite(seal, (150, 290))
    return im.convert("RGB")


def booklet(kind: str, court: str, name: str, post: str, number: str, valid: str,
            rng: random.Random) -> Image.Image:
    """The card opened flat: cover on the left, inside on the right."""
    a = cover(kind, court)
    b = inside(kind, court, name, post, number, valid, rng)
    im = Image.new("RGB", (W * 2 + 14, H), (90, 12, 16))
    im.paste(a, (0, 0))
    im.paste(b, (W + 14, 0))
    return im


def on_sheet(cards: list[Image.Image]) -> Image.Image:
    """Cards laid on an A4 sheet, as for a photocopy (150 dpi sheet)."""
    sheet = Image.new("RGB", (1240, 1754), (250, 250, 248))
    y = 140
    for c in cards:
        w = 1000 if c.width > W * 1.5 else 620
        h = int(c.height * w / c.width)
        sheet.paste(c.resize((w, h), Image.LANCZOS), ((1240 - w) // 2, y))
        y += h + 90
    return sheet
