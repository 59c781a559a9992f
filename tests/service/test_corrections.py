"""Typed corrections as cases: for each kind of field, a value the server takes (in its canonical
form) and values it refuses, with the Chinese sentence the clerk reads beside the field."""

from __future__ import annotations

import pytest

from extract.errors import CorrectionRejected
from service.corrections import check, kind_of
from service.refusals import has_cjk

REQUEST = {"action": "freeze", "case_number": "（2024）沪执67号", "amount": "251960.30",
           "freeze_period": {"start": "2024-12-11", "end": "2026-12-10"},
           "officers": [{"name": "郭敏晨"}, {"name": "顾刚辉"}],
           "documents": [{"type": "assist_notice", "source": "materials.pdf", "pages": [1]}]}

TAKEN = [
    ("a corrected amount in yuan and fen", "amount", "19000", "19000.00"),
    ("an amount written with a thousands separator and the 元 sign", "amount", "19,665.59元", "19665.59"),
    ("a valid ID number (GB 11643 check character X)", "respondent.id_number", "34052419800101001x",
     "34052419800101001X"),
    ("a freeze ending after it starts", "freeze_period.end", "2026-12-11", "2026-12-11"),
    ("a start written as a Chinese date", "freeze_period.start", "2024年12月12日", "2024-12-12"),
    ("an action chosen from the list", "action", "renew_freeze", "renew_freeze"),
    ("a paper's type chosen from the list", "documents[0].type", "ruling", "ruling"),
    ("a second officer who is another person", "officers[1].name", "王建国", "王建国"),
    ("a case number in full-width brackets", "case_number", "(2024)沪0115执1234号", "（2024）沪0115执1234号"),
    ("a court by its full name", "court", "上海市浦东新区人民法院", "上海市浦东新区人民法院"),
]

REFUSED = [
    ("an amount in words is not a figure (was InvalidOperation in English)", "amount", "一万九千", "不是有效的金额"),
    ("an amount with three places of fen", "amount", "19665.591", "至多两位小数"),
    ("a zero amount", "amount", "0", "应大于零"),
    ("an ID number whose check character fails", "respondent.id_number", "340524198001010011", "第 18 位应为「X」"),
    ("an ID number of 17 characters", "respondent.id_number", "34052419800101001", "应为 18 位"),
    ("an ID number with no region 91", "respondent.id_number", "910115199102232618", "不是有效的地区代码"),
    ("an ID number with no such birth date", "respondent.id_number", "340524198002300014", "不是有效的出生日期"),
    ("a freeze ending before it starts", "freeze_period.end", "2024-12-01", "应晚于冻结起始日"),
    ("a date that is no date", "freeze_period.start", "2024-02-30", "不是有效的日期"),
    ("an action that is not one of the contract's", "action", "seize", "请从列表中选择"),
    ("a paper type that is not one of the contract's", "documents[0].type", "letter", "请从列表中选择"),
    ("two officers who are the same person", "officers[1].name", "郭敏晨", "应为不同的人"),
    ("a case number that is not one", "case_number", "沪执67", "不是完整的案号"),
    ("a court that is not a court", "court", "浦东", "法院全称"),
    ("an empty value", "applicant.name", "  ", "不能为空"),
]


@pytest.mark.parametrize(("case", "field", "typed", "stored"), TAKEN, ids=[c[0] for c in TAKEN])
def test_a_valid_correction_is_stored_in_its_canonical_form(case, field, typed, stored):
    assert check(field, typed, REQUEST) == stored


@pytest.mark.parametrize(("case", "field", "typed", "says"), REFUSED, ids=[c[0] for c in REFUSED])
def test_an_invalid_correction_is_refused_in_chinese(case, field, typed, says):
    with pytest.raises(CorrectionRejected) as refused:
        check(field, typed, REQUEST)
    assert says in str(refused.value) and has_cjk(str(refused.value))
    assert "Error" not in str(refused.value) and field not in str(refused.value)


def test_choices_carry_their_chinese_names():
    assert kind_of("action").choices["renew_freeze"] == "续行冻结"
    assert kind_of("documents[3].type").choices["duty_cert"] == "执行公务证"
    assert kind_of("measure").choices["housing.seal"] == "查封房屋"
    assert kind_of("freeze_period.end").kind == "date" and kind_of("amount").kind == "amount"
