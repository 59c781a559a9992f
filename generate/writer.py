"""Write the response documents a submission calls for: the package's one entry point.

``write_outputs`` chooses the documents from the action and the decision, fills each
template once, and renders the same blocks to PDF (every document) and DOCX (the ones a
clerk may edit). It returns the contract's ``outputs`` entries.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from extract.contract import Request
from generate.config import CentreConfig, Deployment
from generate.facts import gather
from generate.pdf import render_pdf
from generate.selection import EDITABLE_KINDS, REVIEWER_DECISIONS, choose_documents, documents_for_decision
from generate.templating import build_context, render_blocks, title_for
from generate.word import render_docx
from validate.report import Report


def write_outputs(
    request: Request | Mapping[str, Any],
    report: Report | Mapping[str, Any],
    out_dir: Path,
    config: CentreConfig | None = None,
    today: datetime.date | None = None,
    decision: str | None = None,
    numbers: Mapping[str, int | str] | None = None,
    texts: Mapping[str, Sequence[str]] | None = None,
    note: str = "",
) -> list[dict[str, str]]:
    """Write every document the decision calls for into ``out_dir``.

    Renders from the request, `validate`'s report and the centre's own configuration alone
    (without one, the shipped deployment's agency for the pack and the measure, so another
    agency's measure is never answered in the fund centre's name)
    (the contract's JSON of either is read into its model first): every amount, the queue,
    the period and the reasons are the report's. Returns ``[{"kind", "format", "title",
    "path"}, …]`` in the order the documents are handed to the court: a PDF for each kind,
    followed by its DOCX when it is editable.

    With the reviewer's ``decision`` the documents are that decision's (``documents_for_decision``)
    and the letters are written under it, whatever the report proposed; ``numbers`` gives each
    numbered kind its serial once issued, ``texts`` and ``note`` the reviewer's wording of the
    letters' items (``templating.item_lists``).
    """
    request, report = Request.from_json(request), Report.from_json(report)
    if decision is not None:
        kinds = documents_for_decision(decision, request, report)
        report = report.model_copy(update={"decision": REVIEWER_DECISIONS[decision]})
    else:
        kinds = choose_documents(request, report)
    config = config or Deployment.example().choose(report.pack, None, request.measure)
    today = today or datetime.date.today()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    facts = gather(request, report)
    titles = {kind: title_for(kind, request.to_json()) for kind in kinds}
    served = [titles[kind] for kind in kinds if kind != "proof_of_service"]

    outputs: list[dict[str, str]] = []
    for kind in kinds:
        context = build_context(kind, request, report, facts, config, today, served,
                                serial=(numbers or {}).get(kind), texts=texts, note=note)
        blocks = render_blocks(kind, context)
        pdf_path = out_dir / f"{kind}.pdf"
        render_pdf(blocks, pdf_path, titles[kind], config.signatory, request.case_number or "")
        outputs.append({"kind": kind, "format": "pdf", "title": titles[kind], "path": str(pdf_path)})
        if kind in EDITABLE_KINDS:
            docx_path = out_dir / f"{kind}.docx"
            render_docx(blocks, docx_path, config, titles[kind])
            outputs.append({"kind": kind, "format": "docx", "title": titles[kind], "path": str(docx_path)})
    return outputs
