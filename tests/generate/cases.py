"""Legal cases for the document tests: a request and account facts; the report is validate's.

Each case is one submission as extraction would hand it over, chosen so that together
they render every document kind at least twice with different values (two courts, two
respondents, amounts with and without jiao/fen, a queued freeze, a rare name character
outside GB 2312). The report is never written by hand: it is what `validate` decides for
the request on `TODAY`, so a letter is tested against the shape validate really produces.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from typing import Any

import validate
from generate import CentreConfig, CourtAccount
from validate.report import Report

TODAY = datetime.date(2024, 5, 10)


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
        "dates": {"ruling": "2024-05-06", "assist_notice": "2024-05-08"},
    }
    base.update(overrides)
    return base


DEDUCT_PAPERS = [
    {"type": "assist_notice", "source": "notice.pdf", "pages": [1]},
    {"type": "ruling", "source": "notice.pdf", "pages": [2, 3]},
    {"type": "judgment", "source": "judgment.pdf", "pages": [1, 2]},
    {"type": "ground_proof", "source": "proof.pdf", "pages": [1]},
    {"type": "work_id", "source": "ids.jpg", "pages": [1]},
    {"type": "work_id", "source": "ids.jpg", "pages": [1]},
]
DEDUCT_FACTS = {"no_other_property": True, "withdrawal_grounds": ["retirement"], "preliminary_enforcement": False}


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
    accounts: list[dict[str, Any]] | None
    kinds: list[str]
    must_contain: list[str] = field(default_factory=list)
    pack: str = "shanghai-2021"

    @property
    def report(self) -> Report:
        return validate.check_request(self.request, self.accounts, self.pack, TODAY)


def config() -> CentreConfig:
    """A centre with header, prefix, contact lines and a court account, like a clerk's file."""
    return CentreConfig(
        name="上海市公积金管理中心",
        office="浦东管理部",
        header_lines=("上海市公积金管理中心",),
        document_number_prefix="沪公积金协〔{year}〕",
        contact_lines=("联系人：司法协助窗口", "联系电话：021-12329"),
        address="上海市浦东新区世纪大道1500号",
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
        respondent={"name": "欧阳堃", "id_number": "310104198507153218"},
        applicant={"name": "上海恒通贸易有限公司"},
        account_number="9876543210",
        officers=[{"name": "陈七"}],
    )
    return req


def _second_account(**overrides: Any) -> dict[str, Any]:
    return account(id_number="310104198507153218", name="欧阳堃", account_number="9876543210", **overrides)


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
    own_freeze = {"court": "上海市浦东新区人民法院", "case_number": "（2024）沪0115执1234号", "amount": "50000.00",
                  "state": "active", "start": "2021-05-11", "end": "2024-05-10"}
    second_freeze = {"court": "上海市第一中级人民法院", "case_number": "（2023）沪01执恢56号", "amount": "3000.50",
                     "state": "active", "start": "2021-06-01", "end": "2024-05-31"}
    elsewhere = "浙江省杭州市西湖区人民法院"
    return [
        Case(
            "freeze_full",
            request(amount="12345.60"),
            [account()],
            ["receipt", "freeze_result", "proof_of_service"],
            ["12345.60", "2027年5月9日"],
        ),
        Case(
            "freeze_queued",
            _second_party(request(amount="100000.00")),
            [_second_account(balance="80000.00", freezes=freeze_queue["freezes"])],
            ["receipt", "freeze_result", "proof_of_service"],
            ["100000.00", "20000.00", "80000.00", "（2023）沪0104执789号", "60000.00", "第一位"],
        ),
        Case(
            "renew",
            request(action="renew_freeze", amount="50000.00",
                    freeze_period={"start": "2024-05-11", "end": "2027-05-10"}),
            [account(freezes=[own_freeze])],
            ["receipt", "renew_freeze_result", "proof_of_service"],
            ["2027年5月10日", "50000.00"],
        ),
        Case(
            "renew_second",
            _second_party(request(action="renew_freeze", amount="3000.50",
                                  freeze_period={"start": "2024-06-01", "end": "2025-05-31"})),
            [_second_account(freezes=[second_freeze])],
            ["receipt", "renew_freeze_result", "proof_of_service"],
            ["3000.50", "2025年5月31日"],
        ),
        Case(
            "unfreeze",
            request(action="unfreeze", amount=None, freeze_period=None),
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
            [_second_account(freezes=[{"court": "上海市第一中级人民法院", "case_number": "（2023）沪01执恢56号",
                                       "amount": "12000.00", "state": "active", "start": "2023-06-01",
                                       "end": "2026-05-31"}])],
            ["receipt", "unfreeze_result", "proof_of_service"],
            ["12000.00"],
        ),
        Case(
            "deduct",
            request(action="deduct", amount="30000.00", documents=DEDUCT_PAPERS, facts=DEDUCT_FACTS),
            [account(retired=True)],
            ["receipt", "deduct_result", "proof_of_service"],
            ["30000.00", "20000.00", "31001234567890001"],
        ),
        Case(
            "deduct_review",
            dict(_second_party(request(action="deduct", amount="88888.88", documents=DEDUCT_PAPERS,
                                       facts=DEDUCT_FACTS)), court=elsewhere),
            [_second_account(balance="60000.00", retired=True)],
            ["receipt", "deduct_result", "review_suggestion", "proof_of_service"],
            ["88888.88", "60000.00", "28888.88", "第二十条", "不是本市人民法院"],
        ),
        Case(
            "query",
            request(action="query", amount=None, freeze_period=None),
            [account(freezes=freeze_queue["freezes"], balance="80000.00")],
            ["receipt", "query_result", "proof_of_service"],
            ["80000.00", "20000.00", "（2023）沪0104执789号"],
        ),
        Case(
            "query_loan",
            _second_party(request(action="query", amount=None, freeze_period=None)),
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
            request(documents=[{"type": "assist_notice", "source": "n.pdf", "pages": [1]}],
                    conflicts=[{"field": "respondent.name", "values": [
                        {"value": "张三", "document": "assist_notice", "source": "n.pdf", "page": 1},
                        {"value": "张山", "document": "ruling", "source": "r.pdf", "page": 1}]}]),
            [account()],
            ["receipt", "correction_notice", "proof_of_service"],
            ["缺少执行裁定书", "协助执行通知书第1页载明张三", "执行公务证", "第二条（五）"],
        ),
        Case(
            "correction_second",
            dict(_second_party(request(action="query", amount=None)), court="河南省焦作市解放区人民法院"),
            None,
            ["receipt", "correction_notice", "proof_of_service"],
            ["实施意见"],
            pack="jiaozuo-2024",
        ),
        Case(
            "decline_freeze",
            request(),
            [account(loans=[{"role": "borrower", "settled": False}])],
            ["receipt", "refusal_notice", "proof_of_service"],
            ["暂不予协助冻结告知书", "第二条（一）1"],
        ),
        Case(
            "decline_deduct",
            _second_party(request(action="deduct", amount="5000.00", documents=DEDUCT_PAPERS, facts=DEDUCT_FACTS)),
            [_second_account(contracted_withdrawal=True, retired=True)],
            ["receipt", "refusal_notice", "proof_of_service"],
            ["不予协助扣划告知书", "第三条（一）2"],
        ),
        Case(
            "needs_facts",
            request(),
            None,
            ["receipt"],
            ["将在规定期限内书面答复"],
        ),
        Case(
            "review_freeze",
            dict(_second_party(request()), court=elsewhere),
            [_second_account()],
            ["receipt", "freeze_result", "review_suggestion", "proof_of_service"],
            ["不是本市人民法院"],
        ),
    ]
