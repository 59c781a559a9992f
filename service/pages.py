"""Server-rendered pages for clerks, reviewers and administrators (Jinja2, plain JS, no build step).

Every form carries the session's CSRF token and is checked here; the upload page talks to
the intake API with the same token in a header, so there is one way in for a bundle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.contract import ACTIONS, DOCUMENT_TYPES, FIELD_NAMES, field_name, get_path
from extract.errors import CorrectionRejected
from generate.config import AGENCY_KINDS
from service import audit, auth, corrections, history, processing, queue
from service.deps import Caller, SessionDep, load_visible, session_user
from service.logs import mask_id, mask_text
from service.models import STATUS_NAMES, ApiKey, User
from service.refusals import refuse
from service.review import DECISION_WORDS, DECISIONS, record_correction
from service.text import clean_line

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["mask_id"] = mask_id
templates.env.filters["mask_text"] = mask_text
router = APIRouter(include_in_schema=False)

ACTION_NAMES = ACTIONS
REPORT_DECISIONS = DECISION_WORDS
OUTCOMES = {"pass": "符合", "fail": "不符合", "unknown": "无法判断"}
SEVERITIES = {"block": "阻断", "warn": "提示", "info": "告知"}
DOC_TYPES = DOCUMENT_TYPES
CORE_FIELDS = list(FIELD_NAMES)

templates.env.globals.update(AGENCY_KINDS=AGENCY_KINDS, STATUS_NAMES=STATUS_NAMES, ACTION_NAMES=ACTION_NAMES,
                             DECISIONS=DECISIONS,
                             REPORT_DECISIONS=REPORT_DECISIONS, OUTCOMES=OUTCOMES, SEVERITIES=SEVERITIES,
                             DOC_TYPES=DOC_TYPES, ROLE_NAMES=auth.ROLE_NAMES, field_label=field_name,
                             person=history.person, pack_title=history.pack_title, TABS=queue.TABS,
                             DUE=queue.DUE, AMOUNT_SHAPE=corrections.AMOUNT_SHAPE)


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = auth.new_csrf_token()
    return token


def check_csrf(request: Request, token: str | None) -> None:
    if not auth.csrf_ok(request.session.get("csrf"), token):
        raise refuse(403, "csrf_failed", "表单已过期或来源不明（CSRF 校验未通过），请刷新页面后重试。")


def render(request: Request, name: str, user: User | None = None, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"user": user, "csrf": csrf_token(request), **context},
                                       status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    if status == 401:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    return render(request, "error.html", status=status, message=message)


def current_user(request: Request, session: SessionDep) -> User:
    user = session_user(request, session)
    if user is None:
        raise refuse(401, "not_authenticated", "请先登录。")
    return user


UserDep = Annotated[User, Depends(current_user)]


def as_caller(user: User) -> Caller:
    return Caller(f"user:{user.name}", user.role, user.office, "user")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", next=next if next.startswith("/") else "/")


@router.post("/login")
def login(request: Request, session: SessionDep, name: Annotated[str, Form()], password: Annotated[str, Form()],
          csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, csrf)
    settings = request.app.state.settings
    name = clean_line(name)[:80]
    until = auth.locked_until(session, name, settings.login_max_failures, settings.login_lockout_minutes)
    if until is not None:
        audit.record(session, f"user:{name}", "login.locked", ip=_client(request))
        session.commit()
        wait = max(1, int((until - dt.datetime.now(dt.UTC)).total_seconds() // 60) + 1)
        return render(request, "login.html", status=429, next=next,
                      error=f"密码连续输错次数过多，该用户已被暂时锁定；请约 {wait} 分钟后再试，或联系管理员。")
    user = auth.authenticate(session, name, password)
    if user is None:
        audit.record(session, f"user:{name}", "login.failed", ip=_client(request))
        session.commit()
        return render(request, "login.html", status=401, next=next, error="用户名或密码不正确。")
    token = auth.start_session(session, user, settings.session_hours)
    request.session.clear()
    request.session.update({"sid": token, "csrf": auth.new_csrf_token()})
    audit.record(session, f"user:{user.name}", "login", ip=_client(request))
    session.commit()
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    return RedirectResponse(target, status_code=303)


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.post("/logout")
def logout(request: Request, session: SessionDep, csrf: Annotated[str, Form()] = "") -> Response:
    """End the login on the server too: the old cookie, copied or replayed, no longer works."""
    check_csrf(request, csrf)
    row = auth.session_for(session, request.session.get("sid"))
    if row is not None:
        auth.end_session(session, request.session.get("sid"))
        user = session.get(User, row.user_id)
        audit.record(session, f"user:{user.name if user else row.user_id}", "logout")
        session.commit()
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home(user: UserDep) -> Response:
    return RedirectResponse("/upload" if user.role == "clerk" else "/queue", status_code=303)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, user: UserDep) -> HTMLResponse:
    import validate

    return render(request, "upload.html", user, packs=validate.known_packs(),
                  default_pack=request.app.state.settings.default_pack, today=dt.date.today().isoformat())


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, session: SessionDep, user: UserDep) -> HTMLResponse:
    """Tabs 待办 · 已决定 · 已发出, searched and filtered by the query string, a page at a time."""
    filters = queue.Filters.parse(dict(request.query_params))
    today = dt.date.today()
    found = queue.load(session, as_caller(user), filters, today, request.app.state.settings.queue_page_size)
    return render(request, "queue.html", user, found=found, filters=filters, today=today)


def is_id_field(name: str) -> bool:
    """ID numbers are shown masked on the pages until a reviewer asks for one (and that is audited)."""
    return name.endswith("id_number")


def _shown(name: str, value: Any, revealed: set[str]) -> Any:
    if value is None or not is_id_field(name) or name in revealed:
        return value
    return mask_id(str(value))


@router.get("/submissions/{sid}", response_class=HTMLResponse)
def submission_page(request: Request, sid: int, session: SessionDep, user: UserDep) -> HTMLResponse:
    return _submission_page(request, sid, session, user, revealed=set())


@dataclass(frozen=True)
class FieldError:
    """A correction refused: the sentence to show beside the field, and what was typed, kept."""

    field: str
    message: str
    typed: str


def _flags(request_data: dict[str, Any]) -> list[str]:
    """The flags to show, each once (an old submission may hold the same one from two papers)."""
    seen: list[str] = []
    for fl in request_data.get("flags") or []:
        message = mask_text(str(fl.get("message") or ""))
        if message and message not in seen:
            seen.append(message)
    return seen


def _submission_page(request: Request, sid: int, session: Session, user: User, revealed: set[str],
                     error: FieldError | None = None) -> HTMLResponse:
    from service.desk_pages import desk_context

    sub = load_visible(session, as_caller(user), sid)
    request_data = processing.effective_request(sub) if sub.request else {}
    evidence = sub.evidence or {}
    fields = []
    names = [*CORE_FIELDS, *[k for k in evidence if k not in CORE_FIELDS]]
    for name in names:
        if name.endswith(".id_number") and name != "respondent.id_number":
            continue
        ev = evidence.get(name)
        value = get_path(request_data, name)
        if isinstance(value, dict | list):
            continue  # shown through its parts (freeze_period.start …)
        changes = [c for c in sub.corrections if c.field == name]
        fields.append({"name": name, "label": field_name(name), "value": _shown(name, value, revealed),
                       "raw": value, "evidence": ev, "sensitive": is_id_field(name) and value is not None,
                       "revealed": name in revealed, "kind": corrections.kind_of(name),
                       "corrected": bool(changes),
                       "corrections": [{"read_value": _shown(name, c.read_value, revealed),
                                        "value": _shown(name, c.value, revealed),
                                        "corrected_by": history.person(c.corrected_by),
                                        "corrected_at": c.corrected_at} for c in changes]})
    conflicts = [{"field": c["field"], "values": [_shown(c["field"], v.get("value"), revealed) for v in c["values"]]}
                 for c in request_data.get("conflicts") or []]
    page_list = [{"index": i, **p} for i, p in enumerate(sub.pages or [])]
    documents = [{"index": i, "type": d.get("type"), "source": d.get("source"), "pages": d.get("pages") or []}
                 for i, d in enumerate(request_data.get("documents") or [])]
    return render(request, "submission.html", user, status=422 if error else 200, sub=sub,
                  request_data=request_data, fields=fields, conflicts=conflicts, flags=_flags(request_data),
                  pages=page_list, history=history.lines(audit.history(session, sid)),
                  may_decide=user.role in ("reviewer", "admin"), field_error=error, papers=documents,
                  same_case=queue.same_case(session, as_caller(user), sub),
                  documents=list(enumerate(sub.outputs or [], start=1)), **desk_context(request, sub))


@router.post("/submissions/{sid}/reveal", response_class=HTMLResponse)
def reveal_id_number(request: Request, sid: int, session: SessionDep, user: UserDep,
                     field: Annotated[str, Form()], csrf: Annotated[str, Form()] = "") -> HTMLResponse:
    """Show one ID number in full, for this page only; who asked, for which field, goes into the audit trail."""
    check_csrf(request, csrf)
    if not is_id_field(field) or len(field) > 80:
        raise refuse(422, "not_an_id_field", "只能显示身份证号码一类的字段。")
    sub = load_visible(session, as_caller(user), sid)
    audit.record(session, f"user:{user.name}", "id_number.revealed", sub.id, field=field)
    session.commit()
    return _submission_page(request, sid, session, user, revealed={field})


@router.get("/submissions/{sid}/pages/{index}.png")
def page_image(request: Request, sid: int, index: int, session: SessionDep, user: UserDep) -> FileResponse:
    from service.page_images import page_png

    sub = load_visible(session, as_caller(user), sid)
    pages = sub.pages or []
    if not 0 <= index < len(pages):
        raise refuse(404, "no_page", "这份材料没有这一页。")
    page = pages[index]
    file = next((f for f in sub.files if f.name == page["source"]), None)
    if file is None:
        raise refuse(404, "no_file", "没有这一页的原件。")
    settings = request.app.state.settings
    png = page_png(request.app.state.store.path(file.sha256), file.kind, page["page"], page.get("rotation") or 0,
                   settings.cache_dir / "pages", file.sha256)
    return FileResponse(png, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


@router.post("/submissions/{sid}/corrections", response_class=HTMLResponse)
def correct_form(request: Request, sid: int, session: SessionDep, user: UserDep,
                 field: Annotated[str, Form()], value: Annotated[str, Form()] = "",
                 csrf: Annotated[str, Form()] = "") -> Response:
    """Save a correction; a refused one shows the page again with the reason at the field and the
    typed value still in it (never an error page that loses what was typed)."""
    check_csrf(request, csrf)
    sub = load_visible(session, as_caller(user), sid)
    if sub.status != "done":
        raise refuse(409, "not_done", "材料尚未识别完成，暂不能更正。")
    typed = clean_line(value)[:500]
    try:
        record_correction(session, sub, field[:80], typed, f"user:{user.name}", request.app.state.settings)
    except CorrectionRejected as exc:
        session.rollback()
        return _submission_page(request, sid, session, user, revealed=set(),
                                error=FieldError(field, str(exc), typed))
    return RedirectResponse(f"/submissions/{sid}#fields", status_code=303)


# -- administration ------------------------------------------------------------------------

def admin_user(user: UserDep) -> User:
    if user.role != "admin":
        raise refuse(403, "admins_only", "只有管理员可以管理用户和接口密钥。")
    return user


AdminDep = Annotated[User, Depends(admin_user)]


def _admin_page(request: Request, session: Session, user: User, **extra: Any) -> HTMLResponse:
    import validate
    from validate.loader import load_pack

    chosen = processing.deployment(request.app.state.settings)
    return render(request, "admin.html", user, users=session.scalars(select(User).order_by(User.name)).all(),
                  keys=session.scalars(select(ApiKey).order_by(ApiKey.name)).all(),
                  agencies=chosen.agencies, default_agency=chosen.default, year=dt.date.today().year,
                  pack_titles={name: load_pack(name).title for name in validate.known_packs()}, **extra)


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, session: SessionDep, user: AdminDep) -> HTMLResponse:
    return _admin_page(request, session, user)


@router.post("/admin/keys", response_class=HTMLResponse)
def admin_issue_key(request: Request, session: SessionDep, user: AdminDep, name: Annotated[str, Form()],
                    office: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> HTMLResponse:
    check_csrf(request, csrf)
    try:
        key = auth.issue_key(session, name.strip(), office.strip() or None, actor=f"user:{user.name}")
    except auth.AuthError as exc:
        return _admin_page(request, session, user, error=str(exc))
    session.commit()
    return _admin_page(request, session, user, new_key=key, new_key_name=name.strip())


@router.post("/admin/keys/revoke")
def admin_revoke_key(request: Request, session: SessionDep, user: AdminDep, name: Annotated[str, Form()],
                     csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    try:
        auth.revoke_key(session, name, actor=f"user:{user.name}")
    except auth.AuthError as exc:
        return _admin_page(request, session, user, error=str(exc))
    session.commit()
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users")
def admin_add_user(request: Request, session: SessionDep, user: AdminDep, name: Annotated[str, Form()],
                   role: Annotated[str, Form()], office: Annotated[str, Form()], password: Annotated[str, Form()],
                   csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    try:
        auth.add_user(session, name.strip(), role, office.strip(), password, actor=f"user:{user.name}")
    except auth.AuthError as exc:
        return _admin_page(request, session, user, error=str(exc))
    session.commit()
    return RedirectResponse("/admin", status_code=303)
