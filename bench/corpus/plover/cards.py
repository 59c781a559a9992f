"""Officers' cards (工作证, 执行公务证): drawn, then photographed or photocopied."""
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

from .draw import age_scan, font, seal_image

CW, CH = 1010, 640


def draw_card(doc, rng):
    card = doc.card
    duty = card["kind"] == "duty_cert"
    bg = (236, 242, 250) if duty else (252, 250, 244)
    im = Image.new("RGB", (CW, CH), bg)
    d = ImageDraw.Draw(im)
    band = (28, 62, 140) if duty else (178, 24, 30)
    d.rectangle([0, 0, CW, 120], fill=band)
    head = card["head"]
    sub = "中华人民共和国最高人民法院制" if duty else card["court"]
    d.text((CW / 2, 58), "  ".join(head), fill="white", font=font("hei", 62), anchor="mm")
    d.text((CW / 2, 106), sub, fill=(235, 235, 235), font=font("hei", 24), anchor="mm")
    # photo with a silhouette
    d.rectangle([40, 160, 270, 460], fill=(205, 215, 228), outline=(90, 90, 90), width=2)
    d.ellipse([105, 195, 205, 305], fill=(60, 60, 70))
    d.rounded_rectangle([70, 315, 240, 460], radius=40, fill=(40, 45, 70))
    y = 170
    for k, v in card["fields"]:
        fs = 34 if len(v) < 14 else 28
        d.text((300, y), k, fill=(40, 40, 40), font=font("hei", 32))
        d.text((300 + 32 * len(k) + 6, y + 2), v, fill=(10, 10, 10), font=font("kai", fs))
        y += 66 if duty else 72
    seal = seal_image("中华人民共和国最高人民法院" if duty else doc.seal_court, 230, rng)
    layer = Image.new("RGB", im.size, "white")
    white = Image.new("RGB", seal.size, "white")
    white.paste(seal, (0, 0), seal)
    layer.paste(white, (170, 330))
    return ImageChops.multiply(im, layer)


def photograph(card_im, rng):
    """A phone photo of the card on a desk."""
    bw, bh = 1600, 1200
    top = (rng.randint(120, 170), rng.randint(90, 120), rng.randint(60, 90))
    desk = Image.new("RGB", (bw, bh), top)
    g = Image.linear_gradient("L").resize((bw, bh)).point(lambda v: 150 + v // 3)
    desk = ImageChops.multiply(desk, Image.merge("RGB", (g, g, g)))
    c = card_im.resize((int(CW * 1.25), int(CH * 1.25)))
    ang = rng.uniform(-7, 7)
    mask = Image.new("L", c.size, 255).rotate(ang, expand=True)
    c = c.rotate(ang, expand=True, resample=Image.BICUBIC)
    shadow = Image.new("RGB", c.size, (30, 30, 30))
    x, y = (bw - c.width) // 2 + rng.randint(-60, 60), (bh - c.height) // 2 + rng.randint(-50, 50)
    desk.paste(shadow, (x + 12, y + 14), mask.filter(ImageFilter.GaussianBlur(8)))
    desk.paste(c, (x, y), mask)
    desk = ImageEnhance.Brightness(desk).enhance(rng.uniform(0.85, 1.1))
    return desk.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))


def photocopy_sheet(card_ims, rng):
    """An A4 photocopy (150 dpi) holding one or two cards."""
    sheet = Image.new("RGB", (1240, 1754), "white")
    y = 180
    for c in card_ims:
        c2 = c.resize((int(CW * 0.95), int(CH * 0.95)))
        sheet.paste(c2, ((1240 - c2.width) // 2 + rng.randint(-30, 30), y))
        y += c2.height + 140
    return age_scan(sheet, rng, copy=True)
