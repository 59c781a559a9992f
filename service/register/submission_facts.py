"""The account a submission is checked against, as the reviewer sees it and corrects it.

The reviewer's page shows the matched account (issue 11): the facts the report was made
from — the submission's own when it brought them, else the centre's records as of the date
of receipt with the freezes the register held that day, their courts, cases, periods and
queue order. A reviewer who knows better (the core system was late, a loan was settled)
edits them with a reason: the edited facts are kept with this submission only — the
centre's records stay the core system's, pushed through `PUT /api/v1/accounts` — the
change and its reason go into the audit, a decision already made is reopened, and the
report and documents are made again. An issued answer's facts are locked.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from extract.contract import get_path
from extract.errors import CorrectionRejected
from service import audit, processing
from service.models import Submission
from service.register.importing import ROLES, check_accounts
from service.settings import Settings

EDITABLE = ("balance", "status", "monthly_deposit", "loans")
"""What a reviewer may correct in the account: the money, the state, and the loans."""
ROLE_WORDS = {"borrower": "主贷人", "co_borrower": "参贷人", "guarantor": "担保人"}


def matched_account(sub: Submission) -> tuple[dict[str, Any] | None, str]:
    """The respondent's account the submission is checked against, and where its facts come from."""
    id_number = get_path(processing.effective_request(sub) if sub.request else {}, "respondent.id_number")
    own = sub.accounts is not None
    facts = processing.accounts_for(sub) or []
    account = next((a for a in facts if isinstance(a, dict) and a.get("id_number") == id_number), None)
    if account is None and len(facts) == 1 and own and isinstance(facts[0], dict) and not id_number:
        account = facts[0]
    source = "随本件材料提交或经审核员修改的账户事实" if own else "本中心账户记录（截至收件日），含登记簿所载冻结"
    return account, source


def loans_text(account: dict[str, Any] | None) -> str:
    """The loans as the edit form writes them: 主贷人-未结清；担保人-已结清."""
    return "；".join(f"{ROLE_WORDS.get(loan.get('role'), '主贷人')}-{'已结清' if loan.get('settled') else '未结清'}"
                    for loan in (account or {}).get("loans") or [])


def edit_account(session: Session, sub: Submission, values: dict[str, str], reason: str, actor: str,
                 settings: Settings) -> dict[str, Any]:
    """Correct the matched account for this submission, with a reason; check and write the answers again."""
    from service.issuing import refuse_if_issued
    from service.review import reopen_decision

    refuse_if_issued(sub)
    reason = " ".join((reason or "").split())
    if not reason:
        raise CorrectionRejected("修改账户事实须说明理由，请填写后再提交。")
    request = processing.effective_request(sub)
    id_number = get_path(request, "respondent.id_number")
    account, _ = matched_account(sub)
    if account is None:
        if not id_number:
            raise CorrectionRejected("材料未载明被执行人身份证号码，无法对应账户；请先更正身份证号码。")
        account = {"id_number": id_number, "name": get_path(request, "respondent.name") or "",
                   "account_number": request.get("account_number") or "", "loans": [], "freezes": []}
    before = copy.deepcopy(account)
    row = {**account, **{k: v.strip() for k, v in values.items() if k in EDITABLE and k != "loans"}}
    if "loans" in values:
        loans, bad = [], []
        for entry in [e.strip() for e in values["loans"].replace(";", "；").replace("，", "；").split("；")]:
            if not entry:
                continue
            role, _, settled = entry.partition("-")
            if role.strip() not in ROLES or settled.strip() not in ("已结清", "未结清"):
                bad.append(entry)
            loans.append({"role": ROLES.get(role.strip(), "borrower"), "settled": settled.strip() == "已结清"})
        if bad:
            raise CorrectionRejected(f"「贷款情况」：「{'、'.join(bad)}」应写作如 主贷人-未结清、担保人-已结清。")
        row["loans"] = loans
    if not row.get("account_number"):
        row["account_number"] = "未载明"
    checked = check_accounts([row])
    if checked.problems:
        raise CorrectionRejected("；".join(f"「{p.column}」：{p.message}" for p in checked.problems) + "。")
    edited = checked.accounts[0]
    if row.get("monthly_deposit", "") == "":
        edited.pop("monthly_deposit", None)
    changed = {k: {"from": before.get(k), "to": edited.get(k)} for k in EDITABLE if before.get(k) != edited.get(k)}
    if not changed:
        raise CorrectionRejected("账户事实没有变化；如需修改，请改动余额、状态、月缴存额或贷款情况。")
    others = [a for a in (processing.accounts_for(sub) or []) if isinstance(a, dict) and a.get("id_number") != id_number]
    sub.accounts = [*others, edited]
    reopen_decision(session, sub, actor, "修改了账户事实，原审核决定须重新作出")
    try:
        report, deadline = processing.evaluate(sub, settings)
        outputs = processing.write_documents(sub, report, settings)
    except Exception:
        session.rollback()
        raise CorrectionRejected("按修改后的账户事实无法重新审查；请核对所填的值，如确认无误，请联系管理员。") from None
    sub.report, sub.deadline, sub.outputs = report, deadline, outputs
    audit.record(session, actor, "account.edited", sub.id, changed=changed, reason=reason[:4000],
                 decision=report.get("decision"))
    session.commit()
    return report
