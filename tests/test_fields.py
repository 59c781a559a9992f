"""Fields read from differently worded papers come out exactly, with their evidence."""

from __future__ import annotations

import pytest

from extract.classify import split_documents
from extract.fields import read_paper
from extract.request import build_request
from tests.textpages import page, wrap


def _request(*pages):
    readings = [read_paper(doc) for doc in split_documents(list(pages))]
    request, evidence = build_request(readings)
    return request.to_json(), evidence


def test_freeze_notice_in_capital_numerals_with_ruling_and_cards():
    notice = page("notice.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "(2024)沪0115执1234号", *wrap(
        "上海市公积金管理中心浦东新区管理部：关于申请执行人李四与被执行人张三民间借贷纠纷一案，本院作出的执行裁定书"
        "已经发生法律效力。请协助执行下列事项：冻结被执行人张三（公民身份号码34052419800101001X，公积金账号"
        "0123456789）名下住房公积金人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分，冻结期限三年，自二〇二四年五月十日起"
        "至二〇二七年五月九日止。"), "联系人：王小明", "联系电话：021-12345678", "二〇二四年五月十日"])
    ruling = page("ruling.pdf", 1, ["上海市浦东新区人民法院", "执行裁定书", "（2024）沪0115执1234号",
                                    "申请执行人：李四，男，1970年2月3日出生。",
                                    "被执行人：张三，男，1980年1月1日出生，身份证号码34052419800101001X。", *wrap(
        "本院在执行申请执行人李四与被执行人张三民间借贷纠纷一案中，被执行人未按执行通知履行义务。"
        "依照《中华人民共和国民事诉讼法》的规定，裁定如下：冻结被执行人张三名下住房公积金123456.78元。"),
        "执行员 王小明", "二〇二四年五月九日"])
    card = page("ids.jpg", 1, ["执行公务证", "姓名：刘强", "上海市浦东新区人民法院"])
    request, evidence = _request(notice, ruling, card)
    assert request["action"] == "freeze"
    assert request["court"] == "上海市浦东新区人民法院"
    assert request["case_number"] == "（2024）沪0115执1234号"
    assert request["respondent"] == {"name": "张三", "id_number": "34052419800101001X"}
    assert request["applicant"] == {"name": "李四"}
    assert request["amount"] == "123456.78"
    assert request["freeze_period"] == {"start": "2024-05-10", "end": "2027-05-09"}
    assert request["account_number"] == "0123456789"
    assert sorted(o["name"] for o in request["officers"]) == ["刘强", "王小明"]
    assert request["conflicts"] == [] and request["flags"] == []
    assert request["dates"] == {"assist_notice": "2024-05-10", "ruling": "2024-05-09"}
    assert evidence["amount"]["source"] == "notice.pdf" and evidence["amount"]["box"] is not None


def test_deduct_notice_keeps_the_court_account_apart_and_finds_the_grounds():
    notice = page("n.pdf", 1, ["上海市第一中级人民法院", "协助扣划通知书", "（2023）沪01执恢56号之一", *wrap(
        "上海市公积金管理中心：本院受理的申请执行人上海某某小额贷款有限公司与被申请人赵六借款合同纠纷一案，"
        "被执行人赵六已达法定退休年龄。请扣划被执行人赵六（证件号码：110101196003074514）已被本院冻结的住房公积金"
        "人民币12.5万元，划至本院案款账户。户名：上海市第一中级人民法院，账号：31001234567890123456，开户行："
        "中国工商银行上海市分行。"), "经办人：孙丽", "2024年3月1日"])
    request, _ = _request(notice)
    assert request["action"] == "deduct"
    assert request["case_number"] == "（2023）沪01执恢56号", "the case's number, not the paper's 之一"
    assert request["applicant"] == {"name": "上海某某小额贷款有限公司"}
    assert request["respondent"] == {"name": "赵六", "id_number": "110101196003074514"}
    assert request["amount"] == "125000.00"
    assert request["account_number"] is None, "the court's own bank account is not the fund account"
    assert request["court_account"] == {"name": "上海市第一中级人民法院", "number": "31001234567890123456",
                                        "bank": "中国工商银行上海市分行"}
    assert request["officers"] == [{"name": "孙丽"}]
    assert "retirement" in request["facts"]["withdrawal_grounds"]


def test_unfreeze_notice_that_also_says_freeze():
    notice = page("n.png", 1, ["焦作市解放区人民法院", "协助执行通知书", "〔2024〕豫0802执888号", *wrap(
        "焦作市住房公积金管理中心：本院在执行申请执行人王芳与被执行人陈伟一案中，因被执行人已履行完毕，"
        "请协助解除对被执行人陈伟（身份证号：410802198507153216）住房公积金账户的冻结。"), "2024.11.20"])
    request, _ = _request(notice)
    assert request["action"] == "unfreeze"
    assert request["case_number"] == "（2024）豫0802执888号"
    assert request["respondent"]["name"] == "陈伟"
    assert request["amount"] is None


def test_renewal_and_old_case_number_and_intro_letter():
    notice = page("n.pdf", 1, ["上海市徐汇区人民法院", "协助续行冻结通知书", "(2014)徐执字第123号", *wrap(
        "上海市公积金管理中心徐汇区管理部：申请执行人钱进与被执行人周敏借款纠纷一案，请继续冻结被执行人周敏"
        "（身份证号码310104198811112826）住房公积金¥50,000.00元，续行冻结期限自2025年1月1日起一年。")])
    letter = page("letter.pdf", 1, ["上海市徐汇区人民法院", "介绍信", *wrap(
        "上海市公积金管理中心徐汇区管理部：兹介绍我院执行局干警吴刚、郑洁二位同志前往你处办理周敏案件的续行冻结事宜，"
        "请予接洽。")])
    request, _ = _request(notice, letter)
    assert request["action"] == "renew_freeze"
    assert request["case_number"] == "（2014）徐执字第123号"
    assert request["amount"] == "50000.00"
    assert request["freeze_period"] == {"start": "2025-01-01", "end": "2025-12-31"}
    assert sorted(o["name"] for o in request["officers"]) == ["吴刚", "郑洁"]


def test_notice_and_ruling_disagreeing_is_reported_not_resolved():
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
        "请协助冻结被执行人张三（公民身份号码34052419800101001X）住房公积金人民币100000.00元。")])
    ruling = page("r.pdf", 1, ["上海市浦东新区人民法院", "执行裁定书", "（2024）沪0115执1234号", *wrap(
        "裁定如下：冻结被执行人张三（公民身份号码34052419800101001X）住房公积金人民币150000.00元。")])
    request, evidence = _request(notice, ruling)
    assert request["amount"] == "100000.00"
    (conflict,) = request["conflicts"]
    assert conflict["field"] == "amount"
    assert [v["value"] for v in conflict["values"]] == ["100000.00", "150000.00"]
    assert evidence["amount"]["confidence"] <= 0.5


def test_a_misread_check_digit_is_flagged_never_accepted_silently():
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
        "请协助冻结被执行人张三（公民身份号码340524198001010013）住房公积金人民币100000.00元。")])
    request, _ = _request(notice)
    assert request["respondent"]["id_number"] == "340524198001010013"
    (flag,) = request["flags"]
    assert flag["field"] == "respondent.id_number"
    assert "校验" in flag["message"] and "340524198001010013" not in flag["message"]


def test_a_bad_id_number_is_flagged_once_with_the_digit_in_doubt_visible():
    """Issue 12 item 9: the notice and the ruling both printing the misread number gave two warnings,
    and the masking hid the one digit the suggestion was about (「310115********2616」 both times)."""
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
        "请协助冻结被执行人张三（公民身份号码310115198102232616）住房公积金人民币100000.00元。")])
    ruling = page("r.pdf", 1, ["上海市浦东新区人民法院", "执行裁定书", "（2024）沪0115执1234号", *wrap(
        "裁定如下：冻结被执行人张三（公民身份号码310115198102232616）住房公积金人民币100000.00元。")])
    request, _ = _request(notice, ruling)
    (flag,) = request["flags"]
    assert "310115**8*****2616 校验位不符" in flag["message"]
    assert flag["message"].endswith("可能应为 310115**9*****2616") and "310115198102232616" not in flag["message"]


def test_a_repair_never_suggests_a_region_that_does_not_exist():
    """「可能应为910115…」: 91 is no region code (GB/T 2260), so the misread check digit's only repair is 310115…"""
    from extract.values import repair_id_candidates

    assert repair_id_candidates("310115199102232618") == ["310115199102232018", "310115199102232616"]


def test_a_form_laid_out_as_a_table_in_other_words():
    """Another court's form: labels in a column, values beside them, other words throughout."""
    form = page("form.jpg", 1, [
        "河南省焦作市中级人民法院",
        "协助冻结住房公积金通知书",
        "案号：〔2025〕豫08执保12号",
        "焦作市住房公积金管理中心：",
        "被执行人（被申请人） 买买提·艾力",
        "公民身份号码 650102198802293015",
        "住房公积金账号 410800123456",
        "冻结金额 人民币（大写）拾万零伍佰元整",
        "冻结期限 自2025年03月01日起至2026年02月28日止",
        "申请执行人 焦作市某某建材有限公司",
        "承办人 张伟 李娜",
        "2025年02月27日",
    ])
    request, _ = _request(form)
    assert request["action"] == "freeze"
    assert request["court"] == "河南省焦作市中级人民法院"
    assert request["case_number"] == "（2025）豫08执保12号"
    assert request["respondent"] == {"name": "买买提·艾力", "id_number": "650102198802293015"}
    assert request["applicant"] == {"name": "焦作市某某建材有限公司"}
    assert request["amount"] == "100500.00"
    assert request["freeze_period"] == {"start": "2025-03-01", "end": "2026-02-28"}
    assert request["account_number"] == "410800123456"
    assert [o["name"] for o in request["officers"]] == ["张伟", "李娜"]


def test_amount_far_from_its_verb_in_the_same_sentence():
    notice = page("n.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执77号", *wrap(
        "请协助冻结被执行人刘洋（女，1990年1月1日出生，公民身份号码310115199001011225，住上海市浦东新区"
        "世纪大道100弄10号1001室，工作单位上海某某科技有限公司）名下的住房公积金人民币捌万元整。"
        "本案诉讼费人民币2,000.00元由被执行人负担。")])
    request, _ = _request(notice)
    assert request["amount"] == "80000.00"


OTHER_COURT = ["江苏省南京市鼓楼区人民法院", "协助执行通知书", "（2024）苏0106执2345号"]


def _notice(body: str) -> dict:
    return _request(page("n.pdf", 1, OTHER_COURT + wrap("南京住房公积金管理中心：" + body)))[0]


@pytest.mark.parametrize(("body", "action", "amount"), [
    ("请协助解除被执行人张三名下住房公积金的冻结。", "unfreeze", None),
    ("请协助撤销对被执行人张三住房公积金的冻结。", "unfreeze", None),
    ("请协助将被执行人张三已被冻结的住房公积金50000元划转至本院执行款专户。", "deduct", "50000.00"),
    ("请协助强制提取被执行人张三住房公积金人民币50000元，并划至本院账户。", "deduct", "50000.00"),
    ("请协助查询并冻结被执行人张三住房公积金人民币50000元。", "freeze", "50000.00"),
    ("请协助执行下列事项：一、查询被执行人张三住房公积金缴存情况；二、冻结被执行人张三住房公积金人民币50000元。",
     "freeze", "50000.00"),
    ("请协助查询被执行人张三住房公积金账户余额、冻结及贷款情况。", "query", None),
    ("请你单位协助执行下列事项：查询被执行人张三（公民身份号码：34052419800101001X）在你中心的住房公积金账户开户、缴存、"
     "余额、冻结及住房公积金贷款情况，并提供相关账户明细。", "query", None),
    ("请协助查询被执行人张三在你中心的住房公积金账户余额、缴存及使用情况，是否已被冻结，是否有住房公积金贷款。",
     "query", None),
    ("请你单位协助执行以下事项：一、本院于2023年8月13日以协助执行通知书冻结的被执行人张三住房公积金账户内的存款人民币"
     "50000元，原冻结期限自2023年8月13日至2026年8月12日。二、对上述存款继续冻结，续行冻结期限为三年。",
     "renew_freeze", "50000.00"),
    ("请你单位协助执行下列事项：一、冻结被执行人张三住房公积金人民币50000元。二、冻结期限为一年。"
     "三、冻结期间不得办理提取；冻结期满本院未办理续行冻结的，冻结自动解除。", "freeze", "50000.00"),
    ("执行标的金额为人民币200000元。请协助冻结被执行人张三住房公积金人民币50000元。", "freeze", "50000.00"),
    ("请协助冻结被执行人张三住房公积金。冻结金额（元）：50000.00", "freeze", "50000.00"),
    ("请协助冻结被执行人张三住房公积金，但贷款已结清或担保解除的除外，金额人民币1000元。", "freeze", "1000.00"),
    ("请协助冻结被执行人张三住房公积金人民币1,2345元。", "freeze", None),  # a misprinted figure is not guessed
    # a freeze's terms forbid a deduction: that is no deduction asked for; a comma ends the forbidding
    ("请协助冻结被执行人张三住房公积金账户内存款50000元，冻结期限三年，冻结期间不得支取、扣划。", "freeze", "50000.00"),
    ("请协助冻结被执行人张三住房公积金人民币50000元，冻结期间禁止划转。", "freeze", "50000.00"),
    ("事关执行期限，不得拖延，请协助扣划被执行人张三住房公积金人民币50000元。", "deduct", "50000.00"),
    # a deduction worded by where the money goes, with 提取 (never a cue alone: 提取条件) before it
    ("请协助提取被执行人张三住房公积金账户内资金50000元，划入本院执行款专户。", "deduct", "50000.00"),
    ("本院已冻结被执行人张三住房公积金，现请协助将已冻结的住房公积金50000元划付至本院账户。", "deduct", "50000.00"),
    ("请协助从被执行人张三住房公积金账户中提取人民币50000元交付本院。", "deduct", "50000.00"),
])
def test_other_wordings_of_the_measure_and_its_amount(body, action, amount):
    request = _notice(body)
    assert (request["action"], request["amount"]) == (action, amount)


def test_a_renewal_asked_for_as_its_procedure_is_a_renewal():
    """「办理续行冻结手续」 asks for the renewal; only a renewal the terms make conditional
    (「未办理续行冻结手续的」, 「如需…」) is named in passing."""
    asked = _notice("请协助对被执行人张三住房公积金人民币50000元办理续行冻结手续，期限自2024年7月1日至2027年6月30日。")
    terms = _notice("请协助冻结被执行人张三住房公积金人民币50000元，冻结期满本院未办理续行冻结手续的，冻结自动解除。")
    assert (asked["action"], terms["action"]) == ("renew_freeze", "freeze")


def test_only_the_freeze_sentence_gives_the_period():
    request = _notice("被执行人张三应付利息（自2020年1月1日起至2021年1月1日止）。请协助冻结被执行人张三住房公积金"
                      "人民币1000元，冻结期限三年，自2024年6月1日起。")
    assert request["freeze_period"] == {"start": "2024-06-01", "end": "2027-05-31"}
    assert _notice("请协助冻结被执行人张三住房公积金人民币1000元，冻结期限至2027年5月31日止。")["freeze_period"] == \
        {"start": None, "end": "2027-05-31"}


def test_the_respondent_is_the_one_whose_id_is_given():
    request = _notice("申请执行人李四与被执行人孙丽、赵强借款合同纠纷一案，请协助冻结被执行人赵强（身份证号"
                      "34052419800101001X）住房公积金人民币1000元。")
    assert request["respondent"] == {"name": "赵强", "id_number": "34052419800101001X"}


def test_names_end_where_the_sentence_goes_on():
    request = _notice("申请执行人中国建设银行股份有限公司南京鼓楼支行与被执行人张三所有的住房公积金人民币1000元请协助冻结。")
    assert request["applicant"] == {"name": "中国建设银行股份有限公司南京鼓楼支行"}
    assert request["respondent"]["name"] == "张三"


def test_with_two_respondents_the_name_and_the_id_are_one_persons():
    request = _notice("本院在执行申请执行人李四与被执行人盛国梁（公民身份号码330103197005080314）、被执行人卜雅琴（公民身份号码"
                      "330105197411290686，住杭州市拱墅区大关路七十七号苑五幢一单元六〇三室）民间借贷纠纷一案中，因被执行人已"
                      "履行完毕，请你中心解除对被执行人卜雅琴上述住房公积金账户的冻结。")
    assert request["action"] == "unfreeze"
    assert request["respondent"] == {"name": "卜雅琴", "id_number": "330105197411290686"}


def test_rare_surnames_and_other_introductions():
    request = _notice("请协助冻结被执行人宓海涛（男，1988年2月29日生）住房公积金人民币1000元。执行员 钮佳琪")
    assert request["respondent"]["name"] == "宓海涛"
    assert request["officers"] == [{"name": "钮佳琪"}]
    letter = page("l.pdf", 1, ["北京市朝阳区人民法院", "介绍信", *wrap(
        "北京住房公积金管理中心：今介绍我院法官甘子谦同志和法官助理祁冬雪同志（共贰人）前往你单位办理查询事宜，请予协助。")])
    request, _ = _request(letter)
    assert sorted(o["name"] for o in request["officers"]) == ["甘子谦", "祁冬雪"]


def test_the_full_court_name_wins_over_a_letterhead_short_form():
    notice = page("n.pdf", 1, ["焦作市解放区人民法院", "协助执行通知书", "（2024）豫0802执88号", *wrap(
        "焦作市住房公积金管理中心：请协助冻结被执行人陈伟住房公积金人民币1000元。"), "河南省焦作市解放区人民法院",
        "二〇二四年五月十日"])
    card = page("c.jpg", 1, ["执行公务证", "姓名：王敏", "职务：审判长", "上海市浦东新区人民法院"])
    request, _ = _request(notice, card)
    assert request["court"] == "河南省焦作市解放区人民法院"


@pytest.mark.parametrize("said, number", [
    ("扣划被执行人钱立群在你中心的住房公积金个人账户（账号：604512987733）内的资金", "604512987733"),
    ("冻结被执行人钱立群职工个人账户号码：0211-3344-5566名下的住房公积金", "021133445566"),
    ("冻结被执行人钱立群名下个人公积金帐户（编号604512987733）内的余额", "604512987733"),
])
def test_the_fund_account_is_read_however_its_label_is_worded(said, number):
    notice = page("n.pdf", 1, ["苏州市吴中区人民法院", "协助执行通知书", "（2025）苏0506执3021号", *wrap(
        f"上海市公积金管理中心：本院在执行申请执行人周晓燕与被执行人钱立群借款合同纠纷一案中，请协助执行：{said}"
        "人民币20000元，划至本院执行款专户（账号：32050188776655443322）。"), "二〇二五年三月三日"])
    request, _ = _request(notice)
    assert request["account_number"] == number


def test_the_court_is_the_letterheads_though_the_receipt_page_comes_first_and_a_card_names_its_issuer():
    receipt = page("n.pdf", 1, ["联系人：钱立群  联系电话：0512-66001234", "二〇二五年三月三日", "（沿此线剪下）", "回执",
                                "你院（2025）苏0506执3021号协助执行通知书收悉。", "经办人：", "-2-"])
    first = page("n.pdf", 2, ["江苏省苏州市吴中区人民法院", "协助执行通知书", "（2025）苏0506执3021号", *wrap(
        "上海市公积金管理中心：本院在执行申请执行人周晓燕与被执行人钱立群借款合同纠纷一案中，请协助冻结被执行人"
        "钱立群名下住房公积金人民币20000元。")])
    card = page("card.png", 1, ["执行公务证", "姓名：钱立群", "有效期至：2028年12月31日", "发证机关：江苏省高级人民法院"])
    request, _ = _request(receipt, first, card)
    assert request["court"] == "江苏省苏州市吴中区人民法院"
    alone, _ = _request(card)
    assert alone["court"] is None, "the card's issuer is not the holder's court"


def test_a_papers_date_is_its_signature_never_a_date_the_body_states():
    body = wrap("本院在执行申请执行人周晓燕与被执行人钱立群借款合同纠纷一案中，于2025年7月16日立案执行。裁定如下：冻结被执行人"
                "钱立群名下住房公积金人民币20000元，冻结期限自2025年11月14日起至2027年11月13日止。")
    head = ["苏州市吴中区人民法院", "执行裁定书", "（2025）苏0506执3021号", "被执行人：钱立群，男，1973年11月10日出生。"]
    signed, _ = _request(page("r.pdf", 1, [*head, *body, "执行员 宋嘉禾", "苏州市吴中区人民法院 二〇二五年十一月十四日"]))
    assert signed["dates"]["ruling"] == "2025-11-14"
    sealed_over, _ = _request(page("r.pdf", 1, [*head, *body, "执行员 宋嘉禾", "二〇二年 十一月十四日"]))
    assert sealed_over["dates"]["ruling"] is None, "the period's end is not the ruling's date"


def test_a_date_in_brackets_dates_the_paper_the_body_refers_to():
    """「原冻结文书：…协助执行通知书（2025年11月4日）」 dates the earlier paper; with the signature's
    date under the seal unread, this notice has no date rather than that one."""
    head = ["上海市虹口区人民法院", "协助执行通知书", "（2026）沪0109执7579号"]
    body = wrap("上海市公积金管理中心虹口管理部：请协助执行下列事项：解除对被执行人张三（公民身份号码：34052419800101001X）"
                "住房公积金账户内资金人民币50000元的冻结（原冻结文书：（2026）沪0109执7579号协助执行通知书（2025年11月4日））。")
    request, _ = _request(page("n.pdf", 1, [*head, *body, "上海市虹口区人民法院", "二〇二六年六"]))
    assert request["dates"]["assist_notice"] is None


def test_the_executor_signing_the_ruling_is_no_officer_beside_the_cards():
    """The ruling is signed by the 执行员 who made it; the officers are those sent with their cards.
    Without any card, the ruling's signature is all that names an officer."""
    ruling = page("r.pdf", 1, ["焦作市解放区人民法院", "执行裁定书", "（2026）豫0802执1234号", *wrap(
        "被执行人：张三。裁定如下：冻结被执行人张三名下住房公积金人民币50000元。本裁定立即生效。"),
        "执行员　徐旭春", "二〇二六年六月一日"])
    cards = [page("c.jpg", 1, ["工作证", "姓名：段永凯", "焦作市解放区人民法院"]),
             page("c.jpg", 2, ["工作证", "姓名：黎东彬", "焦作市解放区人民法院"])]
    request, _ = _request(ruling, *cards)
    assert sorted(o["name"] for o in request["officers"]) == ["段永凯", "黎东彬"]
    alone, _ = _request(ruling)
    assert [o["name"] for o in alone["officers"]] == ["徐旭春"]


def test_a_company_respondent_is_read_by_its_name():
    letter = page("l.tif", 1, ["上海市闵行区人民法院", "介绍信", "上海市公积金管理中心闵行管理部：", *wrap(
        "兹介绍我院执行局石玉英、徐强琳同志（共2人）前往你处，办理(2024)沪0112执5467号案件查询被执行人上海盛邦劳务派遣"
        "有限公司住房公积金事宜，请予接洽并协助为盼。")])
    request, _ = _request(letter)
    assert request["respondent"]["name"] == "上海盛邦劳务派遣有限公司"
    notice = _notice("请协助冻结被执行人张三在南京住房公积金管理中心的住房公积金人民币1000元。")
    assert notice["respondent"]["name"] == "张三"


def test_parties_named_by_the_cause_without_labels():
    request = _notice("本院在执行焦作市朗旭装饰工程有限公司申请执行彭文博买卖合同纠纷一案中，依法作出执行裁定，"
                      "请协助冻结被执行人彭文博（公民身份号码410804199203204350）住房公积金人民币1000元。")
    assert request["applicant"] == {"name": "焦作市朗旭装饰工程有限公司"}
    assert request["respondent"]["name"] == "彭文博"
    request = _notice("本院在执行钱娟玲申请执行彭文博民间借贷纠纷一案中，请协助查询彭文博住房公积金缴存情况。")
    assert request["applicant"] == {"name": "钱娟玲"}
    assert request["respondent"]["name"] == "彭文博"


def test_a_name_on_a_card_stops_at_the_next_labels_tail():
    card = page("c.jpg", 1, ["工作证", "名：朱欣宁别：男", "位：上海市浦东新区人民法院"])
    request, _ = _request(card)
    assert request["officers"] == [{"name": "朱欣宁"}]


def test_an_introduction_letter_alone_names_the_applicant():
    letter = page("l.pdf", 1, ["黑龙江省哈尔滨市南岗区人民法院", "介绍信", "上海市公积金管理中心浦东新区管理部：", *wrap(
        "兹介绍我院执行人员余丹、高荣凯同志前往你处，办理本院（2025）黑0103执13028号申请执行人钱娟玲与被执行人宋芳梅"
        "房屋租赁合同纠纷一案中被执行人宋芳梅（公民身份号码：370785198906205806）住房公积金缴存情况的查询事宜。")])
    request, _ = _request(letter)
    assert request["applicant"] == {"name": "钱娟玲"}


def test_one_misread_mention_of_a_name_gives_way_to_the_form_the_paper_prints_most():
    ruling = page("r.pdf", 1, ["上海市杨浦区人民法院", "执行裁定书", "（2025）沪0110执123号",
                               "被执行人：尹风，女，1956年9月4日出生，公民身份号码310114195609049349。", *wrap(
        "本院在执行申请执行人李四与被执行人尹凤民间借贷纠纷一案中，裁定如下：扣划被执行人尹凤名下住房公积金人民币1000元。")])
    request, _ = _request(ruling)
    assert request["respondent"] == {"name": "尹凤", "id_number": "310114195609049349"}


def _id(body: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def test_preservation_papers_naming_the_suit_parties_read_the_defendant_as_respondent():
    """A 诉讼保全 notice and its 民事裁定书 written while the suit is heard name 原告 and 被告, not
    被执行人: the 被告 is the person whose fund is frozen, the 原告's ID number is not his."""
    defendant, plaintiff = _id("32010219850306241"), _id("32010219700101123")
    notice = page("notice.pdf", 1, ["南京市鼓楼区人民法院", "协助执行通知书", "（2026）苏0106执保88号", *wrap(
        "南京住房公积金管理中心：本院在审理原告韩志刚与被告顾晓燕民间借贷纠纷一案中，原告韩志刚向本院申请诉讼"
        "保全。本院依法作出（2026）苏0106民初1234号民事裁定书，请协助执行下列事项：冻结被告顾晓燕（公民身份号码"
        f"{defendant}）在你中心的住房公积金，以人民币80000元为限，冻结期限三年。"), "二〇二六年十一月二十日"])
    ruling = page("ruling.pdf", 1, ["南京市鼓楼区人民法院", "民事裁定书", "（2026）苏0106民初1234号",
                                    f"原告：韩志刚，男，公民身份号码{plaintiff}。",
                                    f"被告：顾晓燕，女，公民身份号码{defendant}。", *wrap(
        "原告韩志刚与被告顾晓燕民间借贷纠纷一案，原告于2026年11月10日向本院提出财产保全申请，请求冻结被告"
        "顾晓燕名下价值80000元的财产。裁定如下：冻结被告顾晓燕名下价值80000元的财产。"), "二〇二六年十一月十五日"])
    request, _ = _request(notice, ruling)
    assert request["respondent"] == {"name": "顾晓燕", "id_number": defendant}
    assert request["applicant"] == {"name": "韩志刚"}


def test_a_judgment_naming_a_defendant_gives_no_respondent_of_its_own():
    """Outside preservation the suit's 被告 is no respondent: a judgment's second defendant (a
    guarantor) must not become a second respondent beside the notice's 被执行人."""
    notice = page("notice.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "(2026)沪0115执1234号", *wrap(
        "上海市公积金管理中心：关于申请执行人李四与被执行人张三民间借贷纠纷一案，请协助执行下列事项：冻结被执行人"
        "张三名下住房公积金人民币10000元，冻结期限三年。"), "二〇二六年十一月二十日"])
    judgment = page("judgment.pdf", 1, ["上海市浦东新区人民法院", "民事判决书", "（2025）沪0115民初77号",
                                        "原告：李四，男。", "被告：王五，男。", "被告：张三，男。", *wrap(
        "判决如下：被告张三于本判决生效之日起十日内偿还原告李四借款10000元，被告王五承担连带清偿责任。")])
    request, _ = _request(notice, judgment)
    assert request["respondent"]["name"] == "张三"


def test_a_period_cell_set_under_its_label_over_three_lines():
    """A narrow form sets the label 「冻结期限」 on a line of its own and its value over three."""
    notice = page("notice.pdf", 1, ["河南省焦作市山阳区人民法院", "协助执行通知书", "（2025）豫0811执1040号", *wrap(
        "焦作市住房公积金管理中心：关于申请执行人龙志强与被执行人姜杰民间借贷纠纷一案，请协助执行下列事项："
        "冻结被执行人姜杰在你中心开立的住房公积金个人账户内的存款人民币173595.58元。"),
        "冻结期限", "自2025年3月24", "日起至2030年3月", "23日止", "二〇二五年三月二十四日"])
    request, _ = _request(notice)
    assert request["freeze_period"] == {"start": "2025-03-24", "end": "2030-03-23"}


def _less_sure(p, text: str, confidence: float):
    p.lines = [line if text not in line.text else type(line)(line.text, line.box, confidence) for line in p.lines]
    return p


def test_a_card_misreading_an_officers_name_into_a_look_alike_is_no_third_officer():
    """A faxed card reads 付晨磊 as 付展磊 (展/晨 look alike) beside the notice's clean 付晨磊:
    two officers, the surer reading kept; names one unlike character apart stay two people."""
    notice = page("notice.pdf", 1, ["上海市浦东新区人民法院", "协助执行通知书", "(2026)沪0115执1234号", *wrap(
        "上海市公积金管理中心：关于申请执行人李四与被执行人张三民间借贷纠纷一案，请协助执行下列事项：解除对被执行人"
        "张三名下住房公积金的冻结。"), "联系人：付晨磊、万娜佳", "二〇二六年十一月二十日"])
    card = _less_sure(page("fax.tif", 2, ["工作证", "姓名：付展磊", "上海市浦东新区人民法院"]), "付展磊", 0.917)
    other = page("fax.tif", 3, ["执行公务证", "姓名：万娜佳", "上海市浦东新区人民法院"])
    request, _ = _request(notice, card, other)
    assert sorted(o["name"] for o in request["officers"]) == ["万娜佳", "付晨磊"]
    colleague = page("card.jpg", 4, ["工作证", "姓名：付晓磊", "上海市浦东新区人民法院"])
    request, _ = _request(notice, card, other, colleague)
    assert sorted(o["name"] for o in request["officers"]) == ["万娜佳", "付晓磊", "付晨磊"]


def test_two_officers_names_run_together_on_a_query_form_are_those_two_officers():
    """A query form's 执行人员 cell 「曾桂 武海」 scanned without its space reads 「曾桂武海」;
    each card names one of them: two officers, not three."""
    form = page("scan_01.pdf", 1, ["焦作市中站区人民法院", "住房公积金信息查询单", "案号：(2026)豫0803执2753号",
                                   "被查询人姓名 张建超", "证件号码 410803198903253136", "执行人员 曾桂武海"])
    first = page("a.jpg", 1, ["工作证", "姓名：曾桂", "焦作市中站区人民法院"])
    second = page("b.jpg", 1, ["工作证", "姓名：武海", "焦作市中站区人民法院"])
    request, _ = _request(form, first, second)
    assert sorted(o["name"] for o in request["officers"]) == ["曾桂", "武海"]
    request, _ = _request(form, first)
    assert sorted(o["name"] for o in request["officers"]) == ["曾桂", "曾桂武海"], "a name the cards do not both give stays"


def test_a_freeze_extended_to_later_deposits_is_no_renewal():
    """「此后每月缴存的住房公积金予以续冻，直至达到冻结金额」 is the freeze's top-up clause
    (000 第二条（三）2), not a 续行冻结."""
    notice = page("notice.pdf", 1, ["上海市长宁区人民法院", "协助执行通知书", "（2026）沪0105执保4493号", *wrap(
        "上海市公积金管理中心：本院在审理申请人朱文与被申请人彭娟霞财产保全一案中，作出（2026）沪0105财保12号民事"
        "裁定书，请协助执行下列事项：一、冻结被申请人彭娟霞（公民身份号码310105198001011234）在你中心的住房公积金，"
        "以人民币50000元为限，冻结期限三年。二、账户内资金不足冻结金额的，此后每月缴存的住房公积金予以续冻，直至"
        "达到冻结金额。"), "二〇二六年十一月二十日"])
    request, _ = _request(notice)
    assert request["action"] == "freeze"


def test_a_notice_written_while_the_suit_is_heard_reads_its_defendant_without_saying_preservation():
    """No 「保全」 in the notice: its 执保 number and 「本院在审理原告…与被告…一案中」 say it."""
    notice = page("notice.pdf", 1, ["上海市徐汇区人民法院", "协助执行通知书", "（2026）沪0104执保18351号", *wrap(
        "上海市公积金管理中心徐汇区管理部：本院在审理原告毛梦一与被告黎红买卖合同纠纷一案中，于2026年8月14日作出"
        "（2026）沪0104民初26995号民事裁定书，已经发生法律效力。请协助执行下列事项：一、冻结被告黎红（公民身份号码："
        "310105199206110514）在你中心的住房公积金账户内的住房公积金，以人民币215,300.00元为限。"),
        "二〇二六年八月十九日"])
    request, _ = _request(notice)
    assert request["respondent"] == {"name": "黎红", "id_number": "310105199206110514"}
    assert request["applicant"] == {"name": "毛梦一"}


def test_an_unfreeze_recalls_the_period_of_the_freeze_it_lifts_but_asks_for_none():
    notice = page("n.pdf", 1, ["上海市闵行区人民法院", "协助执行通知书", "（2025）沪0112执6752号", *wrap(
        "上海市公积金管理中心闵行区管理部：本院在执行申请执行人李四与被执行人周倩春民间借贷纠纷一案中，请协助执行"
        "下列事项：解除对被执行人周倩春（身份证号码：310110199103137803）名下住房公积金账户的冻结（本院（2025）"
        "沪0112执6752号协助执行通知书冻结，冻结期限自2025年4月8日起至2028年4月7日止）。"), "二〇二五年十月三日"])
    request, evidence = _request(notice)
    assert request["action"] == "unfreeze"
    assert request["freeze_period"] is None
    assert "freeze_period" not in evidence


def test_a_court_beside_its_papers_title_heads_it_and_a_seal_ring_missing_its_ren_is_no_court():
    # a two-column head (「博爱县人民法院　协助执行通知书」); the seal over the signature is read
    # as 「博爱县」 and 「民法院」, its 人 lost
    notice = page("n.pdf", 1, ["博爱县人民法院 协助执行通知书", "（2025）豫0822执152号", *wrap(
        "焦作市住房公积金管理中心博爱县管理部：本院在执行申请执行人温县农村信用合作联社与被执行人覃军追偿权纠纷一案中，"
        "请协助执行下列事项：扣划被执行人覃军（公民身份号码：410883198310029560）在你中心住房公积金账户内存款"
        "人民币7,046.67元。"), "博爱县民法院", "二〇二五年十二月二十五日"])
    request, _ = _request(notice)
    assert request["court"] == "博爱县人民法院"
    assert request["applicant"] == {"name": "温县农村信用合作联社"}
