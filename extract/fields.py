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

from extract import values
from extract.layout import PageText, reading_order
from extract.model import Document, Evidence, Flag, Page, Reading
from extract.nlp import PERSON, looks_like_person, pipeline

ACTION_ORDER = [
    ("ACTION_RENEW", "renew_freeze"),
    ("ACTION_UNFREEZE", "unfreeze"),
    ("ACTION_DEDUCT", "deduct"),
    ("ACTION_FREEZE", "freeze"),
    ("ACTION_QUERY", "query"),
]

FEE_WORDS = re.compile(r"受理费|诉讼费|执行费|保全费|申请费|利息|违约金|迟延履行")
NO_OTHER_PROPERTY = re.compile(
    r"(?:未发现|未查到|未查询到|没有|无)(?:被执行人)?(?:有)?其他(?:可供执行(?:的)?)?财产"
    r"|其他(?:可供执行的)?财产不足(?:以)?(?:清偿|覆盖|支付)|确无其他可供执行"
)
GROUNDS: dict[str, re.Pattern[str]] = {
    "retirement": re.compile(r"退休|离休"),
    "emigration": re.compile(r"出境定居|定居国外|定居境外"),
    "death": re.compile(r"死亡|已故|去世"),
    "housing_consumption": re.compile(r"购买自住住房|购房款|偿还购房贷款|支付房租|房屋租金|住房消费"),
    "marriage_inheritance_division": re.compile(r"(?:离婚|继承|婚姻|析产)[^。]{0,60}?公积金[^。]{0,40}?(?:分割|分配|归)"),
    "vulnerable_applicant": re.compile(r"孤寡老人|孤儿|五保户|最低生活保障|残疾人|刑事附带民事"),
    "maintenance_wages_injury": re.compile(r"赡养费|抚养费|扶养费|抚育费|抚恤金|农民工工资|劳动报酬|人身损害赔偿"),
}
PRELIMINARY = re.compile(r"先予执行")
INTRO_SENTENCE = re.compile(r"兹(?:介绍|有|派|委派)(?P<names>.{2,120}?)(?:前往|前来|来你|到你|至你|赴|去你|同志)")
INTRO_NOISE = re.compile(
    r"[（(][^）)]*[）)]|我院|本院|执行局|执行庭|执行[一二三四五六]庭|执行干警|执行员|执行法官|法官助理|法官|干警"
    r"|工作人员|书记员|法警|同志|等|[一二两三四五六\d][位名人]"
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
        text = PageText.build(reading_order(page.lines, page.skew))
        pages.append(_PageDoc(page, text, nlp(text.text)))
    for reader in READERS.get(document.type, ()):
        reader(reading, pages)
    return reading


# -- the readers ----------------------------------------------------------------------------
def _court(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The issuing court heads the first page or signs the last; courts named in the body
    (「根据《最高人民法院关于…》」) are neither."""
    first, last = pages[0], pages[-1]
    heading = [s for s in first.doc.spans["courts"] if s.start_char < 60]
    signature = [s for s in last.doc.spans["courts"] if s.start_char > 0.6 * len(last.doc.text)]
    anywhere = first.doc.spans["courts"] if reading.document.type in CARD_LIKE else []
    for pd, spans in ((first, heading), (last, signature[-1:]), (first, anywhere)):
        for span in spans:
            if not span._.value.startswith("最高"):
                reading.add("court", span._.value, pd.evidence(span.start_char, span.end_char,
                                                               reading.document.type))
                return


CARD_LIKE = ("work_id", "duty_cert", "intro_letter")


def _case_number(reading: PaperReading, pages: list[_PageDoc]) -> None:
    found: list[tuple[int, Span, _PageDoc]] = []
    for pd in pages:
        for span in _values(pd.doc, "CASE_NUMBER"):
            parts = values.case_number_parts(span._.value) or {}
            kind = str(parts.get("type") or parts.get("type_code") or "")
            rank = 0 if "执" in kind or "执" in span._.value else 1
            found.append((rank, span, pd))
    for _, span, pd in sorted(found, key=lambda item: item[0]):
        reading.add("case_number", span._.value, pd.evidence(span.start_char, span.end_char, reading.document.type))


def _parties(reading: PaperReading, pages: list[_PageDoc]) -> None:
    for pd in pages:
        for span in pd.doc.spans["parties"]:
            name = {"respondent": "respondent.name", "applicant": "applicant.name"}.get(span._.role)
            if name:
                reading.add(name, span._.value, pd.evidence(span.start_char, span.end_char, reading.document.type))
        for span in _values(pd.doc, "ID_NUMBER"):
            role = _role_before(pd.doc, span.start_char)
            if role == "applicant":
                continue
            ev = pd.evidence(span.start_char, span.end_char, reading.document.type)
            reading.add("respondent.id_number", span._.value, ev)
            if not values.id_checksum_ok(span._.value):
                repairs = values.repair_id_candidates(span._.value)
                hint = f"；可能应为 {'、'.join(repairs[:3])}" if repairs else ""
                reading.flags.append(Flag(
                    "respondent.id_number",
                    f"身份证号码 {values_mask(span._.value)} 校验位不符，请人工核对原件{hint}",
                    ev,
                ))


def values_mask(id_number: str) -> str:
    return id_number[:6] + "********" + id_number[-4:] if len(id_number) == 18 else id_number


def _role_before(doc: Doc, position: int) -> str | None:
    """The party whose label stands closest before a value, within its sentence."""
    best: tuple[int, str] | None = None
    for cue in doc.spans["cues"]:
        if cue.end_char > position or position - cue.end_char > 120:
            continue
        role = {"RESPONDENT_LABEL": "respondent", "APPLICANT_LABEL": "applicant"}.get(cue.label_)
        if role is None:
            continue
        if role == "applicant" and doc.text[max(0, cue.start_char - 1) : cue.start_char] == "被":
            role = "respondent"
        if best is None or cue.end_char > best[0]:
            best = (cue.end_char, role)
    return best[1] if best else None


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
                    and not _negated_unfreeze(pd.doc, c)]
            strong = [c for c in cues if ACTION_OF[c.label_] in STRONG_ACTIONS]
            chosen = min(strong or cues, key=lambda c: c.start_char, default=None)
            if chosen is not None:
                reading.add("action", ACTION_OF[chosen.label_],
                            pd.evidence(chosen.start_char, chosen.end_char, reading.document.type))
                return


ACTION_OF = dict(ACTION_ORDER)
STRONG_ACTIONS = {"renew_freeze", "unfreeze", "deduct"}


def _sentence_end(text: str, start: int) -> int:
    """The end of the request: its first full stop after the clause's colon (items 一、二、 …)."""
    stop = text.find("。", text.find("：", start, start + 12) + 1 if "：" in text[start : start + 12] else start)
    return min(start + 220, stop if stop >= 0 else len(text))


def _negated_unfreeze(doc: Doc, cue: Span) -> bool:
    """「解除对…的冻结」 is an unfreeze only when 冻结 follows soon after 「解除对」."""
    return cue.text == "解除对" and "冻结" not in doc.text[cue.end_char : cue.end_char + 150]


def _amount(reading: PaperReading, pages: list[_PageDoc]) -> None:
    """The sum to freeze, deduct or release: an amount in the sentence of the measure or after
    「金额」, never a fee, interest or the judgment's claim stated elsewhere."""
    for pd in pages:
        action_cues = [c for c in pd.doc.spans["cues"] if c.label_.startswith("ACTION_") and c.label_ != "ACTION_QUERY"]
        for span in _values(pd.doc, "AMOUNT"):
            before = pd.doc.text[max(0, span.start_char - 40) : span.start_char]
            if FEE_WORDS.search(before[-12:]):
                continue
            near_action = any(
                0 <= span.start_char - c.end_char <= 160 and "。" not in pd.doc.text[c.end_char : span.start_char]
                for c in action_cues
            )
            if near_action or "金额" in before[-10:]:
                ev = pd.evidence(span.start_char, span.end_char, reading.document.type)
                reading.add("amount", values.format_amount(span._.value), ev)


def _freeze_period(reading: PaperReading, pages: list[_PageDoc]) -> None:
    for pd in pages:
        period = values.parse_freeze_period(pd.text.text.replace("\n", ""))
        if period is None:
            continue
        start, end = _period_dates(period)
        if start is None and end is None:
            continue
        where = _find_first(pd.text.text, [d.strftime("%Y") for d in (start, end) if d] + ["冻结期限", "期限"])
        ev = pd.evidence(where, where + 20, reading.document.type)
        reading.add("freeze_period", {"start": start.isoformat() if start else None,
                                      "end": end.isoformat() if end else None}, ev)
        return


def _period_dates(period: Any) -> tuple[Any, Any]:
    if isinstance(period, tuple):
        return period[0], period[1]
    return getattr(period, "start", None), getattr(period, "end", None)


def _find_first(text: str, needles: list[str]) -> int:
    hits = [text.find(n) for n in needles if n and text.find(n) >= 0]
    return min(hits) if hits else 0


def _account_number(reading: PaperReading, pages: list[_PageDoc]) -> None:
    for pd in pages:
        for cue in pd.doc.spans["cues"]:
            if cue.label_ != "ACCOUNT_LABEL":
                continue
            match = ACCOUNT_VALUE.match(pd.doc.text[cue.end_char : cue.end_char + 40])
            if match:
                start = cue.end_char + match.start(1)
                value = re.sub(r"[\s-]", "", match.group(1))
                reading.add("account_number", value, pd.evidence(start, start + len(match.group(1)),
                                                                 reading.document.type))


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


def _officers(reading: PaperReading, pages: list[_PageDoc]) -> None:
    kind = reading.document.type
    for pd in pages:
        if kind in ("work_id", "duty_cert"):
            for cue in pd.doc.spans["cues"]:
                if cue.label_ == "NAME_LABEL":
                    _add_person_after(reading, pd, cue.end_char)
            if "officer" not in reading.fields:
                _card_name_without_label(reading, pd)
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


def _card_name_without_label(reading: PaperReading, pd: _PageDoc) -> None:
    """Cards often print the name alone on its own line."""
    for line in pd.text.lines:
        text = re.sub(r"\s+", "", line.text)
        if 2 <= len(text) <= 4 and looks_like_person(text):
            start = pd.text.text.find(line.text)
            reading.add("officer", text, pd.evidence(start, start + len(line.text), reading.document.type))
            return


def _dates(reading: PaperReading, pages: list[_PageDoc]) -> None:
    last: tuple[Span, _PageDoc] | None = None
    for pd in pages:
        for span in _values(pd.doc, "DATE"):
            last = (span, pd)
    if last is not None:
        span, pd = last
        reading.add("date", span._.value.isoformat(), pd.evidence(span.start_char, span.end_char,
                                                                   reading.document.type))


MARRIAGE_CASE = re.compile(r"离婚|婚姻|继承|析产|夫妻")
FUND_ALLOCATED = re.compile(r"公积金[^。；]{0,60}?(?:归[^。；]{0,20}?所有|分割|分配给|支付给|归原告|归被告)")


def _facts(reading: PaperReading, pages: list[_PageDoc]) -> None:
    if reading.document.type == "judgment":
        whole = "".join(pd.doc.text for pd in pages)
        allocated = FUND_ALLOCATED.search(whole)
        if allocated and MARRIAGE_CASE.search(whole):
            pd = next(p for p in pages if allocated.group(0)[:6] in p.doc.text or p is pages[-1])
            start = max(0, pd.doc.text.find(allocated.group(0)[:6]))
            reading.add("withdrawal_ground", "marriage_inheritance_division",
                        pd.evidence(start, start + len(allocated.group(0)), reading.document.type))
    for pd in pages:
        text = pd.doc.text
        match = NO_OTHER_PROPERTY.search(text)
        if match:
            reading.add("no_other_property", True, pd.evidence(match.start(), match.end(), reading.document.type))
        for code, pattern in GROUNDS.items():
            match = pattern.search(text)
            if match:
                reading.add("withdrawal_ground", code, pd.evidence(match.start(), match.end(),
                                                                   reading.document.type))
        match = PRELIMINARY.search(text)
        if match:
            reading.add("preliminary_enforcement", True, pd.evidence(match.start(), match.end(),
                                                                     reading.document.type))


def _values(doc: Doc, label: str) -> list[Span]:
    return [s for s in doc.spans["values"] if s.label_ == label]


_COMMON = (_court, _case_number, _parties, _dates)
READERS: dict[str, tuple] = {
    "assist_notice": (*_COMMON, _action, _amount, _freeze_period, _account_number, _court_account, _officers, _facts),
    "ruling": (*_COMMON, _amount, _freeze_period, _account_number, _officers, _facts),
    "judgment": (_court, _case_number, _parties, _dates, _facts),
    "query_form": (*_COMMON, _action, _account_number, _officers),
    "intro_letter": (_court, _case_number, _parties, _action, _officers, _dates),
    "work_id": (_court, _officers),
    "duty_cert": (_court, _officers),
    "ground_proof": (_parties, _facts),
    "other": (),
}
