"""Legal cases for the document tests: request, report and account facts, built by hand.

Each case is one submission as the other stages would hand it over, chosen so that
together they render every document kind at least twice with different values (two
courts, two respondents, amounts with and without jiao/fen, a queued freeze, a rare name
character outside GB 2312).
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from typing import Any

from generate import CentreConfig, CourtAccount

TODAY = datetime.date(2024, 5, 10)
SHANGHAI = "000_d9f354da727e6e1c.txt"
NATIONAL = "004_609ad937d615a4de.txt"


def request(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "action": "freeze",
        "court": "上海市浦东新区人民法院",
        "case_number": "（2024）沪0115执1234号",
        "respondent": {"name": "张三", "id_number": "34052419800101001X"},
        "applicant": {"name": "李四"},
        "amount": "123456.78",
        "freeze_period": {"start": "2024-05-10", "end": "2027-05-09"},
        "account_number": "0123456789",
        "officers": [{"name": "王五"}, {"name": "赵六"}],
        "documents": [
            {"type": "assist_notice", "source": "notice.pdf", "pages": [1]},
            {"type": "ruling", "source": "notice.pdf", "pages": [2, 3]},
            {"type": "work_id", "source": "ids.jpg", "pages": [1]},
            {"type": "work_id", "source": "ids.jpg", "pages": [1]},
        ],
    }
    base.update(overrides)
    return base


def finding(rule: str, outcome: str, severity: str, message: str, citation: str) -> dict[str, str]:
    return {"rule": rule, "outcome": outcome, "severity": severity, "message": message, "citation": citation}


PASSES = [
    finding("freeze.materials", "pass", "block", "材料齐全", f"{SHANGHAI} 第二条（五）"),
    finding("freeze.loan", "pass", "block", "无未结清的住房公积金贷款", f"{SHANGHAI} 第二条（一）1"),
]


def account(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id_number": "34052419800101001X",
        "name": "张三",
        "account_number": "0123456789",
        "balance": "50000.00",
        "status": "depositing",
        "monthly_deposit": "2400.00",
        "loans": [],
        "contracted_withdrawal": False,
        "freezes": [],
    }
    base.update(overrides)
    return base


@dataclass
class Case:
    """One submission and what its documents must say."""

    name: str
    request: dict[str, Any]
    report: dict[str, Any]
    accounts: list[dict[str, Any]] | None
    kinds: list[str]
    must_contain: list[str] = field(default_factory=list)


def config() -> CentreConfig:
    """A centre with header, prefix, contact lines and a court account, like a clerk's file."""
    return CentreConfig(
        name="上海市公积金管理中心",
        office="浦东管理部",
        header_lines=("上海市公积金管理中心",),
        document_number_prefix="沪公积金协〔{year}〕",
        contact_lines=("联系人：司法协助窗口", "联系电话：021-12329"),
        address="上海市浦东新区示例路100号",
        postcode="200120",
        telephone="021-12329",
        court_accounts={
            "上海市浦东新区人民法院": CourtAccount(
                "上海市浦东新区人民法院", "31001234567890001", "示例银行浦东支行"
            ),
        },
    )


def _second_party(req: dict[str, Any]) -> dict[str, Any]:
    req = copy.deepcopy(req)
    req.update(
        court="上海市第一中级人民法院",
        case_number="（2023）沪01执恢56号",
        respondent={"name": "欧阳堃", "id_number": "310104198507153216"},
        applicant={"name": "上海某某贸易有限公司"},
        account_number="9876543210",
        officers=[{"name": "陈七"}],
    )
    return req


def _second_account(**overrides: Any) -> dict[str, Any]:
    return account(id_number="310104198507153216", name="欧阳堃", account_number="9876543210", **overrides)


def cases() -> list[Case]:
    """Every decision and action, each document kind at least twice."""
    freeze_queue = account(
        balance="80000.00",
        freezes=[
            {
                "court": "上海市徐汇区人民法院",
                "case_number": "（2023）沪0104执789号",
                "amount": "60000.00",
                "state": "active",
                "start": "2023-06-01",
                "end": "2026-05-31",
            },
        ],
    )
    loan_fail = finding(
        "freeze.loan",
        "fail",
        "block",
        "被执行人作为主贷人有尚未结清的本市住房公积金个人住房贷款",
        f"{SHANGHAI} 第二条（一）1",
    )
    contracted_fail = finding(
        "deduct.contracted",
        "fail",
        "block",
        "被执行人有正在履行的提取住房公积金归还贷款的约定提取业务",
        f"{SHANGHAI} 第三条（一）2",
    )
    ground_unknown = finding(
        "deduct.ground",
        "fail",
        "warn",
        "所附材料未能证明被执行人符合离休、退休等提取条件之一，扣划依据有待审查",
        f"{SHANGHAI} 第三条（一）4",
    )
    ruling_missing = finding(
        "freeze.materials.ruling",
        "fail",
        "block",
        "未提交裁定书（原件）",
        f"{SHANGHAI} 第二条（五）3",
    )
    name_mismatch = finding(
        "consistency.name",
        "fail",
        "block",
        "协助执行通知书与执行裁定书载明的被执行人姓名不一致",
        f"{SHANGHAI} 第二条（五）",
    )
    two_officers = finding(
        "query.officers",
        "fail",
        "block",
        "应当提供两名以上执行人员的工作证和执行公务证",
        "001_0e7a928bea1827bd.txt 第二条",
    )
    return [
        Case(
            "freeze_full",
            request(),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [account()],
            ["receipt", "freeze_result", "proof_of_service"],
            ["123456.78", "50000.00", "73456.78", "2027年5月9日"],
        ),
        Case(
            "freeze_queued",
            _second_party(request(amount="100000.00")),
            {"decision": "assist", "missing_materials": [], "findings": PASSES, "deadline": {"date": "2024-05-14", "working_days": 2}},
            [_second_account(balance="80000.00", freezes=freeze_queue["freezes"])],
            ["receipt", "freeze_result", "proof_of_service"],
            ["100000.00", "20000.00", "80000.00", "（2023）沪0104执789号", "60000.00"],
        ),
        Case(
            "renew",
            request(action="renew_freeze", freeze_period={"start": "2027-05-10", "end": "2030-05-09"}),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [
                account(
                    freezes=[
                        {
                            "court": "上海市浦东新区人民法院",
                            "case_number": "（2024）沪0115执1234号",
                            "amount": "50000.00",
                            "state": "active",
                            "start": "2024-05-10",
                            "end": "2027-05-09",
                        }
                    ]
                )
            ],
            ["receipt", "renew_freeze_result", "proof_of_service"],
            ["2030年5月9日"],
        ),
        Case(
            "renew_second",
            _second_party(request(action="renew_freeze", amount="3000.50")),
            {
                "decision": "assist",
                "missing_materials": [],
                "findings": PASSES,
                "freeze_plan": {
                    "frozen_now": "3000.50",
                    "pending_from_deposits": "0.00",
                    "queued_behind": [],
                    "start": "2024-06-01",
                    "end": "2025-05-31",
                },
            },
            [_second_account()],
            ["receipt", "renew_freeze_result", "proof_of_service"],
            ["3000.50"],
        ),
        Case(
            "unfreeze",
            request(action="unfreeze", amount=None, freeze_period=None),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [
                account(
                    freezes=[
                        {
                            "court": "上海市浦东新区人民法院",
                            "case_number": "（2024）沪0115执1234号",
                            "amount": "45000.00",
                            "state": "active",
                            "start": "2024-01-02",
                            "end": "2027-01-01",
                        },
                        {
                            "court": "上海市闵行区人民法院",
                            "case_number": "（2024）沪0112执321号",
                            "amount": "8000.00",
                            "state": "queued",
                        },
                    ]
                )
            ],
            ["receipt", "unfreeze_result", "proof_of_service"],
            ["45000.00", "（2024）沪0112执321号"],
        ),
        Case(
            "unfreeze_second",
            _second_party(request(action="unfreeze", amount="12000.00")),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [_second_account()],
            ["receipt", "unfreeze_result", "proof_of_service"],
            ["12000.00"],
        ),
        Case(
            "deduct",
            request(action="deduct", amount="30000.00"),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [account()],
            ["receipt", "deduct_result", "proof_of_service"],
            ["30000.00", "20000.00", "31001234567890001"],
        ),
        Case(
            "deduct_review",
            _second_party(request(action="deduct", amount="88888.88")),
            {"decision": "assist", "missing_materials": [], "findings": [*PASSES, ground_unknown]},
            [_second_account(balance="60000.00")],
            ["receipt", "deduct_result", "review_suggestion", "proof_of_service"],
            ["88888.88", "60000.00", "28888.88", "第二十条"],
        ),
        Case(
            "query",
            request(action="query", amount=None, freeze_period=None),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [account(freezes=freeze_queue["freezes"], balance="80000.00")],
            ["receipt", "query_result", "proof_of_service"],
            ["80000.00", "20000.00", "（2023）沪0104执789号"],
        ),
        Case(
            "query_loan",
            _second_party(request(action="query", amount=None, freeze_period=None)),
            {"decision": "assist", "missing_materials": [], "findings": PASSES},
            [
                _second_account(
                    status="sealed", balance="15321.09", loans=[{"role": "co_borrower", "settled": False}]
                )
            ],
            ["receipt", "query_result", "proof_of_service"],
            ["15321.09", "参贷人"],
        ),
        Case(
            "correction",
            request(documents=[{"type": "assist_notice", "source": "n.pdf", "pages": [1]}]),
            {
                "decision": "needs_correction",
                "missing_materials": ["ruling", "duty_cert"],
                "findings": [*PASSES, ruling_missing, name_mismatch],
            },
            [account()],
            ["receipt", "correction_notice", "proof_of_service"],
            ["未提交裁定书", "姓名不一致", "执行公务证", "第二条（五）3"],
        ),
        Case(
            "correction_second",
            _second_party(request(action="query", amount=None)),
            {"decision": "needs_correction", "missing_materials": [], "findings": [two_officers]},
            None,
            ["receipt", "correction_notice", "proof_of_service"],
            ["两名以上执行人员", "实施意见"],
        ),
        Case(
            "decline_freeze",
            request(),
            {"decision": "decline", "missing_materials": [], "findings": [loan_fail]},
            [account(loans=[{"role": "borrower", "settled": False}])],
            ["receipt", "refusal_notice", "proof_of_service"],
            ["暂不予协助冻结告知书", "第二条（一）1"],
        ),
        Case(
            "decline_deduct",
            _second_party(request(action="deduct", amount="5000.00")),
            {"decision": "decline", "missing_materials": [], "findings": [contracted_fail]},
            [_second_account(contracted_withdrawal=True)],
            ["receipt", "refusal_notice", "proof_of_service"],
            ["不予协助扣划告知书", "第三条（一）2"],
        ),
        Case(
            "needs_facts",
            request(),
            {
                "decision": "needs_facts",
                "missing_materials": [],
                "findings": PASSES,
                "deadline": "2024-05-14",
            },
            None,
            ["receipt"],
            ["2024年5月14日"],
        ),
        Case(
            "review_freeze",
            _second_party(request()),
            {
                "decision": "assist",
                "missing_materials": [],
                "findings": [
                    *PASSES,
                    finding(
                        "freeze.period",
                        "fail",
                        "warn",
                        "冻结期限超过三年，已按三年办理",
                        f"{SHANGHAI} 第二条（二）",
                    ),
                ],
            },
            [_second_account()],
            ["receipt", "freeze_result", "review_suggestion", "proof_of_service"],
            ["冻结期限超过三年"],
        ),
    ]
