"""Write the centre's 强制执行申请书 (seed 000 第五条) with its list of attachments.

The centre is here the applicant, not an assisting agency: the letter is addressed to the
court of its seat, names the decision to be enforced, says when it and the 催告书 were
served and when the period for suing ended (validate's report), and lists the papers that
go with it — the six materials of 第五条（二） as the papers supplied them. Only an
application validate lets through (`assist`) is written; `ApplicationRefused` carries the
one Chinese line saying why not.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from extract.application import PAPER_NAMES, CentreApplication
from extract.errors import InputError
from extract.values import iso_date
from generate.citations import Citer
from generate.config import CentreConfig
from generate.pdf import render_pdf
from generate.templating import clean, id_label, render_blocks
from generate.word import render_docx
from validate.report import Report

TITLE = "强制执行申请书"


class ApplicationRefused(InputError):
    """The application cannot be made (yet): the timing or the materials fail."""

    title = "暂不能申请强制执行"


def refusal(report: Report) -> str | None:
    """One Chinese line saying why the application cannot be made, or None when it can."""
    if report.decision == "assist":
        return None
    asked = report.failed() or [f for f in report.findings if f.outcome == "unknown" and f.severity == "block"]
    reasons = "；".join(f.message.rstrip("。") for f in asked) or "申请条件尚不具备"
    return reasons + "。"


def attachments(app: CentreApplication) -> list[str]:
    """The list of attachments: the decision and the reminder each with its proof of service,
    then the identity proofs and the evidence, in the order 第五条（二） lists them."""
    served = {p.serves for p in app.papers if p.type == "service_proof"}
    out: list[str] = []
    for paper in app.papers:
        if paper.type == "administrative_decision":
            name = f"《{app.decision_title}》（{app.decision_number}）" if app.decision_number else f"《{app.decision_title}》"
            out.append(name + ("及送达回证" if "administrative_decision" in served else ""))
    for paper in app.papers:
        if paper.type == "reminder":
            name = f"《催告书》（{app.reminder_number}）" if app.reminder_number else "《催告书》"
            out.append(name + ("及送达回证" if "reminder" in served else ""))
    for code in ("centre_identity", "respondent_identity", "evidence", "other_legal"):
        for paper in (p for p in app.papers if p.type == code):
            named = f"（{paper.title}）" if paper.title and paper.title != PAPER_NAMES[code] else ""
            out.append(PAPER_NAMES[code] + named)
    return out


def write_application(app: CentreApplication, report: Report, out_dir: Path, config: CentreConfig,
                      today: datetime.date, court: str | None = None) -> list[dict[str, str]]:
    """The 强制执行申请书 as PDF and DOCX; `ApplicationRefused` when validate did not let it through."""
    reason = refusal(report)
    if reason:
        raise ApplicationRefused(reason)
    court = court or app.court
    if not court:
        raise ApplicationRefused("催告书未载明受理申请的人民法院，请指明申请人所在地的人民法院")
    data = clean(app.to_json())
    periods: dict[str, Any] = (report.model_extra or {}).get("periods") or {}
    cite = Citer()
    finding = report.finding("application.within_three_months") or report.finding("application.reminder_served")

    def fmt(value: Any) -> str | None:
        day = iso_date(value)
        return config.format_date(day) if day else None

    respondent = data.get("respondent") or {}
    context = {
        "centre": config,
        "applicant": config.name,
        "respondent": respondent,
        "respondent_id_label": id_label(respondent.get("id_number")),
        "decision_title": data.get("decision_title") or "行政处罚决定书",
        "decision_number": data.get("decision_number"),
        "decision_date": fmt(data.get("decision_date")),
        "decision_served": fmt(data.get("decision_served")),
        "terms": data.get("decision_terms"),
        "reminder_number": data.get("reminder_number"),
        "reminder_date": fmt(data.get("reminder_date")),
        "reminder_served": fmt(data.get("reminder_served")),
        "suit_deadline": fmt(periods.get("suit_deadline")),
        "court": court,
        "attachments": attachments(app),
        "basis": lambda: cite(finding.citation) if finding else cite.policy(report.policy),
        "today": config.format_date(today),
    }
    blocks = render_blocks("enforcement_application", context)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf, docx = out_dir / "enforcement_application.pdf", out_dir / "enforcement_application.docx"
    render_pdf(blocks, pdf, TITLE, config.name, data.get("decision_number") or "")
    render_docx(blocks, docx, config, TITLE)
    return [{"kind": "enforcement_application", "format": fmt_, "title": TITLE, "path": str(path)}
            for fmt_, path in (("pdf", pdf), ("docx", docx))]


__all__ = ["TITLE", "ApplicationRefused", "attachments", "refusal", "write_application"]
