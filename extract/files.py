"""Opening what the clerk uploaded, page by page, judged by content and never by name.

Each file yields `SourcePage`s lazily (one rendered page in memory at a time), either with
the PDF's own text layer when it is good, or with an image for the OCR. Anything that
cannot be opened raises `UnreadableFile` with one line that says what to do; the caller
records it and goes on with the rest of the bundle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from extract.errors import UnreadableFile
from extract.repair.lm import is_simplified_han

MAX_PIXELS = 60_000_000
"""A4 at 600 dpi is 35 Mpx; past this a page is a mistake or a decompression bomb."""
MAX_PAGES = 300
RENDER_DPI = 200
MIN_TEXT_CHARS = 15
"""A text layer with fewer characters than this is a scan's stray label, not the page."""

PDF, PNG, JPEG, TIFF, BMP, WEBP = "pdf", "png", "jpeg", "tiff", "bmp", "webp"
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"BM", BMP),
]
_NAME_KIND = {".pdf": PDF, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".tif": TIFF, ".tiff": TIFF}


@dataclass
class TextSpan:
    """A line of a PDF's text layer, with its box in PDF points."""

    text: str
    box: tuple[float, float, float, float]


@dataclass
class SourcePage:
    source: str
    number: int
    width: float
    height: float
    text_spans: list[TextSpan] = field(default_factory=list)
    image: np.ndarray | None = None
    """RGB pixels when the page must be OCR'd (or checked for a seal)."""
    error: str | None = None
    """Why this one page could not be opened; the file's other pages still are."""


def sniff(path: Path) -> str:
    """The file's real kind from its first bytes; the one-line error names what it is instead."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile("无法打开；请检查文件后重新上传") from exc
    if size == 0:
        raise UnreadableFile("是空文件（0 字节），上传未成功；请重新扫描或重新发送")
    with path.open("rb") as fh:
        head = fh.read(1024)
    pdf_at = head.find(b"%PDF-")
    if 0 <= pdf_at < 1024:
        return PDF
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    claimed = _NAME_KIND.get(path.suffix.lower())
    what = "纯文本" if _looks_like_text(head) else "无法识别的文件格式"
    named = f"扩展名为 .{path.suffix.lower().lstrip('.')}，但内容是" if claimed else "内容是"
    raise UnreadableFile(
        f"{named}{what}，不是扫描件；请上传 PDF、PNG、JPEG 或 TIFF 格式的扫描件本身"
    )


def open_pages(path: Path) -> Iterator[SourcePage]:
    """Every page of one uploaded file, in file order."""
    kind = sniff(path)
    if kind == PDF:
        yield from _pdf_pages(path)
    else:
        yield from _image_pages(path)


def count_pages(path: Path) -> int:
    """Pages in the file, for the progress bar; 0 when it cannot be opened."""
    try:
        kind = sniff(path)
        if kind == PDF:
            import pymupdf

            with pymupdf.open(path) as doc:
                return 0 if doc.needs_pass else doc.page_count
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1)
    except Exception:
        return 0


# -- PDF ----------------------------------------------------------------------------------
def _pdf_pages(path: Path) -> Iterator[SourcePage]:
    import pymupdf

    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:
        raise UnreadableFile(
            "是已损坏的 PDF，无法打开；请向法院索取新的文件，或重新扫描纸质材料"
        ) from exc
    with doc:
        if doc.needs_pass or doc.is_encrypted:
            raise UnreadableFile(
                "是设有密码的 PDF；请向发送方索取不带密码的文件"
            )
        if doc.page_count == 0:
            raise UnreadableFile("是没有页面的 PDF；请向法院索取新的文件")
        if doc.page_count > MAX_PAGES:
            raise UnreadableFile(
                f"共 {doc.page_count} 页，超过一次提交最多 {MAX_PAGES} 页的限制；"
                "请按法院的各份文书拆分后提交"
            )
        for index in range(doc.page_count):
            try:
                page = doc.load_page(index)
                yield _pdf_page(path.name, index + 1, page)
            except Exception as exc:
                message = str(exc) if isinstance(exc, UnreadableFile) else (
                    f"第 {index + 1} 页已损坏；请向法院索取该页的新文件")
                yield SourcePage(path.name, index + 1, 0.0, 0.0, error=message)


def _pdf_page(source: str, number: int, page) -> SourcePage:
    rect = page.rect
    spans = _text_layer(page)
    if _text_layer_is_good(spans) and not _mostly_a_picture(page, spans):
        # Still rendered small: the seal check needs colour, not resolution.
        pix = page.get_pixmap(dpi=50, alpha=False)
        thumb = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3]
        return SourcePage(source, number, rect.width, rect.height, spans, thumb.copy())
    _check_render_size(rect.width, rect.height)
    pix = page.get_pixmap(dpi=RENDER_DPI, alpha=False, colorspace="rgb")
    image = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3].copy()
    return SourcePage(source, number, rect.width, rect.height, [], image)


PICTURE_SHARE = 0.15
"""A page whose images cover this much of it and whose text layer says little is a picture
(a card photographed and placed in a born-digital PDF, with a caption): it is read by its
image, not by its caption."""
CAPTION_CHARS = 200


def _mostly_a_picture(page, spans: list[TextSpan]) -> bool:
    if sum(len(s.text.strip()) for s in spans) >= CAPTION_CHARS:
        return False
    area = page.rect.width * page.rect.height or 1.0
    try:
        boxes = [info["bbox"] for info in page.get_image_info()]
    except Exception:  # a damaged image entry: keep the text layer
        return False
    covered = sum(max(0.0, (x1 - x0)) * max(0.0, (y1 - y0)) for x0, y0, x1, y1 in boxes)
    return covered / area >= PICTURE_SHARE


def _text_layer(page) -> list[TextSpan]:
    spans: list[TextSpan] = []
    for block in page.get_text("dict").get("blocks", []):
        for line in block.get("lines", []):
            if _seal_glyphs(line):
                continue
            text = "".join(span.get("text", "") for span in line.get("spans", []))
            if text.strip():
                spans.append(TextSpan(text, tuple(line["bbox"])))
    return spans


def _seal_glyphs(line: dict) -> bool:
    """An electronic seal sets the court's name in red around a circle: red text that does not
    run horizontally belongs to a seal, and read as text it glues 「民」 or 「院」 onto a name."""
    cos, sin = line.get("dir", (1.0, 0.0))
    if abs(sin) < 0.17 and cos > 0:
        return False
    return any(_reddish(span.get("color", 0)) for span in line.get("spans", []))


def _reddish(color: int) -> bool:
    r, g, b = (color >> 16) & 255, (color >> 8) & 255, color & 255
    return r > 120 and r - max(g, b) > 50


_CJK = re.compile(r"[\u4e00-\u9fff]")


_KANA = re.compile(r"[\u3040-\u30ff]")
MAX_FOREIGN_SHARE = 0.03
"""Court papers are set in simplified Chinese: a layer with more kana or characters outside
GB 2312 than this was made by a poor OCR (seed 001 is one), and our own OCR reads better."""


def _text_layer_is_good(spans: list[TextSpan]) -> bool:
    """A text layer worth trusting: enough Chinese, no replacement characters, and not the
    kanji-and-kana output of an OCR trained for another language."""
    text = "".join(s.text for s in spans)
    if len(text.strip()) < MIN_TEXT_CHARS:
        return False
    if text.count("\ufffd") > 0.02 * len(text):
        return False
    han = _CJK.findall(text)
    if len(han) < 0.3 * len(text.replace(" ", "")):
        return False
    foreign = len(_KANA.findall(text)) + sum(not is_simplified_han(ch) for ch in han)
    return foreign <= MAX_FOREIGN_SHARE * len(han)


def _check_render_size(width_pt: float, height_pt: float) -> None:
    pixels = (width_pt / 72 * RENDER_DPI) * (height_pt / 72 * RENDER_DPI)
    if pixels > MAX_PIXELS:
        raise UnreadableFile(
            f"有一页尺寸为 {width_pt / 72 * 25.4:.0f}×{height_pt / 72 * 25.4:.0f} 毫米，过大无法读取；"
            "请按 A4 或 A3 幅面重新扫描"
        )


# -- images -------------------------------------------------------------------------------
# Our own size check below (MAX_PIXELS, from the header, before any pixel is decoded)
# replaces Pillow's bomb guard, whose error cannot tell the clerk the image's size.
Image.MAX_IMAGE_PIXELS = None


def _image_pages(path: Path) -> Iterator[SourcePage]:
    try:
        im = Image.open(path)
    except Exception as exc:
        raise UnreadableFile(
            "是已损坏的图片，无法打开；请重新扫描"
        ) from exc
    with im:
        frames = getattr(im, "n_frames", 1)
        if frames > MAX_PAGES:
            raise UnreadableFile(f"共 {frames} 页，超过一次提交最多 {MAX_PAGES} 页的限制；请拆分后提交")
        for index in range(frames):
            try:
                im.seek(index)
                w, h = im.size
                if w * h > MAX_PIXELS:
                    raise UnreadableFile(
                        f"图片为 {w}×{h} 像素，超过 {MAX_PIXELS // 1_000_000} 百万像素的限制；"
                        "请以 300 dpi 或更低的分辨率重新扫描"
                    )
                frame = ImageOps.exif_transpose(im) if index == 0 else im
                rgb = np.asarray(_to_rgb(frame))
            except UnreadableFile as exc:
                yield SourcePage(path.name, index + 1, 0.0, 0.0, error=str(exc))
                continue
            except Exception:
                yield SourcePage(path.name, index + 1, 0.0, 0.0,
                                 error=f"第 {index + 1} 页已损坏；请重新扫描该页")
                continue
            yield SourcePage(path.name, index + 1, float(rgb.shape[1]), float(rgb.shape[0]), [], rgb)


def _to_rgb(frame: Image.Image) -> Image.Image:
    if frame.mode in ("RGBA", "LA", "P"):
        frame = frame.convert("RGBA")
        background = Image.new("RGBA", frame.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, frame).convert("RGB")
    if frame.mode in ("I;16", "I;16B", "I"):
        arr = np.asarray(frame, dtype=np.float64)
        arr = (255 * (arr - arr.min()) / max(1.0, arr.max() - arr.min())).astype(np.uint8)
        return Image.fromarray(arr).convert("RGB")
    return frame.convert("RGB")


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
