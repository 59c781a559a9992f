"""The intake API under /api/v1: court systems submit bundles and fetch the answers.

Shapes follow ../shared/contract/: `request`, `report` and the documents list are the
contract's, so a client of `assistdesk process --json` reads the same fields here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Header, Path, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field, field_validator

from service import intake, issuing, queue
from service.deps import CallerDep, SessionDep, load_visible
from service.models import STATUS_NAMES, Submission
from service.refusals import refuse
from service.review import record_correction, record_decision
from service.text import has_control

router = APIRouter(prefix="/api/v1", tags=["submissions"])
SubmissionId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class Accepted(BaseModel):
    id: int
    status: str
    created: bool = Field(description="false when an earlier submission of the same files or key was returned")
    url: str


class FileInfo(BaseModel):
    name: str
    sha256: str
    size: int
    kind: str
    pages: int
    url: str


class IssuedDocument(BaseModel):
    kind: str
    format: str
    title: str
    number: str | None = Field(description="文号, e.g. 沪公积金协〔2026〕3号; none for a receipt or proof of service")
    url: str


class IssueInfo(BaseModel):
    round: int
    decision: str
    agency: str
    issued_by: str
    issued_at: dt.datetime
    superseded_at: dt.datetime | None
    reopen_reason: str | None
    documents: list[IssuedDocument]


class AccountIn(BaseModel):
    """The matched account as the reviewer corrects it for this submission (accounts.schema.json words)."""

    balance: str = Field(max_length=40)
    status: Literal["depositing", "sealed", "closed"]
    monthly_deposit: str = Field(default="", max_length=40)
    loans: str = Field(default="", max_length=400, description="如 主贷人-未结清；担保人-已结清")
    reason: str = Field(min_length=1, max_length=4000)


class ReopenIn(BaseModel):
    reason: str = Field(min_length=1, max_length=4000)


class ItemsIn(BaseModel):
    text: str = Field(default="", max_length=20000, description="the letter's numbered items, one a line")


class SameCase(BaseModel):
    id: int
    received_on: dt.date


class Status(BaseModel):
    id: int
    status: Literal["queued", "processing", "done", "failed"]
    pages_done: int
    pages_total: int
    error: str | None
    pack: str
    received_on: dt.date
    deadline: dt.date | None
    decision: str | None
    decision_note: str | None
    issued_at: dt.datetime | None = Field(default=None, description="set while the answer stands issued (locked)")
    files: list[FileInfo]
    issues: list[IssueInfo] = Field(default_factory=list, description="every issued set, superseded ones too")
    same_case: list[SameCase] = Field(default=[], description="(with ?same_case=true) other submissions of the same case number "
                                                              "received on another date (a resend, or a new request)")


class DocumentInfo(BaseModel):
    n: int
    kind: str
    format: str
    title: str
    url: str


class DecisionIn(BaseModel):
    decision: Literal["assist", "needs_correction", "decline", "review_suggestion"]
    note: str = Field(default="", max_length=4000)

    @field_validator("note")
    @classmethod
    def _no_control(cls, v: str) -> str:
        if has_control(v, allow="\n\t"):
            raise ValueError("审核意见含有控制字符；请删去后重新提交")
        return v


class CorrectionIn(BaseModel):
    field: str = Field(min_length=1, max_length=80, pattern=r"^[a-z_]+(\[\d{1,2}\])?(\.[a-z_]+)?$")
    value: str = Field(max_length=500)

    @field_validator("value")
    @classmethod
    def _no_control(cls, v: str) -> str:
        if has_control(v):
            raise ValueError("更正值含有控制字符；请删去后重新提交")
        return v


@router.get("/health", tags=["service"])
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/submissions", status_code=202, response_model=Accepted,
             responses={409: {"description": "Idempotency-Key reused for other files"},
                        413: {"description": "too large"}, 415: {"description": "not a document type"},
                        422: {"description": "bad request"}})
def submit(
    request: Request,
    session: SessionDep,
    caller: CallerDep,
    files: Annotated[list[UploadFile], File(description="PDF, PNG, JPEG or TIFF files of one bundle")],
    pack: Annotated[str | None, Form(max_length=64)] = None,
    today: Annotated[dt.date | None, Form(description="date of receipt (default today)")] = None,
    accounts: Annotated[str | None, Form(description="account facts, JSON array (accounts.schema.json)")] = None,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> JSONResponse:
    import validate

    state = request.app.state
    pack = pack or state.settings.default_pack
    if pack not in validate.known_packs():
        raise refuse(422, "unknown_pack", f"没有名为「{pack}」的规则依据；可选：{'、'.join(validate.known_packs())}。")
    stored: list[intake.Stored] = []
    try:
        received_on = intake.check_received_on(today or dt.date.today(), state.settings)
        account_facts = intake.parse_accounts(accounts)
        stored = intake.store_files([intake.Incoming(f.filename or "", f.file) for f in files],
                                    state.store, state.settings)
        sub, created = intake.create_submission(
            session, stored, actor=caller.name, office=caller.office, pack=pack,
            today=received_on, accounts=account_facts, idem_key=idempotency_key or None, store=state.store)
    except intake.IntakeError as exc:
        raise refuse(exc.status, exc.code, str(exc)) from None
    finally:
        intake.discard(stored, state.store)  # whatever was not committed into the store
    if created:
        state.dispatch(sub.id)
    url = f"/api/v1/submissions/{sub.id}"
    body = Accepted(id=sub.id, status=sub.status, created=created, url=url)
    return JSONResponse(body.model_dump(), status_code=202, headers={"Location": url})


def status_of(sub: Submission) -> Status:
    return Status(
        id=sub.id, status=sub.status, pages_done=sub.pages_done, pages_total=sub.pages_total, error=sub.error,
        pack=sub.pack, received_on=sub.received_on, deadline=sub.deadline, decision=sub.decision,
        decision_note=sub.decision_note, issued_at=sub.issued_at,
        issues=[IssueInfo(round=i.round, decision=i.decision, agency=i.agency, issued_by=i.issued_by,
                          issued_at=i.issued_at, superseded_at=i.superseded_at, reopen_reason=i.reopen_reason,
                          documents=[IssuedDocument(kind=d["kind"], format=d["format"], title=d["title"],
                                                    number=d.get("number"),
                                                    url=f"/api/v1/submissions/{sub.id}/issues/{i.round}/{n}")
                                     for n, d in enumerate(i.documents, start=1)])
                for i in sub.issues],
        files=[FileInfo(name=f.name, sha256=f.sha256, size=f.size, kind=f.kind, pages=f.page_count,
                        url=f"/api/v1/submissions/{sub.id}/files/{f.sha256}") for f in sub.files])


@router.get("/submissions/{sid}", response_model=Status)
def get_status(sid: SubmissionId, session: SessionDep, caller: CallerDep, same_case: bool = False) -> Status:
    """`same_case=true` adds the other submissions of the same case (the upload page asks for it):
    that looks through every submission the caller may see, too much for each poll of a status."""
    sub = load_visible(session, caller, sid)
    status = status_of(sub)
    if same_case and sub.status == "done":
        status.same_case = [SameCase(id=e.id, received_on=e.received_on)
                            for e in queue.same_case(session, caller, sub)]
    return status


def _done(sub: Submission) -> Submission:
    if sub.status != "done":
        if sub.status == "failed":
            raise refuse(409, "submission_failed", f"材料 #{sub.id} 处理失败：{sub.error or '原因不明'}")
        raise refuse(409, "not_done", f"材料 #{sub.id} 尚未识别完成（{STATUS_NAMES[sub.status]}），请稍后再查询。")
    return sub


@router.get("/submissions/{sid}/request", responses={409: {"description": "not processed yet"}})
def get_request(sid: SubmissionId, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """The contract's request, with any field corrected by hand laid over the value read."""
    from service.processing import effective_request

    return effective_request(_done(load_visible(session, caller, sid)))


@router.get("/submissions/{sid}/report", responses={409: {"description": "not processed yet"}})
def get_report(sid: SubmissionId, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    return _done(load_visible(session, caller, sid)).report or {}


@router.get("/submissions/{sid}/documents", response_model=list[DocumentInfo],
            responses={409: {"description": "not processed yet"}})
def list_documents(sid: SubmissionId, session: SessionDep, caller: CallerDep) -> list[DocumentInfo]:
    sub = _done(load_visible(session, caller, sid))
    return [DocumentInfo(n=n, kind=o["kind"], format=o["format"], title=o["title"],
                         url=f"/api/v1/submissions/{sid}/documents/{n}")
            for n, o in enumerate(sub.outputs or [], start=1)]


@router.get("/submissions/{sid}/documents/{n}", response_class=FileResponse,
            responses={404: {"description": "no such document"}})
def get_document(request: Request, sid: SubmissionId, n: Annotated[int, Path(ge=1, le=1000)],
                 session: SessionDep, caller: CallerDep) -> FileResponse:
    sub = _done(load_visible(session, caller, sid))
    outputs = sub.outputs or []
    if n > len(outputs):
        raise refuse(404, "no_document", f"材料 #{sid} 只有 {len(outputs)} 份答复文书，没有第 {n} 份。")
    return document_file(request, sid, outputs[n - 1])


MEDIA = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def document_file(request: Request, sid: int, out: dict[str, Any], inline: bool = False) -> FileResponse:
    """One written document: a draft under outputs/<id>/, an issued one under its issue's folder."""
    path = request.app.state.settings.outputs_dir / (out.get("folder") or str(sid)) / out["file"]
    return FileResponse(path, media_type=MEDIA.get(out["format"], "application/octet-stream"),
                        filename=f"{sid}-{out['title']}.{out['format']}",
                        content_disposition_type="inline" if inline else "attachment")


@router.get("/submissions/{sid}/issues/{round_}/{n}", response_class=FileResponse,
            responses={404: {"description": "no such issued document"}})
def get_issued_document(request: Request, sid: SubmissionId, round_: Annotated[int, Path(ge=1, le=1000)],
                        n: Annotated[int, Path(ge=1, le=1000)], session: SessionDep, caller: CallerDep) -> FileResponse:
    """A document as it was issued, superseded or not (an issued set is never rewritten)."""
    sub = _done(load_visible(session, caller, sid))
    match = next((i for i in sub.issues if i.round == round_), None)
    if match is None or n > len(match.documents):
        raise refuse(404, "no_document", "没有这一份已签发的文书。")
    return document_file(request, sid, match.documents[n - 1])


@router.get("/submissions/{sid}/files/{sha256}", response_class=FileResponse,
            responses={404: {"description": "no such file in this submission"}})
def get_file(request: Request, sid: SubmissionId, sha256: Annotated[str, Path(pattern="^[0-9a-f]{64}$")],
             session: SessionDep, caller: CallerDep) -> FileResponse:
    sub = load_visible(session, caller, sid)
    match = next((f for f in sub.files if f.sha256 == sha256), None)
    if match is None:
        raise refuse(404, "no_file", f"材料 #{sid} 中没有这份原件。")
    media = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg", "tiff": "image/tiff"}
    return FileResponse(request.app.state.store.path(sha256), filename=match.name,
                        media_type=media.get(match.kind, "application/octet-stream"))


@router.post("/submissions/{sid}/decision", response_model=Status,
             responses={403: {"description": "clerks do not decide"}, 409: {"description": "not processed yet"}})
def decide(request: Request, sid: SubmissionId, body: DecisionIn, session: SessionDep, caller: CallerDep) -> Status:
    sub = _done(load_visible(session, caller, sid))
    if not caller.may_decide:
        raise refuse(403, "may_not_decide", "只有审核员或管理员可以作出审核决定；法院系统的接口密钥不能决定。")
    record_decision(session, sub, body.decision, body.note, caller.name, request.app.state.settings)
    return status_of(sub)


def _reviewer(caller) -> None:
    if not caller.may_decide:
        raise refuse(403, "may_not_issue", "只有审核员或管理员可以修改、签发或重新办理答复文书；法院系统的接口密钥不能办理。")


@router.put("/submissions/{sid}/documents/{kind}/items", response_model=Status,
            responses={403: {"description": "reviewers only"}, 422: {"description": "locked or not editable"}})
def edit_items(request: Request, sid: SubmissionId, kind: Annotated[str, Path(pattern="^[a-z_]{1,40}$")],
               body: ItemsIn, session: SessionDep, caller: CallerDep) -> Status:
    """Reword a letter's numbered items (reasons, points to correct, review points) before issuing."""
    sub = _done(load_visible(session, caller, sid))
    _reviewer(caller)
    issuing.edit_items(session, sub, kind, body.text, caller.name, request.app.state.settings)
    return status_of(sub)


@router.put("/submissions/{sid}/account", response_model=Status,
            responses={403: {"description": "reviewers only"}, 422: {"description": "locked, no reason, bad value"}})
def edit_account(request: Request, sid: SubmissionId, body: AccountIn, session: SessionDep,
                 caller: CallerDep) -> Status:
    """Correct the matched account for this submission with a reason; the report and documents are made again."""
    from service.register.submission_facts import edit_account as edit

    sub = _done(load_visible(session, caller, sid))
    _reviewer(caller)
    edit(session, sub, body.model_dump(exclude={"reason"}), body.reason, caller.name, request.app.state.settings)
    return status_of(sub)


@router.post("/submissions/{sid}/issue", response_model=Status,
             responses={403: {"description": "reviewers only"}, 422: {"description": "no decision, or issued"}})
def issue(request: Request, sid: SubmissionId, session: SessionDep, caller: CallerDep) -> Status:
    """Number and issue the documents of the reviewer's decision; the submission is locked."""
    sub = _done(load_visible(session, caller, sid))
    _reviewer(caller)
    issuing.issue(session, sub, caller.name, request.app.state.settings)
    return status_of(sub)


@router.post("/submissions/{sid}/reopen", response_model=Status,
             responses={403: {"description": "reviewers only"}, 422: {"description": "not issued, or no reason"}})
def reopen(request: Request, sid: SubmissionId, body: ReopenIn, session: SessionDep, caller: CallerDep) -> Status:
    """Reopen an issued answer with a reason: its documents stay, superseded; the next issue is numbered anew."""
    sub = _done(load_visible(session, caller, sid))
    _reviewer(caller)
    issuing.reopen(session, sub, body.reason, caller.name, request.app.state.settings)
    return status_of(sub)


@router.post("/submissions/{sid}/corrections", response_model=Status,
             responses={403: {"description": "courts' keys do not correct"},
                        409: {"description": "not processed yet"}})
def correct(request: Request, sid: SubmissionId, body: CorrectionIn, session: SessionDep,
            caller: CallerDep) -> Status:
    """Correct one field by hand; the report and documents are made again from the corrected request."""
    sub = _done(load_visible(session, caller, sid))
    if not caller.may_correct:
        raise refuse(403, "may_not_correct", "法院系统的接口密钥不能更正识别结果；如有错误，请重新提交材料或联系受理窗口。")
    record_correction(session, sub, body.field, body.value, caller.name, request.app.state.settings)
    return status_of(sub)
