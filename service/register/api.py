"""`PUT /api/v1/accounts` and `GET /api/v1/accounts/{id_number}`: the core system's door.

Account facts are other people's money: only an administrator, or an integration key that
an administrator issued with the `accounts` scope, may push or read them. A court's key
never may — it would learn whether anyone it names has an account, and what is in it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Path, Query
from pydantic import BaseModel

from service.deps import Caller, CallerDep, SessionDep
from service.register.importing import check_accounts
from service.register.store import get_account, load_register, upsert_accounts

router = APIRouter(prefix="/api/v1/accounts", tags=["accounts"])
SCOPE = "accounts"


class Upserted(BaseModel):
    added: int
    changed: int
    unchanged: int


def may_manage_accounts(caller: Caller) -> bool:
    if caller.kind == "user":
        return caller.role == "admin"
    return SCOPE in caller.scopes


def _require(caller: Caller) -> None:
    if not may_manage_accounts(caller):
        raise HTTPException(403, "只有管理员或具有账户数据权限的接口密钥可以读写账户事实。")


@router.put("", response_model=Upserted, summary="bulk upsert of account facts (accounts.schema.json)",
            responses={403: {"description": "not an administrator or an `accounts` key"},
                       422: {"description": "a bad item: nothing is imported, every problem listed"}})
def put_accounts(
    session: SessionDep, caller: CallerDep,
    body: Annotated[list[dict[str, Any]], Body(description="a JSON array per accounts.schema.json")],
    on: Annotated[dt.date | None, Query(description="the date the facts were taken (default today)")] = None,
) -> Upserted:
    """All or nothing: one bad item and none is stored, so a push can simply be sent again."""
    _require(caller)
    result = check_accounts(body)
    if result.problems:
        raise HTTPException(422, "；".join(p.line() for p in result.problems))
    counts = upsert_accounts(session, result.accounts, caller.name, on or dt.date.today())
    session.commit()
    return Upserted(**counts)


@router.get("/{id_number}", summary="one account's facts and its freeze register",
            responses={403: {"description": "not an administrator or an `accounts` key"},
                       404: {"description": "no such account"}})
def get_one(
    session: SessionDep, caller: CallerDep,
    id_number: Annotated[str, Path(pattern=r"^\d{17}[\dX]$")],
    as_of: Annotated[dt.date | None, Query(description="the register as it stood that day")] = None,
) -> dict[str, Any]:
    _require(caller)
    facts = get_account(session, id_number)
    if facts is None:
        raise HTTPException(404, "没有该证件号码的账户事实。")
    return {"facts": facts, "register": load_register(session, id_number, as_of).snapshot()}
