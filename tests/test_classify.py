"""Pages are typed by their titles and put back together, whatever their order."""

from __future__ import annotations

from extract.classify import classify_page, split_documents
from tests.textpages import page, wrap

NOTICE_1 = ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", *wrap(
    "上海市公积金管理中心：申请执行人李四与被执行人张三民间借贷纠纷一案，本院作出的执行裁定书已经发生法律效力。"
    "根据《中华人民共和国民事诉讼法》第二百五十条的规定，请协助执行下列事项：")]
NOTICE_2 = [*wrap("冻结被执行人张三名下住房公积金人民币壹拾万元整。"), "联系人：王小明", "联系电话：021-12345678",
            "二〇二四年五月十日"]
RULING_1 = ["上海市浦东新区人民法院", "执行裁定书", "（2024）沪0115执1234号", "申请执行人：李四，男，1970年2月3日出生。",
            *wrap("本院在执行申请执行人李四与被执行人张三民间借贷纠纷一案中，查明被执行人张三未履行生效法律文书确定的义务。")]
RULING_2 = ["裁定如下：", "冻结被执行人张三名下住房公积金人民币100000元。", "本裁定立即执行。", "审判长 陈明",
            "执行员 王小明", "二〇二四年五月九日", "书记员 赵丽"]
CARD = ["工作证", "姓名：王小明", "单位：上海市浦东新区人民法院"]


def test_titles():
    assert classify_page(page("a.pdf", 1, NOTICE_1)).type == "assist_notice"
    assert classify_page(page("a.pdf", 1, RULING_1)).type == "ruling"
    assert classify_page(page("a.pdf", 1, CARD)).type == "work_id"
    assert classify_page(page("a.pdf", 1, ["执行公务证", "王小明", "上海市浦东新区人民法院"])).type == "duty_cert"
    assert classify_page(page("a.pdf", 1, ["介绍信", "上海市公积金管理中心：", "兹介绍我院王小明同志前往你处"])).type \
        == "intro_letter"
    assert classify_page(page("a.pdf", 1, ["上海市浦东新区人民法院", "协助查询通知书"])).type == "query_form"
    assert classify_page(page("a.pdf", 1, ["上海市浦东新区人民法院", "民事判决书"])).type == "judgment"
    assert classify_page(page("a.pdf", 1, NOTICE_2)).type is None


def test_a_paper_named_in_the_body_is_not_a_title():
    mention = ["附：执行裁定书", *NOTICE_2]
    assert classify_page(page("a.pdf", 1, mention)).type is None


def test_shuffled_pages_of_two_papers_in_one_file_come_back_together():
    pages = [
        page("bundle.pdf", 1, RULING_2),
        page("bundle.pdf", 2, NOTICE_1),
        page("bundle.pdf", 3, RULING_1),
        page("bundle.pdf", 4, NOTICE_2),
        page("card.jpg", 1, CARD),
    ]
    docs = {(d.type, d.source): d.page_numbers for d in split_documents(pages)}
    assert docs == {
        ("ruling", "bundle.pdf"): [1, 3],
        ("assist_notice", "bundle.pdf"): [2, 4],
        ("work_id", "card.jpg"): [1],
    }


def test_every_page_lands_in_one_paper():
    """A page without title or cues joins its file's paper; a file of such pages is 'other'."""
    pages = [page("x.pdf", 1, ["一些无法识别的文字"]), page("x.pdf", 2, NOTICE_1), page("y.png", 1, ["照片"])]
    docs = {(d.type, d.source): d.page_numbers for d in split_documents(pages)}
    assert docs == {("assist_notice", "x.pdf"): [1, 2], ("other", "y.png"): [1]}


def test_a_later_page_in_a_file_of_its_own_follows_the_previous_file():
    """A paper photographed a page to a file is one document: its later page continues it."""
    second = page("page2.png", 1, ["经办人：", "年 月 日", "-2-"])
    docs = split_documents([page("page1.png", 1, NOTICE_1), second])
    assert [(d.type, d.source, d.page_numbers, d.continued) for d in docs] == [
        ("assist_notice", "page1.png", [1], [("page2.png", [1])])]


def test_each_papers_later_page_in_its_own_file_continues_its_own_paper():
    """A ruling and a judgment, each page its own JPEG: the ruling's last page (only the
    clerk and 「-2-」) follows the ruling, the judgment's follows the judgment: two papers."""
    ruling = page("page_02.jpg", 1, ["江苏省南京市玄武区人民法院", "执行裁定书", "（2026）苏0102执3207号",
                                     "申请执行人：余诺，女。", "被执行人：胡芳立，男。", *wrap(
        "本院在执行申请执行人余诺与被执行人胡芳立机动车交通事故责任纠纷一案中，裁定如下：扣划被执行人胡芳立"
        "在上海市公积金管理中心的住房公积金。本裁定立即执行。"), "审判员 贺国秋", "二〇二六年四月三十日"])
    ruling_end = page("page_03.jpg", 1, ["书记员 吴子欣", "-2-"])
    judgment = page("page_04.jpg", 1, ["江苏省南京市玄武区人民法院", "民事判决书", "（2025）苏0102民初9185号",
                                       "原告：余诺，女。", "被告：胡芳立，男。", *wrap(
        "本院认为，被告应当赔偿原告的损失。依照《中华人民共和国民法典》之规定，判决如下：被告胡芳立于本判决生效之日起"
        "十日内赔偿原告余诺医疗费、误工费、残疾赔偿金等人身损害赔偿金共计人民币")])
    judgment_end = page("page_05.jpg", 1, [*wrap(
        "217,300.00元。如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条"
        "之规定，加倍支付迟延履行期间的债务利息。案件受理费950元，由被告胡芳立负担。"), "审判员 贺国秋",
        "二〇二五年十二月一日", "书记员 吴子欣", "-2-"])
    docs = split_documents([page("page_01.jpg", 1, NOTICE_1), ruling, ruling_end, judgment, judgment_end])
    assert [(d.type, d.source, d.continued) for d in docs] == [
        ("assist_notice", "page_01.jpg", []), ("ruling", "page_02.jpg", [("page_03.jpg", [1])]),
        ("judgment", "page_04.jpg", [("page_05.jpg", [1])])]


def test_a_proof_titled_only_proof_is_a_ground_proof_when_it_speaks_of_one():
    proof = page("p.pdf", 1, ["证明", "胡英辉（证件号码310115195807223957）系我单位退休职工，退休时间为2018年7月。", "特此证明。"])
    assert classify_page(proof).type == "ground_proof"
    other = page("p.pdf", 1, ["证明", "兹证明王某某系我单位职工。", "特此证明。"])
    assert classify_page(other).type is None


def test_a_police_stations_proof_of_a_household_register_cancelled_is_a_ground_proof():
    from extract.model import Page, TextLine

    def photo(title: str) -> Page:  # boxes as OCR read avocet's phone photo of the proof
        lines = [(title, (0.326, 0.178, 0.615, 0.245)),
                 ("兹证明：马某某，女，1981年12月9日出生，公民身份号码", (0.213, 0.219, 0.793, 0.309)),
                 ("310120198112099907，原户籍地址上海市宝山区松汇中路856弄", (0.171, 0.25, 0.796, 0.342)),
                 ("53号1718室。该人因出国（境）定居，已于2025年3月25日在我", (0.175, 0.279, 0.801, 0.372)),
                 ("所办理户口注销手续。", (0.178, 0.354, 0.402, 0.4)), ("特此证明。", (0.224, 0.39, 0.342, 0.425)),
                 ("上海市公安局宝山分局江湾派出所", (0.424, 0.406, 0.774, 0.466)), ("2026年3月7日", (0.629, 0.437, 0.775, 0.474))]
        return Page(source="p.jpg", number=1, lines=[TextLine(t, b, 0.95) for t, b in lines], text_source="ocr")

    for title in ("户籍注销证明", "户口注销证明", "注销户籍证明"):
        assert classify_page(photo(title)).type == "ground_proof", title


COVER = ["中华人民共和国", "上海市浦东新区人民法院", "工作证"]
INSIDE = ["姓名：王小明", "职务：执行员", "单位：上海市浦东新区人民法院执行局", "编号：310115001"]


def test_a_cards_cover_and_its_inside_are_one_card():
    pages = [page("cards.pdf", 1, COVER), page("cards.pdf", 2, INSIDE)]
    docs = [(d.type, d.page_numbers) for d in split_documents(pages)]
    assert docs == [("work_id", [1, 2])]


def test_an_untitled_card_inside_after_a_ruling_is_a_card_not_a_ruling_page():
    pages = [page("bundle.pdf", 1, RULING_1), page("bundle.pdf", 2, RULING_2), page("bundle.pdf", 3, INSIDE)]
    docs = [(d.type, d.page_numbers) for d in split_documents(pages)]
    assert docs == [("ruling", [1, 2]), ("work_id", [3])]


def test_two_officers_cards_on_two_pages_are_two_cards():
    other = ["姓名：赵丽", "职务：书记员", "单位：上海市浦东新区人民法院执行局", "编号：310115002"]
    pages = [page("cards.pdf", 1, ["工作证", *INSIDE]), page("cards.pdf", 2, ["工作证", *other])]
    assert [(d.type, d.page_numbers) for d in split_documents(pages)] == [("work_id", [1]), ("work_id", [2])]


def test_a_photographed_sheet_of_two_cards_with_one_title_lost_is_two_cards():
    from extract.cards import one_card_per_officer
    from extract.fields import read_paper

    sheet = page("ids.jpg", 1, ["工作证", "姓名：王小明", "职务：执行员", "姓名：赵丽", "职务：法官助理",
                                "单位：焦作市解放区人民法院"])
    readings = one_card_per_officer([read_paper(d) for d in split_documents([sheet])])
    assert [r.document.type for r in readings] == ["work_id", "work_id"]
    assert {o.value for r in readings for o in r.fields["officer"]} == {"王小明", "赵丽"}


def _placed(source: str, boxed: list[tuple[str, tuple[float, float, float, float]]]):
    from extract.model import Page, TextLine

    return Page(source=source, number=1, lines=[TextLine(t, b, 0.95) for t, b in boxed], text_source="ocr")


def test_a_card_photographed_open_is_one_card_though_cover_and_inside_both_print_the_title():
    # the cover on the left (emblem, court, title), the inside on the right (title over the fields)
    opened = _placed("id.jpg", [
        ("工作证", (0.60, 0.20, 0.70, 0.25)), ("名：周晓燕", (0.62, 0.28, 0.74, 0.32)),
        ("位：苏州市吴中区人民法院", (0.62, 0.36, 0.86, 0.40)), ("工作证", (0.20, 0.45, 0.36, 0.53)),
        ("中华人民共和国人民法院", (0.18, 0.58, 0.38, 0.62)),
    ])
    assert [d.type for d in split_documents([opened])] == ["work_id"]


def test_two_cards_photographed_side_by_side_are_two_cards():
    sheet = _placed("ids.jpg", [
        ("执行公务证", (0.10, 0.20, 0.30, 0.25)), ("姓名：周晓燕", (0.10, 0.30, 0.30, 0.34)),
        ("执行公务证", (0.60, 0.20, 0.80, 0.25)), ("姓名：钱立群", (0.60, 0.30, 0.80, 0.34)),
    ])
    assert [d.type for d in split_documents([sheet])] == ["duty_cert", "duty_cert"]


def test_two_cards_covers_alone_are_two_cards():
    sheet = _placed("covers.jpg", [
        ("工作证", (0.10, 0.20, 0.30, 0.25)), ("江苏省苏州市中级人民法院", (0.08, 0.30, 0.34, 0.34)),
        ("工作证", (0.60, 0.20, 0.80, 0.25)), ("江苏省苏州市中级人民法院", (0.58, 0.30, 0.84, 0.34)),
    ])
    assert [d.type for d in split_documents([sheet])] == ["work_id", "work_id"]


def test_a_sheet_of_two_opened_cards_with_one_name_label_come_apart_is_two_cards_and_two_officers():
    from extract.cards import one_card_per_officer
    from extract.fields import read_paper

    def card(top: float) -> list[tuple[str, tuple[float, float, float, float]]]:
        return [("工作证", (0.70, top, 0.79, top + 0.03)), ("工作证", (0.13, top + 0.10, 0.34, top + 0.15)),
                ("中华人民共和国人民法院", (0.12, top + 0.16, 0.35, top + 0.19))]
    sheet = _placed("ids.jpg", [
        *card(0.13), ("姓", (0.67, 0.17, 0.69, 0.19)), ("名：宋嘉禾", (0.72, 0.17, 0.82, 0.19)),
        ("位：河南省焦作市中站区人民法院", (0.72, 0.21, 0.97, 0.23)),
        *card(0.43), ("姓性单", (0.65, 0.46, 0.68, 0.55)), ("名：苗青", (0.71, 0.46, 0.80, 0.49)),
        ("位：河南省焦作市中站区人民法院", (0.71, 0.51, 0.96, 0.54)),
    ])
    readings = one_card_per_officer([read_paper(d) for d in split_documents([sheet])])
    assert [r.document.type for r in readings] == ["work_id", "work_id"]
    assert {o.value for r in readings for o in r.fields.get("officer", [])} == {"宋嘉禾", "苗青"}


def test_a_cover_page_and_an_inside_page_whose_name_label_came_apart_are_one_card():
    cover = page("card.tif", 1, ["执行公务证", "中华人民共和国最高人民法院监制"])
    inside = page("card.tif", 2, ["人民法院执行公务证", "姓 ☑名：苗青", "位：河南省焦作市中站区人民法院", "有效期至：2028年12月31日"])
    assert [(d.type, d.page_numbers) for d in split_documents([cover, inside])] == [("duty_cert", [1, 2])]


def test_a_cover_whose_spaced_title_ocr_read_one_character_a_box_out_of_order_is_the_cards_cover():
    # as OCR returned a photographed cover: 「工　作　证」 spaced wide came back as 工, 证, 作
    cover = _placed("ids.pdf", [
        ("人民法院", (0.43, 0.20, 0.57, 0.235)), ("工", (0.39, 0.238, 0.445, 0.277)),
        ("证", (0.57, 0.236, 0.62, 0.273)), ("作", (0.48, 0.244, 0.53, 0.272)),
    ])
    inside = page("ids.pdf", 2, ["工作证", "姓名 郑德胜", "单位 四川省成都市武侯区人民法院", "职务 法官助理"])
    assert [(d.type, d.page_numbers) for d in split_documents([cover, inside])] == [("work_id", [1, 2])]


def test_a_judgments_last_page_signed_by_a_sole_judge_stays_with_the_judgment():
    judgment_1 = ["上海市第一中级人民法院", "民事判决书", "（2025）沪01民初14073号", *wrap(
        "原告胡娜远与被告肖志祥买卖合同纠纷一案，本院依法适用简易程序审理。判决如下：被告于本判决生效之日起十日内归还借款。")]
    judgment_2 = ["审判员 闻人杰", "2025年4月23日", "书记员 甘若水", "本件与原本核对无异"]
    pages = [page("panjue.pdf", 1, judgment_1), page("panjue.pdf", 2, judgment_2)]
    assert [(d.type, d.page_numbers) for d in split_documents(pages)] == [("judgment", [1, 2])]


ENFORCEMENT_RULING = ["安徽省合肥市蜀山区人民法院", "执行裁定书", "（2025）皖0104执7767号", *wrap(
    "本院在执行申请执行人赵轩航与被执行人毛芳凯劳务合同纠纷一案中，（2025）皖0104民初22307号先予执行民事裁定书已经发生"
    "法律效力。裁定如下：提取被执行人毛芳凯住房公积金人民币21642.07元。"), "本裁定立即执行。"]
CIVIL_RULING = ["安徽省合肥市蜀山区人民法院", "民事裁定书", "（2025）皖0104民初22307号", *wrap(
    "原告赵轩航与被告毛芳凯劳务合同纠纷一案，原告于诉讼中向本院申请先予执行。裁定如下：被告先予支付原告劳动报酬。"),
    "本裁定立即执行。", "审判员 计雨桐"]


def test_the_civil_ruling_an_enforcement_ruling_enforces_is_the_legal_basis():
    pages = [page("fax.tif", 1, ENFORCEMENT_RULING), page("fax.tif", 2, CIVIL_RULING)]
    assert [(d.type, d.page_numbers) for d in split_documents(pages)] == [("ruling", [1]), ("judgment", [2])]


def test_a_preservation_civil_ruling_sent_alone_is_the_ruling():
    pages = [page("caiding.pdf", 1, CIVIL_RULING)]
    assert [d.type for d in split_documents(pages)] == ["ruling"]


def test_a_rulings_page_that_says_a_death_certificate_is_attached_is_no_death_certificate():
    """avocet: the second page of a ruling scanned as a TIFF states 「…本案在其遗产范围内继续执行，
    死亡证明附后。」 in its upper part; it is the ruling's page, and the certificate is the paper after it."""
    first = page("02.tif", 1, ["上海市虹口区人民法院", "执行裁定书", "（2026）沪0109执3321号", "申请执行人李芳与被执行人汪斌"])
    second = page("02.tif", 2, ["另查明，被执行人汪斌已于2025年9月16日死亡，本案在其遗",
                                "产范围内继续执行，死亡证明附后。", "裁定如下：", "本裁定立即执行。", "审判长林浩诚"])
    proof = page("04.jpg", 1, ["死亡证明", "汪斌，男，于2025年9月16日死亡。", "特此证明。"])
    assert [(d.type, d.source, d.page_numbers) for d in split_documents([first, second, proof])] == [
        ("ruling", "02.tif", [1, 2]), ("ground_proof", "04.jpg", [1])]


def test_a_rulings_later_page_that_states_the_respondent_retired_is_the_rulings_page():
    """avocet: a ruling's second page opens 「经查，被执行人钱军海系退休人员。」 and then 「裁定如下」 and
    the judges: the ruling's page, not an untitled proof of retirement."""
    first = page("02.pdf", 1, ["上海市普陀区人民法院", "执行裁定书", "（2026）沪0107执3321号", "申请执行人李芳与被执行人钱军海"])
    second = page("02.pdf", 2, ["公积金外，确无其他可供执行的财产。", "经查，被执行人钱军海系退休人员。",
                                "裁定如下：", "扣划被执行人钱军海住房公积金。", "本裁定立即执行。", "审判长田强"])
    proof = page("04.jpg", 1, ["兹证明钱军海系退休人员，已办理退休手续。", "特此证明。"])
    assert [(d.type, d.source, d.page_numbers) for d in split_documents([first, second, proof])] == [
        ("ruling", "02.pdf", [1, 2]), ("ground_proof", "04.jpg", [1])]


def test_a_sentence_ending_at_a_later_pages_top_is_no_title():
    """avocet (dev): a ruling's second page opens with the end of a wrapped sentence, 「领取养老金。」,
    short enough to stand as a title: it ends a sentence, so the page is the ruling's, not a
    pension proof (and the ruling keeps the seal on its last page)."""
    first = page("02.pdf", 1, ["上海市浦东新区人民法院", "执行裁定书", "（2026）沪0115执3321号", "申请执行人田红倩与被执行人钱海波"])
    second = page("02.pdf", 2, ["民币649.57元，已予扣划，尚不足以覆盖全部执行标的，暂无其他", "财产可供执行。",
                                "另查明，被执行人钱海波已达法定退休年龄，现已退休，按月", "领取养老金。",
                                "本院认为，被执行人未履行生效法律文书确定的义务，依法应当强制执行。",
                                "裁定如下：", "扣划被执行人钱海波住房公积金。", "本裁定立即执行。", "审判长 郑鹏峰"])
    assert [(d.type, d.page_numbers) for d in split_documents([first, second])] == [("ruling", [1, 2])]


def test_a_query_forms_receipt_is_the_query_forms_page_though_it_reads_like_a_notice():
    """egret (dev): 「协助查询通知书（回执）」 after the query form, with 收悉, 经办人 and 盖章 (a
    notice's words): the query form's own last page, not an assistance notice."""
    form = page("notice.pdf", 1, ["郁南县人民法院", "协助查询通知书", "（2025）粤5322执1274号", "郁南县公安局：",
                                  "本院在执行申请执行人李芳与被执行人钱军海一案中，需查询被执行人的身份信息。"])
    receipt = page("notice.pdf", 2, ["协助查询通知书（回执）", "郁南县人民法院：",
                                     "你院（2025）粤5322执1274号协助查询通知书收悉，我单位已于年月日按要求办理完毕。",
                                     "经办人：联系电话：", "（协助单位盖章）", "年月日"])
    assert [(d.type, d.page_numbers) for d in split_documents([form, receipt])] == [("query_form", [1, 2])]
