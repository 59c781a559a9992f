"""Read the centre's own papers for an application to the court (seed 000 第五条).

The centre applies to the court to enforce an administrative decision it issued
(非诉行政执行). Its papers are its own, not a court's: the 行政处罚决定书 (or another
administrative decision such as a 责令限期缴存决定书) with its 送达回证, the 催告书 with its
送达回证, its own and the respondent's proof of legal identity, and the evidence the decision
rests on. Each page is told by its title, an untitled page belongs to the paper before it,
and the dates the periods run from are read where the papers state them: when the
decision and the reminder were served (the 送达回证's 送达时间, else the date the reminder
says it was received), which court the reminder names. `CentreApplication` is the one model
this reading hands to `validate` (the timing and the six materials of 第五条（二）) and to
`generate` (the 强制执行申请书 and its list of attachments).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from extract.contract import Amount, ContractModel, Day
from extract.files import open_pages
from extract.ocr import OcrEngine
from extract.values import find_amounts, find_dates

PaperType = Literal["administrative_decision", "reminder", "service_proof", "centre_identity",
                    "respondent_identity", "evidence", "other_legal"]

PAPER_NAMES: dict[str, str] = {
    "administrative_decision": "行政处罚决定书",
    "reminder": "催告书",
    "service_proof": "送达回证",
    "centre_identity": "申请人主体资格证明",
    "respondent_identity": "被申请人主体资格证明",
    "evidence": "证据材料",
    "other_legal": "其他材料",
}
"""How the application's list of attachments names each paper."""

TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("service_proof", re.compile(r"送达回证|送达证明|送达回执|邮件(签收|投递)(证明|清单)")),
    ("reminder", re.compile(r"^(履行义务)?催告书$|^行政强制执行催告书$")),
    ("administrative_decision", re.compile(r"(行政处罚|责令限期(缴存|办理|补缴)\S{0,8}|行政处理)决定书$")),
    ("centre_identity", re.compile(r"事业单位法人证书|统一社会信用代码证书|法定代表人身份证明")),
    ("respondent_identity", re.compile(r"营业执照|居民身份证|企业信用信息公示报告")),
    ("evidence", re.compile(r"笔录|核查表|调查表|缴存(明细|情况)|工资(表|清单)|职工花名册|证据")),
]
"""A paper's title, read from the first lines of its first page (spaces removed)."""


class Respondent(ContractModel):
    """The party the decision was made against (当事人), a unit or a person."""

    name: str | None = None
    id_number: str | None = None
    """统一社会信用代码 of a unit, or a person's 公民身份号码."""
    address: str | None = None
    representative: str | None = None
    """法定代表人 (or 负责人) of a unit."""


class Paper(ContractModel):
    """One of the centre's papers: what it is, where it lies, what its title says."""

    type: PaperType
    source: str = ""
    pages: list[int] = Field(default_factory=list)
    title: str = ""
    serves: Literal["administrative_decision", "reminder"] | None = None
    """For a 送达回证: which paper it proves served."""


class CentreApplication(ContractModel):
    """What the centre's papers say, for its application to the court to enforce its decision."""

    centre: str | None = None
    decision_number: str | None = None
    decision_title: str = "行政处罚决定书"
    decision_date: Day | None = None
    decision_served: Day | None = None
    decision_terms: str | None = None
    """What the decision orders (处罚内容), as printed."""
    amount: Amount | None = None
    respondent: Respondent = Field(default_factory=Respondent)
    reminder_number: str | None = None
    reminder_date: Day | None = None
    reminder_served: Day | None = None
    court: str | None = None
    """The court the reminder says the centre will apply to (所在地人民法院)."""
    papers: list[Paper] = Field(default_factory=list)

    def facts(self, filed: date) -> dict[str, Any]:
        """The subject `centre_application` as validate checks it (its rules read these facts).

        The 强制执行申请书 (第五条（二）1) is the one paper the product writes, so it is
        counted as present: the checks are of the papers that go with it."""
        types = ["enforcement_application", *dict.fromkeys(p.type for p in self.papers
                                                          if p.type in MATERIAL_TYPES)]
        return {"reminder_served": self.reminder_served, "decision_served": self.decision_served,
                "filed": filed, "documents": [{"type": t} for t in types]}


MATERIAL_TYPES = ("centre_identity", "respondent_identity", "administrative_decision", "evidence", "other_legal")
"""Paper types that are materials of 第五条（二）; the reminder and the proofs of service go with
the decision as its evidence of procedure."""


def paper_type(text: str) -> tuple[PaperType | None, str]:
    """The type of the paper a page opens, by its title in the first lines; (None, "") untitled."""
    for line in text.splitlines()[:8]:
        title = re.sub(r"\s+", "", line)
        if not title or len(title) > 24:
            continue
        for code, pattern in TITLES:
            if pattern.search(title):
                return code, title  # type: ignore[return-value]
    return None, ""


def read_application(paths: Iterable[Path], engine: OcrEngine | None = None) -> CentreApplication:
    """The centre's papers read page by page (text layer, else OCR) into one application."""
    from extract.pipeline import read_page

    papers: list[tuple[Paper, list[str]]] = []
    for path in paths:
        current: tuple[Paper, list[str]] | None = None
        for source in open_pages(Path(path)):
            text = read_page(source, engine).text
            code, title = paper_type(text)
            if code is None and current is not None:
                current[0].pages.append(source.number)
                current[1].append(text)
                continue
            current = (Paper(type=code or "other_legal", source=Path(path).name, pages=[source.number],
                             title=title), [text])
            papers.append(current)
    return build_application(papers)


def build_application(papers: list[tuple[Paper, list[str]]]) -> CentreApplication:
    """One application from its papers and their texts (exposed for tests on text alone)."""
    app = CentreApplication(papers=[p for p, _ in papers])
    for paper, texts in papers:
        text = "\n".join(texts)
        if paper.type == "administrative_decision":
            _read_decision(app, paper, text)
        elif paper.type == "reminder":
            _read_reminder(app, text)
    for paper, texts in papers:  # after both: a proof names the paper it serves by title or number
        if paper.type == "service_proof":
            _read_service(app, paper, "\n".join(texts))
    return app


def _flat(text: str) -> str:
    """The text as one run: a wrapped sentence or a table row reads whole."""
    return re.sub(r"\s+", "", text)


def _field(text: str, *labels: str) -> str | None:
    for label in labels:
        m = re.search(rf"{label}[：:]\s*([^\n]+)", text)
        if m and m.group(1).strip():
            return m.group(1).strip().rstrip("。；;，,")
    return None


_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[（(]\d{4}[〕\]）)]第?\d+号")


def _number(text: str) -> str | None:
    """The paper's own number (沪公积金罚字〔2024〕第15号), printed on a line of its own."""
    for line in text.splitlines():
        if m := _NUMBER.fullmatch(_flat(line)):
            return m.group(0)
    m = _NUMBER.search(_flat(text))
    return m.group(0) if m else None


def _read_decision(app: CentreApplication, paper: Paper, text: str) -> None:
    flat = _flat(text)
    app.decision_title = paper.title or app.decision_title
    app.decision_number = _number(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and re.search(r"(中心|管理部)$", _flat(lines[0])):
        app.centre = _flat(lines[0])
    app.respondent = Respondent(
        name=_field(text, "当事人", "被处罚人", "被处罚单位"),
        id_number=_field(text, "统一社会信用代码", "公民身份号码", "身份证号码"),
        address=_field(text, "住所", "地址", "住址"),
        representative=_field(text, "法定代表人", "负责人"),
    )
    if m := re.search(r"作出如下(?:行政处罚|处理)?决定[：:](.+?)[。；]", flat):
        app.decision_terms = m.group(1)
    amounts = find_amounts(app.decision_terms or "")
    app.amount = amounts[0][0] if amounts else None
    dates = find_dates(flat)
    app.decision_date = dates[-1][0] if dates else None  # 落款日期, the last date on the paper


def _read_reminder(app: CentreApplication, text: str) -> None:
    flat = _flat(text)
    app.reminder_number = _number(text)
    if m := re.search(r"申请(\S{2,30}?人民法院)强制执行", flat):
        app.court = m.group(1)
    dates = find_dates(flat)
    app.reminder_date = dates[-1][0] if dates else None


def _read_service(app: CentreApplication, paper: Paper, text: str) -> None:
    flat = _flat(text)
    if "催告书" in flat or (app.reminder_number and app.reminder_number in flat):
        paper.serves = "reminder"
    elif "决定书" in flat or (app.decision_number and app.decision_number in flat):
        paper.serves = "administrative_decision"
    m = re.search(r"(送达时间|送达日期|签收日期|签收时间)[：:]?(.{0,20})", flat)
    found = find_dates(m.group(2)) if m else []
    served = found[0][0] if found else None
    if paper.serves == "reminder":
        app.reminder_served = served
    elif paper.serves == "administrative_decision":
        app.decision_served = served


__all__ = ["PAPER_NAMES", "CentreApplication", "Paper", "Respondent", "build_application", "paper_type",
           "read_application"]
