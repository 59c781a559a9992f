"""Officers' cards: every card one document, every holder's name read, whatever the medium."""

from __future__ import annotations

from extract.cards import one_card_per_officer
from extract.classify import split_documents
from extract.fields import read_paper
from extract.model import Page, TextLine
from tests.textpages import page


def _placed(source: str, boxed: list[tuple[str, tuple[float, float, float, float]]], number: int = 1) -> Page:
    """A page as OCR returns it: boxes where the detector found them, in the order it found them."""
    return Page(source=source, number=number, lines=[TextLine(t, b, 0.95) for t, b in boxed], text_source="ocr")


def _officers(pages: list[Page]) -> list[list[str]]:
    readings = one_card_per_officer([read_paper(d) for d in split_documents(pages)])
    return [[o.value for o in r.fields.get("officer", [])] for r in readings]


def test_a_holder_whose_surname_is_fu_is_read_from_the_card():
    card = page("id.jpg", 1, ["工作证", "姓名傅小军", "单位 陕西省西安市雁塔区人民法院", "职务 执行员"])
    assert _officers([card]) == [["傅小军"]]


def test_a_name_beside_a_column_of_labels_read_as_one_tall_box_stops_at_the_next_label():
    # a photocopied card: OCR read the labels' first characters 姓/性/单 as one tall box, and
    # 「别：男」 under 「名：朱帆荣」 is the next field, not the name's wrapped cell
    card = _placed("ids.pdf", [
        ("工作证", (0.683, 0.106, 0.768, 0.131)), ("姓性单", (0.643, 0.141, 0.675, 0.233)),
        ("名：朱帆荣", (0.703, 0.142, 0.801, 0.159)), ("别：男", (0.704, 0.165, 0.764, 0.183)),
        ("位：河南省博爱县人民法院", (0.703, 0.186, 0.935, 0.206)), ("务：执行员", (0.706, 0.211, 0.802, 0.23)),
        ("编", (0.649, 0.235, 0.677, 0.251)), ("号：4108140443", (0.706, 0.234, 0.843, 0.252)),
    ])
    assert _officers([card]) == [["朱帆荣"]]


def _opened(top: float, name: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    """An opened card photographed: its inside on the right (title over the fields), its cover on the left."""
    return [
        ("工作证", (0.71, top, 0.78, top + 0.022)), (name, (0.70, top + 0.026, 0.79, top + 0.044)),
        ("单", (0.681, top + 0.048, 0.70, top + 0.062)), ("位河南省沁阳市人民法院", (0.704, top + 0.048, 0.89, top + 0.062)),
        ("职", (0.68, top + 0.066, 0.70, top + 0.08)), ("务执行员", (0.705, top + 0.066, 0.79, top + 0.08)),
        ("人民法院", (0.22, top + 0.08, 0.32, top + 0.10)), ("工作证", (0.18, top + 0.10, 0.36, top + 0.13)),
        ("发证机关：河南省沁阳市人民法院", (0.58, top + 0.145, 0.75, top + 0.158)),
    ]


def test_two_officers_opened_cards_on_one_photo_are_two_cards_though_one_name_label_lost_its_surname_character():
    sheet = _placed("ids.pdf", [*_opened(0.09, "姓名陈新民"), *_opened(0.33, "名侯思远")])
    readings = one_card_per_officer([read_paper(d) for d in split_documents([sheet])])
    assert [r.document.type for r in readings] == ["work_id", "work_id"]
    assert {o.value for r in readings for o in r.fields.get("officer", [])} == {"陈新民", "侯思远"}


def test_a_cover_page_and_an_inside_page_whose_name_label_reads_without_its_surname_character_are_one_card():
    cover = _placed("ids.pdf", [("执行人员证件", (0.12, 0.05, 0.24, 0.07)), ("人民法院", (0.47, 0.23, 0.60, 0.26)),
                                ("工作证", (0.40, 0.25, 0.67, 0.32))], number=1)
    inside = _placed("ids.pdf", [
        ("执行人员证件", (0.12, 0.05, 0.24, 0.07)), ("工作证", (0.48, 0.12, 0.57, 0.15)),
        ("生名秦新民", (0.453, 0.16, 0.585, 0.185)), ("姓", (0.439, 0.165, 0.466, 0.181)),
        ("单", (0.439, 0.189, 0.463, 0.209)), ("位河南省焦作市中站区人民法院", (0.473, 0.187, 0.76, 0.209)),
        ("职", (0.434, 0.213, 0.463, 0.234)), ("务执行员", (0.473, 0.213, 0.581, 0.235)),
    ], number=2)
    assert [(d.type, d.page_numbers) for d in split_documents([cover, inside])] == [("work_id", [1, 2])]


def test_a_cover_photographed_above_its_inside_is_one_card_though_the_insides_labels_stand_left_of_its_title():
    sheet = _placed("ids.pdf", [
        ("人民法院", (0.415, 0.219, 0.558, 0.249)), ("工作证", (0.353, 0.255, 0.623, 0.302)),
        ("工作证", (0.463, 0.468, 0.569, 0.501)), ("姓", (0.426, 0.513, 0.46, 0.531)),
        ("E名程俊杰", (0.443, 0.509, 0.587, 0.539)), ("单", (0.431, 0.539, 0.456, 0.559)),
        ("位河南省温县人民法院", (0.46, 0.538, 0.721, 0.567)), ("职", (0.43, 0.566, 0.457, 0.589)),
        ("务执行员", (0.466, 0.565, 0.592, 0.593)),
    ])
    assert [d.type for d in split_documents([sheet])] == ["work_id"]
    assert _officers([sheet]) == [["程俊杰"]]
    from extract.classify import _covers

    titles = [line for line in sheet.lines if line.text == "工作证"]
    assert _covers(sheet, titles) == [titles[0]]  # the cover owns nothing of the inside's labels


def test_a_seals_character_printed_over_the_officers_signature_is_not_part_of_the_name():
    from extract.layout import PageText, reading_order

    signed = [TextLine("执行员 黎翠兰", (0.59, 0.15, 0.778, 0.17)), TextLine("山", (0.624, 0.148, 0.651, 0.171))]
    assert PageText.build(reading_order(signed)).text.split("\n")[0] == "执行员 黎翠兰"
    ruling = page("r.pdf", 1, ["河南省焦作市山阳区人民法院", "执行裁定书", "裁定如下：", "冻结被执行人朱杰住房公积金。"])
    ruling.lines += signed
    assert _officers([ruling]) == [["黎翠兰"]]


def test_a_table_cells_wrap_that_opens_like_a_label_still_rejoins_its_cell():
    # 「写：人民币玖万」 continues 「冻结金额…（大」: a wrap, however much it looks like a field of its own
    from extract.layout import PageText, reading_order

    table = [TextLine(t, b) for t, b in [
        ("冻结金额96264.07元（大", (0.15, 0.551, 0.432, 0.569)), ("写：人民币玖万", (0.261, 0.576, 0.432, 0.594)),
        ("陆仟贰佰陆拾肆", (0.261, 0.601, 0.432, 0.619)), ("元零柒分）", (0.261, 0.626, 0.383, 0.644)),
        ("冻结期限", (0.462, 0.551, 0.559, 0.569)), ("自2025年12月12日起", (0.64, 0.551, 0.859, 0.569)),
        ("至2030年12月11日止", (0.64, 0.576, 0.859, 0.594)),
    ]]
    assert "自2025年12月12日起至2030年12月11日止" in PageText.build(reading_order(table)).text


def test_a_cover_whose_title_was_lost_is_the_cover_of_the_card_inside_beside_it():
    cover = _placed("ids.pdf", [("★", (0.489, 0.162, 0.531, 0.195)), ("河南省温县人民法院", (0.414, 0.218, 0.606, 0.242)),
                                ("片", (0.495, 0.257, 0.526, 0.263))], number=1)
    inside = page("ids.pdf", 2, ["工作证", "姓名 潘军", "单位 河南省温县人民法院", "职务 执行局法官"])
    assert [(d.type, d.page_numbers) for d in split_documents([cover, inside])] == [("work_id", [1, 2])]


def test_a_cover_read_as_nothing_in_a_file_of_cards_is_the_cover_of_the_card_beside_it():
    """Gold on red the OCR cannot read: a blank page before a card's inside, among cards alone,
    is that card's cover; a blank page among the court's papers is not given to a card."""
    duty = page("ids.pdf", 1, ["执行公务证", "姓名程永刚", "单位河南省焦作市山阳区人民法院", "职务法官助理"])
    cover = page("ids.pdf", 2, [])
    inside = page("ids.pdf", 3, ["工作证", "姓名程永刚", "单位河南省焦作市山阳区人民法院", "职务执行员"])
    assert [(d.type, d.page_numbers) for d in split_documents([duty, cover, inside])] == [
        ("duty_cert", [1]), ("work_id", [2, 3])]
    ruling = page("p.pdf", 1, ["河南省焦作市山阳区人民法院", "执行裁定书", "（2026）豫0811执1号", "裁定如下：冻结。"])
    blank = page("p.pdf", 2, [])
    card = page("p.pdf", 3, ["工作证", "姓名程永刚", "单位河南省焦作市山阳区人民法院", "职务执行员"])
    assert ("work_id", [3]) in [(d.type, d.page_numbers) for d in split_documents([ruling, blank, card])]


def test_two_cards_side_by_side_close_together_are_two_cards():
    sheet = _placed("ids.jpg", [
        ("工作证", (0.10, 0.20, 0.30, 0.25)), ("姓名：周晓燕", (0.10, 0.30, 0.30, 0.34)),
        ("单位：苏州市吴中区人民法院", (0.10, 0.36, 0.30, 0.40)),
        ("工作证", (0.45, 0.20, 0.65, 0.25)), ("姓名：钱立群", (0.45, 0.30, 0.65, 0.34)),
        ("单位：苏州市吴中区人民法院", (0.45, 0.36, 0.65, 0.40)),
    ])
    assert [d.type for d in split_documents([sheet])] == ["work_id", "work_id"]


def test_a_cover_whose_title_lost_its_last_character_is_the_cover_of_the_card_inside_after_it():
    """Gold letters on red: 「执行公务证」 read as 「执行公务」, so no title matches; the cover is
    still the card beside it, not a paper of its own."""
    cover = _placed("zhengjian.pdf", [("厂", (0.30, 0.13, 0.32, 0.15)), ("★", (0.48, 0.16, 0.52, 0.19)),
                                      ("中华人民共和国最高人民法院", (0.38, 0.22, 0.62, 0.24)),
                                      ("执行公务", (0.42, 0.25, 0.58, 0.29))], number=1)
    inside = page("zhengjian.pdf", 2, ["执行公务证", "姓名彭强", "单位上海市闵行区人民法院", "职务书记员"])
    assert [(d.type, d.page_numbers) for d in split_documents([cover, inside])] == [("duty_cert", [1, 2])]


def test_a_cards_validity_is_read_as_it_prints_it():
    """「有效期至…」 or a range 「有效期：…至…」: the last day the card is in force."""
    from extract.fields import read_paper
    from extract.request import build_request

    notice = page("notice.pdf", 1, ["河南省焦作市山阳区人民法院", "协助执行通知书", "（2025）豫0811执1040号",
                                    "焦作市住房公积金管理中心：请协助冻结被执行人姜杰名下住房公积金。"])
    expired = page("ids.jpg", 1, ["执行公务证", "姓名：范满仓", "单位：河南省焦作市山阳区人民法院",
                                  "有效期至二〇二三年十二月三十一日"])
    ranged = page("ids2.jpg", 1, ["工作证", "姓名：任浩然", "单位：河南省焦作市山阳区人民法院",
                                  "有效期：2021年1月1日至2028年12月31日"])
    plain = page("ids3.jpg", 1, ["工作证", "姓名：李明", "单位：河南省焦作市山阳区人民法院", "编号：4108001"])
    photographed = page("ids4.jpg", 1, ["执行公务证", "姓名：", "陆德荣", "单位：河南省焦作市山阳区人民法院",
                                        "效期至：2025年12月31日"])  # the photo lost 有
    request, _ = build_request([read_paper(d) for d in split_documents([notice, expired, ranged, plain, photographed])])
    found = {d.source: d.valid_until for d in request.documents if d.type in ("work_id", "duty_cert")}
    assert {k: v and v.isoformat() for k, v in found.items()} == {
        "ids.jpg": "2023-12-31", "ids2.jpg": "2028-12-31", "ids3.jpg": None, "ids4.jpg": "2025-12-31"}


def test_a_cards_label_read_out_of_order_is_no_officer():
    """单 is a surname, but 「单位：」 on a photographed card whose lines came out of order is the
    label, not an officer called 单位 (the name, OCR'd in its traditional form 溫, is not taken for one either)."""
    from extract.fields import read_paper
    from extract.request import build_request

    card = page("card_4.jpg", 1, ["执行公务证", "溫俊惠", "姓名：", "云浮市云安区人民法院", "单位：", "证号：", "执612143"])
    request, _ = build_request([read_paper(d) for d in split_documents([card])])
    assert "单位：" not in [o.name for o in request.officers]


def test_a_sheet_of_one_card_inside_and_another_opened_flat_is_two_cards():
    """A photocopied sheet: one card's inside at the top, below it another card's cover beside its
    inside. The first holder's label reads 「生☑名郑波」 (姓 read as 生, the seal's edge as a mark):
    still a holder, so the sheet holds two cards, not one."""
    sheet = _placed("cards_scan.pdf", [
        ("工作证", (0.45, 0.06, 0.55, 0.08)), ("姓", (0.44, 0.10, 0.46, 0.12)), ("生☑名郑波", (0.44, 0.11, 0.60, 0.13)),
        ("位上海市闵行区人民法院", (0.44, 0.17, 0.70, 0.19)), ("务执行员", (0.44, 0.20, 0.56, 0.22)),
        ("号01126339", (0.44, 0.23, 0.58, 0.25)),
        ("工作证", (0.66, 0.30, 0.76, 0.32)), ("姓", (0.64, 0.34, 0.66, 0.36)), ("名崔伟晓", (0.64, 0.35, 0.78, 0.37)),
        ("位上海市闵行区人民法院", (0.64, 0.40, 0.88, 0.42)), ("务执行员", (0.64, 0.43, 0.76, 0.45)),
        ("上海市闵行区人民法院", (0.18, 0.40, 0.40, 0.42)), ("工作证", (0.22, 0.44, 0.36, 0.47)),
        ("号01126441", (0.64, 0.46, 0.78, 0.48)),
    ])
    assert [d.type for d in split_documents([sheet])] == ["work_id", "work_id"]
    assert {name for names in _officers([sheet]) for name in names} == {"崔伟晓", "郑波"}


def _files(docs) -> list[tuple[str, list[str]]]:
    return [(d.type, [p.source for p in d.pages]) for d in docs]


def test_a_cards_cover_and_inside_photographed_as_two_files_are_one_card():
    """Cards opened on a desk and photographed cover, then inside (the independent corpus
    godwit): each cover is a file of its own, read whole (「执行公务证」 over the court), in part
    (「行公务」) or as a stray mark (「工」), and is the cover of the card in the next file."""
    photos = [
        page("1.jpg", 1, ["工作证", "焦作市解放区人民法院"]),
        page("2.jpg", 1, ["工作证", "姓名：康龙凯", "单位：焦作市解放区人民法院", "职务：执行员"]),
        page("3.jpg", 1, ["X", "行公务"]),
        page("4.jpg", 1, ["中华人民共和国人民法院执行公务证", "姓名：康龙凯", "单位：焦作市解放区人民法院", "职务：执行员"]),
        page("5.jpg", 1, ["工"]),
        page("6.jpg", 1, ["工作证", "姓名：李浩勇", "单位：焦作市解放区人民法院", "职务：法官助理"]),
    ]
    assert _files(split_documents(photos)) == [
        ("work_id", ["1.jpg", "2.jpg"]), ("duty_cert", ["3.jpg", "4.jpg"]), ("work_id", ["5.jpg", "6.jpg"])]


def test_cards_insides_in_files_of_their_own_stay_two_cards_and_a_cover_takes_no_paper():
    """Two insides side by side are two officers' cards; a card's cover next to the court's
    paper is not that paper's page."""
    one = page("1.jpg", 1, ["工作证", "姓名：康龙凯", "单位：焦作市解放区人民法院"])
    two = page("2.jpg", 1, ["工作证", "姓名：李浩勇", "单位：焦作市解放区人民法院"])
    assert _files(split_documents([one, two])) == [("work_id", ["1.jpg"]), ("work_id", ["2.jpg"])]
    cover = page("c.jpg", 1, ["执行公务证", "中华人民共和国最高人民法院"])
    notice = page("n.pdf", 1, ["焦作市解放区人民法院", "协助执行通知书", "（2026）豫0802执1号", "请协助查询。"])
    assert _files(split_documents([cover, notice])) == [("duty_cert", ["c.jpg"]), ("assist_notice", ["n.pdf"])]


def test_a_cover_photographed_apart_from_its_inside_is_still_that_cards_cover():
    """Photos named by the camera's clock (avocet) come in any order: the work ID's cover is two
    files after its inside, with the duty card's cover and inside between them."""
    photos = [
        page("IMG_107704.jpg", 1, ["工作证", "姓名：廖涛", "职务：法官助理"]),
        page("IMG_129724.jpg", 1, ["中华人民共和国", "执行公务证", "最高人民法院制"]),
        page("IMG_142075.jpg", 1, ["执行公务证", "姓名：叶嘉德", "职务：法官助理"]),
        page("IMG_200212.jpg", 1, ["工作证", "上海市普陀区人民法院"]),
    ]
    assert _files(split_documents(photos)) == [
        ("work_id", ["IMG_107704.jpg", "IMG_200212.jpg"]), ("duty_cert", ["IMG_129724.jpg", "IMG_142075.jpg"])]


def test_a_seals_words_under_a_cards_post_are_no_officer():
    """A photocopied duty card (avocet): the seal's arc 「…和国最…」 is read as a line under
    「职务：执行员」; 和 is a surname, but a card names its holder by its label, and its post
    introduces no one, so the sheet of two cards holds two officers, not three."""
    sheet = page("05.png", 1, ["执行公务证", "姓名：程伟", "性别：男", "单位：上海市虹口区人民法院", "职务：执行员",
                               "和国最", "证号：沪执900635", "工作证", "姓名：董鸣", "单位：上海市虹口区人民法院",
                               "职务：审判员"])
    assert sorted({name for names in _officers([sheet]) for name in names}) == ["程伟", "董鸣"]
    assert len(one_card_per_officer([read_paper(d) for d in split_documents([sheet])])) == 2


def test_a_duty_card_photographed_open_beside_its_cover_set_lower_is_one_card():
    # a phone photo of an opened 执行公务证: the cover (emblem, title, 「人民法院执行局」) on the left
    # with its title lower than the inside's, the inside's foot sentence reaching towards it
    photo = _placed("card.jpg", [
        ("中华人民共和国最高人民法院", (0.121, 0.249, 0.357, 0.311)), ("执行公务证", (0.582, 0.262, 0.705, 0.324)),
        ("姓名陶佳强", (0.589, 0.335, 0.719, 0.391)), ("性单", (0.592, 0.379, 0.622, 0.481)),
        ("别女", (0.623, 0.384, 0.692, 0.427)), ("位上海市黄浦区人民法院", (0.637, 0.41, 0.826, 0.467)),
        ("职", (0.599, 0.468, 0.624, 0.516)), ("务执行员", (0.637, 0.466, 0.726, 0.511)),
        ("执行公务证", (0.115, 0.494, 0.339, 0.596)), ("号沪执证字第0101577号", (0.642, 0.498, 0.813, 0.552)),
        ("证", (0.607, 0.527, 0.624, 0.554)), ("有效期至2027年12月31日", (0.607, 0.545, 0.8, 0.6)),
        ("持证人依法执行公务，请有关单位和个人予以协助。", (0.524, 0.631, 0.808, 0.693)),
        ("人民法院执行局", (0.153, 0.708, 0.284, 0.76)),
    ])
    assert [d.type for d in split_documents([photo])] == ["duty_cert"]
    assert _officers([photo]) == [["陶佳强"]]


def test_the_cards_printed_sentence_about_its_holder_names_no_holder():
    # two officers' cards copied on one sheet, each opened (cover left, inside right); each
    # inside prints 「持证人依法执行公务…」, which is no name label: two cards, not three
    sheet = _placed("ids.pdf", [
        ("执行人员证件复印件", (0.115, 0.062, 0.391, 0.086)), ("工作证", (0.653, 0.158, 0.74, 0.183)),
        ("中华人民共和国", (0.192, 0.167, 0.336, 0.191)), ("姓", (0.635, 0.201, 0.658, 0.215)),
        ("名潘松珍", (0.678, 0.199, 0.774, 0.218)), ("单", (0.636, 0.248, 0.656, 0.263)),
        ("位上海市崇明区人民法院", (0.682, 0.248, 0.889, 0.263)), ("职", (0.633, 0.27, 0.658, 0.287)),
        ("务执行员", (0.683, 0.271, 0.773, 0.287)), ("工作证", (0.169, 0.283, 0.368, 0.326)),
        ("上海市崇明区人民法院", (0.18, 0.385, 0.368, 0.407)), ("执行公务证", (0.635, 0.572, 0.771, 0.6)),
        ("中华人民共和国最高人民法院", (0.151, 0.584, 0.386, 0.604)), ("姓名 魏珍勇", (0.633, 0.612, 0.778, 0.636)),
        ("单", (0.636, 0.663, 0.666, 0.678)), ("位上海市崇明区人民法院", (0.675, 0.661, 0.892, 0.685)),
        ("执行公务证", (0.157, 0.702, 0.38, 0.74)), ("证号沪执证字第0151542号", (0.632, 0.707, 0.858, 0.733)),
        ("持证人依法执行公务，请有关单位和个人予以协助。", (0.529, 0.776, 0.849, 0.8)),
        ("人民法院执行局", (0.206, 0.802, 0.335, 0.82)),
        ("持证人依法执行公务.有关单位和个人应当予以协助。", (0.529, 0.83, 0.849, 0.85)),
    ])
    assert sorted(d.type for d in split_documents([sheet])) == ["duty_cert", "work_id"]


def test_a_mark_between_the_name_label_and_the_name_leaves_the_name_and_a_sex_field_is_no_name():
    # the seal's edge read as a mark after 「名」; 「别女」 (the 性别 field come apart) is no holder
    card = _placed("card.jpg", [
        ("中华人民共和国", (0.172, 0.196, 0.321, 0.259)), ("工作证", (0.612, 0.334, 0.69, 0.384)),
        ("名☑孟晓浩", (0.634, 0.405, 0.723, 0.444)), ("姓", (0.602, 0.417, 0.62, 0.444)),
        ("工作证", (0.125, 0.435, 0.337, 0.548)), ("性", (0.603, 0.442, 0.622, 0.508)),
        ("别女", (0.642, 0.451, 0.698, 0.486)), ("单职", (0.602, 0.491, 0.628, 0.575)),
        ("位上海市黄浦区人民法院", (0.644, 0.481, 0.83, 0.527)), ("务执行员", (0.646, 0.532, 0.73, 0.571)),
        ("上海市黄浦区人民法院", (0.121, 0.652, 0.321, 0.714)),
    ])
    assert _officers([card]) == [["孟晓浩"]]


def test_two_cards_stacked_in_one_column_keep_their_own_lines_though_the_upper_title_is_wider():
    # the lower card's labels stand mostly in the wide upper title's reach, yet they are under
    # the lower title, in the same column: the work ID is not lost to the duty card above
    sheet = _placed("ids.pdf", [
        ("人民法院执行公务证", (0.10, 0.05, 0.40, 0.08)), ("姓名：张三", (0.03, 0.10, 0.22, 0.12)),
        ("单位：河南省博爱县人民法院", (0.03, 0.13, 0.40, 0.15)), ("职务：执行员", (0.03, 0.16, 0.22, 0.18)),
        ("工作证", (0.22, 0.55, 0.28, 0.58)), ("姓名：李四", (0.03, 0.60, 0.26, 0.62)),
        ("单位：河南省博爱县人民法院执行局", (0.03, 0.63, 0.48, 0.65)), ("职务：执行员", (0.03, 0.66, 0.24, 0.68)),
    ])
    assert sorted(d.type for d in split_documents([sheet])) == ["duty_cert", "work_id"]


def test_a_holder_label_with_a_colon_is_a_label_whatever_follows():
    from extract.classify import card_holders

    card = _placed("card.jpg", [
        ("执行公务证", (0.40, 0.10, 0.60, 0.14)), ("持证人：李明，有效期：2025.12.31", (0.30, 0.20, 0.75, 0.24)),
        ("单位：河南省温县人民法院", (0.30, 0.26, 0.70, 0.30)),
    ])
    assert card_holders(card) == 1  # an inside, never taken for a cover


def test_a_cover_page_before_an_inside_whose_name_label_the_scan_lost_is_one_card_with_it():
    # a PDF of one work ID: page 1 its cover (emblem, court, one character of 「工作证」 in gold
    # on red); page 2 its inside, the 姓名 label lost and the name alone on its line
    cover = _placed("zhengjian_3.pdf", [("★", (0.472, 0.168, 0.517, 0.205)),
                                        ("河南省焦作市解放区人民法院", (0.389, 0.228, 0.603, 0.252)),
                                        ("作", (0.474, 0.264, 0.515, 0.28))], number=1)
    inside = _placed("zhengjian_3.pdf", [
        ("工作证", (0.46, 0.154, 0.532, 0.177)), ("江云亮", (0.501, 0.178, 0.556, 0.194)),
        ("焦作市解放区人民法院", (0.551, 0.201, 0.674, 0.216)), ("职", (0.444, 0.222, 0.462, 0.236)),
        ("执行员", (0.507, 0.223, 0.556, 0.237)), ("豫08023452", (0.511, 0.245, 0.588, 0.259)),
    ], number=2)
    documents = split_documents([cover, inside])
    assert [(d.type, d.page_numbers) for d in documents] == [("work_id", [1, 2])]
