"""Shared test helpers: pages rendered with a real CJK font, and the real OCR engine."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pymupdf
import pytest

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
]
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def font_file() -> str | None:
    return next((f for f in FONT_CANDIDATES if Path(f).exists()), None)


COURT_TITLES = ("通知书", "裁定书", "判决书", "调解书", "介绍信", "决定书", "函")
"""A page titled so is a court's paper, which the court signs under its seal."""


def court_seal(page: pymupdf.Page, centre: tuple[float, float] = (420, 700), radius: float = 62) -> None:
    """A court's red seal as an e-delivered paper carries it: a ring, a star, the name's arc left out."""
    red = (0.85, 0.08, 0.1)
    page.draw_circle(centre, radius, color=red, width=4)
    cx, cy = centre
    r, inner = radius * 0.32, radius * 0.13
    star = [(cx + (r if i % 2 == 0 else inner) * math.sin(i * math.pi / 5),
             cy - (r if i % 2 == 0 else inner) * math.cos(i * math.pi / 5)) for i in range(10)]
    page.draw_polyline([*star, star[0]], color=red, fill=red, width=1)


def _draw(doc: pymupdf.Document, lines: list[str], fontsize: float, seal: bool = False):
    """One A4 page of lines, the first centred as a title, in a real CJK font when there is one;
    `seal` stamps the court's seal at the foot, where the court signs."""
    page = doc.new_page(width=595, height=842)
    if seal:
        court_seal(page)
    fontfile = font_file()
    kwargs = {"fontfile": fontfile, "fontname": "body"} if fontfile else {"fontname": "china-s"}
    y = 90.0
    for i, line in enumerate(lines):
        size = 22 if i == 0 else fontsize
        x = (595 - size * len(line)) / 2 if i == 0 else 80
        page.insert_text((max(60, x), y), line, fontsize=size, **kwargs)
        y += size * 1.9
    return page


def render_pdf(pages: list[list[str]], path: Path, fontsize: float = 15, sealed: bool = True) -> Path:
    """A text-layer PDF: each page a list of lines, the first line as a title. A court's paper
    (a title in COURT_TITLES) carries the court's seal unless `sealed` is False: an original
    the court delivers is sealed, and an unsealed one is a defect the rules look for."""
    with pymupdf.open() as doc:
        for lines in pages:
            _draw(doc, lines, fontsize, seal=sealed and bool(lines) and lines[0].endswith(COURT_TITLES))
        doc.save(path)
    return path


def render_image(lines: list[str], dpi: int = 170, fontsize: float = 15) -> np.ndarray:
    """The same page as pixels (RGB), as a scanner would deliver it."""
    tmp = pymupdf.open()
    page = _draw(tmp, lines, fontsize)
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3).copy()


NOTICE_LINES = [
    "协助执行通知书",
    "（2024）沪0115执1234号",
    "上海市公积金管理中心浦东新区管理部：",
    "申请执行人李四与被执行人张三民间借贷纠纷一案，",
    "本院作出的执行裁定书已经发生法律效力。请协助冻结",
    "被执行人张三（公民身份号码34052419800101001X）",
    "名下住房公积金人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分",
    "（¥123,456.78），冻结期限三年，自二〇二四年五月十日起",
    "至二〇二七年五月九日止。",
    "联系人：王小明  联系电话：021-12345678",
    "上海市浦东新区人民法院",
    "二〇二四年五月十日",
]


@pytest.fixture(scope="session")
def engine():
    from extract.ocr import get_engine

    return get_engine("rapidocr")
