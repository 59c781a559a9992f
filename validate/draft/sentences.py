"""The units rules are drafted from: sentences, and lists with the sentence that opens them.

A list is opened by a sentence ending in a colon (「应当提供以下材料：」, 「应当同时符合以下
条件：」) and made of the numbered clauses under it, or of 「1、…；2、…」 run into the same
paragraph. Sentences end at 。 ； ！ ？ outside brackets and quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from validate.draft.structure import ITEM_KINDS, Clause

_OPEN = "（(【《“‘「"
_CLOSE = "）)】》”’」"
_INLINE_ITEM = re.compile(r"(?:(?<=[：:；;，。])|^)\s*(?:(\d{1,2})[、.．]|[（(](\d{1,2})[）)]|([①-⑳]))")


@dataclass
class Unit:
    """A sentence, or a list (its opening sentence and items), where it sits."""

    clause: Clause
    text: str
    """The sentence, or the opening sentence of a list."""
    items: list[tuple[str, Clause | None]] = field(default_factory=list)
    """A list's items: their text and, when numbered on lines of their own, their clause."""
    before: list[str] = field(default_factory=list)
    """Earlier sentences of the same paragraph (for 上述 and for the measure asked)."""
    parent: Unit | None = None
    """For an item that opens a list of its own, the list it belongs to."""

    @property
    def is_list(self) -> bool:
        return bool(self.items)

    @property
    def words(self) -> str:
        """The sentence quoted, with a list's items as printed (1.…；2.…)."""
        if not self.items:
            return self.text
        parts = []
        for text, clause in self.items:
            label = _item_label(clause) if clause else ""
            parts.append(f"{label}{text}")
        return self.text + "".join(parts)


def _item_label(clause: Clause) -> str:
    m = clause.path[-1]
    if m.kind == "paren_cn":
        return f"（{m.printed}）"
    if m.kind == "paren_ar":
        return f"（{m.number}）"
    if m.kind == "circled":
        return m.printed
    return f"{m.number}."


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "。；;！？!?":
            out.append(text[start:i + 1])
            start = i + 1
    if text[start:].strip():
        out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def _inline_list(sentence: str) -> tuple[str, list[str]] | None:
    """「…之一的，…：1、…；2、…;3、…」 → the opening and its items."""
    head, colon, rest = sentence.partition("：")
    if not colon:
        return None
    marks = list(_INLINE_ITEM.finditer(rest))
    if len(marks) < 2 or marks[0].start() > 1:
        return None
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(rest)
        items.append(rest[m.end():end].strip())
    return head + colon, items


def units(clauses: list[Clause]) -> list[Unit]:
    """Every sentence of every provision, lists gathered with their items."""
    out: list[Unit] = []
    consumed: set[int] = set()
    by_index = {c.index: c for c in clauses}
    for clause in clauses:
        if clause.heading or clause.index in consumed:
            continue
        sentences = _sentences_of(clause.text)
        for k, sentence in enumerate(sentences):
            unit = Unit(clause, sentence, before=sentences[:k])
            inline = _inline_list(sentence) if k == len(sentences) - 1 or "：" in sentence else None
            if sentence.endswith(("：", ":")) and k == len(sentences) - 1:
                unit.items = [(c.text, c) for c in _children(clause, clauses)]
                for _, c in unit.items:
                    consumed.add(c.index)  # type: ignore[union-attr]
            elif inline and re.search(r"(以下|下列)\S{0,6}[：:]|之一\S{0,30}[：:]", sentence):
                unit.text, texts = inline
                unit.items = [(t, None) for t in texts]
            out.append(unit)
            # an item that opens a list of its own (第三条（一）4: 以下提取条件之一：（1）…)
            for text, child in list(unit.items):
                if child is not None and text.endswith(("：", ":")):
                    sub = Unit(child, text, [(c.text, c) for c in _children(child, clauses)], parent=unit)
                    for _, c in sub.items:
                        consumed.add(c.index)  # type: ignore[union-attr]
                    out.append(sub)
    del by_index
    return out


def _sentences_of(text: str) -> list[str]:
    """Sentences, but a list opened by a colon keeps its inline items with it."""
    raw = split_sentences(text)
    out: list[str] = []
    for s in raw:
        if out and _continues_list(out[-1], s):
            out[-1] += s
        else:
            out.append(s)
    return out


def _continues_list(previous: str, sentence: str) -> bool:
    """「…材料：1、A；」 + 「2、B；」: items of an inline list are split at ； but belong together."""
    return ("：" in previous and bool(re.match(r"\s*(\d{1,2}[、.．]|[（(]\d{1,2}[）)]|[①-⑳])", sentence))
            and bool(_INLINE_ITEM.search(previous.partition("：")[2])))


def _children(clause: Clause, clauses: list[Clause]) -> list[Clause]:
    """The numbered clauses directly under `clause` (a list's items)."""
    out = []
    for c in clauses[clause.index + 1:]:
        if c.depth <= clause.depth or c.path[:clause.depth] != clause.path:
            break
        if c.depth == clause.depth + 1 and c.path[-1].kind in ITEM_KINDS:
            out.append(c)
    return out
