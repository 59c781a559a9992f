"""A list of required papers read into the `materials` kind's items.

Grammar, not a table of sentences: items are separated by 、 及 和 以及 ； (all are
required), alternatives by 或者 / 或 (any one), a run 「A、B或者C」 with no 及 is one
choice among three; （原件） and （复印件） mark originals and copies, 「2名以上执法人员」
or 「执行人员不少于2人」 a count of officers, 「加盖公章的下列材料」 seals, and an item
ending in 「…的除外」 an exemption (it becomes a rule of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.contract import CARD_TYPES
from validate.draft import vocabulary as v

_AND = re.compile(r"、|及其|以及|及|和|与|；|;")
_OR = re.compile(r"或者|或")
_COUNT = re.compile(
    rf"(\d+|[{v.CN_DIGITS}]+)\s*(?:名|位)(?:或)?(?:以上|及以上)?(?:的)?(?:执行|执法|办案)(?:人员|干警|法官)"
    rf"|(\d+|[{v.CN_DIGITS}]+)\s*(?:名|人|位)(?:或)?(?:以上|及以上)(?:的)?(?:执行|执法|办案)?(?:人员|干警|法官)?"
    rf"|(?:执行|执法|办案)(?:人员|干警)\S{{0,4}}(?:不少于|不得少于|至少|应有|应为)(\d+|[{v.CN_DIGITS}]+)\s*(?:名|人|位)"
)
_SEALED = re.compile(r"加盖\S{0,10}(公章|印章|院章)")
_TAIL = re.compile(r"(至|送至|到|交至|向)(市|该|本|各|所在|指定|有关)\S*$|等(法律)?(文书|材料)$|等$")


@dataclass
class Item:
    """One required paper (or a choice of papers) with its marks."""

    codes: list[str]
    printed: str
    original: bool = False
    copy: bool = False
    min_count: int = 1
    confident: bool = True
    unknown: list[str] = field(default_factory=list)


@dataclass
class MaterialList:
    items: list[Item]
    officers_min: int = 0
    sealed: bool = False
    exempt: list[tuple[Item, list[str], str]] = field(default_factory=list)
    """Items with an exception (…的除外): (item, exemption codes, the exception's words)."""
    open_ended: list[str] = field(default_factory=list)
    """「法律、法规规定的其他材料」: cannot be checked, said in the review."""
    guesses: list[str] = field(default_factory=list)


def officers_required(text: str) -> int:
    for m in _COUNT.finditer(text):
        n = v.number(next((g for g in m.groups() if g), ""))
        if n and n >= 2:
            return n
    return 0


def _clean(part: str) -> str:
    part = re.sub(r"^[\d一二三四五六七八九十]+[.．、]", "", part.strip())
    part = part.strip("；;。，,：: ")
    for _ in range(2):
        part = _TAIL.sub("", part).strip("；;。，,")
    return part


def _marks(part: str) -> tuple[str, bool, bool]:
    original = bool(re.search(r"[（(][^）)]*原件[^）)]*[）)]|原件", part))
    copy = bool(re.search(r"复印件|复制件|影印件", part))
    bare = re.sub(r"[（(][^）)]*[）)]", "", part)
    return bare, original, copy


def _codes(part: str, subject: str) -> tuple[list[str], bool]:
    found = v.documents_in(part, subject)
    codes = list(dict.fromkeys(c for doc, _ in found for c in doc.codes))
    return codes, all(doc.confident for doc, _ in found)


def _alternatives(segment: str, subject: str) -> list[str]:
    """「A或者B」 split where both sides name a paper (「身份或资格证明」 stays one name)."""
    parts = _OR.split(segment)
    if len(parts) > 1 and all(v.documents_in(p, subject) for p in parts):
        return parts
    return [segment]


def parse_items(texts: list[str], subject: str, intro: str = "") -> MaterialList:
    """Items from the list's own lines (one per numbered line, or split from one run of text)."""
    out = MaterialList([])
    out.sealed = bool(_SEALED.search(intro)) or any(_SEALED.search(t) for t in texts)
    count = officers_required(intro + "".join(texts))
    out.officers_min = count
    segments: list[tuple[str, str]] = []
    for text in texts:
        text = text.strip().rstrip("；;。")
        exception = ""
        m = re.search(r"[（(]([^（）()]*?)的?除外[）)]\s*$|，([^，]*)的?除外$", text)
        if m:
            exception = m.group(1) or m.group(2) or ""
            text = text[:m.start()]
        if re.search(r"(法律|法规|规章)\S{0,8}规定的其他材料|其他(有关)?材料$", text):
            out.open_ended.append(text)
            continue
        bare, _, _ = _marks(text)
        if len(texts) == 1 or (_AND.search(bare) and not re.search(r"或者|或", bare)):
            pieces = _split_and(text, subject)
        else:
            pieces = [text]
        for piece in pieces:
            segments.append((piece, exception))
    for piece, exception in segments:
        item = _item(piece, subject, count)
        if item is None:
            continue
        if exception:
            exempt = [code for pattern, code in v.EXEMPTION_CUES if re.search(pattern, exception)]
            out.exempt.append((item, exempt, exception))
            continue
        out.items.append(item)
    return out


def _split_and(text: str, subject: str) -> list[str]:
    """One run of names: 、 及 和 separate required papers, unless the run is one choice."""
    bare, _, _ = _marks(text)
    if re.search(r"或者|或", bare) and not re.search(r"及|和|以及", bare):
        head, _, last = bare.rpartition("、")
        if head and re.search(r"或者|或", last) and not re.search(r"或者|或", head) and all(
                v.documents_in(p, subject) for p in [*head.split("、"), *_OR.split(last)]):
            return [text]
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "（(【《":
            depth += 1
        elif ch in "）)】》":
            depth -= 1
        elif depth == 0:
            m = _AND.match(text, i)
            if m and not _inside_name(text, i, m.end()):
                out.append(text[start:i])
                start = m.end()
                i = m.end()
                continue
        i += 1
    out.append(text[start:])
    return [p for p in out if p.strip()]


def _inside_name(text: str, start: int, end: int) -> bool:
    """「执行裁定书及协助执行通知书」 splits at 及; 「身份或资格证明」, 「调解书和…」 by names only."""
    left, right = text[:start], text[end:]
    return not (left.strip() and right.strip())


def _item(piece: str, subject: str, count: int) -> Item | None:
    printed = _clean(piece)
    if not printed:
        return None
    bare, original, copy = _marks(printed)
    codes: list[str] = []
    confident = True
    unknown: list[str] = []
    for alt in _alternatives(bare, subject):
        found, sure = _codes(alt, subject)
        if not found and subject == "court_request":
            near = v.near_documents(alt)
            found, sure = list(dict.fromkeys(c for c, _ in near)), False
        if not found:
            unknown.append(alt)
            continue
        confident = confident and sure
        codes.extend(c for c in found if c not in codes)
    if not codes:
        return Item([], printed, unknown=unknown or [printed], confident=False)
    min_count = count if count >= 2 and set(codes) <= CARD_TYPES else 1
    return Item(codes, printed, original, copy, min_count, confident, unknown)


def as_check(lst: MaterialList, items: list[Item] | None = None) -> dict:
    """The `check:` mapping of a materials rule: any-of items, then runs of all-of items."""
    rows: list[dict] = []
    for item in items if items is not None else lst.items:
        if not item.codes:
            continue
        row: dict = {"any": item.codes} if len(item.codes) > 1 else {"all": list(item.codes)}
        if item.min_count > 1:
            row["min_count"] = item.min_count
        if item.original:
            row["original"] = True
        if item.copy:
            row["copy"] = True
        prev = rows[-1] if rows else None
        if (prev is not None and "all" in row and "all" in prev
                and {k: x for k, x in prev.items() if k != "all"} == {k: x for k, x in row.items() if k != "all"}):
            prev["all"] = [*prev["all"], *[c for c in row["all"] if c not in prev["all"]]]
            continue
        rows.append(row)
    check: dict = {"items": rows}
    if lst.officers_min >= 2:
        check["officers_min"] = lst.officers_min
    if lst.sealed:
        check["sealed"] = True
    return check


def names(items: list[Item]) -> str:
    """The papers as the policy prints them, for the rule's messages."""
    printed = [i.printed for i in items if i.codes]
    if len(printed) <= 1:
        return "".join(printed)
    return "、".join(printed[:-1]) + "及" + printed[-1]
