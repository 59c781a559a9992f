"""A policy file read into text: .txt, .docx, a PDF with a text layer, or a scan.

PDFs and images go through `extract` (the same opening, OCR and reading order as a court's
bundle); a text file is read as it is. Then the OCR repair (`extract.repair`) runs on the
text, whatever its source: a clean text passes through it unchanged, and the repairs it
makes are kept, so that the review report can name every repaired character that ended
up inside a quoted sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PolicyText:
    text: str
    """The text the rules are drafted from (after repair)."""
    original: str
    repairs: list = field(default_factory=list)
    """`extract.repair`'s repairs (original characters, replacement, offset, kind)."""
    how: str = "text"


class PolicyUnreadable(ValueError):
    """The policy file cannot be read; the message is one line saying what to do."""


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _extracted_text(path: Path) -> tuple[str, str]:
    from extract.files import UnreadableFile, open_pages
    from extract.layout import PageText, reading_order
    from extract.pipeline import read_page

    pages: list[str] = []
    how = "text_layer"
    try:
        for source in open_pages(path):
            if source.error:
                raise PolicyUnreadable(f"{path.name}: 第{source.number}页{source.error}")
            page = read_page(source)
            if page.text_source == "ocr":
                how = "ocr"
            pages.append(PageText.build(reading_order(page.lines, page.skew, page.aspect)).text)
    except UnreadableFile as exc:
        raise PolicyUnreadable(f"{path.name}: {exc}") from exc
    return "\n".join(pages), how


def read_text(path: Path) -> tuple[str, str]:
    """The file's own text (before repair) and how it was read."""
    if not path.is_file():
        raise PolicyUnreadable(f"{path}: 文件不存在，请检查路径")
    head = path.read_bytes()[:8]
    if head.startswith(b"PK"):
        return _docx_text(path), "docx"
    if path.suffix.lower() in (".txt", ".text", ".md") or not head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8",
                                                                            b"II*", b"MM\x00")):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return raw.decode(encoding), "text"
            except UnicodeDecodeError:
                continue
        raise PolicyUnreadable(f"{path.name}: 不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8 后重试")
    return _extracted_text(path)


def repair(text: str) -> tuple[str, list]:
    """The text after the normaliser's table of known confusions and then the OCR repair.

    The normaliser first: it knows the key terms of these papers (仇行→执行, 工作iIE→工作证)
    that the repair's general model would otherwise guess at, and the repair has less left
    to do (seed 001: about a quarter of the time). A clean text passes through both unchanged.
    """
    from extract.normalize import normalize_lines

    text = "\n".join(normalize_lines(text.split("\n")))
    try:
        from extract.repair import repair_text
    except ImportError:
        return text, []
    result = repair_text(text)
    return result.text, list(result.repairs)


def read_policy(path: str | Path) -> PolicyText:
    path = Path(path)
    original, how = read_text(path)
    text, repairs = repair(original)
    return PolicyText(text, original, repairs, how)
