"""The reviewer's desk on the submission page: decide → documents (preview, wording) → issue → reopen.

Its own router and partial template (templates/_desk.html), so the rest of the page can
change beside it. Each form calls the same domain operations as the API (service/review.py,
service/issuing.py); a refusal is a `CorrectionRejected` shown on the error page in Chinese.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from service import issuing
from service.deps import SessionDep, load_visible
from service.models import Submission, User
from service.pages import UserDep, as_caller, check_csrf
from service.review import DECISIONS, record_decision

router = APIRouter(include_in_schema=False)
PREVIEW_DPI = 72


def _reviewer(user: User) -> None:
    if user.role not in ("reviewer", "admin"):
        raise HTTPException(403, "只有审核员或管理员可以作出审核决定、修改或签发答复文书。")


def _done(session: Session, user: User, sid: int) -> Submission:
    sub = load_visible(session, as_caller(user), sid)
    if sub.status != "done":
        raise HTTPException(409, "材料尚未识别完成，暂不能办理。")
    return sub


def _pdf_pages(path: Path) -> int:
    import pymupdf

    try:
        with pymupdf.open(path) as doc:
            return doc.page_count
    except Exception:
        return 0


def desk_context(request: Request, sub: Submission) -> dict[str, Any]:
    """What the desk partial shows: the drafts with their preview pages, the wording, every issued set."""
    from generate.templating import EDITABLE_ITEMS

    root = request.app.state.settings.outputs_dir
    drafts = []
    for n, out in enumerate(sub.outputs or [], start=1):
        if out["format"] != "pdf":
            continue
        path = root / (out.get("folder") or str(sub.id)) / out["file"]
        version = int(path.stat().st_mtime) if path.exists() else 0
        docx = next((m for m, o in enumerate(sub.outputs or [], start=1)
                     if o["kind"] == out["kind"] and o["format"] == "docx"), None)
        drafts.append({"n": n, "kind": out["kind"], "title": out["title"], "number": out.get("number"),
                       "pages": _pdf_pages(path), "version": version, "docx": docx,
                       "editable": out["kind"] in EDITABLE_ITEMS})
    return {"desk_drafts": drafts, "desk_texts": issuing.current_texts(sub) if not sub.issued_at else {},
            "desk_issues": [(i, [(n, d) for n, d in enumerate(i.documents, start=1) if d["format"] == "pdf"])
                            for i in reversed(sub.issues)],
            "DECISIONS": DECISIONS, **account_context(sub), **findings_context(sub)}


def findings_context(sub: Submission) -> dict[str, Any]:
    """The findings with basis, words, values and boxes; the conflicts side by side (templates/_findings.html)."""
    from service import processing
    from service.findings import conflict_sides, reviewer_findings

    request_data = processing.effective_request(sub) if sub.request else {}
    index = {(p.get("source"), p.get("page")): i for i, p in enumerate(sub.pages or [])}
    sides = conflict_sides(request_data)
    for conflict in sides:
        for value in conflict["values"]:
            value["image"] = index.get((value["source"], value["page"]))
    return {"desk_findings": reviewer_findings(sub.report, request_data, sub.evidence or {}),
            "desk_conflicts": sides}


@router.get("/submissions/{sid}/documents/{n}/pages/{page}.png")
def preview_page(request: Request, sid: int, n: int, page: int, session: SessionDep, user: UserDep) -> Response:
    """One page of a document as it will print (the draft, or the issued set's own file)."""
    import pymupdf

    sub = load_visible(session, as_caller(user), sid)
    outputs = sub.outputs or []
    if not 1 <= n <= len(outputs) or outputs[n - 1]["format"] != "pdf":
        raise HTTPException(404, "没有这一份文书。")
    out = outputs[n - 1]
    path = request.app.state.settings.outputs_dir / (out.get("folder") or str(sid)) / out["file"]
    with pymupdf.open(path) as doc:
        if not 1 <= page <= doc.page_count:
            raise HTTPException(404, "这份文书没有这一页。")
        png = doc[page - 1].get_pixmap(dpi=PREVIEW_DPI, alpha=False).tobytes("png")
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, no-store"})


@router.post("/submissions/{sid}/decision")
def decide_form(request: Request, sid: int, session: SessionDep, user: UserDep,
                decision: Annotated[str, Form()], note: Annotated[str, Form()] = "",
                csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    _reviewer(user)
    if decision not in DECISIONS:
        raise HTTPException(422, "请选择审核决定。")
    sub = _done(session, user, sid)
    record_decision(session, sub, decision, note.strip()[:4000], f"user:{user.name}", request.app.state.settings)
    return RedirectResponse(f"/submissions/{sid}#documents", status_code=303)


@router.post("/submissions/{sid}/items")
def items_form(request: Request, sid: int, session: SessionDep, user: UserDep, kind: Annotated[str, Form()],
               text: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    _reviewer(user)
    sub = _done(session, user, sid)
    issuing.edit_items(session, sub, kind[:40], text[:20000], f"user:{user.name}", request.app.state.settings)
    return RedirectResponse(f"/submissions/{sid}#doc-{kind[:40]}", status_code=303)


@router.post("/submissions/{sid}/issue")
def issue_form(request: Request, sid: int, session: SessionDep, user: UserDep,
               csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    _reviewer(user)
    sub = _done(session, user, sid)
    issuing.issue(session, sub, f"user:{user.name}", request.app.state.settings)
    return RedirectResponse(f"/submissions/{sid}#documents", status_code=303)


@router.post("/submissions/{sid}/reopen")
def reopen_form(request: Request, sid: int, session: SessionDep, user: UserDep,
                reason: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    _reviewer(user)
    sub = _done(session, user, sid)
    issuing.reopen(session, sub, reason[:4000], f"user:{user.name}", request.app.state.settings)
    return RedirectResponse(f"/submissions/{sid}#decision", status_code=303)


def account_context(sub: Submission) -> dict[str, Any]:
    """The matched account for the panel (templates/_account.html): facts, freezes in queue order."""
    from generate.facts import LOAN_ROLES, STATUS_LABELS
    from service.register.submission_facts import loans_text, matched_account

    account, source = matched_account(sub) if sub.status == "done" else (None, "")
    freezes, queued = [], 0
    for f in (account or {}).get("freezes") or []:
        state = f.get("state") or "active"
        queued += state == "queued"
        freezes.append({**f, "state_label": {"active": "冻结中", "queued": "轮候冻结"}.get(state, "已解除"),
                        "queue": queued if state == "queued" else None})
    plan = (sub.report or {}).get("freeze_plan") or {}
    return {"account": account, "account_source": source, "account_freezes": freezes,
            "account_loans": [f"{LOAN_ROLES.get(loan.get('role'), '借款人')}（{'已结清' if loan.get('settled') else '未结清'}）"
                              for loan in (account or {}).get("loans") or []],
            "account_loans_text": loans_text(account), "ACCOUNT_STATUS": STATUS_LABELS,
            "queue_position": plan.get("queue_position")}


@router.post("/submissions/{sid}/account")
def account_form(request: Request, sid: int, session: SessionDep, user: UserDep,
                 balance: Annotated[str, Form()] = "", status: Annotated[str, Form()] = "",
                 monthly_deposit: Annotated[str, Form()] = "", loans: Annotated[str, Form()] = "",
                 reason: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Response:
    from service.register.submission_facts import edit_account

    check_csrf(request, csrf)
    _reviewer(user)
    sub = _done(session, user, sid)
    edit_account(session, sub, {"balance": balance[:40], "status": status[:20], "monthly_deposit": monthly_deposit[:40],
                                "loans": loans[:400]}, reason[:4000], f"user:{user.name}", request.app.state.settings)
    return RedirectResponse(f"/submissions/{sid}#account", status_code=303)
