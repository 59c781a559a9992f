"""Fill the Jinja2 templates from the request, report, account facts and centre config.

Templates hold all the wording; this module only prepares values (formatted dates, money
in figures and capitals, cited articles) and parses the rendered text into blocks. Every
value printed passes through ``finalize``, which flattens line breaks and the table
separator, so that nothing read from a court's papers can change the document's layout.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2

from extract.contract import ACTIONS, Request, document_name
from extract.values import id_number_valid
from generate.citations import Citer
from generate.config import CentreConfig, agency_kind
from generate.facts import Facts, subject_lines, transferee
from generate.markup import MARKERS, Block, keep, parse
from generate.numerals import amount_to_chinese_capital, figures, ordinal, parse_date, to_decimal
from generate.selection import AGENCY_RESULT_KINDS, result_kind, review_points
from validate.report import Citation, Finding, Report

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

UNSTATED = "（未载明）"
UNNUMBERED = frozenset({"receipt", "proof_of_service"})
"""Handed over on the spot or signed by the court: no 版头, no 发文字号."""

TITLES = {
    "receipt": "协助执行回执",
    "query_result": "协助查询结果告知书",
    "freeze_result": "协助冻结结果告知书",
    "renew_freeze_result": "协助续行冻结结果告知书",
    "unfreeze_result": "协助解除冻结结果告知书",
    "deduct_result": "协助扣划结果告知书",
    "correction_notice": "补正材料通知书",
    "review_suggestion": "审查建议函",
    "proof_of_service": "送达回证",
    "registry_query_result": "协助查询结果告知书",
    "locate_result": "协助查找被执行人回复函",
    "seal_result": "协助查封结果告知书",
    "unseal_result": "协助解除查封结果告知书",
    "publicity_result": "协助公示结果告知书",
    "transfer_result": "协助变更登记结果告知书",
}

MEASURE_LABELS = {
    "police.identity_query": "查询身份信息及财产信息",
    "police.locate": "查找被执行人下落",
    "police.vehicle_seal": "查封车辆",
    "police.vehicle_transfer": "车辆过户",
    "land.query": "查询不动产登记信息",
    "land.seal": "查封不动产",
    "land.unseal": "解除查封不动产",
    "land.transfer": "不动产强制过户",
    "housing.query": "查询房屋登记信息",
    "housing.seal": "查封房产",
    "housing.unseal": "解除查封房产",
    "housing.transfer": "房产强制过户",
    "market.query": "查询登记信息",
    "market.equity_freeze": "公示股权冻结",
    "market.equity_unfreeze": "公示股权解除冻结",
    "market.equity_transfer": "股东变更登记",
}
"""What another agency was asked, as a letter's 协助事项 names it (never the fund's 冻结 for a 查封)."""

MEASURE_TITLES = {
    "market.equity_unfreeze": "协助公示解除冻结结果告知书",
    "police.vehicle_transfer": "协助办理车辆过户结果告知书",
    "land.transfer": "协助办理转移登记结果告知书",
    "housing.transfer": "协助办理转移登记结果告知书",
    "market.equity_transfer": "协助办理股东变更登记结果告知书",
}
"""Where a measure's result has a more exact name than its kind's."""

REFUSAL_TITLES = {
    "freeze": "暂不予协助冻结告知书",
    "renew_freeze": "暂不予协助续行冻结告知书",
    "deduct": "不予协助扣划告知书",
    "unfreeze": "不予协助解除冻结告知书",
    "query": "不予协助查询告知书",
}

def title_for(kind: str, request: Mapping[str, Any]) -> str:
    """The document's title; a refusal is named after what is refused."""
    if kind == "refusal_notice":
        if request.get("measure"):
            return "不予协助执行告知书"
        return REFUSAL_TITLES.get(request.get("action") or "", "不予协助执行告知书")
    if kind in AGENCY_RESULT_KINDS:
        return MEASURE_TITLES.get(request.get("measure") or "", TITLES[kind])
    return TITLES[kind]


def clean(value: Any) -> Any:
    """Strip layout characters from data read off a court's papers (recursively)."""
    if isinstance(value, str):
        for marker in MARKERS:
            value = value.replace(marker, "")
        return " ".join(value.split())
    if isinstance(value, Mapping):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\r", " ").replace("\n", " ").replace("|", "｜")


def _money(value: Any) -> str:
    """人民币123456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）, figures never broken."""
    amount = to_decimal(value)
    if amount is None:
        return UNSTATED
    return f"人民币{keep(figures(amount) + '元')}（大写：{amount_to_chinese_capital(amount)}）"


def _figures(value: Any) -> str:
    amount = to_decimal(value)
    return keep(figures(amount) + "元") if amount is not None else UNSTATED


def _given(value: Any) -> Any:
    return value if value not in (None, "", []) else UNSTATED


def _sentence(value: Any) -> str:
    """A finding's message as a clause: trailing full stops removed (the template adds its own)."""
    return str(value or "").strip().rstrip("。．.;；，,")


def environment() -> jinja2.Environment:
    """The Jinja2 environment shared by all documents."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
    )
    env.filters.update(
        money=_money,
        figures=_figures,
        keep=keep,
        given=_given,
        ordinal=ordinal,
        sentence=_sentence,
    )
    return env


_ENV: jinja2.Environment | None = None


def _env() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = environment()
    return _ENV


def _items(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    return [{"message": f.message, "citation": f.citation} for f in findings]


def correction_items(report: Report) -> list[dict[str, Any]]:
    """Every failed finding and every fact the court is asked to state (an `unknown` the
    report lists under `corrections`), then each missing material no finding already names."""
    items = _items(report.asked_of_court())
    said = "".join(item["message"] for item in items)
    for code in report.missing_materials:
        name = document_name(code)
        if name not in said and name.removeprefix("执行") not in said:
            items.append({"message": f"未提交{name}", "citation": None})
    return items


def refusal_items(report: Report) -> list[dict[str, Any]]:
    """The blocking failures; all failures when none is marked blocking."""
    failed = report.failed()
    return _items([f for f in failed if f.severity == "block"] or failed)


EDITABLE_ITEMS = {"refusal_notice": "refusal_items", "correction_notice": "correction_items",
                  "review_suggestion": "review_items"}
"""The free-text part of each letter a reviewer may reword before issuing: its numbered items
(the reasons, the points to correct, the review points). The amounts and the queue of a
result letter are the report's and the register's, so they are not edited as text."""


def item_lists(report: Report, texts: Mapping[str, Sequence[str]], note: str = "") -> dict[str, list[dict[str, Any]]]:
    """The numbered items of each editable letter: the reviewer's lines where given, else the
    report's, else the reviewer's note (never an empty list of reasons)."""
    lists = {"correction_items": correction_items(report), "refusal_items": refusal_items(report),
             "review_items": _items(review_points(report))}
    for kind, key in EDITABLE_ITEMS.items():
        lines = [str(line).strip() for line in texts.get(kind) or [] if str(line).strip()]
        if lines:
            lists[key] = [{"message": line, "citation": None} for line in lines]
        elif not lists[key] and note.strip():
            lists[key] = [{"message": " ".join(note.split()), "citation": None}]
    return lists


def editable_text(kind: str, report: Report | Mapping[str, Any], note: str = "") -> list[str]:
    """A letter's numbered items as the reviewer's editor opens them: each with its citation
    written out as the letter prints it, one item a line."""
    key = EDITABLE_ITEMS.get(kind)
    if key is None:
        return []
    cite = Citer()
    items = item_lists(Report.from_json(report), {}, note)[key]
    lines = []
    for item in items:
        basis = cite(item["citation"]) if item["citation"] else ""
        lines.append(f"{_sentence(item['message'])}（依据：{basis}）" if basis else _sentence(item["message"]))
    return lines


def id_label(number: str | None) -> str:
    """公民身份号码 for a person's GB 11643 number, 统一社会信用代码 for an organisation's."""
    if number and id_number_valid(number):
        return "公民身份号码"
    if number and re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", number):
        return "统一社会信用代码"
    return "证件号码"


def basis(report: Report, cite: Citer) -> str:
    """What an agency's result rests on: the article that sets its reply duty (the report's
    deadline rule), else the pack's policy; cited in full at first mention."""
    rule = report.deadline.rule if report.deadline else ""
    finding = report.finding(rule) if rule else None
    if finding is not None:
        return cite(finding.citation)
    return cite.policy(report.policy)


def build_context(
    kind: str,
    request: Request,
    report: Report,
    facts: Facts,
    config: CentreConfig,
    today: datetime.date,
    served: Sequence[str] = (),
    serial: str | int | None = None,
    texts: Mapping[str, Sequence[str]] | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Everything one template may print, already formatted, from the request and the report.

    ``serial`` is the document's number in its agency's yearly series, assigned when the
    answer is issued (service/issuing.py); a draft has none and prints a blank for it.
    ``texts`` are the reviewer's own wording of a letter's numbered items (see
    ``EDITABLE_ITEMS``), each line one item, replacing those the report gives; ``note`` is
    the reviewer's reason, the item of a refusal, correction or suggestion the report has
    no finding for (a reviewer who declines what the system would assist).
    """
    data = clean(request.to_json())
    action = data.get("action")
    respondent = data.get("respondent") or {}
    applicant = data.get("applicant") or {}
    period = data.get("freeze_period") or {}
    cite = Citer()
    policies = report.policies or ([report.policy] if report.policy else [])

    def fmt(value: Any) -> str | None:
        day = parse_date(value)
        return config.format_date(day) if day else None

    def article(subject: str) -> str:
        """《policy》第X条 for what a letter rests on; the pack's policy alone where it names no article."""
        for policy in policies:
            if subject in policy.articles:
                return cite(Citation(policy=policy, article=policy.articles[subject]))
        return cite.policy(report.policy)

    account = facts.account
    court = data.get("court")
    court_account = data.get("court_account")
    if not court_account:
        configured = config.court_account(court)
        court_account = configured.__dict__ if configured else None

    result = result_kind(request)
    if serial is None:
        serial = (report.model_extra or {}).get("document_serial")
    return {
        "kind": kind,
        "title": title_for(kind, data),
        "centre": config,
        "signatory": config.signatory,
        "we": config.we,
        "measure": data.get("measure"),
        "agency": agency_kind(data.get("measure")),
        "subject": subject_lines(data.get("subject")),
        "transferee": transferee(data.get("subject")),
        "with_header": kind not in UNNUMBERED,
        "docno": None if kind in UNNUMBERED else config.document_number(today.year, serial),
        "today": config.format_date(today),
        "deadline": config.format_date(report.deadline.date) if report.deadline else None,
        "court": court,
        "case_number": data.get("case_number"),
        "respondent_name": respondent.get("name"),
        "id_number": respondent.get("id_number"),
        "applicant": applicant.get("name"),
        "officers": [o.get("name") for o in data.get("officers") or [] if o.get("name")],
        "action": action,
        "action_label": MEASURE_LABELS.get(data.get("measure") or "") or ACTIONS.get(action or ""),
        "id_label": id_label(respondent.get("id_number")),
        "basis": lambda: basis(report, cite),
        "amount": request.amount,
        "period_start": fmt(period.get("start")),
        "period_end": fmt(period.get("end")),
        "account_number": data.get("account_number") or (account.account_number if account else None),
        "facts": facts,
        "plan": facts.plan,
        "summary": facts.summary,
        "deduction": facts.deduction,
        "released": facts.released,
        "waiting": facts.waiting,
        "received": facts.received,
        "received_count": len(request.documents),
        "decision": report.decision,
        **item_lists(report, texts or {}, note),
        "result_title": title_for(result, data) if result else "",
        "refusal_title": title_for("refusal_notice", data),
        "served": list(served),
        "court_account": court_account,
        "cite": cite,
        "fmt": fmt,
        "article": article,
        "zero": Decimal("0"),
    }


def render_blocks(kind: str, context: Mapping[str, Any]) -> list[Block]:
    """Render one document's template and parse it into blocks."""
    text = _env().get_template(f"{kind}.j2").render(**context)
    return parse(text)
