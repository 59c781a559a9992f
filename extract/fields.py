"""What one court paper states: every field as read, with the box it was read from.

Each paper is read on its own (notice, ruling, cards …) so that the request can later
compare what the notice says with what the ruling says instead of blending them. A
reader returns candidates, best first; it never guesses a value the paper does not state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from extract import facts, measure, values
from extract.contract import CARD_TYPES
from extract.layout import PageText, reading_order
from extract.model import Document, Evidence, Flag, Page, Reading
from extract.nlp import CARD_NAME_LEFT, PERSON, looks_like_person, pipeline

ACTION_OF = {
    "ACTION_RENEW": "renew_freeze",
    "ACTION_UNFREEZE": "unfreeze",
    "ACTION_DEDUCT": "deduct",
    "ACTION_FREEZE": "freeze",
    "ACTION_QUERY": "query",
}
STRONG_ACTIONS = {"renew_freeze", "unfreeze", "deduct"}
"""Measures that only make sense as the request itself; freeze and query are also named in
passing (「扣划已冻结的…」, 「查询…冻结情况」)."""

FEE_WORDS = re.compile(r"受理费|诉讼费|执行费|保全费|申请费|利息|违约金|迟延履行")
INTRO_SENTENCE = re.compile(
    r"(?:兹|今|现|特)(?:介绍|有|派|委派)(?P<names>.{2,120}?)(?:前往|前来|来你|到你|至你|赴|去你|来贵|到贵|至贵)"
)
INTRO_NOISE = re.compile(
    r"[（(][^）)]*[）)]|我院|本院|执行局|执行庭|执行[一二三四五六]庭|执行干警|执行员|执行法官|法官助理|法官|干警"
    r"|工作人员|书记员|法警|审判员|审判长|同志|等|[一二两三四五六贰叁\d][位名人]"
)
ACCOUNT_VALUE = re.compile(r"^[\s（(]*(?:账号|帐号|号码|编号|号)?[\s：:为是]*([0-9][0-9\- ]{4,30}[0-9])")


@dataclass
class PaperReading:
    """The fields one paper states, each with candidates best first."""

    document: Document
    fields: dict[str, list[Reading]] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)

    def first(self, name: str) -> Reading | None:
        found = self.fields.get(name)
        return found[0] if found else None

    def prefer(self, name: str, value: Any, evidence: Evidence) -> None:
        """Put a value first among the candidates (an ID's owner over a passing mention)."""
        existing = [r for r in self.fields.get(name, []) if r.value != value]
        self.fields[name] = [Reading(value, evidence), *existing]

    def add(self, name: str, value: Any, evidence: Evidence) -> None:
        if value is None or value == "":
            return
        existing = self.fields.setdefault(name, [])
        if all(r.value != value for r in existing):
            existing.append(Reading(value, evidence))


@dataclass
class _PageDoc:
    page: Page
    text: PageText
    doc: Doc

    def evidence(self, start: int, end: int, document: str) -> Evidence:
        return Evidence(
            source=self.page.source,
            page=self.page.number,
            box=self.text.box_at(start, end),
            confidence=round(self.text.confidence_at(start, end), 3),
            text=self.text.text[start:end],
            document=document,
        )


def read_paper(document: Document) -> PaperReading:
    """Read every field a paper of this type may state."""
    reading = PaperReading(document)
    nlp = pipeline()
    pages = []
    for page in document.pages:
        text = PageText.build(reading_order(page.lines, page.skew, page.aspect))
        pages.append(_PageDoc(page, text, nlp(text.text)))
    for reader in PAPER_READERS.get(document.paper or "", READERS.get(document.type, ())):
        reader(reading, pages)
    return reading


# -- the readers ----------------------------------------------------------------------------
def _court(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The issuing court heads the paper's first page or signs its last; courts named in
    the body (「根据《最高人民法院关于…》」) are neither. Pages may come shuffled (a notice's
    回执 scanned before its first page), so every page's letterhead and signature count,
    the lowest page's first. On a card the court may stand anywhere, but not the one that
    issued it (「发证机关：上海市高级人民法院」): that is who printed the card, not where
    its holder works."""
    def courts(pd: _PageDoc) -> list[Span]:
        return [s for s in pd.doc.spans["courts"] if not _issuer(pd.doc.text, s)]

    headings = [(pd, [s for s in courts(pd) if s.start_char < 60 and _alone_on_its_line(pd.doc.text, s)])
                for pd in pages]
    signatures = [(pd, [s for s in courts(pd) if s.start_char > 0.6 * len(pd.doc.text)][-1:])
                  for pd in reversed(pages)]
    anywhere = [(pd, courts(pd)) for pd in pages] if reading.document.type in CARD_LIKE else []
    for pd, spans in (headings[:1] + signatures[:1] + headings[1:] + signatures[1:] + anywhere):
        for span in spans:
            if not span._.value.startswith("最高"):
                reading.add("court", span._.value, pd.evidence(span.start_char, span.end_char,
                                                               reading.document.type))
                break


ISSUER = re.compile(r"(?:发证|签发|颁发|核发|监制|制发)(?:机关|单位|部门)?[：:\s]*$")


def _issuer(text: str, span: Span) -> bool:
    """The court named as the card's issuer (「发证机关：…」, 「…监制」)."""
    before = text[max(0, span.start_char - 8) : span.start_char]
    after = text[span.end_char : span.end_char + 2]
    return bool(ISSUER.search(before)) or after.startswith(("监制", "制发", "印制", "制"))


CARD_LIKE = ("work_id", "duty_cert", "intro_letter")


def _alone_on_its_line(text: str, span: Span) -> bool:
    """A letterhead is the court's name on a line of its own, not a court cited in a sentence;
    a two-column head sets the paper's title on the same row (「博爱县人民法院　协助执行通知书」)."""
    before = text[: span.start_char].rsplit("\n", 1)[-1]
    after = text[span.end_char :].split("\n", 1)[0]
    return not before.strip() and (not after.strip(" ：:（）()公章印") or bool(TITLE_BESIDE.fullmatch(after)))


TITLE_BESIDE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}(?:通知书|裁定书|判决书|调解书|决定书|函)|介绍信|查询单)\s*")
"""A paper's title standing beside the court's name in a two-column head."""


def _case_number(reading: PaperReading, pages: list[_PageDoc]) -> None:
    found: list[tuple[int, Span, _PageDoc]] = []
    for pd in pages:
        for span in _values(pd.doc, "CASE_NUMBER"):
            parts = values.case_number_parts(span._.value) or {}
            kind = str(parts.get("type") or "")
            rank = 0 if "执" in kind or "执" in span._.value else 1
            found.append((rank, span, pd))
    for _, span, pd in sorted(found, key=lambda item: item[0]):
        reading.add("case_number", _case_of(span._.value),
                    pd.evidence(span.start_char, span.end_char, reading.document.type))


FOLLOW_ON = re.compile(r"(?<=号)之[一二三四五六七八九十]+$")


def _case_of(number: str) -> str:
    """「（2023）沪01执恢56号之一」 numbers a later paper of case （2023）沪01执恢56号: the request
    names the case, so the paper's 之一 is dropped (the evidence keeps it as printed)."""
    return FOLLOW_ON.sub("", number)


def _parties(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """Parties by their labels, and each respondent's ID number tied to the name it follows.

    A cause may name several respondents, each with an ID (「与被执行人盛国梁（公民身份号码…）、
    被执行人卜雅琴（…）纠纷一案」); the request is about the one the measure names, so that
    name and *its* ID go first, never one person's name with another's number.
    """
    pairs: list[tuple[Reading, Reading]] = []
    for pd in pages:
        for span in pd.doc.spans["parties"]:
            name = {"respondent": "respondent.name", "applicant": "applicant.name"}.get(span._.role)
            if name:
                reading.add(name, span._.value, pd.evidence(span.start_char, span.end_char, reading.document.type))
        for span in _values(pd.doc, "ID_NUMBER"):
            owner = _party_before(pd.doc, span.start_char)
            if owner is not None and owner._.role != "respondent":
                continue
            ev = pd.evidence(span.start_char, span.end_char, reading.document.type)
            reading.add("respondent.id_number", span._.value, ev)
            if owner is not None:
                pairs.append((Reading(owner._.value, pd.evidence(owner.start_char, owner.end_char,
                                                                 reading.document.type)), Reading(span._.value, ev)))
            if not values.id_checksum_ok(span._.value):
                candidates = values.repair_id_candidates(span._.value)[:3]
                doubt = values.id_doubt(span._.value, candidates)
                repairs = [values.mask_id_keeping(r, doubt) for r in candidates]
                hint = f"；可能应为 {'、'.join(repairs)}" if repairs else ""
                reading.flags.append(Flag(
                    "respondent.id_number",
                    f"身份证号码 {values.mask_id_keeping(span._.value, doubt)} 校验位不符，请人工核对原件{hint}",
                    ev,
                ))
    if pairs:
        targets = _measured_respondents(pages)
        name, id_number = next((p for p in pairs if p[0].value in targets), pairs[0])
        reading.prefer("respondent.name", name.value, name.evidence)
        reading.prefer("respondent.id_number", id_number.value, id_number.evidence)
    owners = {name.value for name, _ in pairs}
    _most_read_form(reading, "respondent.name", "".join(pd.doc.text for pd in pages), owners)


def _most_read_form(reading: PaperReading, name: str, text: str, owners: set[str]) -> None:
    """A paper names its party several times; where one mention reads one character apart from
    the others (「被执行人：尹风」 beside 「尹凤」 twice: a look-alike misread), the form the paper
    prints most often is its name, so one misread mention does not make the papers disagree.
    A form that owns an ID number of its own (`owners`) is another person, never a misreading."""
    found = reading.fields.get(name, [])
    if len(found) < 2:
        return
    first = found[0]
    variants = [r for r in found[1:] if _one_apart(r.value, first.value) and r.value not in owners]
    best = max(variants, key=lambda r: text.count(r.value), default=None)
    if best is not None and text.count(best.value) > text.count(first.value):
        reading.prefer(name, best.value, best.evidence)


def _one_apart(a: str, b: str) -> bool:
    """Two names of the same length, the same surname, differing in one character."""
    return (len(a) == len(b) >= 2 and a[0] == b[0]
            and sum(x != y for x, y in zip(a, b, strict=True)) == 1)


def _measured_respondents(pages: list[_PageDoc]) -> list[str]:
    """Respondents named right after a measure (「解除对被执行人卜雅琴…的冻结」)."""
    names = []
    for pd in pages:
        measures = [c for c in pd.doc.spans["cues"] if c.label_ in ACTION_OF and c.label_ != "ACTION_QUERY"]
        for party in pd.doc.spans["parties"]:
            if party._.role == "respondent" and any(0 <= party.start_char - c.end_char <= 12 for c in measures):
                names.append(party._.value)
    return names


def _party_before(doc: Doc, position: int) -> Span | None:
    """The party named closest before a value in the same paragraph (「被执行人张三，男，…，
    住…，公民身份号码…」 may run long)."""
    paragraph_start = doc.text.rfind("\n", 0, position) + 1
    if not doc.text[paragraph_start:position].strip(" （(：:"):
        # the number opens its line: 「…至受让人罗文发（公民身份号码」 / 「445381…）名下」
        paragraph_start = doc.text.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
    before = [p for p in doc.spans["parties"] if paragraph_start <= p.start_char < position and p._.role != "officer"]
    return max(before, key=lambda p: p.start_char, default=None)


def _action(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The measure the paper asks for, read from the sentence that asks (「请协助…」).

    That sentence may name other measures in passing (「查询…冻结及贷款情况」, 「扣划已冻结
    的…」), so a measure that only makes sense as the request itself (renew, unfreeze,
    deduct) wins over freeze and query, and otherwise the first one named wins.
    """
    if reading.document.type == "query_form":
        pd = pages[0]
        reading.add("action", "query", pd.evidence(0, min(10, len(pd.text.text)), "query_form"))
        return
    for pd in pages:
        text = pd.doc.text
        clause_starts = [c.end_char for c in pd.doc.spans["cues"] if c.label_ == "REQUEST_CLAUSE"]
        windows = [(s, _sentence_end(text, s)) for s in clause_starts] + [(0, 60), (0, len(text))]
        for lo, hi in windows:
            cues = [c for c in pd.doc.spans["cues"] if lo <= c.start_char < hi and c.label_ in ACTION_OF
                    and not _negated_unfreeze(pd.doc, c) and not _asked_about(pd.doc, c)
                    and not _renewal_in_passing(pd.doc, c) and not _forbidden(pd.doc, c)]
            strong = [c for c in cues if ACTION_OF[c.label_] in STRONG_ACTIONS]
            freeze = [c for c in cues if ACTION_OF[c.label_] == "freeze"]
            chosen = min(strong or freeze or cues, key=lambda c: c.start_char, default=None)
            if chosen is not None:
                reading.add("action", ACTION_OF[chosen.label_],
                            pd.evidence(chosen.start_char, chosen.end_char, reading.document.type))
                return




def _sentence_end(text: str, start: int) -> int:
    """Where the request that starts at `start` ends: its first full stop, at most 220
    characters on (a list of items 一、…；二、… ends with its last item's stop). Items may
    each end in a full stop (「一、本院…冻结的存款…。二、对上述存款继续冻结…。」): while the
    next sentence opens with the next item's numeral, the request goes on, to 440 characters."""
    stop = text.find("。", start)
    end = stop if stop >= 0 else len(text)
    if end >= start + 220:
        return start + 220
    while end < len(text) and (item := NEXT_ITEM.match(text, end + 1)) and end < start + 440:
        stop = text.find("。", item.end())
        end = min(start + 440, stop if stop >= 0 else len(text))
    return end


NEXT_ITEM = re.compile(r"\s*[二三四五六七八九十]{1,2}[、．.]")
"""The next item of a numbered list: 「二、」 (the first is 「一、」)."""


def _asked_about(doc: Doc, cue: Span) -> bool:
    """「查询…冻结及贷款情况」, 「查询…是否已被冻结」: a measure named as something to report on,
    or asked about as a question or a state, is not requested."""
    if ACTION_OF.get(cue.label_) != "freeze":
        return False
    text = doc.text
    return (bool(STATUS_AFTER.match(text[cue.end_char : cue.end_char + 8]))
            or bool(QUESTION_BEFORE.search(text[max(0, cue.start_char - 8) : cue.start_char]))
            or (bool(LISTED_AFTER.match(text[cue.end_char : cue.end_char + 30]))
                and bool(QUERY_BEFORE.search(text[max(0, cue.start_char - 80) : cue.start_char]))))


def _renewal_in_passing(doc: Doc, cue: Span) -> bool:
    """「冻结期满本院未办理续行冻结的，冻结自动解除」, 「如需续行冻结，应在期满前办理」: the terms
    of a freeze name a renewal that is not (yet) asked for."""
    if ACTION_OF.get(cue.label_) != "renew_freeze":
        return False
    before = doc.text[max(0, cue.start_char - 8) : cue.start_char]
    after = doc.text[cue.end_char : cue.end_char + 4]
    return (bool(RENEWAL_CONDITION.search(before)) or after.startswith(("的，", "的,"))
            or _top_up(doc, cue))


def _top_up(doc: Doc, cue: Span) -> bool:
    """「资金不足冻结金额的，此后每月缴存的住房公积金予以续冻，直至达到冻结金额」: a freeze's
    terms extend it to the deposits still to come (000 第二条（三）2); that is no renewal."""
    before = doc.text[max(0, cue.start_char - 16) : cue.start_char]
    after = doc.text[cue.end_char : cue.end_char + 8]
    return bool(TOP_UP_BEFORE.search(before)) or bool(TOP_UP_AFTER.match(after))


RENEWAL_CONDITION = re.compile(r"(?:未|不|没有|如需|如要|若需|应当|应|可以|可)[^，。；,;]{0,6}$")
TOP_UP_BEFORE = re.compile(r"(?:每月|此后|今后|以后|后续|陆续|新)[^，。；]{0,6}(?:缴存|缴交|存入|汇缴)[^，。；]{0,10}$")
TOP_UP_AFTER = re.compile(r"^[，,]?(?:直至|直到|至)(?:达到|足额|满足|冻结金额|足)")
STATUS_AFTER = re.compile(r"^(?:及|、|和|与)?[\u4e00-\u9fff]{0,4}?(?:情况|状态|信息|记录)")
LISTED_AFTER = re.compile(r"^(?:及|以及|和|与|、)[^。；;，,]{0,24}?(?:情况|状态|信息|记录|明细)")
QUERY_BEFORE = re.compile(r"查询[^。；;]*$")
"""「查询…开户、缴存、余额、冻结及住房公积金贷款情况」: a freeze listed among the things a query
reports on, in the query's own sentence, is no freeze asked for."""
QUESTION_BEFORE = re.compile(r"(?:是否|有无|有没有|可否)(?:已经|已|曾)?(?:被|遭)?(?:其他法院|他案|其他单位)?$")
"""「是否已被冻结」, 「有无冻结」: the state the court asks about, not the measure it asks for."""


def _negated_unfreeze(doc: Doc, cue: Span) -> bool:
    """「解除（对）…的冻结」, 「撤销对…的冻结」 are an unfreeze only when 冻结 closes the phrase
    in the same sentence; 「担保解除的除外」 is not one."""
    if cue.text not in LOOSE_UNFREEZE:
        return False
    after = doc.text[cue.end_char : cue.end_char + 150].split("。", 1)[0]
    return "冻结" not in after


LOOSE_UNFREEZE = {"解除对", "解除", "撤销对", "撤销"}


def _forbidden(doc: Doc, cue: Span) -> bool:
    """「冻结期间不得支取、扣划」, 「禁止划转」: a freeze's terms forbid a deduction or a release;
    a measure forbidden is none asked for."""
    return bool(FORBIDDING.search(doc.text[max(0, cue.start_char - 10) : cue.start_char]))


FORBIDDING = re.compile(r"(?:不得|不准|不能|禁止|严禁|不予|暂停)(?:办理)?(?:(?!请)[\u4e00-\u9fff、]){0,6}$")
"""「不得」 and its kin right before the measure, other measures listed between (「不得提取、划转」);
a comma ends the forbidding clause (「不得拖延，请协助扣划」 asks for the deduction)."""


def _amount(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The sum to freeze, deduct or release: an amount in the sentence of the measure or after
    「金额」, never a fee, interest or the judgment's claim stated elsewhere."""
    measured: list[tuple[Span, _PageDoc]] = []
    labelled: list[tuple[Span, _PageDoc]] = []
    for pd in pages:
        action_cues = [c for c in pd.doc.spans["cues"] if c.label_.startswith("ACTION_") and c.label_ != "ACTION_QUERY"]
        for span in _values(pd.doc, "AMOUNT"):
            before = pd.doc.text[max(0, span.start_char - 40) : span.start_char]
            if FEE_WORDS.search(before[-12:]) or CLAIM_WORDS.search(before[-12:]):
                continue
            if any(0 <= span.start_char - c.end_char <= 160 and "。" not in pd.doc.text[c.end_char : span.start_char]
                   for c in action_cues):
                measured.append((span, pd))
            elif "金额" in before[-10:]:
                labelled.append((span, pd))
        labelled.extend(_bare_amounts_after_label(pd))
    for span, pd in measured + labelled:
        ev = pd.evidence(span.start_char, span.end_char, reading.document.type)
        reading.add("amount", values.format_amount(span._.value), ev)


CLAIM_WORDS = re.compile(r"标的|诉请|诉讼请求|判决|出资|注册资本|资本|成交|价款|竞买|评估|价格")
"""An execution's claim, a company's capital, a share's subscribed sum, an auction's price: none is
the sum a measure is taken for (「10%股权（认缴出资额人民币300万元）」 freezes the share, not 300万元)."""
BARE_AMOUNT = re.compile(r"金额[（(]元[）)][：:\s]*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d.,])")


def _bare_amounts_after_label(pd: _PageDoc) -> list[tuple[Span, _PageDoc]]:
    """「冻结金额（元）：50000.00」: a table states the unit once, in the label."""
    found = []
    for match in BARE_AMOUNT.finditer(pd.doc.text):
        span = pd.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        value = values.parse_amount(match.group(1) + "元")
        if span is not None and value is not None:
            span._.value = value
            found.append((span, pd))
    return found


def _freeze_period(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The period of the freeze, read only from a sentence about the freeze or its term: an
    interest period stated elsewhere (「利息自2020年1月1日起至…」) is no freeze period."""
    for pd in pages:
        chunks = _sentences(pd.text.text)
        for index, (start, sentence) in enumerate(chunks):
            if not PERIOD_CUE.search(sentence):
                continue
            first = 2 if TABLE_LABEL.match(sentence.strip()) else 1
            # a table's cell 「冻结期限」 has its value on the next lines
            sentence = _without_old_period("".join(text for _, text in chunks[index : index + first]))
            period = values.parse_freeze_period(sentence.replace("\n", "")) or _end_only(sentence)
            for more in range(first + 1, first + 3):
                # the sentence runs on over line breaks (「…自2025年9月1日起至」 / 「2028年8月31日止。」), a
                # narrow cell's value over three lines (「自2025年3月24」 「日起至2030年3月」 「23日止」)
                if (period is not None and period.end is not None) or not sentence.endswith("\n"):
                    break
                joined = _without_old_period("".join(text for _, text in chunks[index : index + more]))
                longer = values.parse_freeze_period(joined.replace("\n", ""))
                if longer is not None and longer.end is not None:
                    period, sentence = longer, joined
            if period is None or (period.start is None and period.end is None):
                continue
            ev = pd.evidence(start, start + len(sentence), reading.document.type)
            reading.add("freeze_period", {"start": period.start.isoformat() if period.start else None,
                                          "end": period.end.isoformat() if period.end else None}, ev)
            return


PERIOD_CUE = re.compile(r"冻结|期限")
TABLE_LABEL = re.compile(r"^(?:续行)?冻结期限[：:]?$|^期限[：:]?$")
OLD_PERIOD = re.compile(r"原(?:冻结)?期限|原冻结|前次冻结|上次冻结|原定|已于[^，,]{0,16}?届满|(?:将|即将)于[^，,]{0,16}?届满")


def _without_old_period(sentence: str) -> str:
    """A renewal recalls the old freeze (「原冻结期限至2024年6月30日届满，现续行冻结…」): the
    old period's end is not the renewal's, so the clauses about the old freeze are dropped
    (blanked, to keep the sentence's offsets for the evidence box)."""
    clauses = re.split(r"(?<=[，,])", sentence)
    return "".join(" " * len(c) if OLD_PERIOD.search(c) else c for c in clauses)
END_ONLY = re.compile(r"期限[^。；]{0,6}?至(?P<end>[^。；]{6,16}?日)")


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for match in re.finditer(r"[。；;\n]", text):
        out.append((start, text[start : match.end()]))
        start = match.end()
    if start < len(text):
        out.append((start, text[start:]))
    return out


def _end_only(sentence: str) -> values.FreezePeriod | None:
    """「冻结期限至2027年5月31日止」 states an end and no start."""
    match = END_ONLY.search(sentence)
    end = values.parse_date(match.group("end")) if match else None
    return values.FreezePeriod(start=None, end=end) if end else None


def _account_number(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The fund account's number after a label that says whose account it is.

    Courts name it in many ways (「公积金账号」, 「住房公积金个人账户（账号：…）」, 「职工个人
    账户号码」), so besides the cue words any 账户/账号 said of the fund, the person or the
    worker leads; the court's own account (「户名…；账号…；开户行…」) says none of these.
    """
    for pd in pages:
        ends = [cue.end_char for cue in pd.doc.spans["cues"] if cue.label_ == "ACCOUNT_LABEL"]
        ends += [m.end() for m in FUND_ACCOUNT_LABEL.finditer(pd.doc.text)]
        for end in sorted(set(ends)):
            match = ACCOUNT_VALUE.match(pd.doc.text[end : end + 40])
            if match:
                start = end + match.start(1)
                value = re.sub(r"[\s-]", "", match.group(1))
                reading.add("account_number", value, pd.evidence(start, start + len(match.group(1)),
                                                                 reading.document.type))


FUND_ACCOUNT_LABEL = re.compile(r"(?:公积金|个人|职工)[\u4e00-\u9fff]{0,6}?(?:账户|帐户|账号|帐号)")


COURT_ACCOUNT_PARTS = {
    "name": re.compile(r"(?:户名|账户名称|收款人)[：:\s]*([^；;，,。\s）)]{4,40})"),
    "number": re.compile(r"(?:账号|帐号|收款账号)[：:\s]*([0-9][0-9\- ]{7,30}[0-9])"),
    "bank": re.compile(r"(?:开户行|开户银行)[：:\s]*([^；;，,。\s）)]{4,40})"),
}


def _court_account(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """Where a deduction is to be paid: 户名, 账号 and 开户行 of the court's account."""
    for pd in pages:
        label = next((c for c in pd.doc.spans["cues"] if c.label_ == "COURT_ACCOUNT_LABEL"), None)
        if label is None:
            continue
        window = pd.doc.text[label.start_char : label.start_char + 160]
        found = {key: m.group(1) for key, pattern in COURT_ACCOUNT_PARTS.items() if (m := pattern.search(window))}
        if "number" in found:
            found["number"] = re.sub(r"[\s-]", "", found["number"])
            reading.add("court_account", {key: found.get(key) for key in COURT_ACCOUNT_PARTS},
                        pd.evidence(label.start_char, label.start_char + len(window), reading.document.type))
            return


VALIDITY = re.compile(r"有?效(?:期|期限|日期)(?:至|到|截止)?[：:\s]*(?:[\d\s年月日.\-/〇○零一二三四五六七八九十]{6,20}?(?:至|到|—|-|－|~))?")
"""A card's 「有效期至2028年12月31日」, 「有效期：2026年1月1日至2028年12月31日」: the end follows.
A photographed card's first character may be lost (「效期至：2025年12月31日」): only cards are read
for it, where nothing else says 效期."""


def _valid_until(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The last day a card is in force, as it prints it: an expired card proves no officer."""
    for pd in pages:
        text = pd.text.text
        for cue in VALIDITY.finditer(text):
            dates = [d for d in values.find_dates(text[cue.start() : cue.end() + 16]) if d[1] >= cue.end() - cue.start()]
            if dates:
                day, start, end = dates[0]
                reading.add("valid_until", day.isoformat(),
                            pd.evidence(cue.start() + start, cue.start() + end, reading.document.type))
                break


def _officers(reading: PaperReading, pages: list[_PageDoc]) -> None:
    kind = reading.document.type
    for pd in pages:
        if kind in CARD_TYPES:
            for cue in pd.doc.spans["cues"]:
                if cue.label_ == "NAME_LABEL":
                    _add_person_after(reading, pd, cue.end_char)
            _card_name_after_split_label(reading, pd)
            _card_name_after_lost_surname(reading, pd)
            if "officer" not in reading.fields:
                _card_name_without_label(reading, pd)
            if "officer" in reading.fields:
                continue  # a card names its holder by its label; 「职务：执行员」 introduces no one
        for span in pd.doc.spans["parties"]:
            if span._.role == "officer":
                reading.add("officer", span._.value, pd.evidence(span.start_char, span.end_char, kind))
        if kind == "intro_letter":
            _introduced(reading, pd)


def _introduced(reading: PaperReading, pd: _PageDoc) -> None:
    """「兹介绍我院执行干警汤春宇（工作证号：…）、邵佳二位同志前往…」: every name introduced."""
    match = INTRO_SENTENCE.search(pd.doc.text)
    if match is None:
        return
    names = INTRO_NOISE.sub("、", match.group("names"))
    for part in re.split(r"[、，,和及与\s]+", names):
        if 2 <= len(part) <= 4 and looks_like_person(part):
            start = pd.doc.text.find(part, match.start("names"))
            reading.add("officer", part, pd.evidence(start, start + len(part), reading.document.type))


def _add_person_after(reading: PaperReading, pd: _PageDoc, position: int) -> None:
    rest = pd.doc.text[position : position + 20]
    lead = re.match(r"^[\s：:]*", rest)
    offset = position + (lead.end() if lead else 0)
    match = PERSON.match(pd.doc.text[offset : offset + 12] + " ")
    if match and looks_like_person(match.group(1)):
        reading.add("officer", match.group(1), pd.evidence(offset, offset + len(match.group(1)),
                                                           reading.document.type))


SPLIT_NAME_LABEL = re.compile(r"(?<![签署书])名[：:]\s*")


def _card_name_after_split_label(reading: PaperReading, pd: _PageDoc) -> None:
    """A photographed card's label may come apart (「姓」 / 「生名：房嘉树」): 「名：」 still leads,
    on each card of a sheet (one card's label whole, the next one's come apart)."""
    for match in SPLIT_NAME_LABEL.finditer(pd.doc.text):
        _add_person_after(reading, pd, match.end())


def _card_name_after_lost_surname(reading: PaperReading, pd: _PageDoc) -> None:
    """A photographed card's 「姓」 may be lost or misread and no mark follow the label
    (「名侯思远」, 「生名秦新民」): the line is still the label and the name, on each card of a sheet."""
    for index, line in enumerate(pd.text.lines):
        match = CARD_NAME_LEFT.match(re.sub(r"\s+", "", line.text))
        if match is None or not looks_like_person(match.group(1)) or match.group(1) not in line.text:
            continue
        start = pd.text.owners.index(index) + line.text.index(match.group(1))
        reading.add("officer", match.group(1), pd.evidence(start, start + len(match.group(1)), reading.document.type))


CARD_LABEL_CHARS = set("姓名单位职务级证件编号性别部门")


def _card_name_without_label(reading: PaperReading, pd: _PageDoc) -> None:
    """Cards often print the name alone on its own line."""
    for line in pd.text.lines:
        text = re.sub(r"\s+", "", line.text)
        if set(text) <= CARD_LABEL_CHARS or re.fullmatch(r"[性别]{1,2}[男女]", text):
            continue  # 「单职」, 「别女」: the card's labels read apart (单/位, 性/别), not a name
        if 2 <= len(text) <= 4 and looks_like_person(text):
            start = pd.text.text.find(line.text)
            reading.add("officer", text, pd.evidence(start, start + len(line.text), reading.document.type))
            return


def _dates(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The date the paper was signed: the last date set on a line of its own (the 落款,
    perhaps beside the court's name), else the last date the body does not state as
    something else. A seal over the signature's year (「二〇二年十一月十四日」) must not make
    the freeze period's end (「…起至2027年11月13日止」) the paper's date: then there is none."""
    last: tuple[Span, _PageDoc] | None = None
    loose: tuple[Span, _PageDoc] | None = None
    for pd in pages:
        for span in _values(pd.doc, "DATE"):
            if _signed_line(pd.doc.text, span):
                last = (span, pd)
            elif not _stated_in_body(pd.doc.text, span):
                loose = (span, pd)
    last = last or loose
    if last is not None:
        span, pd = last
        reading.add("date", span._.value.isoformat(), pd.evidence(span.start_char, span.end_char,
                                                                   reading.document.type))


SIGNATURE_LINE = re.compile(r"[\s：:（）()]*(?:(?:签发|落款|制作)?日期[\s：:]*)?(?:[\u4e00-\u9fff]{2,24}?人民法院)?[\s（）()]*")
DATE_IN_BODY = re.compile(r"(?:至|自|从|于|截至|止于|期限为?)\s*$")
DATE_IN_BODY_AFTER = re.compile(r"^\s*(?:起|至|止|出生|生|立案|受理|前|之前|以前|届满|期间)")
BRACKET_OPEN = re.compile(r"[（(]\s*$")
BRACKET_CLOSE = re.compile(r"^\s*[）)]")
"""「原冻结文书：…协助执行通知书（2025年11月4日）」: a date in brackets in the body dates another
paper the body refers to, never this one."""


def _signed_line(text: str, span: Span) -> bool:
    """The date stands on a line with nothing but a label or the court's name."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    rest = text[start : span.start_char] + " " + text[span.end_char : end if end >= 0 else len(text)]
    return bool(SIGNATURE_LINE.fullmatch(rest.strip()) or SIGNATURE_LINE.fullmatch(rest))


def _stated_in_body(text: str, span: Span) -> bool:
    """A period's bounds, a birth or filing date, another paper's date in brackets: dates the
    body states about something."""
    before, after = text[max(0, span.start_char - 6) : span.start_char], text[span.end_char : span.end_char + 4]
    return bool(DATE_IN_BODY.search(before) or DATE_IN_BODY_AFTER.match(after)
                or (BRACKET_OPEN.search(before) and BRACKET_CLOSE.match(after)))


def _facts(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """Grounds, the property investigation, 先予执行, 财产保全, the end of the freeze a
    renewal extends and a period stated by its length, read by meaning (extract.facts)."""
    kind = reading.document.type
    whole = "\n".join(pd.doc.text for pd in pages)
    for pd in pages:
        text = pd.doc.text
        for hit in facts.grounds_in(text, proof=kind == "ground_proof", whole=whole):
            reading.add("withdrawal_ground", hit.value, pd.evidence(hit.start, hit.end, kind))
        for name, read in (("no_other_property", facts.property_statement),
                           ("preliminary_enforcement", facts.preliminary_statement),
                           ("preservation", facts.preservation_statement),
                           ("previous_freeze_end", facts.previous_freeze_end),
                           ("freeze_length", facts.freeze_length)):
            hit = read(text)
            if hit is not None and name not in reading.fields:
                reading.add(name, hit.value, pd.evidence(hit.start, hit.end, kind))


def _measure(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The agency measure the paper asks and its object (extract.measure), with evidence."""
    kind = reading.document.type
    title = "\n".join(line.text for line in pages[0].page.lines[:4]) if pages and pages[0].page.lines else ""
    for pd in pages:
        if (agency := measure.addressee_agency(pd.doc.text)) is not None and "agency" not in reading.fields:
            reading.add("agency", agency, pd.evidence(0, 1, kind))
        hit = measure.measure_of(pd.doc.text, title)
        if hit is not None:
            reading.add("measure", hit.measure, pd.evidence(hit.start, min(hit.end, hit.start + 40), kind))
            break
    asked = reading.first("measure")
    if asked is None:
        return
    for pd in pages:
        found = measure.subject_parts(pd.doc.text, asked.value)
        if found is None:
            return
        subject_kind, parts = found
        for part in parts:
            reading.add(f"subject.{part.name}", part.value, pd.evidence(part.start, part.end, kind))
        if parts:
            reading.add("subject.kind", subject_kind, pd.evidence(parts[0].start, parts[-1].end, kind))
            return


def _addressee(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The agency a 送达回证 or an introduction letter is made out to (extract.measure)."""
    for pd in pages:
        if (agency := measure.addressee_agency(pd.doc.text)) is not None:
            reading.add("agency", agency, pd.evidence(0, 1, reading.document.type))
            return


def _measure_facts(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """What an agency measure rests on (the search's grounds, a disposal, the equity's owner),
    as the paper states it (extract.measure)."""
    for pd in pages:
        for said in measure.statements(pd.doc.text):
            if said.code not in reading.fields:
                reading.add(said.code, said.value, pd.evidence(said.start, said.end, reading.document.type))


def _values(doc: Doc, label: str) -> list[Span]:
    return [s for s in doc.spans["values"] if s.label_ == label]


_COMMON = (_court, _case_number, _parties, _dates)
PAPER_READERS: dict[str, tuple] = {
    "service_return": (_case_number, _parties, _addressee),
}
"""Papers filed under a broader type that still state some of the request: a 送达回证 gives
the 案号 and the parties of its 案由 (used only where no court paper states them)."""
READERS: dict[str, tuple] = {
    "assist_notice": (*_COMMON, _action, _measure, _amount, _freeze_period, _account_number, _court_account, _officers,
                      _facts, _measure_facts),
    "ruling": (*_COMMON, _measure, _amount, _freeze_period, _account_number, _officers, _facts, _measure_facts),
    "judgment": (_court, _case_number, _parties, _dates, _facts, _measure_facts),
    "query_form": (*_COMMON, _action, _measure, _account_number, _officers),
    "intro_letter": (_court, _case_number, _parties, _action, _officers, _dates, _addressee),
    "work_id": (_court, _officers, _valid_until),
    "duty_cert": (_court, _officers, _valid_until),
    "ground_proof": (_parties, _facts),
    "other": (_addressee,),
}
