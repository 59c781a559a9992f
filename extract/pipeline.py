"""The extraction pipeline: files in, one request out, every bad file reported and skipped.

The steps, each a function of its own module:
open (files) → seal check and removal (seal) → text layer or OCR (ocr) → normalise
(normalize) → reading order (layout) → classify and split (classify) → read each paper
(fields) → one request (request).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from extract import seal
from extract.cards import one_card_per_officer
from extract.classify import split_documents
from extract.contract import Request
from extract.fields import PaperReading, read_paper
from extract.files import SourcePage, UnreadableFile, count_pages, open_pages
from extract.model import Document, Page, Problem, TextLine
from extract.normalize import normalize_text
from extract.ocr import OcrEngine, get_engine
from extract.request import build_request

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""Called after each page with (pages done, pages in all, file name)."""


@dataclass
class Extraction:
    """What a bundle says, what could not be read, and where every value came from."""

    request: Request
    evidence: dict[str, Any]
    documents: list[Document]
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def status(self) -> Literal["complete", "partial", "unreadable"]:
        """`partial`: processed, but some file or page could not be read (see `problems`);
        `unreadable`: not one page could be read, there is nothing to check."""
        if not self.pages:
            return "unreadable"
        return "partial" if self.problems else "complete"

    def to_json(self) -> dict[str, Any]:
        return {
            "request": self.request.to_json(),
            "status": self.status,
            "evidence": self.evidence,
            "pages": [
                {"source": p.source, "page": p.number, "type": p.doc_type, "text_source": p.text_source,
                 "rotation": p.rotation, "skew": round(p.skew, 2), "seal": p.seal,
                 "width": p.width, "height": p.height}
                for p in self.pages
            ],
            "problems": [{"source": p.source, "kind": p.kind, "message": p.message} for p in self.problems],
        }


def read_bundle(
    paths: Iterable[Path | str],
    engine: OcrEngine | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Read all files of one submission together."""
    paths = [Path(p) for p in paths]
    total = sum(count_pages(p) for p in paths)
    pages: list[Page] = []
    problems: list[Problem] = []
    done = 0
    for path in paths:
        try:
            for source_page in open_pages(path):
                done += 1
                page = _read_or_report(source_page, engine, problems)
                del source_page
                release_memory()
                if page is not None:
                    pages.append(page)
                if progress:
                    progress(done, total, path.name)
        except UnreadableFile as exc:
            problems.append(Problem(path.name, str(exc)))
            log.warning("%s: %s", path.name, exc)
        except Exception:  # one broken file must not sink the bundle
            log.exception("unexpected failure reading %s", path.name)
            problems.append(Problem(
                path.name,
                "读取时发生系统错误；文件已保存，请将材料编号和文件名告知管理员",
                kind="internal",
            ))
    documents = split_documents(pages)
    readings = one_card_per_officer([_read_paper_or_report(doc, problems) for doc in documents])
    documents = [r.document for r in readings]
    request, evidence = build_request(readings)
    return Extraction(request, evidence, documents, pages, problems)


def _read_or_report(source: SourcePage, engine: OcrEngine | None, problems: list[Problem]) -> Page | None:
    """One page, or a problem recorded for it: a bad page never costs the file's other pages."""
    if source.error:
        problems.append(Problem(source.source, source.error, kind="page"))
        return None
    try:
        return read_page(source, engine)
    except Exception:
        log.exception("unexpected failure reading page %d of %s", source.number, source.source)
        problems.append(Problem(
            source.source,
            f"第 {source.number} 页读取时发生系统错误；文件已保存，请将材料编号和文件名告知管理员",
            kind="internal",
        ))
        return None


def _read_paper_or_report(document: Document, problems: list[Problem]) -> PaperReading:
    """A paper's fields, or the paper listed with none and a problem saying a person must read it."""
    try:
        return read_paper(document)
    except Exception:
        log.exception("unexpected failure reading the fields of %s", document.source)
        problems.append(Problem(
            document.source,
            f"第 {'、'.join(map(str, document.page_numbers))} 页的各项内容未能自动识别；请人工阅读该份材料",
            kind="internal",
        ))
        return PaperReading(document)


def _libc_trim():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc
        return None


_MALLOC_TRIM = _libc_trim()


def release_memory() -> None:
    """Hand freed page buffers back to the system after each page.

    A page's image and the OCR's tensors are tens of megabytes freed from several threads;
    glibc keeps such memory in its arenas, so without this a long-running worker's resident
    size creeps up by hundreds of megabytes while nothing is actually leaked.
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def read_page(source: SourcePage, engine: OcrEngine | None = None) -> Page:
    """One page turned into normalised lines, from its text layer when it has a good one."""
    page = Page(source=source.source, number=source.number)
    if source.text_spans:
        page.text_source = "text_layer"
        page.width, page.height = int(source.width), int(source.height)
        page.lines = [
            TextLine(
                normalize_text(span.text),
                (span.box[0] / source.width, span.box[1] / source.height,
                 span.box[2] / source.width, span.box[3] / source.height),
                1.0,
            )
            for span in source.text_spans
        ]
        page.seal = source.image is not None and seal.has_seal(source.image)
        page.seal_visible = page.seal or seal.absence_visible(source.image, text_layer=True)
        return page
    assert source.image is not None
    regions = seal.seal_regions(source.image)
    page.seal = bool(regions)
    page.seal_visible = page.seal or seal.absence_visible(source.image, text_layer=False)
    image = seal.without_seal(source.image, regions) if regions else source.image
    result = (engine or get_engine()).read(image)
    page.text_source = "ocr"
    page.rotation, page.skew = result.rotation, result.skew
    page.width, page.height = result.width, result.height
    page.lines = [
        TextLine(
            normalize_text(line.text),
            (line.box[0] / result.width, line.box[1] / result.height,
             line.box[2] / result.width, line.box[3] / result.height),
            round(line.confidence, 4),
        )
        for line in result.lines
    ]
    return page
