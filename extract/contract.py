"""The request's vocabulary, as `../shared/contract/README.md` defines it, in one place.

Every stage names the same document types and actions; the codes and the Chinese names a
reader sees live here only, so a receipt, a finding and a page cannot call one paper by
two names. `get_path` / `set_path` are the one way to address a field of the request by
its dotted name (`respondent.id_number`, `officers[1].name`): the rules, the reviewer's
corrections and the evidence all use these names.
"""

from __future__ import annotations

import re
from typing import Any

DOCUMENT_TYPES: dict[str, str] = {
    "assist_notice": "协助执行通知书",
    "ruling": "执行裁定书",
    "judgment": "生效法律文书",
    "query_form": "协助查询通知书",
    "intro_letter": "介绍信",
    "work_id": "执行人员工作证",
    "duty_cert": "执行公务证",
    "ground_proof": "符合提取条件的证明材料",
    "other": "其他材料",
}
"""The contract's document type codes and the name a letter or a finding gives each."""

ACTIONS: dict[str, str] = {
    "query": "查询",
    "freeze": "冻结",
    "renew_freeze": "续行冻结",
    "unfreeze": "解除冻结",
    "deduct": "扣划",
}
"""The contract's `request.action` codes and their Chinese words."""

COURT_PAPERS = ("assist_notice", "ruling", "query_form", "judgment")
"""The court's own legal papers: the ones that bear its seal."""


def document_name(code: str | None) -> str:
    """The Chinese name of a document type; an unknown code is 其他材料, never the code."""
    return DOCUMENT_TYPES.get(code or "", DOCUMENT_TYPES["other"])


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [int(index) if index else name for name, index in _STEP.findall(path)]


def get_path(data: Any, path: str) -> Any:
    """`respondent.id_number` → data["respondent"]["id_number"]; None where any step is absent.

    Works on dicts and lists (`officers[0].name`) and on models (attributes), so a rule and a
    correction address the request the same way whichever form they hold.
    """
    value = data
    for step in _steps(path):
        if isinstance(step, int):
            if not isinstance(value, list | tuple) or step >= len(value):
                return None
            value = value[step]
        elif isinstance(value, dict):
            value = value.get(step)
        elif value is not None and not isinstance(value, str | int | float | list | tuple):
            value = getattr(value, step, None)
        else:
            return None
    return value


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted field, making the dicts and list items on the way where they are absent."""
    steps = _steps(path)
    node: Any = data
    for step, nxt in zip(steps, [*steps[1:], None], strict=True):
        if nxt is None:
            if isinstance(step, int):
                while len(node) <= step:
                    node.append(None)
            node[step] = value
            return
        if isinstance(step, int):
            while len(node) <= step:
                node.append({})
            if not isinstance(node[step], dict | list):
                node[step] = [] if isinstance(nxt, int) else {}
        elif not isinstance(node.get(step), dict | list):
            node[step] = [] if isinstance(nxt, int) else {}
        node = node[step]
