"""Everything a rule may look at, gathered once per check.

The engine builds one `Situation` from the request, the account facts and the date; the
kinds read from it and never from loose arguments, so a test can build one by hand.
A fact the situation does not have is reported as missing (`None` plus a reason), never
filled in: the decision `needs_facts` depends on telling "absent" from "false".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from validate.retirement import RetirementView
from validate.workdays import WorkCalendar

NO_ACCOUNTS = "未提供住房公积金账户信息"
NOT_FOUND = "账户信息中未查见被执行人（按身份证号码匹配）"


@dataclass
class Situation:
    """One subject (a court request, the centre's application, a loan application) on one day."""

    subject: str
    data: dict[str, Any]
    facts: dict[str, Any]
    today: date
    calendar: WorkCalendar
    accounts_given: bool = False
    account: dict[str, Any] | None = None
    retirement: RetirementView | None = None
    acts: frozenset[str] = field(default_factory=frozenset)

    @property
    def request(self) -> dict[str, Any]:
        return self.data

    def account_or_reason(self) -> tuple[dict[str, Any] | None, str]:
        """The respondent's account, or why it cannot be looked at (for an `unknown`)."""
        if self.account is not None:
            return self.account, ""
        return None, NOT_FOUND if self.accounts_given else NO_ACCOUNTS

    def case_freeze(self) -> dict[str, Any] | None:
        """The freeze already on the account for this request's own case, if any."""
        case = normalise_case(self.data.get("case_number"))
        if self.account is None or not case:
            return None
        return next(
            (f for f in self.account.get("freezes") or [] if normalise_case(f.get("case_number")) == case),
            None,
        )


ORGANISATION = re.compile(
    r"(?:公司|厂|中心|合作社|事务所|集团|银行|学校|医院|委员会|协会|商行|经营部|工作室|商店|门市部|超市|酒店|宾馆"
    r"|研究所|研究院|基金会|联社|分行|支行|办事处|管理处|管理局|局|站|所|社|店|院"
    r"|企业|合伙|个体工商户|餐厅|饭店|酒楼|诊所|门诊部|幼儿园|俱乐部|营业部|服务部|农场|林场|工程队)$"
)
"""How a unit's name ends (有限公司, 合作社, 管理局 …): a person's name never does."""
FORM_OF_UNIT = re.compile(r"[（(](?:有限合伙|普通合伙|特殊普通合伙|个人独资|个体工商户|集团|分支机构)[）)]$")
"""A partnership or sole proprietorship states its form after its name: 「…投资管理中心（有限合伙）」."""


def is_organisation(name: str | None) -> bool:
    """Whether a party is a unit (单位) rather than a person: it has no ID number to give."""
    if not name:
        return False
    text = str(name).strip()
    if FORM_OF_UNIT.search(text):
        return True
    return len(text) >= 4 and bool(ORGANISATION.search(text))


def retired_on_record(account: dict[str, Any] | None) -> bool | None:
    """The centre's own record of retirement: True / False where it says, None where silent.

    Under the 2025 reform people may work past the statutory age, so a record that says
    `retired: false` outweighs the age the ID number gives; age decides only without it.
    """
    if account is None or account.get("retired") is None:
        return None
    return bool(account.get("retired"))


def find_account(accounts: list[dict[str, Any]] | None, id_number: str | None) -> dict[str, Any] | None:
    """The account facts of the person with this ID number (the schema matches by ID only)."""
    if not accounts or not id_number:
        return None
    wanted = id_number.upper()
    return next((a for a in accounts if str(a.get("id_number", "")).upper() == wanted), None)


def normalise_case(case: str | None) -> str:
    """Case numbers compare with full-width parentheses and no spaces, as the contract writes them."""
    if not case:
        return ""
    return re.sub(r"\s+", "", case).replace("(", "（").replace(")", "）")
