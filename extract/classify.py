"""Which court paper each page is, and which pages belong together.

A paper announces itself in its title (「协助执行通知书」, 「执行裁定书」) or, for the small
cards, anywhere on the card (「工作证」, 「执行公务证」). Pages without a title continue a
paper: we give them to the paper of the same file whose later pages they resemble (a
ruling ends with 「裁定如下」 and the judges' signatures, a notice with the contact person
and its 回执), so that pages shuffled inside one file still come back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract import values
from extract.contract import CARD_TYPES
from extract.layout import reading_order
from extract.model import Document, Page, TextLine
from extract.nlp import CARD_NAME_LEFT, looks_like_person

# (type, title pattern). Order matters: the first type whose title matches wins, so the
# specific titles stand before the general ones that are contained in them.
TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("other", re.compile(r"^送达回证$|^(?:人民法院)?送达回证")),
    ("query_form", re.compile(r"协助查询(?:存款|财产|住房公积金)?通知书|查询单|查询申请书?|协助查询函")),
    ("assist_notice", re.compile(
        r"协助(?:执行|冻结|续行冻结|继续冻结|解除冻结|解冻|扣划|划拨|扣划划拨)(?:住房公积金)?通知书?"
        r"|协助执行书|协助执行函|协助查找被执行人函|协助查找函|协查函|协助公示通知书|协助公示函"
    )),
    ("ruling", re.compile(r"(?:执行|民事)?裁定书")),
    ("judgment", re.compile(r"民事判决书|民事调解书|刑事附带民事判决书|判决书|调解书|仲裁裁决书|支付令|公证债权文书"
                            r"|生效法律文书副本|法律文书副本")),
    ("intro_letter", re.compile(r"介绍信")),
    ("duty_cert", re.compile(r"执行公务证|公务证")),
    ("work_id", re.compile(r"工作证|工作证件|工作人员证")),
    ("ground_proof", re.compile(
        r"(?:退休|离休)(?:证|证明|审批表|手续|情况|人员)|死亡(?:医学)?证明|注销户[口籍]|户[口籍]注销|出境定居|定居(?:国外|境外|证明)"
        r"|丧失劳动能力|劳动能力鉴定|最低生活保障|低保证|残疾人证|特困人员|五保|孤儿|养老金"
    )),
]


PAPER_TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("locate_letter", re.compile(r"协助查找(?:被执行人)?函|协查函")),
    ("publicity_notice", re.compile(r"协助公示(?:通知书|函)")),
    ("service_return", re.compile(r"送达回证")),
    ("identity_proof", re.compile(r"(?:受让人|买受人|承受人)?(?:的)?(?:身份|资格)证明|身份证(?:复印件)?$|营业执照")),
]
"""Papers the contract files under a broader type, by their own title (`contract.PAPERS`)."""

IDENTITY_CARD = (re.compile(r"公民身份号码|身份证号"), re.compile(r"性别|民族|出生|住址"))
IDENTITY_BACK = (re.compile(r"居民身份证"), re.compile(r"签发机关|有效期限"))
BUSINESS_LICENCE = (re.compile(r"营业执照"), re.compile(r"统一社会信用代码|法定代表人|经营范围"))
"""A copy of a resident's ID card (either side) or of a business licence: the identity or
qualification proof of a party (seed 002 四、17, a transferee's), never an officer's card."""

# What the later pages of each paper tend to hold, to place a page that has no title.
CONTINUATION_CUES: dict[str, re.Pattern[str]] = {
    "ruling": re.compile(r"裁定如下|本裁定|审判长|审判员|执行员|书记员|立即执行|送达后即发生法律效力"),
    "assist_notice": re.compile(r"联系人|联系电话|回执|协助执行人|此致|开户行|户名|账号|附[:：]|收悉|已按要求办理|协助执行结果|经办人|盖章"),
    "judgment": re.compile(r"判决如下|调解协议|本判决|如不服|上诉于|审判长|审判员|人民陪审员|书记员"),
    "intro_letter": re.compile(r"兹介绍|同志|前往你处|此致|敬礼"),
}

TITLE_TOP = 0.4
"""Titles sit in the upper part of the first page."""
TITLE_MAX_CHARS = 24


@dataclass
class PageClass:
    type: str | None
    """None when the page has no title: it continues a paper."""
    confidence: float
    paper: str | None = None
    """The paper's own kind where its type is broader (`contract.PAPERS`)."""


SENTENCE_END = ("。", "；", "，", ";", ",")
"""How a line that ends a sentence ends: a title never does."""


def classify_page(page: Page) -> PageClass:
    """The paper a page begins, from its title; None when it only continues one."""
    for line in page.lines:
        compact = re.sub(r"\s+", "", line.text)
        if line.box[1] > TITLE_TOP or len(compact) > TITLE_MAX_CHARS or compact.endswith(SENTENCE_END):
            continue  # 「领取养老金。」 at a later page's top ends a sentence: no title
        for doc_type, pattern in TITLES:
            if pattern.search(compact) and not _mentioned_in_passing(compact):
                paper = next((name for name, title in PAPER_TITLES if title.search(compact)), None)
                return PageClass(doc_type, min(1.0, 0.6 + line.confidence * 0.4), paper)
        if PAPER_TITLES[-1][1].fullmatch(compact):
            return PageClass("other", 0.7, "identity_proof")
    text = re.sub(r"\s+", "", page.text)
    if len(text) < 400 and any(all(p.search(text) for p in pair)
                               for pair in (IDENTITY_CARD, IDENTITY_BACK, BUSINESS_LICENCE)):
        return PageClass("other", 0.8, "identity_proof")
    if _generic_proof(page) and GROUND_CUES.search(text):
        return PageClass("ground_proof", 0.7)
    if len(text) < 200:  # cards and photos: the word may stand anywhere
        ordered = rows_text(page)
        for doc_type in ("duty_cert", "work_id"):
            if dict(TITLES)[doc_type].search(text) or dict(TITLES)[doc_type].search(ordered):
                return PageClass(doc_type, 0.8)
        if card_inside(text):
            return PageClass("duty_cert" if "公务" in text else "work_id", 0.6)
    proof = dict(TITLES)["ground_proof"].search(text[:80])
    if proof and not _mentioned_in_passing(_clause(text, proof.start())) and not _court_papers_page(page):
        return PageClass("ground_proof", 0.6)
    return PageClass(None, 0.0)


def _court_papers_page(page: Page) -> bool:
    """A later page of a ruling or a judgment (「裁定如下」, 「审判长」, 「本判决…」): its 「经查，被执行人
    …系退休人员」 states a ground, and the page is no proof of one."""
    scores = _home_scores(page)
    return bool(scores["ruling"] or scores["judgment"])


def _clause(text: str, at: int) -> str:
    """The clause of `text` around position `at`, between its commas and full stops."""
    start = max(text.rfind(mark, 0, at) for mark in "，。；") + 1
    ends = [i for i in (text.find(mark, at) for mark in "，。；") if i >= 0]
    return text[start: min(ends, default=len(text))]


def rows_text(page: Page) -> str:
    """The page's text in reading order, the boxes of each row joined without a break.

    A card's cover sets its title with wide spacing (「工　作　证」); OCR returns one box per
    character, in the order it found them (「工」「证」「作」), so the title is in no line of
    the page and not in its text as read: only the row, read left to right, says it."""
    rows = reading_order(page.lines, page.skew, page.aspect)
    return "\n".join("".join(re.sub(r"\s+", "", line.text) for line in row) for row in rows)


CARD_TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("duty_cert", re.compile(r"^(?:中华人民共和国)?(?:[\u4e00-\u9fff]{0,14}人民法院)?(?:执行)?公务证$")),
    ("work_id", re.compile(r"^(?:中华人民共和国)?(?:[\u4e00-\u9fff]{0,14}人民法院)?工作(?:证|证件)$")),
]


def cards_on(page: Page, fallback: str) -> list[str]:
    """One entry per card on the page: officers often copy two or four cards onto one sheet.

    A card opened flat shows its title twice, on the cover (title and court, nothing else)
    and inside over the holder's fields; a cover beside its inside is the same card, so a
    title counts only when something of a card's inside stands under it (see `_covers`),
    unless the sheet shows covers alone. A card may also print its title twice inside (a
    heading and a small label), so when the holders' name labels are fewer than the
    titles, the names count the cards: one of each kind titled, then more of the same
    kinds up to the number of names.
    """
    titles: list[tuple[str, TextLine]] = []
    for line in page.lines:
        compact = re.sub(r"\s+", "", line.text)
        for kind, pattern in CARD_TITLES:
            if pattern.match(compact):
                titles.append((kind, line))
                break
    covers = _covers(page, [line for _, line in titles])
    insides = [kind for kind, line in titles if not any(line is c for c in covers)]
    found = insides or [kind for kind, _ in titles]
    holders = card_holders(page)
    if 0 < holders < len(found):
        chosen = list(dict.fromkeys(found))  # one of each kind titled
        rest = list(found)
        for kind in chosen:
            rest.remove(kind)
        found = chosen + rest[: max(0, holders - len(chosen))]
    return found or [fallback]


COURT_LINE = re.compile(
    r"^(?:中华人民共和国)?[\u4e00-\u9fff]{0,16}(?:人民法院|法院)(?:执行局|执行庭)?(?:制|印制|监制)?$|^中华人民共和国$")
"""What a card's cover prints besides its title: the country, the court, the issuer (the
court's 执行局 issues a duty card: 「人民法院执行局」 at the cover's foot)."""


def _covers(page: Page, titles: list[TextLine]) -> list[TextLine]:
    """The titles under which nothing but the court stands: every other line of the page
    belongs to the nearest title above it that it sits under (overlapping it across), unless
    it stands mostly in the card of a title beside that one, in another column."""
    if len(titles) < 2:
        return []
    owned: dict[int, int] = {id(t): 0 for t in titles}
    for line in page.lines:
        compact = re.sub(r"\s+", "", line.text)
        if any(line is t for t in titles) or COURT_LINE.match(compact) or not compact:
            continue
        above = [t for t in titles if t.box[1] < line.box[1] and _under(line, t, 1.0)]
        if above:
            # the nearest title above; of titles side by side, the one the line stands under
            owner = max(above, key=lambda t: (round(t.box[1], 2), _under(line, t, 0.0)))
            if _within(line, owner) < 0.5:
                # a cover photographed beside its inside, its title set lower, must not take
                # the inside's foot line reaching towards it: a title in the other column
                # whose card holds most of the line owns it
                beside = [t for t in above if _within(line, t) >= 0.5 and not _same_column(t, owner)]
                owner = max(beside, key=lambda t: t.box[1], default=owner)
            owned[id(owner)] += 1
    return [t for t in titles if not owned[id(t)]]


def _same_column(a: TextLine, b: TextLine) -> bool:
    """Two titles overlapping across: cards stacked in one column, not side by side."""
    return a.box[0] < b.box[2] and b.box[0] < a.box[2]


def _overlap(line: TextLine, title: TextLine, reach: float) -> float:
    """How much of the line's width stands across the title or beside it by up to `reach`
    times its width (negative where it stands apart)."""
    width = (title.box[2] - title.box[0]) * reach
    return min(line.box[2], title.box[2] + width) - max(line.box[0], title.box[0] - width)


def _within(line: TextLine, title: TextLine) -> float:
    """The share of the line's width inside the title's card (the title's width on each side)."""
    return max(_overlap(line, title, 1.0), 0.0) / max(line.box[2] - line.box[0], 1e-6)


def _under(line: TextLine, title: TextLine, reach: float) -> bool:
    """The line stands in the title's card: across the title (`reach` 0), or beside it by up to
    `reach` times its width, for a card is wider than its small inside title and its labels
    stand left of it (「姓」 at the card's edge)."""
    return _overlap(line, title, reach) > 0


CARD_NAME = re.compile(r"姓\s*名|持证人(?=\s*[：:])|持证人(?!\s*(?:依法|在|执行|须|应|可|凭))(?![^，。；,\n]{0,12}[，。；,])")
"""The holder's name label; 「持证人」 also opens a card's printed sentence (「持证人依法执行公务，
请有关单位和个人予以协助。」), which names nobody."""
NAME_COLON = re.compile(r"(?<![签署书])名\s*[：:]")
"""A spaced label 「姓　名：」 may come apart (「姓」 read in a column of its own): 「名：」 remains."""


def card_holders(page: Page) -> int:
    """How many holders' name labels the page shows: whole (「姓名」), come apart (「名：」), or
    with the 姓 lost and no colon (「名侯思远」: a line of its own that is the label and a name)."""
    compact = re.sub(r"\s+", "", page.text)
    by_line = 0
    for line in page.lines:
        text = re.sub(r"\s+", "", line.text)
        loose = CARD_NAME_LEFT.match(text)
        if CARD_NAME.search(text) or NAME_COLON.search(text) or (loose and looks_like_person(loose.group(1))):
            by_line += 1
    return max(len(CARD_NAME.findall(compact)), len(NAME_COLON.findall(compact)), by_line)
CARD_FIELDS = re.compile(r"职\s*务|职\s*级|单\s*位|编\s*号|证\s*号|警\s*号|有效期|发证|签发|执行员|法官|部\s*门|工作证号")


def card_inside(text: str) -> bool:
    """The inside of a card, photographed without its title: a name label and a card's other
    fields (职务, 单位, 编号 …) in a few lines, as no court paper is laid out."""
    return len(text) < 200 and bool(CARD_NAME.search(text)) and len(set(CARD_FIELDS.findall(text))) >= 1


def is_cover(page: Page) -> bool:
    """A card's cover: its title and the court, no holder's name label, whole or come apart
    (「名：吴炳」 after a 「姓」 read apart, or behind a mark: 「☑名：…」); that is inside. So is a
    page with a card's fields (职务, 编号, 执行员 …) whose name label the OCR lost: a cover
    prints none of them."""
    return card_holders(page) == 0 and not CARD_FIELDS.search(page.text)


GENERIC_PROOF = re.compile(r"^(?:证明|证明书|证明信|情况说明|说明)$")
GROUND_CUES = re.compile(r"退休|离休|死亡|出境定居|定居国外|丧失劳动能力|最低生活保障|残疾|孤儿|五保")
"""A proof titled only 「证明」 is a withdrawal ground's when it speaks of one."""


def _generic_proof(page: Page) -> bool:
    return any(line.box[1] <= TITLE_TOP and GENERIC_PROOF.match(re.sub(r"\s+", "", line.text))
               for line in page.lines)


def _mentioned_in_passing(line: str) -> bool:
    """「附：执行裁定书」 or 「（2024）…号执行裁定书」 names a paper; it is not its title. Nor is
    「协助执行通知书（回执）」: the 回执 is the notice's own last page, for the agency to return.
    「送达回证」 is a title of its own (the 送达 of 「送达文书：…」 is not). A line of a sentence
    (「…继续执行，死亡证明附后。」) names a paper too: a title has no comma in it."""
    return bool(re.search(r"^附|附后|号|依据|根据|作出的|已经|送达(?!回证)|如下|请|回执|[，；]", line))


def split_documents(pages: list[Page]) -> list[Document]:
    """Group pages into papers, file by file; every page lands in exactly one paper."""
    documents: list[Document] = []
    by_source: dict[str, list[Page]] = {}
    for page in pages:
        by_source.setdefault(page.source, []).append(page)
    for source, file_pages in by_source.items():
        mine: list[Document] = []
        orphans: list[Page] = []
        for page in file_pages:
            cls = classify_page(page)
            page.doc_type, page.doc_confidence = cls.type, cls.confidence
            if cls.type in CARD_TYPES:
                mine.extend(Document(kind, source, [page]) for kind in cards_on(page, cls.type))
            elif cls.type is not None:
                mine.append(Document(cls.type, source, [page], cls.paper))
            elif mine and _continues(mine[-1], page):
                mine[-1].pages.append(page)
            else:
                orphans.append(page)
        only_cards = bool(mine) and all(d.type in CARD_TYPES for d in mine)
        for page in orphans:
            card = _card_beside(mine, page) if bare_cover(page) or (only_cards and _blank(page)) else None
            if card is not None:
                card.pages.append(page)
                page.doc_type = card.type
                continue
            home = _best_home(mine, page)
            if home is None and not any(d.type not in CARD_TYPES for d in mine):
                home = _paper_it_continues(documents, page)
            if home is None:
                kind = _best_home_type(page) or (_later_page(page) and _last_paper_type(documents)) or "other"
                home = Document(kind, source, [])
                mine.append(home)
            home.pages.append(page)
            page.doc_type = home.type
        for doc in mine:
            doc.pages.sort(key=lambda p: p.number)
        documents.extend(_covers_with_their_insides(mine))
    return _enforced_rulings(_covers_photographed_apart(documents))


def _enforced_rulings(documents: list[Document]) -> list[Document]:
    """A civil ruling that the bundle's enforcement ruling enforces is its legal basis, the
    contract's `judgment`: a 先予执行 民事裁定书 of a 民初 case beside the 执 case's 执行裁定书.
    Only beside an enforcement ruling: a preservation 民事裁定书 sent alone is the ruling."""
    kinds = {id(d): _case_kind(d) for d in documents if d.type == "ruling"}
    if not any(kind is not None and "执" in kind for kind in kinds.values()):
        return documents
    for doc in documents:
        kind = kinds.get(id(doc))
        if kind is not None and "执" not in kind:
            doc.type = "judgment"
            for page in doc.pages:
                page.doc_type = "judgment"
    return documents


def _case_kind(doc: Document) -> str | None:
    """The kind of the first case number a paper prints in its upper part (its own, under the
    title): 执 (enforcement), 执保 (preservation), 民初 / 民终 (the trial)."""
    first = doc.pages[0]
    top = "".join(line.text for line in first.lines if line.box[1] <= TITLE_TOP)
    found = values.find_case_numbers(top)
    parts = values.case_number_parts(found[0][0]) if found else None
    return parts["type"] if parts else None


def _covers_with_their_insides(docs: list[Document]) -> list[Document]:
    """One officer's card is one document (the contract): a cover page (title, court, no
    name) and the inside page next to it (name, post, number) are the same card."""
    out: list[Document] = []
    for doc in docs:
        previous = out[-1] if out else None
        if (previous is not None and doc.type in CARD_TYPES and previous.type in CARD_TYPES
                and len(previous.pages) == 1 and len(doc.pages) == 1
                and abs(previous.pages[0].number - doc.pages[0].number) == 1
                and is_cover(previous.pages[0]) != is_cover(doc.pages[0])
                and _may_be_one_card(previous, doc)):
            cover, inside = (previous, doc) if is_cover(previous.pages[0]) else (doc, previous)
            merged = Document(cover.type if cover.pages[0].doc_confidence >= inside.pages[0].doc_confidence
                              else inside.type, doc.source, sorted(previous.pages + doc.pages, key=lambda p: p.number))
            for page in merged.pages:
                page.doc_type = merged.type
            out[-1] = merged
            continue
        out.append(doc)
    return out


def _covers_photographed_apart(documents: list[Document]) -> list[Document]:
    """A card photographed open on a desk comes as two photos, its cover and its inside: a photo
    of its own that shows a card's cover (title and court, no holder) or next to nothing (gold
    letters on red read as 「工」) belongs to the card whose inside is in the photo next to it,
    and is not a card, or a paper, of its own. Photos named by the camera's clock may come in
    any order, so a cover that says its kind, with no inside beside it, goes to the nearest
    inside of that kind that has no cover yet."""
    files: dict[str, list[Document]] = {}
    for doc in documents:
        files.setdefault(doc.source, []).append(doc)
    alone = [docs[0] for docs in files.values() if len(docs) == 1 and len(docs[0].pages) == 1]
    insides = [i for i, d in enumerate(alone) if d.type in CARD_TYPES and not is_cover(d.pages[0])]
    covers = [i for i, d in enumerate(alone) if i not in insides and (
        d.type in CARD_TYPES or (d.type == "other" and _next_to_nothing(d.pages[0])))]
    taken: dict[int, int] = {}  # inside → its cover
    for i in covers:
        j = next((j for j in (i + 1, i - 1) if j in insides and j not in taken
                  and (alone[i].type == "other" or _may_be_one_card(alone[i], alone[j]))), None)
        if j is not None:
            taken[j] = i
    for i in covers:
        if i in taken.values() or alone[i].type not in CARD_TYPES:
            continue
        free = [j for j in insides if j not in taken and alone[j].type == alone[i].type]
        if free:
            taken[min(free, key=lambda j: abs(j - i))] = i
    for j, i in taken.items():
        cover, inside = alone[i], alone[j]
        inside.pages.insert(0 if i < j else 1, cover.pages[0])
        cover.pages[0].doc_type = inside.type
    merged = {id(alone[i]) for i in taken.values()}
    return [doc for doc in documents if id(doc) not in merged]


def _may_be_one_card(cover: Document, inside: Document) -> bool:
    """A cover and an inside of the same kind, or of kinds one of them was unsure of (a title
    read in part), may be one card."""
    return (cover.type == inside.type
            or min(cover.pages[0].doc_confidence, inside.pages[0].doc_confidence) < 0.8)


def _next_to_nothing(page: Page) -> bool:
    """A photo that reads as a card's cover whose title the OCR lost in part (「行公务」), or as a
    mark or two: nothing on it but the court, pieces of a card's title and stray characters."""
    texts = [t for t in (re.sub(r"\s+", "", line.text) for line in page.lines) if t]
    return all(COURT_LINE.match(t) or len(t) <= 2 or _title_piece(t) for t in texts)


def bare_cover(page: Page) -> bool:
    """A card's cover whose title was lost or cut (glare, a fold, an emblem over it, gold
    letters on red read as 「执行公务」): nothing on the page but the court's name, a piece of a
    card's title and marks of a character or so (the emblem read as 「★」)."""
    return _next_to_nothing(page) and any(COURT_LINE.match(re.sub(r"\s+", "", line.text)) for line in page.lines)


def _blank(page: Page) -> bool:
    """Nothing read on the page: in a file of cards, a cover whose gold letters on red the OCR
    could not tell from their ground (it reads a duty card's paler cover, not the work ID's)."""
    return not any(line.text.strip() for line in page.lines)


def _title_piece(text: str) -> bool:
    """Part of a card's title as a cover prints it: 「执行公务」, 「公务证」, 「工作」."""
    return len(text) >= 2 and any(text in title for title in ("执行公务证", "工作证"))


def _card_beside(docs: list[Document], page: Page) -> Document | None:
    """The card whose inside is the page next to this cover, after it or else before it."""
    for offset in (1, -1):
        for doc in docs:
            if (doc.type in CARD_TYPES and len(doc.pages) == 1 and doc.pages[0].number == page.number + offset
                    and not is_cover(doc.pages[0])):
                return doc
    return None


PAGE_NUMBER = re.compile(r"^[-—－–一]\s*(\d+)\s*[-—－–一]$|^第\s*(\d+)\s*页")
"""「— 2 —」 as printed, and as OCR reads its dashes (「-2一」)."""


def _later_page(page: Page) -> bool:
    """The page carries a printed page number of 2 or more."""
    for line in page.lines:
        match = PAGE_NUMBER.match(line.text.replace(" ", ""))
        if match and int(match.group(1) or match.group(2)) >= 2:
            return True
    return False


def _paper_it_continues(documents: list[Document], page: Page) -> Document | None:
    """A later page scanned into a file of its own is still that paper's page, one document
    with it: its page number (「-2-」) says it follows the paper the files before it ended
    with, or its cues say which of their papers it continues (a judgment's 「本判决…」)."""
    papers = _papers(documents)
    wanted = _best_home_type(page)
    if not papers or (wanted is None and not _later_page(page)):
        return None
    if wanted is None or wanted == papers[-1].type:
        return papers[-1]
    return next((d for d in reversed(papers) if d.type == wanted), None)


def _papers(documents: list[Document]) -> list[Document]:
    """The court's papers among the documents so far: no cards, no unrecognised pages."""
    return [d for d in documents if d.type not in CARD_TYPES and d.type != "other"]


def _last_paper_type(documents: list[Document]) -> str | None:
    papers = _papers(documents)
    return papers[-1].type if papers else None


def _continues(doc: Document, page: Page) -> bool:
    """The page right after a paper's page continues it unless it clearly belongs elsewhere: a
    judgment's last page (「本判决…」, 审判员, 书记员) has as many of a ruling's cues as of its own."""
    if doc.type in CARD_TYPES:
        return False
    receipt = _receipt_of(page)
    if receipt is not None:
        return receipt == doc.type
    scores = _home_scores(page)
    best = max(scores.values())
    return best == 0 or scores.get(doc.type, 0) == best


RECEIPT_TITLE = re.compile(r"^(.{2,20}?)[（(]?回执[）)]?$")


def _receipt_of(page: Page) -> str | None:
    """The paper whose 回执 the page is, by its title (「协助查询通知书（回执）」: the query form's,
    though a receipt's words, 收悉 and 盖章, are a notice's)."""
    for line in page.lines:
        match = RECEIPT_TITLE.match(re.sub(r"\s+", "", line.text))
        if line.box[1] <= TITLE_TOP and match:
            return next((t for t, pattern in TITLES if pattern.search(match.group(1))), None)
    return None


def _home_scores(page: Page) -> dict[str, int]:
    return {t: len(p.findall(page.text)) for t, p in CONTINUATION_CUES.items()}


def _best_home_type(page: Page) -> str | None:
    receipt = _receipt_of(page)
    if receipt is not None:
        return receipt
    scores = _home_scores(page)
    best = max(scores, key=lambda t: scores[t])
    return best if scores[best] else None


def _best_home(docs: list[Document], page: Page) -> Document | None:
    wanted = _best_home_type(page)
    candidates = [d for d in docs if d.type not in CARD_TYPES]
    for doc in candidates:
        if doc.type == wanted:
            return doc
    return candidates[-1] if candidates and wanted is None else None
