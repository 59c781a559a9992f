"""Reading the core system's export of account facts: CSV, XLSX, or a JSON array.

The centre's core system exports one row per account. A clerk cannot prepare the contract's
JSON by hand, so the export is read as it comes, by its Chinese column headings (or the
contract's own key names), every row checked, and each bad row told in one Chinese line —
row number, column, what is wrong — while the good rows go on to be imported.

Column layout (headings in the first row, in any order; 证件号码, 姓名, 个人账号, 账户余额 and
账户状态 are required):

| heading | contract key | what it holds |
|---|---|---|
| 证件号码 | `id_number` | 18 characters, GB 11643 check character |
| 姓名 | `name` | |
| 个人账号 | `account_number` | |
| 账户余额 | `balance` | yuan, at most two decimals (`12345.67`, `12,345.67`) |
| 账户状态 | `status` | 缴存 · 封存 · 销户 (or `depositing` · `sealed` · `closed`) |
| 月缴存额 | `monthly_deposit` | yuan, may be empty |
| 是否退休 | `retired` | 是 · 否 · empty (no record) |
| 贷款情况 | `loans` | empty, or entries `主贷人-未结清`, `参贷人-已结清`, `担保人-未结清` separated by `；` |
| 约定提取 | `contracted_withdrawal` | 是 · 否 · empty |

Freezes are not read from the export: the centre's own freezes live in the register.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.values import id_number_valid, mask_id, to_amount

HEADINGS: dict[str, str] = {
    "证件号码": "id_number", "身份证号码": "id_number", "身份证号": "id_number",
    "姓名": "name", "职工姓名": "name",
    "个人账号": "account_number", "公积金账号": "account_number", "账号": "account_number",
    "账户余额": "balance", "余额": "balance",
    "账户状态": "status", "状态": "status",
    "月缴存额": "monthly_deposit",
    "是否退休": "retired",
    "贷款情况": "loans",
    "约定提取": "contracted_withdrawal",
}
LABELS: dict[str, str] = {
    "id_number": "证件号码", "name": "姓名", "account_number": "个人账号", "balance": "账户余额",
    "status": "账户状态", "monthly_deposit": "月缴存额", "retired": "是否退休", "loans": "贷款情况",
    "contracted_withdrawal": "约定提取",
}
REQUIRED = ("id_number", "name", "account_number", "balance", "status")
STATUSES = {"缴存": "depositing", "正常": "depositing", "封存": "sealed", "销户": "closed",
            "depositing": "depositing", "sealed": "sealed", "closed": "closed"}
ROLES = {"主贷人": "borrower", "借款人": "borrower", "参贷人": "co_borrower", "共同借款人": "co_borrower",
         "担保人": "guarantor", "保证人": "guarantor",
         "borrower": "borrower", "co_borrower": "co_borrower", "guarantor": "guarantor"}
YES = {"是", "有", "true", "True", "1", "Y", "y"}
NO = {"否", "无", "false", "False", "0", "N", "n"}
_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")


class ImportFileError(ValueError):
    """The file as a whole cannot be read; the message is one Chinese line."""


@dataclass
class RowProblem:
    row: int
    column: str
    message: str

    def line(self) -> str:
        return f"第{self.row}行「{self.column}」：{self.message}"


@dataclass
class ImportResult:
    accounts: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_export(path: Path) -> ImportResult:
    """Every row of a CSV, XLSX or JSON export, checked: good accounts and bad rows apart."""
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError(f"{path.name} 是空文件，请重新导出。")
    suffix = path.suffix.lower()
    if data[:2] == b"PK" or suffix == ".xlsx":
        return _check_rows(_xlsx_rows(data, path.name), first_row=2)
    if data.lstrip()[:1] in (b"[", b"{") or suffix == ".json":
        return _read_json(data, path.name)
    return _check_rows(_csv_rows(data, path.name), first_row=2)


def _csv_rows(data: bytes, name: str) -> list[dict[str, str]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(f"{name} 的编码无法识别，请导出为 UTF-8 或 GB18030 编码的 CSV 文件。")
    reader = csv.reader(io.StringIO(text))
    rows = [r for r in reader]
    return _by_heading(rows, name)


def _xlsx_rows(data: bytes, name: str) -> list[dict[str, str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"{name} 不是可读的 XLSX 文件，请重新导出。") from exc
    sheet = book.worksheets[0]
    rows = [["" if v is None else _cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return _by_heading(rows, name)


def _cell(value: Any) -> str:
    """An XLSX cell as the text a clerk sees; whole-number floats lose their `.0`."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _by_heading(rows: list[list[str]], name: str) -> list[dict[str, str]]:
    if not rows:
        raise ImportFileError(f"{name} 没有内容，请重新导出。")
    header = [HEADINGS.get(h.strip(), h.strip()) for h in rows[0]]
    missing = [LABELS[k] for k in REQUIRED if k not in header]
    if missing:
        raise ImportFileError(f"{name} 缺少必需的列：{'、'.join(missing)}；请按说明的列名导出。")
    out = []
    for row in rows[1:]:
        if not any(str(c).strip() for c in row):
            out.append({})
            continue
        out.append({k: str(v).strip() for k, v in zip(header, row, strict=False) if k in LABELS})
    return out


def _read_json(data: bytes, name: str) -> ImportResult:
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(f"{name} 不是有效的 JSON 文件，请检查后重新导出。") from exc
    if not isinstance(items, list):
        raise ImportFileError(f"{name} 应为账户事实的 JSON 数组。")
    return check_accounts(items)


def check_accounts(items: list[Any]) -> ImportResult:
    """A JSON array of accounts (accounts.schema.json), each checked like an export's row.

    Row numbers count the array's items from 1; `loans` and `freezes` are taken as given
    once the rest of the item is good, and fields the schema adds are kept.
    """
    result = ImportResult()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            result.problems.append(RowProblem(number, "—", "不是一个账户对象"))
            continue
        flat = {k: v for k, v in item.items()}
        checked = _check_rows([{k: _as_text(v) for k, v in flat.items() if k in LABELS and k != "loans"}
                               | {"loans": ""}], first_row=number)
        if checked.problems:
            result.problems += checked.problems
            continue
        account = checked.accounts[0]
        for key in ("loans", "freezes"):
            if key in item:
                account[key] = item[key]
        for key, value in item.items():  # fields the schema adds are kept as given
            account.setdefault(key, value)
        result.accounts.append(account)
    return result


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return "" if value is None else str(value)


def _check_rows(rows: list[dict[str, str]], first_row: int) -> ImportResult:
    result = ImportResult()
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=first_row):
        if not row:
            continue
        problems: list[RowProblem] = []
        account = _check_row(row, number, problems)
        if account and account["id_number"] in seen:
            problems.append(RowProblem(number, LABELS["id_number"],
                                       f"与第{seen[account['id_number']]}行重复，同一证件号码只能出现一次"))
        if problems:
            result.problems += problems
        elif account:
            seen[account["id_number"]] = number
            result.accounts.append(account)
    return result


def _check_row(row: dict[str, str], number: int, problems: list[RowProblem]) -> dict[str, Any] | None:
    def bad(key: str, message: str) -> None:
        problems.append(RowProblem(number, LABELS[key], message))

    for key in REQUIRED:
        if not row.get(key):
            bad(key, "不能为空")
    if problems:
        return None
    account: dict[str, Any] = {}
    id_number = row["id_number"].upper().replace(" ", "")
    if not id_number_valid(id_number):
        bad("id_number", f"「{mask_id(id_number)}」不是有效的18位公民身份号码（校验位或出生日期不符）")
    account["id_number"] = id_number
    account["name"] = row["name"]
    account["account_number"] = row["account_number"]
    for key in ("balance", "monthly_deposit"):
        if row.get(key):
            amount = _amount(row[key])
            if amount is None:
                bad(key, f"「{row[key]}」不是金额，应写作如 12345.67（元，至多两位小数）")
            else:
                account[key] = amount
    status = STATUSES.get(row["status"])
    if status is None:
        bad("status", f"「{row['status']}」不是账户状态，应为缴存、封存或销户")
    account["status"] = status
    for key in ("retired", "contracted_withdrawal"):
        value = row.get(key, "")
        if value in YES:
            account[key] = True
        elif value in NO:
            account[key] = False
        elif value:
            bad(key, f"「{value}」应为是或否，或留空")
    loans = []
    for entry in re.split(r"[；;，,、]", row.get("loans", "")):
        entry = entry.strip()
        if not entry:
            continue
        role, _, settled = entry.partition("-")
        if role.strip() not in ROLES or settled.strip() not in ("已结清", "未结清"):
            bad("loans", f"「{entry}」应写作如 主贷人-未结清、担保人-已结清")
            continue
        loans.append({"role": ROLES[role.strip()], "settled": settled.strip() == "已结清"})
    account["loans"] = loans
    return None if problems else account


def _amount(text: str) -> str | None:
    cleaned = text.replace(",", "").replace("，", "").replace("¥", "").replace("元", "").strip()
    if not _AMOUNT.match(cleaned):
        return None
    amount = to_amount(cleaned)
    return None if amount is None else str(amount)
