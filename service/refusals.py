"""How the service says no: one Chinese sentence for a person, a stable English code for a program.

Every refusal, through the API or the pages, ends here. The API answers
`{"detail": "<中文>", "code": "<code>"}` (a court system branches on `code`, a clerk reads
`detail`); a page shows the same sentence on the error page. Errors raised by the
framework itself (an unknown address, a wrong method, a malformed field) carry English of
Starlette's or Pydantic's; they are said again here in Chinese, so no English sentence
reaches anyone who reads it.
"""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

CODES: dict[int, str] = {
    400: "bad_request", 401: "not_authenticated", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 411: "length_required", 413: "too_large",
    415: "unsupported_file", 422: "invalid", 429: "too_many_attempts", 500: "internal_error",
    503: "unavailable",
}
"""The code a refusal carries when it names none of its own: one per HTTP status."""

PLAIN: dict[int, str] = {
    400: "请求无法处理，请检查后重试。",
    401: "请先登录，或在请求中提供接口密钥。",
    403: "您没有进行此项操作的权限。",
    404: "没有找到所要的页面或材料；请检查地址，或从待办队列重新打开。",
    405: "该地址不接受这种请求方式。",
    409: "材料当前的状态不允许这项操作，请刷新后再试。",
    413: "上传内容过大，请分批提交。",
    415: "文件类型无法识别，请上传 PDF、PNG、JPEG 或 TIFF 格式的扫描件。",
    422: "提交的内容有误，请检查后重新提交。",
    500: "系统内部出错，请稍后重试；如仍不成功，请联系管理员并告知材料编号。",
    503: "服务暂时不可用，请稍后重试。",
}
"""What the framework's own refusals (「Not Found」, 「Method Not Allowed」 …) say in Chinese."""


class Refusal(HTTPException):
    """An HTTP refusal with its Chinese sentence and a stable code (`refuse(404, "no_submission", "…")`)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers)
        self.code = code


def refuse(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Refusal:
    return Refusal(status, code, message, headers)


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Chinese character: the test every message a person reads must pass."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


def message_of(exc: HTTPException) -> str:
    """The sentence to show: the exception's own when it is Chinese, else the status's plain one."""
    detail = exc.detail if isinstance(exc.detail, str) else ""
    return detail if has_cjk(detail) else PLAIN.get(exc.status_code, PLAIN[400 if exc.status_code < 500 else 500])


def code_of(exc: HTTPException) -> str:
    return getattr(exc, "code", None) or CODES.get(exc.status_code, "error")


# -- malformed requests (Pydantic's errors) ----------------------------------------------------

FIELDS: dict[str, str] = {
    "files": "文件", "pack": "规则依据", "today": "收件日期", "accounts": "账户信息",
    "decision": "审核决定", "note": "审核意见", "field": "更正的项目", "value": "更正值",
    "sid": "材料编号", "n": "文书序号", "sha256": "文件编号", "index": "页码",
    "name": "名称", "password": "密码", "role": "角色", "office": "管理部", "csrf": "表单校验码",
    "idempotency-key": "Idempotency-Key", "reason": "理由", "text": "文书事项", "kind": "文书种类",
    "round_": "签发次数", "page": "页码", "balance": "账户余额", "status": "账户状态",
    "monthly_deposit": "月缴存额", "loans": "贷款情况",
}
"""Request fields by the name a person knows them by."""


def _what(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "不能为空"
    if kind == "value_error":  # our own validators already speak Chinese
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        return message if has_cjk(message) else "取值无效"
    if kind in ("string_too_long", "too_long"):
        return f"过长（至多 {ctx.get('max_length', '')} 个字符）"
    if kind in ("string_too_short", "too_short"):
        return "过短" if ctx.get("min_length", 1) > 1 else "不能为空"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", "、").replace(", ", "、")
        return f"取值不在可选范围内（可选：{expected}）"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "应为整数"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return "超出允许的范围"
    if kind.startswith("date"):
        return "应为日期，格式如 2024-12-20"
    if kind == "string_pattern_mismatch":
        return "格式不正确"
    if kind in ("json_invalid", "model_attributes_type", "dict_type", "model_type"):
        return "不是有效的 JSON 对象"
    if kind == "list_type":
        return "应为列表"
    if kind == "string_type":
        return "应为文字"
    return "取值无效"


def validation_message(errors: list[dict[str, Any]]) -> str:
    """「审核决定：取值不在可选范围内（…）」 for the first malformed field of a request."""
    if not errors:
        return PLAIN[422]
    first = errors[0]
    names = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header", "form")]
    name = names[0].lower() if names else ""
    label = FIELDS.get(name, name)
    where = f"{label}：" if label else ""
    if first.get("type") == "json_invalid" or (not names and first.get("type") == "model_attributes_type"):
        where = "请求正文："
    return f"{where}{_what(first)}"
