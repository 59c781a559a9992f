"""The agencies' papers (seed 002): which measure is asked, of what, and on what it rests.

Each case is a court's paper as courts write them to the police, the land and housing
registries and market regulation, read through the real classifier, field readers and
request builder (pages from text: no OCR time), and each asserts what a misreading gets
wrong: the measure and its `action`, the object (号牌, 车架号, 不动产权证号, 坐落, 公司,
统一社会信用代码, 股权数额) with its evidence, the papers counted as the contract counts them.
"""

from __future__ import annotations

import pytest

from extract import measure
from extract.classify import split_documents
from extract.fields import read_paper
from extract.request import build_request
from tests.textpages import page, wrap

COURT = "云浮市云城区人民法院"


def notice(addressee: str, body: str, title: str = "协助执行通知书", number: str = "（2025）粤5302执88号") -> list[str]:
    return [COURT, title, number, f"{addressee}：", *wrap(body),
            "特派本院执行人员何国伟、曾桂持工作证、执行公务证前往你处办理，请予协助。",
            "附：执行裁定书一份", COURT, "二〇二五年十月八日", "联系人：何国伟 联系电话：0766-8890002"]


def request_of(*papers: tuple[str, list[str]]):
    pages = [page(source, 1, lines) for source, lines in papers]
    return build_request([read_paper(d) for d in split_documents(pages)])


VEHICLE_SEAL = ("关于申请执行人谭国与被执行人曾家民间借贷纠纷一案，本院作出的（2025）粤5302执88号执行裁定书已经发生法律效力。"
                "请协助执行下列事项：一、查封被执行人曾家（公民身份号码445302198101064612）名下的机动车一辆（号牌号码粤W·UJ"
                "J8Q，品牌型号大众牌SVW7148NSD小型轿车，车辆识别代号（车架号）LSV4E6VJ8CZ72VZ9V），查封期间不予办理该车辆"
                "的过户、抵押登记及年检业务；二、查封期限为二年，自2025年10月8日起至2027年10月7日止。")


def test_a_vehicle_seal_is_a_seal_though_it_forbids_transfers() -> None:
    request, evidence = request_of(("notice.pdf", notice("云浮市公安局交通警察支队车辆管理所", VEHICLE_SEAL)))
    assert (request.measure, request.action) == ("police.vehicle_seal", "freeze")
    assert request.subject is not None and request.subject.kind == "vehicle"
    assert (request.subject.plate, request.subject.vin) == ("粤W·UJJ8Q", "LSV4E6VJ8CZ72VZ9V")
    assert request.subject.model == "大众牌SVW7148NSD小型轿车"
    assert evidence["subject.vin"]["text"].replace("\n", "") == "LSV4E6VJ8CZ72VZ9V" and evidence["subject.vin"]["box"]
    assert request.freeze_period is not None and str(request.freeze_period.end) == "2027-10-07"


def test_a_transfer_after_lifting_the_seal_is_the_transfer_and_its_buyer_is_not_the_respondent() -> None:
    body = ("关于申请执行人麦芳玲与被执行人麦坤金融借款合同纠纷一案，本院依法拍卖被执行人麦坤名下的机动车（号牌号码粤W·GEJW8，"
            "车辆识别代号（车架号）LFVB76DFXZKJBERXN），该车辆已由买受人梁秀东竞买成交。请协助执行下列事项：一、解除本院对上"
            "述车辆的查封；二、将上述车辆的所有权变更登记至买受人梁秀东（公民身份号码445322196404176335）名下。")
    request, _ = request_of(("notice.pdf", notice("云浮市公安局交通警察支队车辆管理所", body)))
    assert (request.measure, request.action) == ("police.vehicle_transfer", None)
    assert request.respondent is not None and request.respondent.name == "麦坤"
    assert request.respondent.id_number is None  # the buyer's number is not the respondent's
    assert request.facts["disposal_completed"] is True


def test_an_unseal_of_real_estate_names_the_seal_it_lifts() -> None:
    body = ("关于申请执行人彭少与被执行人陈明民间借贷纠纷一案，请协助执行下列事项：解除对被执行人陈明（公民身份号码445321197"
            "312124544）名下的不动产（坐落于云浮市云城区东湖路79号15栋2760房，不动产权证号粤（2020）云浮市不动产权第00469"
            "88号，建筑面积64.02平方米）的查封。")
    request, _ = request_of(("notice.pdf", notice("云浮市住房和城乡建设局", body)))
    assert (request.measure, request.action) == ("housing.unseal", "unfreeze")
    assert request.subject is not None and request.subject.kind == "real_estate"
    assert request.subject.certificate == "粤（2020）云浮市不动产权第0046988号"
    assert request.subject.location == "云浮市云城区东湖路79号15栋2760房"


@pytest.mark.parametrize(("addressee", "expected"), [
    ("云浮市国土资源和城乡规划管理局", "land.seal"),
    ("云浮市不动产登记中心", "land.seal"),
    ("云浮市住房和城乡建设局", "housing.seal"),
])
def test_the_addressee_tells_the_registry(addressee: str, expected: str) -> None:
    body = ("请协助执行下列事项：查封被执行人陈明名下的不动产（坐落于云浮市云城区东湖路79号15栋2760房），查封期限三年。")
    assert request_of(("n.pdf", notice(addressee, body)))[0].measure == expected


def test_an_equity_freeze_is_not_a_transfer_and_its_capital_is_not_an_amount() -> None:
    body = ("本院在执行申请执行人李锦与被执行人赖辉华租赁合同纠纷一案中，作出的（2025）粤53执459号执行裁定书已送达被执行人及股"
            "权所在公司。该公司注册资本人民币1000万元。请你局在企业信用信息公示系统协助公示下列事项：一、冻结被执行人赖辉华（公"
            "民身份号码445302197409218898）持有的新兴县恒发食品有限公司（统一社会信用代码91445302MA586H6084）20%股权（认"
            "缴出资额人民币200万元）及其他投资权益；二、冻结期限三年，自2025年9月8日起至2028年9月7日止；冻结期间，未经本院"
            "许可，不得办理被冻结股权的转让、出质等变更登记。")
    request, _ = request_of(("notice.pdf", notice("云浮市市场监督管理局", body, title="协助公示通知书")))
    assert (request.measure, request.action) == ("market.equity_freeze", "freeze")
    assert request.amount is None
    assert request.respondent is not None and request.respondent.name == "赖辉华"
    subject = request.subject
    assert subject is not None and subject.kind == "equity"
    assert (subject.company, subject.credit_code) == ("新兴县恒发食品有限公司", "91445302MA586H6084")
    assert subject.share == "20%股权（认缴出资额人民币200万元）"
    assert request.facts["ownership_queried"] is True
    assert [(d.type, d.paper) for d in request.documents] == [("assist_notice", "publicity_notice")]


def test_a_provident_fund_notice_names_no_measure() -> None:
    body = "请协助执行下列事项：冻结被执行人张三（公民身份号码34052419800101001X）在你中心的住房公积金人民币50000元。"
    request, _ = request_of(("n.pdf", notice("上海市公积金管理中心", body)))
    assert (request.measure, request.subject, request.action) == (None, None, "freeze")


def test_a_query_form_asks_a_query_of_its_agency() -> None:
    body = "因执行（2025）粤5303执1099号案件需要，请协助查询被执行人潘炳（公民身份号码445303199803076723）的户籍、身份信息。"
    request, _ = request_of(("q.pdf", notice("云浮市公安局", body, title="协助查询通知书")))
    assert (request.measure, request.action, request.subject) == ("police.identity_query", "query", None)


def test_a_judgments_trial_number_is_not_the_case_number() -> None:
    body = "请协助执行下列事项：查封被执行人欧惠家名下的不动产（坐落于云浮市云城区金山大道26号23栋1239房）。"
    judgment = [COURT, "民事判决书", "（2024）粤5302民初1253号", "原告：罗定市鸿发硫铁矿有限公司。",
                "被告：欧惠家，男，1963年11月11日出生。", "判决如下：", "被告欧惠家偿还原告借款本金人民币1140000元。",
                "审判员 邓明惠", "书记员 曾秀"]
    request, _ = request_of(("notice.pdf", notice("云浮市住房和城乡建设局", body, number="（2025）粤5302执77号")),
                            ("judgment.pdf", judgment))
    assert request.case_number == "（2025）粤5302执77号"
    assert sorted(d.type for d in request.documents) == ["assist_notice", "judgment"]


# ------------------------------------------------------------------ papers by their own titles

def test_a_receipt_page_is_the_notices_own_page_not_a_second_notice() -> None:
    receipt = ["协助执行通知书（回执）", f"{COURT}：", "你院（2025）粤5302执88号协助执行通知书收悉，我单位已于 年 月 日",
               "按要求办理完毕。办理情况如下：", "经办人：", "（协助单位盖章）"]
    pages = [page("notice.pdf", 1, notice("云浮市公安局交通警察支队车辆管理所", VEHICLE_SEAL)),
             page("notice.pdf", 2, receipt)]
    documents = split_documents(pages)
    assert [(d.type, d.page_numbers) for d in documents] == [("assist_notice", [1, 2])]


def test_a_service_return_and_a_transferee_id_copy_are_other_papers_of_their_own_kind() -> None:
    service = [COURT, "送达回证", "案号：（2025）粤5321执476号", "送达文书：协助执行通知书、执行裁定书各一份",
               "受送达人：云浮市工商行政管理局", "送达人：冯发 梁豪桂"]
    id_copy = ["姓名罗文发", "性别男民族汉", "出生1992年10月16日", "住址罗定市素龙街道大岗村24号",
               "公民身份号码445381199210163230", "中华人民共和国", "居民身份证", "签发机关云浮市公安局云城分局",
               "有效期限2014.10.27-2034.10.27"]
    documents = split_documents([page("return.png", 1, service), page("id.jpg", 1, id_copy)])
    assert [(d.type, d.paper) for d in documents] == [("other", "service_return"), ("other", "identity_proof")]
    request, _ = request_of(("return.png", service), ("id.jpg", id_copy))
    assert request.freeze_period is None and request.officers == []  # an ID card's validity is no freeze


def test_a_ruling_alone_takes_its_agency_from_the_service_return() -> None:
    ruling = [COURT, "执行裁定书", "（2025）粤5302执99号", "申请执行人：彭少。", "被执行人：陈明。",
              *wrap("本院于2025年3月1日查封了被执行人名下的不动产。现申请执行人同意解除查封。裁定如下：解除对坐落于云浮市云城区"
                    "东湖路79号15栋2760房的不动产的查封。"), "审判员 邓明惠", "书记员 曾秀"]
    service = [COURT, "送达回证", "送达文书：执行裁定书一份", "受送达人：云浮市住房和城乡建设局"]
    request, _ = request_of(("ruling.pdf", ruling), ("return.png", service))
    assert request.measure == "housing.unseal"


# ------------------------------------------------------------------ what a measure rests on

@pytest.mark.parametrize(("text", "grounds"), [
    ("本院于2025年3月对被执行人作出司法拘留决定，被执行人在拘留决定后潜逃，请协助查找被执行人下落。",
     ["absconded_after_detention"]),
    ("被执行人下落不明已超过三个月，经其住所地村民委员会证实，请协助查找被执行人下落。", ["missing_over_three_months"]),
    ("本案涉案金额特别巨大，如不及时查找将导致案件无法执行，请协助查找被执行人下落。", ["huge_amount"]),
    ("被执行人自2025年4月30日起下落不明，本院多次前往其住所地均未找到本人，请协助查找被执行人下落。", []),
    ("被执行人下落不明超过三个月，请协助查找被执行人下落。", []),  # not confirmed by the committee
])
def test_the_grounds_of_a_search_as_the_letter_states_them(text: str, grounds: list[str]) -> None:
    said = {s.code: s.value for s in measure.statements(text)}
    assert said["locate_grounds"] == grounds


def test_a_letter_silent_on_why_states_no_grounds() -> None:
    said = {s.code for s in measure.statements("请你局协助查找被执行人林志的下落，发现其下落后请于二十四小时内通知本院。")}
    assert "locate_grounds" not in said


def test_a_request_pointing_back_to_the_object_reads_it_where_the_paper_described_it() -> None:
    body = ("关于申请执行人欧康建与被执行人曾豪英劳务合同纠纷一案，本院依法拍卖被执行人曾豪英名下的不动产（坐落于云浮市云城区金山"
            "大道39号5栋857房，不动产权证号粤(2019)云浮市不动产权第0041152号），已由买受人吴华竞得。请协助执行下列事项：将上述"
            "不动产的权利人变更登记为吴华（公民身份号码440106197503278942）。")
    request, evidence = request_of(("n.pdf", notice("云浮市国土资源和城乡规划管理局", body)))
    assert (request.measure, request.action) == ("land.transfer", None)
    assert request.subject is not None
    assert request.subject.certificate == "粤（2019）云浮市不动产权第0041152号"  # brackets as a case number's
    assert request.subject.location == "云浮市云城区金山大道39号5栋857房"
    assert evidence["subject.location"]["page"] == 1
    assert request.respondent is not None and request.respondent.id_number is None  # 吴华's, not the respondent's
