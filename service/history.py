"""The audit trail as a clerk reads it: who did what, one Chinese line per event.

The trail itself stays as written (`action` codes and a JSON `detail`, for auditors and
programs); a page shows `line(event)` — 「决定：不予协助（原为予以协助）」, not
`submission.decided decision=decline previous=assist` — and the person by name, not
「user:clerk1」. An action this module does not know yet still gets a Chinese line
(「其他操作」), so a new kind of event never puts a code on a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.contract import ACTIONS, DOCUMENT_TYPES, field_name
from service.logs import mask_text
from service.review import DECISION_WORDS

ACCOUNT_WORDS = {"balance": "账户余额", "status": "账户状态", "monthly_deposit": "月缴存额", "loans": "贷款情况"}
SYSTEM = {"worker": "系统（自动识别）", "cli": "系统管理命令", "test": "系统", "system": "系统"}


def person(actor: str | None) -> str:
    """「user:王窗口」 → 王窗口; 「key:浦东法院执行系统」 → 浦东法院执行系统（接口）; the worker → 系统."""
    if not actor:
        return "—"
    kind, _, name = actor.partition(":")
    if kind == "user" and name:
        return name
    if kind == "key" and name:
        return f"{name}（接口）"
    return SYSTEM.get(actor, actor)


@lru_cache(maxsize=64)
def pack_title(name: str | None) -> str:
    """A rule pack by its policy's title (「沪高法〔2021〕124号《…》」), never by its file's code."""
    if not name:
        return "—"
    import validate

    try:
        return validate.load_pack(name).title
    except Exception:  # a pack removed since: its name is all that is left
        return "已停用的规则依据"


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "空"
    if field == "action":
        return ACTIONS.get(str(value), str(value))
    if field.endswith(".type"):
        return DOCUMENT_TYPES.get(str(value), str(value))
    return mask_text(str(value))


def _decided(d: dict[str, Any]) -> str:
    word = DECISION_WORDS.get(d.get("decision") or "", "—")
    was = DECISION_WORDS.get(d.get("previous") or "")
    note = f"；意见：{mask_text(str(d['note']))}" if d.get("note") else ""
    return f"决定：{word}" + (f"（原为{was}）" if was and was != word else "") + note


def _received(d: dict[str, Any]) -> str:
    files = d.get("files") or []
    return f"受理材料：{len(files)} 个文件，收件日期 {d.get('received_on', '—')}，规则依据 {pack_title(d.get('pack'))}"


def _corrected(d: dict[str, Any]) -> str:
    field = str(d.get("field") or "")
    outcome = DECISION_WORDS.get(d.get("decision") or "")
    return (f"更正{field_name(field)}：由“{_value(field, d.get('read_value'))}”改为“{_value(field, d.get('value'))}”"
            + (f"；重新审查后系统结论为{outcome}" if outcome else ""))


def _done(d: dict[str, Any]) -> str:
    outcome = DECISION_WORDS.get(d.get("decision") or "", "—")
    return f"识别与审查完成：共 {d.get('pages', 0)} 页，系统结论为{outcome}，生成答复文书 {d.get('documents', 0)} 份"


def _register(kind: str) -> Callable[[dict[str, Any]], str]:
    words = {"freeze": "冻结", "renew": "续行冻结", "unfreeze": "解除冻结", "deduct": "扣划", "deposit": "缴存",
             "balance": "余额调整", "close": "销户"}

    def line(d: dict[str, Any]) -> str:
        case = f"（{d['case_number']}）" if d.get("case_number") else ""
        return f"登记簿记载{words.get(kind, '一项操作')}{case}，日期 {d.get('on', '—')}"

    return line


def _issued(d: dict[str, Any]) -> str:
    numbers = "、".join(str(n) for n in d.get("numbers") or [])
    return (f"签发答复（第{d.get('round', 1)}次）：{DECISION_WORDS.get(d.get('decision') or '', '—')}，"
            f"{d.get('agency') or '答复单位'}" + (f"，文号 {numbers}" if numbers else ""))


LINES: dict[str, Callable[[dict[str, Any]], str]] = {
    "submission.received": _received,
    "submission.processing": lambda d: "开始识别",
    "submission.requeued": lambda d: "识别进程中断，材料重新排队",
    "submission.done": _done,
    "submission.failed": lambda d: f"处理失败：{mask_text(str(d.get('reason') or '原因不明'))}",
    "submission.decided": _decided,
    "submission.issued": _issued,
    "submission.reopened": lambda d: f"重新办理（第{d.get('round', 1)}次签发的文书作废）：{mask_text(str(d.get('reason') or ''))}",
    "decision.reopened": lambda d: (f"原审核决定{DECISION_WORDS.get(d.get('previous') or '', '')}撤回："
                                    f"{mask_text(str(d.get('reason') or ''))}"),
    "account.edited": lambda d: ("修改账户事实（" + "、".join(ACCOUNT_WORDS.get(k, "其他") for k in d.get("changed") or {})
                                 + f"）：{mask_text(str(d.get('reason') or ''))}"),
    "document.edited": lambda d: f"修改答复文书事项（{d.get('lines', 0)} 项）",
    "field.corrected": _corrected,
    "id_number.revealed": lambda d: f"查看完整的{field_name(str(d.get('field') or 'respondent.id_number'))}",
    "login": lambda d: "登录",
    "logout": lambda d: "退出登录",
    "login.failed": lambda d: "登录失败（密码错误）",
    "login.locked": lambda d: "登录被暂时锁定",
    "user.added": lambda d: f"新增用户「{d.get('user', '')}」",
    "key.issued": lambda d: f"签发接口密钥「{d.get('key', '')}」",
    "key.revoked": lambda d: f"吊销接口密钥「{d.get('key', '')}」",
    "accounts.imported": lambda d: "导入账户事实",
    **{f"register.{k}": _register(k) for k in ("freeze", "renew", "unfreeze", "deduct", "deposit", "balance",
                                               "close")},
}
"""One Chinese line for each kind of event the service writes."""


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    who: str
    text: str


def line(action: str, detail: dict[str, Any] | None) -> str:
    describe = LINES.get(action)
    if describe is None:
        if action.startswith("register."):
            return _register(action.removeprefix("register."))(detail or {})
        return "其他操作"
    try:
        return describe(detail or {})
    except Exception:  # an old event with another shape: say what it was, not crash the page
        return "其他操作"


def lines(events: list[Any]) -> list[HistoryLine]:
    """The events of `audit.history(...)` as the page shows them."""
    return [HistoryLine(e.at, person(e.actor), line(e.action, e.detail)) for e in events]
