"""Bad input: each gets one line naming what to do, and never stops the rest of a bundle."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from extract.files import UnreadableFile, open_pages, sniff
from tests.conftest import render_pdf


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares a huge size: opening must refuse it before decoding pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def _one_line_error(path: Path) -> str:
    """The file's error, whether the whole file fails or only its page does."""
    try:
        errors = [page.error for page in open_pages(path) if page.error]
    except UnreadableFile as exc:
        errors = [str(exc)]
    (message,) = errors
    assert "\n" not in message
    return message


def test_empty_file(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(b"")
    assert "空文件" in _one_line_error(path)


def test_text_file_named_pdf(tmp_path):
    path = tmp_path / "ruling.pdf"
    path.write_text("这是一个文本文件，不是PDF。", encoding="utf-8")
    message = _one_line_error(path)
    assert "扩展名为 .pdf" in message and "纯文本" in message and "PDF、PNG、JPEG 或 TIFF" in message


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    assert "已损坏的 PDF" in _one_line_error(path)


def test_encrypted_pdf(tmp_path):
    plain = render_pdf([["协助执行通知书", "（2024）沪0115执1234号"]], tmp_path / "plain.pdf")
    path = tmp_path / "locked.pdf"
    with pymupdf.open(plain) as doc:
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    assert "密码" in _one_line_error(path)


def test_huge_png(tmp_path):
    path = _png_header_only(tmp_path / "huge.png", 20000, 20000)
    message = _one_line_error(path)
    assert "20000×20000" in message and "300 dpi" in message


def test_content_not_name_decides(tmp_path):
    """A PNG saved as .pdf is read as the image it is."""
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (200, 100), "white").save(path, format="PNG")
    assert sniff(path) == "png"
    pages = list(open_pages(path))
    assert len(pages) == 1 and pages[0].image is not None


def test_multipage_tiff(tmp_path):
    path = tmp_path / "bundle.tif"
    frames = [Image.new("RGB", (300, 400), c) for c in ("white", "lightgrey", "white")]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    pages = list(open_pages(path))
    assert [p.number for p in pages] == [1, 2, 3]


def test_text_layer_pdf_needs_no_ocr(tmp_path):
    path = render_pdf([["执行裁定书", "（2024）沪0115执1234号", "被执行人张三，男，1980年1月1日出生。"]],
                      tmp_path / "ruling.pdf")
    (page,) = list(open_pages(path))
    assert page.text_spans, "a good text layer is used as is"
    assert any("沪0115执1234号" in s.text for s in page.text_spans)


def test_a_page_that_fails_costs_only_that_page(tmp_path, engine):
    """The engine breaks on page 2 of a three-page TIFF: pages 1 and 3 are read, page 2 reported."""
    from extract import read_bundle
    from extract.ocr import OcrEngine

    class BreaksOnSecondPage(OcrEngine):
        calls = 0

        def read(self, image):
            self.calls += 1
            if self.calls == 2:
                raise RuntimeError("injected fault")
            return engine.read(image)

    path = tmp_path / "bundle.tif"
    frames = [Image.new("RGB", (400, 560), "white") for _ in range(3)]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    extraction = read_bundle([path], engine=BreaksOnSecondPage())
    assert [p.number for p in extraction.pages] == [1, 3]
    (problem,) = extraction.problems
    assert problem.source == "bundle.tif" and "第 2 页" in problem.message and "\n" not in problem.message


def test_a_poor_ocr_text_layer_is_not_trusted(tmp_path):
    """Seed 001's text is what a Japanese-trained OCR leaves behind: such a layer is read again."""
    from tests.conftest import SHARED

    seed = next((SHARED / "seeds").glob("001_*.txt"), None)
    if seed is None:
        pytest.skip("the seeds are not beside this checkout")
    lines = [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()][10:40]
    path = render_pdf([lines], tmp_path / "scanned-with-ocr.pdf", fontsize=10)
    (page,) = list(open_pages(path))
    assert not page.text_spans and page.image is not None, "the page goes to our own OCR"


def test_an_electronic_seals_text_is_not_read_as_text(tmp_path):
    """Red text set around a circle is a seal's; read as text it glues 「民」 onto a name."""
    path = render_pdf([["协助执行通知书", "（2024）沪0115执1234号", "执行员 冯一帆"]], tmp_path / "sealed.pdf")
    with pymupdf.open(path) as doc:
        page = doc[0]
        for i, ch in enumerate("上海市浦东新区人民法院"):
            page.insert_text((300 + 8 * i, 150 + 5 * i), ch, fontsize=12, fontname="china-s", rotate=90,
                             color=(0.85, 0.1, 0.1))
        doc.saveIncr()
    (read,) = list(open_pages(path))
    text = "".join(span.text for span in read.text_spans)
    assert "冯一帆" in text
    assert "浦" not in text and "民" not in text, "no glyph of the seal's ring is read"


def test_a_card_photo_placed_in_a_text_layer_pdf_is_read_by_its_image(tmp_path):
    """A born-digital PDF's page holding a card's photo and a caption: the caption is not the page."""
    import io

    from tests.conftest import render_image

    card = Image.fromarray(render_image(["工作证", "姓名：王小明", "职务：执行员", "编号：310115001"], dpi=100))
    png = io.BytesIO()
    card.save(png, format="PNG")
    path = tmp_path / "bundle.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 60), "附件：执行人员工作证复印件（一份）", fontsize=12, fontname="china-s")
        page.insert_image(pymupdf.Rect(72, 90, 523, 500), stream=png.getvalue())
        doc.save(path)
    (source,) = list(open_pages(path))
    assert not source.text_spans and source.image is not None, "read by its image (OCR), not by the caption"
