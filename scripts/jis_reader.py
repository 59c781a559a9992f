"""A Chinese line read as a Japanese-trained recogniser would read it (offline, for training data).

Why: the scans we must repair were read by a model that only knows Japanese: for a
simplified character it lacks (执, 应, 户, 积) it returns the nearest glyph it knows — a
kanji, kana, Latin letters — or nothing. RapidOCR's recogniser (PP-OCRv6, shipped in its
wheel) knows both scripts; restricted at decoding to the repertoire of JIS X 0208 (what
Shift JIS encodes: kanji, kana, Latin, digits) it behaves like such a model, and since it
runs here with no download it can make as many (noisy, clean) pairs as we like.

A line is drawn with a CJK font, blurred, shrunk and thresholded like a tired photocopy,
then recognised whole (no detector: we know where the line is). Nothing here runs at
install, test or run time.
"""

from __future__ import annotations

import random
from functools import cache
from importlib import resources

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HEIGHT = 48  # the recogniser's input height


def japanese(ch: str) -> bool:
    """A character a Japanese-only recogniser could return: ASCII or JIS X 0208."""
    if ch.isascii():
        return True
    try:
        ch.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return True


class JisReader:
    """PP-OCRv6's line recogniser, its output restricted to the Japanese repertoire."""

    def __init__(self) -> None:
        import onnxruntime as ort

        path = resources.files("rapidocr") / "models" / "PP-OCRv6_rec_small.onnx"
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # a shared machine: one core
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options)
        names = self.session.get_modelmeta().custom_metadata_map["character"].split("\n")
        self.chars = ["", *names, " "]  # CTC blank first, space last (as RapidOCR decodes)
        self.mask = np.array([0.0 if not c or japanese(c) else -1e9 for c in self.chars], dtype=np.float32)

    def read(self, image: Image.Image) -> str:
        """The line's text: greedy CTC over the masked scores."""
        rgb = image.convert("RGB")
        width = max(int(np.ceil(HEIGHT * rgb.width / rgb.height)), HEIGHT)
        pixels = np.asarray(rgb.resize((width, HEIGHT), Image.BILINEAR), dtype=np.float32)
        x = ((pixels.transpose(2, 0, 1) / 255.0) - 0.5) / 0.5
        scores = self.session.run(None, {"x": x[None]})[0][0] + self.mask
        out, previous = [], 0
        for k in scores.argmax(axis=1):
            if k != previous and k != 0:
                out.append(self.chars[k])
            previous = k
        return "".join(out)


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_line(line: str, font_path: str, rng: random.Random, size: int = 40) -> Image.Image:
    """A line as a poor scan shows it: ink of varying darkness, blur, shrinking, threshold,
    speckle, sometimes letters spaced apart (where a recogniser splits a character)."""
    font = _font(font_path, size)
    spacing = size * rng.choice((0.0, 0.0, 0.0, 0.15, 0.3))
    width = int((size + spacing) * (len(line) + 2))
    height = int(size * 1.6)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    ink = rng.randint(0, 70)
    x = size / 2
    for ch in line:
        draw.text((x, size / 4 + rng.uniform(-1.5, 1.5)), ch, font=font, fill=ink)
        x += font.getlength(ch) + spacing
    page = page.crop((0, 0, int(x + size / 2), height))
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.5)))
    scale = rng.uniform(0.4, 0.65)
    page = page.resize((max(int(page.width * scale), 1), max(int(page.height * scale), 1)), Image.BILINEAR)
    pixels = page.load()
    for _ in range(int(page.width * page.height * 0.002)):
        pixels[rng.randrange(page.width), rng.randrange(page.height)] = rng.choice((0, 255))
    threshold = rng.randint(140, 185)
    return page.point(lambda v: 0 if v < threshold else 255)
