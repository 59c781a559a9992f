"""Facts the rules need, read by meaning from papers worded unlike our samples."""

from __future__ import annotations

import pytest

from extract import facts
from extract.classify import split_documents
from extract.fields import read_paper
from extract.request import build_request
from tests.textpages import page, wrap

NOTICE = ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
    "上海市公积金管理中心浦东新区管理部：请协助扣划被执行人张三（公民身份号码34052419800101001X）住房公积金"
    "人民币50000.00元。")]
RULING_HEAD = ["上海市浦东新区人民法院", "执行裁定书", "（2024）沪0115执1234号",
               "申请执行人：李四。", "被执行人：张三，身份证号码34052419800101001X。"]


def _request(*pages):
    readings = [read_paper(doc) for doc in split_documents(list(pages))]
    request, evidence = build_request(readings)
    return request.to_json(), evidence


def _judgment(body: str):
    return page("judgment.pdf", 1, ["上海市浦东新区人民法院", "民事判决书", "（2023）沪0115民初88号", *wrap(body)])


def _ruling(body: str):
    return page("ruling.pdf", 1, [*RULING_HEAD, *wrap(body), "执行员 王小明"])


@pytest.mark.parametrize(("body", "ground"), [
    ("原告李四与被告张三抚养纠纷一案。判决如下：被告张三每月支付原告抚养费人民币1500元。", "maintenance_wages_injury"),
    ("本院认为，子女对父母有赡养扶助的义务。判决如下：被告张三于本判决生效之日起每月给付原告赡养费800元。",
     "maintenance_wages_injury"),
    ("原告李四与被告张三机动车交通事故责任纠纷一案。判决如下：被告赔偿原告医疗费、误工费、护理费共计32000元。",
     "maintenance_wages_injury"),
    ("经审理查明，原告在事故中受伤。判决如下：被告张三赔偿原告残疾赔偿金86000元、精神损害抚慰金5000元。",
     "maintenance_wages_injury"),
    ("原告李四与被告张三追索劳动报酬纠纷一案。判决如下：被告支付原告劳动报酬12000元。", "maintenance_wages_injury"),
    ("经审理查明，原告系在被告承包工地务工的农民工，被告拖欠其工资9600元未付。", "maintenance_wages_injury"),
    ("经审理查明，原告李四系本市享受最低生活保障的人员，生活困难。判决如下：被告归还原告借款20000元。",
     "vulnerable_applicant"),
    ("本院认为，原告系特困人员，被告应当归还借款。", "vulnerable_applicant"),
    ("原告李四与被告张三离婚后财产纠纷一案。判决如下：被告名下住房公积金账户余额的一半即42000元归原告所有。",
     "marriage_inheritance_division"),
    ("原告李四与被告张三法定继承纠纷一案。判决如下：被继承人名下住房公积金由原告李四继承。",
     "marriage_inheritance_division"),
    ("原告某银行与被告张三借款合同纠纷一案。判决如下：被告张三于本判决生效之日起十日内偿还原告住房公积金个人住房贷款"
     "本金及利息共计人民币203706.52元。", "housing_consumption"),
])
def test_a_ground_stated_in_the_judgment_is_read_and_exempts_the_proof(body: str, ground: str) -> None:
    request, evidence = _request(page("n.pdf", 1, NOTICE), _judgment(body))
    assert ground in request["facts"]["withdrawal_grounds"]
    assert request["facts"]["ground_stated_in_judgment"] is True
    where = evidence["facts"]["withdrawal_grounds"][ground]
    assert where["source"] == "judgment.pdf" and where["box"] is not None and where["text"] in body


@pytest.mark.parametrize("body", [
    "原告李四与被告张三民间借贷纠纷一案。判决如下：被告张三归还原告借款本金100000元及利息。",
    "原告李四与被告张三同居关系纠纷一案。判决如下：驳回原告要求被告支付抚养费的诉讼请求。",
    "经审理查明，被告张三生活困难，系低保户。判决如下：被告归还原告借款20000元。",
    "原告李四与被告张三买卖合同纠纷一案。判决如下：被告支付货款及原告垫付的医疗费3000元。",
    "原告李四与被告张三民间借贷纠纷一案。经审理查明，被告另有尚未结清的住房公积金贷款。判决如下：被告归还原告借款50000元。",
])
def test_a_judgment_stating_no_ground_gives_none(body: str) -> None:
    request, _ = _request(page("n.pdf", 1, NOTICE), _judgment(body))
    assert request["facts"]["withdrawal_grounds"] == []
    assert request["facts"]["ground_stated_in_judgment"] is None


def test_without_the_judgment_the_grounds_are_unknown_not_none() -> None:
    request, _ = _request(page("n.pdf", 1, NOTICE))
    assert request["facts"]["withdrawal_grounds"] is None


def test_a_victims_death_is_not_the_respondents() -> None:
    hits = facts.grounds_in("判决如下：被告张三赔偿原告死亡赔偿金、丧葬费共计56万元。")
    assert [h.code for h in hits] == ["maintenance_wages_injury"]
    assert [h.code for h in facts.grounds_in("经查，被执行人张三已于2023年5月死亡。")] == ["death"]


@pytest.mark.parametrize("body", [
    "经网络查控，未发现被执行人有其他可供执行的财产。",
    "本院经调查，被执行人名下除住房公积金外，无其他财产可供执行。",
    "经查，被执行人的其他财产不足以清偿全部债务。",
    "本院依法对被执行人的财产进行了调查，被执行人名下暂无其他可供执行财产。",
    "经本院穷尽财产调查措施，未发现被执行人有可供执行的财产。",
    "经查询，被执行人暂无财产可供执行。",
    "本院通过网络执行查控系统查询，被执行人名下无车辆、不动产、银行存款等可供执行的财产。",
    "经调查，未查询到被执行人名下有可供执行的财产。",
    "经查，被执行人现有财产不足以清偿全部执行标的。",
    "被执行人名下其余财产不足以清偿本案债务。",
    "查明被执行人名下仅有住房公积金可供执行。",
    "经查，被执行人名下的银行存款、车辆、不动产等财产不足以清偿全部执行标的。",
])
def test_the_property_investigation_in_other_words(body: str) -> None:
    request, evidence = _request(page("n.pdf", 1, NOTICE), _ruling("本院认为，" + body + "裁定如下：扣划被执行人张三住房公积金50000元。"))
    assert request["facts"]["no_other_property"] is True
    assert evidence["facts"]["no_other_property"]["source"] == "ruling.pdf"


@pytest.mark.parametrize(("body", "expected"), [
    ("经调查，被执行人尚有房产一套可供执行。", False),
    ("被执行人名下有其他财产可供执行。", False),
    ("依照规定，如被执行人无其他财产可供执行的，可以扣划其住房公积金。", None),
    ("被执行人无其他财产可供执行的，本院可以依法扣划。", None),
    ("如被执行人名下的银行存款、车辆等财产不足以清偿的，可以提取其住房公积金。", None),
])
def test_other_property_remaining_or_a_rule_quoted(body: str, expected: bool | None) -> None:
    """Property left to enforce is a finding against the deduction; a rule's 「如…的」 is none."""
    hit = facts.property_statement(body)
    assert (hit.value if hit else None) is expected


def test_a_ruling_silent_on_the_investigation_leaves_it_unknown() -> None:
    request, _ = _request(page("n.pdf", 1, NOTICE), _ruling("裁定如下：扣划被执行人张三住房公积金50000元。"))
    assert request["facts"]["no_other_property"] is None


@pytest.mark.parametrize(("body", "expected"), [
    ("本院在审理原告李四诉被告张三一案中，依原告申请裁定先予执行。裁定如下：扣划被执行人住房公积金5000元。", True),
    ("本案执行依据为（2023）沪0115民初88号民事判决书，不属于先予执行。裁定如下：扣划被执行人住房公积金5000元。", False),
    ("（2023）沪0115民初88号民事判决书已经发生法律效力。裁定如下：扣划被执行人住房公积金5000元。", False),
    ("裁定如下：扣划被执行人住房公积金5000元。", None),
    ("原告于诉讼中申请先予执行，本院经审查不予准许。裁定如下：扣划被执行人住房公积金5000元。", None),
    ("申请执行人依据本院（2024）沪0115民初88号先予执行民事裁定书申请执行。裁定如下：扣划被执行人住房公积金5000元。",
     True),
])
def test_preliminary_enforcement_as_the_ruling_states_it(body: str, expected: bool | None) -> None:
    request, _ = _request(page("n.pdf", 1, NOTICE), _ruling(body))
    assert request["facts"]["preliminary_enforcement"] is expected


def test_a_preservation_freeze_on_a_civil_ruling_is_no_case_number_conflict() -> None:
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执保12号", *wrap(
        "上海市公积金管理中心：本院在审理原告李四与被告张三民间借贷纠纷一案中，依原告的财产保全申请，作出"
        "（2024）沪0115民初88号民事裁定书。请协助冻结被告张三（公民身份号码34052419800101001X）住房公积金"
        "人民币50000.00元，冻结期限自2024年5月10日至2027年5月9日。")])
    ruling = page("r.pdf", 1, ["上海市浦东新区人民法院", "民事裁定书", "（2024）沪0115民初88号", *wrap(
        "原告李四向本院申请财产保全。裁定如下：冻结被告张三名下住房公积金人民币50000.00元。")])
    request, _ = _request(notice, ruling)
    assert request["case_number"] == "（2024）沪0115执保12号"
    assert request["conflicts"] == []
    assert request["facts"]["preservation"] is True


def test_a_renewal_recalling_the_old_end_takes_the_new_period() -> None:
    notice = page("n.pdf", 1, ["焦作市解放区人民法院", "协助执行通知书", "（2024）豫0802执567号", *wrap(
        "焦作市住房公积金管理中心：本院原冻结被执行人张三（公民身份号码34052419800101001X）住房公积金的期限至"
        "2024年6月30日届满，现请协助续行冻结人民币50000.00元，续行冻结期限自2024年7月1日至2027年6月30日。")])
    request, _ = _request(notice)
    assert request["action"] == "renew_freeze"
    assert request["freeze_period"] == {"start": "2024-07-01", "end": "2027-06-30"}


def test_a_renewal_stating_only_the_old_end_gives_no_period() -> None:
    notice = page("n.pdf", 1, ["焦作市解放区人民法院", "协助执行通知书", "（2024）豫0802执567号", *wrap(
        "焦作市住房公积金管理中心：本院冻结被执行人张三（公民身份号码34052419800101001X）住房公积金的原冻结期限至"
        "2024年6月30日届满，请协助续行冻结人民币50000.00元。")])
    request, _ = _request(notice)
    assert (request["freeze_period"] or {}).get("end") != "2024-06-30"


@pytest.mark.parametrize(("line", "expected"), [
    ("被查询人：张三，公民身份号码34052419800101001X。", True),
    ("被查询人：张三。", False),
])
def test_a_query_form_names_the_person_by_id_number(line: str, expected: bool) -> None:
    form = page("q.pdf", 1, ["焦作市解放区人民法院", "协助查询通知书", "（2024）豫0802执567号",
                             *wrap("焦作市住房公积金管理中心：请协助查询下列人员的住房公积金缴存情况。" + line)])
    request, _ = _request(form)
    assert request["facts"]["query_form_names_person"] is expected


@pytest.mark.parametrize(("body", "expected"), [
    ("本院原冻结期限至2024年6月30日届满，续行冻结期限自2024年7月1日起至2027年6月30日止。", "2024-06-30"),
    ("原冻结期限自二〇二一年七月一日至二〇二四年六月三十日，现请继续冻结，期限自2024年7月1日至2027年6月30日。", "2024-06-30"),
    ("本院前次冻结已于2024年6月30日到期，请协助续冻，期限自2024年7月1日至2027年6月30日。", "2024-06-30"),
    ("请协助续行冻结，续行冻结期限自2024年7月1日至2027年6月30日。", None),
    ("请在原冻结期限届满前办理续行冻结手续，续行冻结期限自2024年7月1日至2027年6月30日。", None),
])
def test_a_renewal_recalls_the_end_of_the_freeze_it_extends(body: str, expected: str | None) -> None:
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
        "上海市公积金管理中心：请协助续行冻结被执行人张三（公民身份号码34052419800101001X）住房公积金"
        "人民币50000.00元。" + body)])
    request, evidence = _request(notice)
    assert request["facts"]["previous_freeze_end"] == expected
    assert request["freeze_period"] == {"start": "2024-07-01", "end": "2027-06-30"}
    if expected:
        assert evidence["facts"]["previous_freeze_end"]["source"] == "n.pdf"


@pytest.mark.parametrize(("sentence", "codes"), [
    ("经查，被执行人张三已按月领取基本养老金。", ["retirement"]),
    ("经查，被执行人张三尚未领取养老金。", []),
    ("被执行人张三已注销户口出国定居。", ["emigration"]),
    ("被执行人张三已于2021年移居英国。", ["emigration"]),
    ("该人因出国(境)定居，已于2024年12月18日在我所注销户口。", ["emigration"]),  # a 户口注销证明's form
    ("被执行人张三因出国（境）定居注销户口。", ["emigration"]),
    ("被执行人张三出国旅游期间未到庭。", []),
    ("原告李四移居上海定居后起诉。", []),
    ("原告李四系库区移民。", []),
])
def test_retirement_and_settling_abroad_in_other_words(sentence: str, codes: list[str]) -> None:
    assert [h.code for h in facts.grounds_in(sentence)] == codes


@pytest.mark.parametrize(("body", "expected"), [
    ("冻结被执行人张三住房公积金人民币50000.00元，冻结期限为三年。", "3y"),
    ("冻结被执行人张三住房公积金人民币50000.00元，冻结期限六个月。", "6m"),
    ("冻结被执行人张三住房公积金人民币50000.00元。冻结其他财产权的期限不得超过三年。", None),
    ("冻结被执行人张三住房公积金人民币50000.00元，冻结期限自2024年5月10日至2027年5月9日。", None),
])
def test_a_period_stated_by_its_length_alone(body: str, expected: str | None) -> None:
    """「冻结期限为三年」 states the period (it runs from the day of freezing) though it names no dates."""
    request, _ = _request(page("n.pdf", 1, NOTICE), _ruling("裁定如下：" + body))
    assert request["facts"]["freeze_length"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("被执行人无正当理由拒不报告财产，经查其名下有可供执行的财产。", None),
    ("被执行人无正当理由拒不申报，经查其名下尚有其他可供执行的财产。", False),
    ("未发现被执行人有可供执行的财产。", True),
    ("经查询，被执行人暂无财产可供执行。", True),
    ("经查，被执行人现有财产不足以清偿全部执行标的。", True),
    ("查明被执行人名下仅有住房公积金可供执行。", True),
    ("经查，被执行人名下无其他可供执行的财产。", True),
])
def test_a_negation_does_not_reach_over_a_comma(body: str, expected: bool | None) -> None:
    """「无正当理由拒不报告财产，…有可供执行的财产」: the 无 belongs to its own clause."""
    hit = facts.property_statement(body)
    assert (hit.value if hit else None) is expected


@pytest.mark.parametrize(("sentence", "codes"), [
    ("被执行人未按月领取养老金。", []),
    ("被执行人张三已不再领取养老金。", []),
    ("被执行人张三无法领取退休金。", []),
    ("被执行人张三尚未办理退休手续。", []),
    ("被执行人的母亲已按月领取基本养老金。", []),
    ("被执行人张三无业，其配偶已退休。", []),
    ("被执行人张三的父亲已于2023年死亡。", []),
    ("被执行人张三已办理退休手续，按月领取退休金。", ["retirement"]),
    ("被执行人张三于2022年退休。", ["retirement"]),
])
def test_a_pension_not_drawn_or_drawn_by_a_relative_is_no_retirement(sentence: str, codes: list[str]) -> None:
    assert [h.code for h in facts.grounds_in(sentence)] == codes


@pytest.mark.parametrize(("sentence", "codes"), [
    ("被执行人张三移居外地后在国企工作。", []),
    ("被执行人张三移居全国各地经商。", []),
    ("被执行人张三已移居加拿大。", ["emigration"]),
    ("被执行人张三已移民至澳大利亚。", ["emigration"]),
    ("被执行人张三已出国定居。", ["emigration"]),
    ("被执行人张三已移民美国。", ["emigration"]),
])
def test_emigration_names_a_country_after_the_move(sentence: str, codes: list[str]) -> None:
    assert [h.code for h in facts.grounds_in(sentence)] == codes


@pytest.mark.parametrize(("body", "expected"), [
    ("对上述已冻结的住房公积金续行冻结三年。", "3y"),
    ("续行冻结三年。", "3y"),
    ("冻结期限为三年。", "3y"),
    ("原冻结期限为三年，现请协助办理续行冻结手续。", None),
    ("冻结其他财产权的期限不得超过三年。", None),
])
def test_a_renewal_of_the_frozen_fund_states_its_length(body: str, expected: str | None) -> None:
    hit = facts.freeze_length(body)
    assert (hit.value if hit else None) == expected


def test_an_earlier_renewal_recalled_is_the_end_that_stands() -> None:
    body = ("本院原冻结期限至2024年6月30日届满，2024年6月20日已续行冻结至2027年6月30日届满，"
            "现申请再次续行冻结，续行冻结期限自2027年7月1日至2030年6月30日。")
    hit = facts.previous_freeze_end(body)
    assert hit is not None and hit.value == "2027-06-30"
    assert body[hit.start:hit.end] == "2027年6月30日"
