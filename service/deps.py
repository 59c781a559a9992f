"""Request-scoped helpers shared by the API and the pages: the app's state, the caller, visibility.

A caller is either a court system holding an API key or a person logged in to the pages
(whose browser may also call the API, with the session's CSRF token in a header).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from service import auth
from service.models import Submission, User
from service.refusals import refuse

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Caller:
    name: str
    """As written in the audit trail: `key:NAME` or `user:NAME`."""
    role: str
    office: str | None
    kind: str  # "key" or "user"
    scopes: tuple[str, ...] = ()
    """An integration key's extra rights (`accounts`); a court's key has none."""

    @property
    def may_decide(self) -> bool:
        """Reviewers and administrators; never a court's key (a court must not judge its own request)."""
        return self.kind == "user" and self.role in ("reviewer", "admin")

    @property
    def may_correct(self) -> bool:
        """Staff of the centre; a court's key may not rewrite what was read from its papers."""
        return self.kind == "user"


def get_session(request: Request):
    with request.app.state.db.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
_bearer = HTTPBearer(auto_error=False, description="API key issued by an administrator")
_header_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="API key issued by an administrator")


def session_user(request: Request, session: Session) -> User | None:
    """The logged-in user, if the cookie names a login that is live on the server (not logged out)."""
    login = auth.session_for(session, request.session.get("sid"))
    if login is None:
        return None
    user = session.get(User, login.user_id)
    return user if user is not None and user.active else None


def api_caller(
    request: Request,
    session: SessionDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header_key)],
) -> Caller:
    presented = header_key or (bearer.credentials if bearer else None)
    if presented:
        row = auth.key_for(session, presented)
        if row is None:
            raise refuse(401, "api_key_unknown", "接口密钥无效或已吊销；请向管理员申领新的密钥。",
                         headers={"WWW-Authenticate": "Bearer"})
        return Caller(f"key:{row.name}", "integration" if row.scopes else "court_system", row.office, "key",
                      tuple(row.scopes.split()))
    user = session_user(request, session)
    if user is None:
        raise refuse(401, "not_authenticated", "未登录：请先登录，或在请求头中提供接口密钥"
                                               "（Authorization: Bearer … 或 X-API-Key）。",
                     headers={"WWW-Authenticate": "Bearer"})
    if request.method not in SAFE_METHODS and not auth.csrf_ok(
            request.session.get("csrf"), request.headers.get("X-CSRF-Token")):
        raise refuse(403, "csrf_failed", "页面已过期或来源不明（CSRF 校验未通过），请刷新页面后重试。")
    return Caller(f"user:{user.name}", user.role, user.office, "user")


CallerDep = Annotated[Caller, Depends(api_caller)]


def visible(query: Select, caller: Caller) -> Select:
    """Admins see all; a key sees its own submissions; staff see their own office's."""
    if caller.kind == "user" and caller.role == "admin":
        return query
    if caller.kind == "key":
        return query.where(or_(Submission.submitted_by == caller.name,
                               Submission.office == caller.office if caller.office else False))
    return query.where(Submission.office == caller.office)


def load_visible(session: Session, caller: Caller, sid: int) -> Submission:
    sub = session.scalar(visible(select(Submission).where(Submission.id == sid), caller))
    if sub is None:
        raise refuse(404, "no_submission", f"没有编号为 {sid} 的材料，或您无权查看（只显示本管理部的材料）。")
    return sub
