"""The centre's own application to the court (seed 000 第五条) as a page of the web app.

A clerk uploads the centre's papers (the 行政处罚决定书, the 催告书, their 送达回证, the
identity proofs, the evidence) and the day of filing; the page shows what was read, every
`application.*` finding with its citation, and either the 强制执行申请书 (PDF and DOCX to
download) or the one Chinese line saying why it cannot be made yet. It calls the same
`service.cli.application_bundle` as `assistdesk application`, so the page and the command
line cannot decide differently. The written files are kept under the outputs folder, in a
folder named by a random token that only the page's link carries.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse

from extract.application import PAPER_NAMES
from extract.errors import AssistdeskError
from service.pages import UserDep, check_csrf, render

router = APIRouter(include_in_schema=False)
SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
FILES = {"enforcement_application.pdf": "application/pdf",
         "enforcement_application.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@router.get("/application", response_class=HTMLResponse)
def application_form(request: Request, user: UserDep) -> HTMLResponse:
    return render(request, "application.html", user, today=dt.date.today().isoformat(), result=None)


@router.post("/application", response_class=HTMLResponse)
def application_submit(request: Request, user: UserDep, files: Annotated[list[UploadFile], File()],
                       filed: Annotated[str, Form()], court: Annotated[str, Form()] = "",
                       csrf: Annotated[str, Form()] = "") -> HTMLResponse:
    from service.cli import application_bundle

    check_csrf(request, csrf)
    settings = request.app.state.settings
    try:
        day = dt.date.fromisoformat(filed)
    except ValueError:
        raise HTTPException(422, "申请日期无效，请按“年-月-日”选择日期。") from None
    token = secrets.token_urlsafe(12)
    out_dir = settings.outputs_dir / "applications" / token
    with tempfile.TemporaryDirectory(dir=settings.work_dir if settings.work_dir.exists() else None) as tmp:
        paths = []
        for n, upload in enumerate(files, start=1):
            suffix = Path(upload.filename or "").suffix.lower()
            if suffix not in SUFFIXES:
                raise HTTPException(415, f"第{n}个文件不是 PDF、PNG、JPEG 或 TIFF 文件，无法识别。")
            path = Path(tmp) / f"{n:02d}{suffix}"
            with path.open("wb") as handle:
                shutil.copyfileobj(upload.file, handle)
            paths.append(path)
        try:
            result = application_bundle(paths, "shanghai-2021", day, out_dir, court.strip() or None, settings)
        except AssistdeskError as exc:
            return render(request, "application.html", user, status=422, today=filed, result=None,
                          error=f"{exc.title}：{exc.detail}")
    names = {f"{n:02d}{Path(u.filename or '').suffix.lower()}": u.filename for n, u in enumerate(files, start=1)}
    for paper in result["application"]["papers"]:
        paper["source"] = names.get(paper["source"], paper["source"])
    refused = result["refused"]
    if refused is None and not result["outputs"]:
        refused = "催告书未载明受理申请的人民法院，请填写申请人所在地的人民法院。"
    return render(request, "application.html", user, today=filed, result=result, refused=refused,
                  token=token if result["outputs"] else None, paper_names=PAPER_NAMES)


@router.get("/application/{token}/{name}")
def application_file(request: Request, token: str, name: str, user: UserDep) -> FileResponse:
    if name not in FILES or not token.replace("-", "").replace("_", "").isalnum():
        raise HTTPException(404, "未找到该文书。")
    path = request.app.state.settings.outputs_dir / "applications" / token / name
    if not path.exists():
        raise HTTPException(404, "未找到该文书。")
    return FileResponse(path, media_type=FILES[name], filename=f"强制执行申请书{Path(name).suffix}")
