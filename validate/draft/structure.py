"""A policy's text as numbered clauses: paragraphs rebuilt, articles found however numbered.

Policies are printed with hard line breaks (a PDF's text, an OCR's lines), blank lines
between wrapped lines, page numbers and headers. The clauses a rule cites are the
numbered units: 第一章, 第一条, 一、, （一）, 1., （1）, ①. Which marker is the higher
level is the document's own choice, so the hierarchy is taken from the order in which the
kinds first appear (the usual Chinese layout: a kind seen again closes everything opened
after it). A citation is the clause's labels as printed, from the top: 第二条（一）1,
二、第2条, 四、7（1）. Arabic numbers that run on across chapters are the document's
articles and are cited as 第N条 (seed 001's 二、第2条); numbers that restart in each
chapter are items and are cited as printed.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from extract.values import chinese_int

CN_NUM = "一二三四五六七八九十百零〇两"
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第([{CN_NUM}]+)章\s*")),
    ("article", re.compile(rf"^第([{CN_NUM}]+)条\s*")),
    ("cn", re.compile(rf"^([{CN_NUM}]+)\s*[、．.]\s*")),
    ("paren_cn", re.compile(rf"^[（(]\s*([{CN_NUM}]+)\s*[）)]\s*")),
    ("arabic", re.compile(r"^(\d{1,2})\s*[.．、。](?!\d)\s*")),
    ("paren_ar", re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
    ("circled", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]
ITEM_KINDS = {"paren_cn", "arabic", "paren_ar", "circled"}
"""Kinds that number the items of a list as often as they number articles."""

_END = "。；：！？!?;:"
_PAGE_NUMBER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$")
_SPACED_TITLE = re.compile(rf"^第[{CN_NUM}]+条\s{{2,}}\S")


@dataclass
class Marker:
    kind: str
    number: int
    printed: str
    """The number as printed (二, 2, ①)."""


@dataclass
class Clause:
    """One numbered (or unnumbered) paragraph with where it sits in the document."""

    path: tuple[Marker, ...]
    text: str
    """The paragraph without its own marker."""
    heading: bool = False
    """A title line (协助冻结的条件), not a provision."""
    headings: list[str] = field(default_factory=list)
    """Titles of the clauses above it, nearest last (context for actions and agencies)."""
    index: int = 0
    citation: str = ""

    @property
    def depth(self) -> int:
        return len(self.path)


def _marker(text: str) -> tuple[Marker, str] | None:
    for kind, pattern in _MARKERS:
        m = pattern.match(text)
        if not m:
            continue
        printed = m.group(1)
        if kind == "circled":
            number = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(printed) + 1
        elif printed.isdigit():
            number = int(printed)
        else:
            number = chinese_int(printed) or 0
        if not number:
            continue
        rest = text[m.end():]
        if kind == "cn" and not rest:
            continue
        return Marker(kind, number, printed), rest
    return None


def _is_title(text: str, typical: float) -> bool:
    """A heading line: marked, short, and without the punctuation of a sentence."""
    if _SPACED_TITLE.match(text):
        return True
    found = _marker(text)
    if not found:
        return False
    rest = found[1]
    return bool(rest) and not re.search(r"[，。；：,;:]", rest) and len(text) < 0.8 * typical


def paragraphs(text: str) -> list[str]:
    """Wrapped lines joined back into paragraphs; blank lines and page numbers dropped."""
    # a text layer may run the next article onto the end of the last one (「…的。第八条 每次…」)
    text = re.sub(rf"(?<=[。；])[ \t　]*(?=第[{CN_NUM}]+[条章])", "\n", text.replace("\r", ""))
    # …and a title onto the first article (「…实施办法第六条 人民法院…」): 第X条 set off by a space
    text = re.sub(rf"(?<=[\u4e00-\u9fff])(?=第[{CN_NUM}]+条[ 　]+\S)", "\n", text)
    # an OCR's or a normaliser's ASCII marks inside Chinese text read as the Chinese ones
    text = re.sub(r"(?<=[\u4e00-\u9fff）)”])\s*:", "：", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff）)”])\s*;", "；", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff）)”]),(?=\S)", "，", text)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    if not lines:
        return []
    typical = statistics.median(sorted(len(line) for line in lines)[len(lines) // 3:]) if lines else 28
    out: list[str] = []
    previous_title = True
    for line in lines:
        starts = _marker(line) is not None
        title = _is_title(line, typical)
        if not out or previous_title or starts or title or out[-1][-1] in _END or len(out[-1]) < 0.5 * typical:
            out.append(line)
        else:
            out[-1] = out[-1] + line if _han_join(out[-1], line) else out[-1] + " " + line
        previous_title = title
    return [_squash_spaces(p) for p in out]


def _han_join(a: str, b: str) -> bool:
    return not (a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum())


def _squash_spaces(text: str) -> str:
    """Spaces between Chinese characters are layout, not text (「第 4 项」 → 「第4项」)."""
    text = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)
    text = re.sub(r"(?<=[^\x00-\x7f])\s+(?=\d)|(?<=\d)\s+(?=[^\x00-\x7f])", "", text)
    return text


def clauses(text: str) -> list[Clause]:
    """Every paragraph as a clause with its path of markers and the titles above it."""
    paras = paragraphs(text)
    typical = statistics.median(len(p) for p in paras) if paras else 28
    stack: list[tuple[Marker, str, bool]] = []
    """(marker, title text, whether that clause closes with its list) from the top."""
    out: list[Clause] = []
    previous = ""
    listed = False
    for para in paras:
        found = _marker(para)
        title = _is_title(para, max(typical, 28))
        if found:
            marker, rest = found
            kinds = [m.kind for m, _, _ in stack]
            if marker.kind in kinds:
                del stack[kinds.index(marker.kind):]
            elif marker.kind == "chapter":
                stack.clear()
            body = rest
            if _SPACED_TITLE.match(para):
                title = True
            if marker.kind in ITEM_KINDS:
                # an item of a list introduced by a colon: the list ends with its last item
                listed = previous.endswith(("：", ":")) or (listed and marker.number > 1)
            stack.append((marker, body if title else _subject(body), listed and not title))
            path = tuple(m for m, _, _ in stack)
            text_ = body
        else:
            # An unnumbered paragraph after the last item of a list belongs to the list's
            # parent; after a title or an article it is that clause's body.
            while stack and stack[-1][0].kind in ITEM_KINDS and stack[-1][2]:
                stack.pop()
            path = tuple(m for m, _, _ in stack)
            text_ = para
            title = False
        headings = [t for _, t, _ in stack[:len(path) - (1 if found else 0)] if t]
        out.append(Clause(path, text_, title, headings, len(out)))
        previous = para
    _cite(out)
    return out


def _subject(body: str) -> str:
    """What a numbered paragraph is about when it opens with a name and a colon (市公安局：…)."""
    head, colon, _ = body.partition("：")
    return head if colon and len(head) <= 20 and not re.search(r"[，。；]", head) else ""


def _articles_run_on(items: list[Clause]) -> bool:
    """Arabic numbers continue from one chapter (一、) to the next: they are the articles."""
    by_parent: dict[tuple[int, int], list[int]] = {}
    for c in items:
        kinds = [m.kind for m in c.path]
        if c.path and c.path[-1].kind == "arabic" and len(kinds) >= 2 and kinds[-2] == "cn":
            by_parent.setdefault((c.path[-2].number, len(kinds)), []).append(c.path[-1].number)
    firsts = [min(v) for _, v in sorted(by_parent.items())]
    return len(firsts) >= 2 and all(f > 1 for f in firsts[1:])


def _label(m: Marker, articles: bool) -> str:
    if m.kind == "chapter":
        return f"第{m.printed}章"
    if m.kind == "article":
        return f"第{m.printed}条"
    if m.kind == "cn":
        return f"{m.printed}、"
    if m.kind == "paren_cn":
        return f"（{m.printed}）"
    if m.kind == "paren_ar":
        return f"（{m.number}）"
    if m.kind == "arabic":
        return f"第{m.number}条" if articles else str(m.number)
    return m.printed


def _cite(items: list[Clause]) -> None:
    """Labels from the top; a chapter is left out where its articles are numbered through."""
    articles = _articles_run_on(items)
    for c in items:
        labels = [_label(m, articles and m.kind == "arabic" and i > 0 and c.path[i - 1].kind == "cn")
                  for i, m in enumerate(c.path)]
        if len(c.path) > 1 and c.path[0].kind == "chapter" and c.path[1].kind == "article":
            labels = labels[1:]
        c.citation = "".join(labels)


def document_title(text: str) -> str:
    """The policy's title: the 关于…的(若干)意见/办法/规定 line, joined when wrapped."""
    flat = "".join(paragraphs(text)[:40])
    m = re.search(r"(关于[^。；，《》]{4,60}?的(?:若干|实施)?(?:意见|办法|规定|细则|通知))", flat)
    return m.group(1) if m else ""
