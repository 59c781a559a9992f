"""Letters agree with their reports: real `validate` output fed into `generate`, read back.

One case per freeze situation (full, shortfall met by deposits, shortfall no deposit will
meet, queued behind earlier freezes, renewal, unfreeze) and per decision kind. Each asserts
that the letter states what the report decided: the amounts, the shortfall and how it will
be frozen, the queue position, the period, the reasons, in the report's own numbers.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

import validate
from extract.values import amount_to_chinese_capital
from generate import write_outputs
from tests.generate.cases import DEDUCT_FACTS, DEDUCT_PAPERS, account, config, request

TODAY = datetime.date(2024, 5, 10)
OTHER = {"court": "上海市徐汇区人民法院", "case_number": "（2023）沪0104执789号", "amount": "30000.00",
         "state": "active", "start": "2023-06-01", "end": "2026-05-31"}
QUEUED = {"court": "上海市闵行区人民法院", "case_number": "（2024）沪0112执321号", "amount": "10000.00",
          "state": "queued"}
OWN = {"court": "上海市浦东新区人民法院", "case_number": "（2024）沪0115执1234号", "amount": "45000.00",
       "state": "active", "start": "2021-05-11", "end": "2024-05-10"}


def _letters(tmp_path: Path, req: dict[str, Any], accounts: list[dict[str, Any]] | None
             ) -> tuple[validate.Report, dict[str, str]]:
    """The report validate makes, and each PDF letter's text with the line breaks taken out."""
    report = validate.check_request(req, accounts, "shanghai-2021", TODAY)
    texts = {}
    for output in write_outputs(req, report, tmp_path, config(), TODAY):
        if output["format"] == "pdf":
            with pymupdf.open(output["path"]) as pdf:
                text = re.sub(r"\s+", "", "".join(page.get_text() for page in pdf))
                texts[output["kind"]] = re.sub(r"—\d+—", "", text)  # the page numbers between pages
    return report, texts


def _money(amount: Decimal | str) -> str:
    value = Decimal(str(amount))
    return f"人民币{value:.2f}元（大写：{amount_to_chinese_capital(value)}）"


def test_a_freeze_the_account_covers(tmp_path: Path) -> None:
    report, letters = _letters(tmp_path, request(amount="12345.60"), [account()])
    plan = report.freeze_plan
    assert report.decision == "assist" and plan is not None and plan.remainder == 0
    letter = letters["freeze_result"]
    assert f"贵院要求冻结{_money('12345.60')}，本次实际冻结{_money('12345.60')}" in letter
    assert "不足部分" not in letter and "轮候" not in letter
    assert "冻结期限自2024年5月10日起至2027年5月9日止" in letter


def test_a_shortfall_met_by_monthly_deposits_and_queued(tmp_path: Path) -> None:
    """The issue's case: 100000 asked, 80000 held, an earlier 30000 freeze ahead."""
    accounts = [account(balance="80000.00", freezes=[OTHER])]
    report, letters = _letters(tmp_path, request(amount="100000.00"), accounts)
    plan = report.freeze_plan
    assert plan is not None
    assert (plan.frozen_now, plan.pending_from_deposits, plan.queue_position) == (Decimal("50000"), Decimal("50000"), 1)
    letter = letters["freeze_result"]
    assert f"本次实际冻结{_money(plan.frozen_now)}" in letter
    assert f"不足部分{_money(plan.pending_from_deposits)}，因该账户仍处于缴存状态，此后每月缴存的住房公积金将自动冻结" in letter
    assert f"约需{plan.months_to_fill}个月" in letter
    assert "轮候顺序为第一位" in letter and "上海市徐汇区人民法院（2023）沪0104执789号" in letter


def test_a_shortfall_no_deposit_will_meet(tmp_path: Path) -> None:
    accounts = [account(balance="20000.00", status="sealed", monthly_deposit="0.00")]
    report, letters = _letters(tmp_path, request(amount="50000.00"), accounts)
    plan = report.freeze_plan
    assert report.decision == "assist" and plan is not None and plan.not_met == Decimal("30000")
    letter = letters["freeze_result"]
    assert f"本次实际冻结{_money('20000.00')}" in letter
    assert f"不足部分{_money('30000.00')}，因该账户已不再缴存，按照实际冻结的资金冻结" in letter
    assert "每月缴存" not in letter


def test_queued_behind_an_active_and_a_queued_freeze(tmp_path: Path) -> None:
    accounts = [account(balance="30000.00", freezes=[OTHER, QUEUED])]
    report, letters = _letters(tmp_path, request(amount="40000.00"), accounts)
    plan = report.freeze_plan
    assert plan is not None and plan.frozen_now == 0 and plan.queue_position == 2
    letter = letters["freeze_result"]
    assert f"本次实际冻结{_money('0.00')}" in letter and "轮候顺序为第二位" in letter
    assert "（2024）沪0112执321号" in letter and "（轮候冻结）" in letter


def test_a_renewal_states_the_old_and_the_new_period(tmp_path: Path) -> None:
    req = request(action="renew_freeze", amount="45000.00", freeze_period={"start": "2024-05-11", "end": "2027-05-10"})
    report, letters = _letters(tmp_path, req, [account(freezes=[OWN])])
    assert report.decision == "assist" and report.case_freeze is not None
    letter = letters["renew_freeze_result"]
    assert f"原冻结金额{_money('45000.00')}，原冻结期限至2024年5月10日；本次续行冻结{_money('45000.00')}" in letter
    assert "续行冻结期限自2024年5月11日起至2027年5月10日止" in letter


def test_an_unfreeze_releases_this_case_and_names_the_queue(tmp_path: Path) -> None:
    own = dict(OWN, end="2027-05-10")
    req = request(action="unfreeze", amount=None, freeze_period=None)
    report, letters = _letters(tmp_path, req, [account(freezes=[own, QUEUED])])
    assert report.decision == "assist"
    letter = letters["unfreeze_result"]
    assert f"解除冻结金额{_money('45000.00')}（原冻结期限自2021年5月11日起至2027年5月10日止）" in letter
    assert "登记在先的轮候冻结自本次解除冻结之日起自动生效" in letter and "（2024）沪0112执321号" in letter


def test_a_deduction_states_what_the_balance_allowed(tmp_path: Path) -> None:
    req = request(action="deduct", amount="60000.00", documents=DEDUCT_PAPERS, facts=DEDUCT_FACTS)
    report, letters = _letters(tmp_path, req, [account(retired=True)])
    assert report.decision == "assist" and report.deduction is not None
    letter = letters["deduct_result"]
    assert f"扣划资金{_money('50000.00')}" in letter and f"尚有{_money('10000.00')}未能扣划" in letter


def test_a_correction_names_both_amounts_in_chinese_and_where_each_was_read(tmp_path: Path) -> None:
    conflict = {"field": "amount", "values": [
        {"value": "134753.54", "document": "assist_notice", "source": "notice.pdf", "page": 1},
        {"value": "134735.54", "document": "ruling", "source": "ruling.pdf", "page": 2}]}
    report, letters = _letters(tmp_path, request(amount="134753.54", conflicts=[conflict]), [account()])
    assert report.decision == "needs_correction"
    letter = letters["correction_notice"]
    assert (f"关于金额，协助执行通知书第1页载明{_money('134753.54')}，执行裁定书第2页载明{_money('134735.54')}"
            in letter)
    assert "沪高法〔2021〕124号" in letter and "以下简称《若干意见》" in letter
    assert "{" not in letter and ".txt" not in letter and "notice.pdf" not in letter


def test_a_refusal_gives_the_failed_condition_and_its_article(tmp_path: Path) -> None:
    report, letters = _letters(tmp_path, request(), [account(loans=[{"role": "borrower", "settled": False}])])
    assert report.decision == "decline"
    reason = next(f for f in report.failed() if f.severity == "block")
    letter = letters["refusal_notice"]
    assert reason.message.rstrip("。") in letter and f"以下简称《若干意见》）{reason.citation.article}" in letter


def test_missing_facts_get_the_receipt_only(tmp_path: Path) -> None:
    report, letters = _letters(tmp_path, request(), None)
    assert report.decision == "needs_facts" and set(letters) == {"receipt"}
    assert "本中心正在核查被执行人的住房公积金账户情况" in letters["receipt"]


def test_a_doubt_on_the_merits_is_a_review_suggestion(tmp_path: Path) -> None:
    req = dict(request(amount="1000.00"), court="浙江省杭州市西湖区人民法院")
    report, letters = _letters(tmp_path, req, [account()])
    assert report.decision == "assist" and "review_suggestion" in letters
    assert "法发〔2010〕15号" in letters["review_suggestion"] and "第二十条" in letters["review_suggestion"]
    assert "不是本市人民法院" in letters["review_suggestion"]
