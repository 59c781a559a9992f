"""What a corrected value must be, field by field: the server's check, which the page mirrors.

A correction is typed by the field it corrects: 协助事项 and document types are chosen from
the contract's codes (shown by their Chinese names), dates are dates, an amount is yuan and
fen, an ID number passes GB 11643 (region, birth date, check character), a case number is
one, and two officers are two people. `check(field, raw, request)` gives back the value to
store in its canonical form, or raises `CorrectionRejected` with the sentence the clerk
reads beside the field (the page keeps what was typed, so the clerk fixes it, not retypes it).

`kind_of(field)` tells the page which input to draw; the page's own checks (the `pattern`s
and `static/submission.js`) only spare a round trip: this module decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from extract import values
from extract.contract import ACTIONS, DOCUMENT_TYPES, MEASURES, get_path
from extract.errors import CorrectionRejected

Kind = Literal["action", "measure", "document_type", "date", "amount", "id_number", "case_number", "name",
               "court", "account", "text"]

CHOICES: dict[str, dict[str, str]] = {"action": ACTIONS, "measure": MEASURES, "document_type": DOCUMENT_TYPES}
"""The fields chosen from a list, each list by the contract's codes and their Chinese names."""

_DOCUMENT_TYPE = re.compile(r"^documents\[\d{1,2}\]\.type$")
_OFFICER_NAME = re.compile(r"^officers\[(\d{1,2})\]\.name$")
AMOUNT_SHAPE = r"\d{1,12}(\.\d{1,2})?"
"""What the page lets through for an amount: yuan, and at most two places of fen."""
NAME_SHAPE = re.compile(r"^[\u3400-\u9fff·•．. A-Za-z]{2,40}$")
ACCOUNT_SHAPE = re.compile(r"^[0-9A-Za-z-]{4,40}$")


@dataclass(frozen=True)
class FieldKind:
    kind: Kind
    choices: dict[str, str] | None = None
    """For a choice: code → Chinese name, in the order the list shows them."""


def kind_of(field: str) -> FieldKind:
    """The input a field takes."""
    if field in ("action", "measure"):
        return FieldKind(field, CHOICES[field])  # type: ignore[arg-type]
    if _DOCUMENT_TYPE.match(field):
        return FieldKind("document_type", DOCUMENT_TYPES)
    if field.startswith("freeze_period.") or field.endswith("_date"):
        return FieldKind("date")
    if field == "amount":
        return FieldKind("amount")
    if field.endswith("id_number"):
        return FieldKind("id_number")
    if field == "case_number":
        return FieldKind("case_number")
    if field == "court":
        return FieldKind("court")
    if field == "account_number":
        return FieldKind("account")
    if field.endswith(".name"):
        return FieldKind("name")
    return FieldKind("text")


def check(field: str, raw: str, request: dict[str, Any]) -> str:
    """The value to store for `field`, in its canonical form; `CorrectionRejected` says why not."""
    value = raw.strip()
    kind = kind_of(field)
    if not value:
        raise CorrectionRejected("更正值不能为空；如该项确无记载，请在审核意见中说明。")
    if kind.choices is not None:
        if value not in kind.choices:
            names = "、".join(kind.choices.values())
            raise CorrectionRejected(f"请从列表中选择（{names}）。")
        return value
    checker = _CHECKS.get(kind.kind)
    return checker(field, value, request) if checker else value[:500]


def _date(field: str, value: str, request: dict[str, Any]) -> str:
    day = values.iso_date(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else values.parse_date(value)
    if day is None:
        raise CorrectionRejected(f"「{value}」不是有效的日期；请用日期选择器选择，或按 2024-12-20 的格式填写。")
    if not date(1990, 1, 1) <= day <= date(2100, 12, 31):
        raise CorrectionRejected(f"{day.isoformat()} 不在合理的日期范围内，请核对。")
    start = values.iso_date(get_path(request, "freeze_period.start"))
    end = values.iso_date(get_path(request, "freeze_period.end"))
    if field == "freeze_period.end" and start and day <= start:
        raise CorrectionRejected(f"冻结截止日应晚于冻结起始日（{start.isoformat()}）。")
    if field == "freeze_period.start" and end and day >= end:
        raise CorrectionRejected(f"冻结起始日应早于冻结截止日（{end.isoformat()}）。")
    return day.isoformat()


def _amount(_field: str, value: str, _request: dict[str, Any]) -> str:
    plain = value.replace(",", "").replace("，", "").removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not re.fullmatch(AMOUNT_SHAPE, plain):
        raise CorrectionRejected(f"「{value}」不是有效的金额；请以元为单位填写数字，至多两位小数，如 19665.59。")
    amount = Decimal(plain)
    if amount <= 0:
        raise CorrectionRejected("金额应大于零。")
    return values.format_amount(amount)


def _id_number(_field: str, value: str, _request: dict[str, Any]) -> str:
    number = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        raise CorrectionRejected(f"身份证号码应为 18 位（前 17 位为数字，末位为数字或 X），现为 {len(number)} 位。")
    if number[:2] not in values.PROVINCE_CODES:
        raise CorrectionRejected(f"身份证号码前两位「{number[:2]}」不是有效的地区代码，请核对。")
    if values.id_birth_date(number) is None:
        raise CorrectionRejected(f"身份证号码第 7 至 14 位「{number[6:14]}」不是有效的出生日期，请核对。")
    expected = values.id_check_char(number[:17])
    if number[17] != expected:
        raise CorrectionRejected(f"身份证号码校验位不符：按前 17 位计算，第 18 位应为「{expected}」，"
                                 f"现为「{number[17]}」；请对照原件逐位核对。")
    return number


def _case_number(_field: str, value: str, _request: dict[str, Any]) -> str:
    number = values.normalize_case_number(value)
    if number is None:
        raise CorrectionRejected(f"「{value}」不是完整的案号；请按（2024）沪0115执1234号的格式填写。")
    return number


def _name(field: str, value: str, request: dict[str, Any]) -> str:
    if not NAME_SHAPE.fullmatch(value):
        raise CorrectionRejected("姓名或名称应为 2 至 40 个汉字（可含间隔号「·」），请核对。")
    officer = _OFFICER_NAME.match(field)
    if officer:
        index = int(officer.group(1))
        others = [o.get("name") for i, o in enumerate(request.get("officers") or [])
                  if i != index and isinstance(o, dict)]
        if value in others:
            raise CorrectionRejected(f"执行人员「{value}」已列为另一名执行人员；两名执行人员应为不同的人。")
    return value


def _court(_field: str, value: str, _request: dict[str, Any]) -> str:
    if not re.fullmatch(r"[\u3400-\u9fff（）()]{2,40}法院", value):
        raise CorrectionRejected("执行法院应填写法院全称，如「上海市浦东新区人民法院」。")
    return value


def _account(_field: str, value: str, _request: dict[str, Any]) -> str:
    if not ACCOUNT_SHAPE.fullmatch(value):
        raise CorrectionRejected("公积金账号应为 4 至 40 位数字或字母，请核对。")
    return value


_CHECKS = {"date": _date, "amount": _amount, "id_number": _id_number, "case_number": _case_number,
           "name": _name, "court": _court, "account": _account}

