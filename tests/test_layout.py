"""Reading order and the joining of rows: wrapped sentences join, fields and columns do not."""

from __future__ import annotations

import pytest

from extract.layout import PageText, reading_order
from extract.model import TextLine


def line(text, x0, y0, x1, h=0.02):
    return TextLine(text, (x0, y0, x1, y0 + h), 0.99)


def test_skewed_rows_keep_their_order():
    # a page turned 2° clockwise: each row's right end sits lower than its left end
    lines = [line("第二行右", 0.6, 0.135, 0.85), line("第一行", 0.1, 0.10, 0.5), line("第二行左", 0.1, 0.12, 0.5),
             line("第一行右", 0.6, 0.115, 0.85)]
    rows = reading_order(lines, skew=2.0)
    assert [[x.text for x in row] for row in rows] == [["第一行", "第一行右"], ["第二行左", "第二行右"]]


def test_a_photographed_pages_tilted_lines_stay_apart():
    """A notice photographed 5.75° askew (an independent corpus, avocet, a dev bundle): each long
    line's upright box is three lines of text tall, so it took in the line under it and the row
    read 「贰佰伍拾叁元整)…」 before 「…人民币贰拾肆万捌仟」, the amount as 253.00 yuan. Rows are told
    apart by the text's height, and the tilt in page fractions is tan(skew) × width / height."""
    lines = [
        TextLine("一、扣划被执行人卢琳玲（女，公民身份号码：350102196608080922)在你", (0.19, 0.397, 0.791, 0.46)),
        TextLine("中心住房公积金账户内的存款人民币248,253.00元（大写：人民币贰拾肆万捌仟",
                 (0.154, 0.417, 0.786, 0.484)),
        TextLine("贰佰伍拾叁元整)，划入本院执行款专户：", (0.151, 0.441, 0.481, 0.484)),
        TextLine("户名：上海市嘉定区人民法院", (0.218, 0.469, 0.475, 0.507)),
    ]
    rows = reading_order(lines, skew=5.75, aspect=1700 / 2250)
    assert [[x.text[:4] for x in row] for row in rows] == [["一、扣划"], ["中心住房"], ["贰佰伍拾"], ["户名：上"]]
    assert "人民币贰拾肆万捌仟贰佰伍拾叁元整" in PageText.build(rows).text


def test_wrapped_body_text_joins_but_fields_keep_their_breaks():
    rows = [
        [line("本院在执行申请执行人李四与被执行人张三一案中，冻结人民币（20", 0.1, 0.10, 0.9)],
        [line("24）沪0115执1234号", 0.1, 0.13, 0.4)],
        [line("姓名：王小明", 0.1, 0.16, 0.3)],
        [line("单位：上海市浦东新区人民法院", 0.1, 0.19, 0.5)],
    ]
    text = PageText.build(rows).text
    assert "（2024）沪0115执1234号" in text
    assert "姓名：王小明\n单位" in text


def test_columns_and_indented_paragraphs_keep_their_breaks():
    rows = [
        [line("工作证", 0.1, 0.1, 0.3), line("执行公务证", 0.6, 0.1, 0.9)],
        [line("姓名：王小明", 0.1, 0.13, 0.3)],
        [line("被执行人未履行义务，本院依法作出执行裁定，请协助执行下列事项。", 0.1, 0.2, 0.9)],
        [line("二、请将结果书面反馈本院。", 0.16, 0.23, 0.6)],
    ]
    page = PageText.build(rows)
    assert page.text.split("\n") == ["工作证 执行公务证", "姓名：王小明", "被执行人未履行义务，本院依法作出执行裁定，请协助执行下列事项。",
                                     "二、请将结果书面反馈本院。"]
    start = page.text.index("王小明")
    assert page.box_at(start, start + 3) == pytest.approx((0.2, 0.13, 0.3, 0.15))  # the name, not 「姓名：」


def test_a_number_s_box_is_tight_to_the_number():
    """Issue 12 item 9: the ID number's box covered the whole 「公民身份号码：…，住…」 line."""
    page = PageText.build([[line("公民身份号码：310115199102232616", 0.1, 0.3, 0.7)]])
    start = page.text.index("3101")
    x0, y0, x1, y1 = page.box_at(start, start + 18)
    # 7 full-width characters (7 ems) then 18 digits (9 ems): the number takes the right 9/16
    assert (x0, x1) == pytest.approx((0.1 + 0.6 * 7 / 16, 0.7)) and (y0, y1) == (0.3, 0.32)



def test_a_vertical_run_of_spaced_labels_does_not_pull_two_rows_into_one():
    # 「姓　名」 over 「性　别」: the detector reads the labels' first characters as one tall box
    lines = [TextLine("姓性", (0.60, 0.33, 0.62, 0.44), 0.9), TextLine("名：钱立群", (0.65, 0.34, 0.75, 0.38), 0.9),
             TextLine("别：女", (0.65, 0.39, 0.70, 0.43), 0.9), TextLine("工作证", (0.62, 0.22, 0.70, 0.26), 0.9),
             TextLine("位：苏州市吴中区人民法院", (0.65, 0.45, 0.90, 0.49), 0.9)]
    text = PageText.build(reading_order(lines)).text
    assert text.split("\n") == ["工作证", "姓性名：钱立群", "别：女", "位：苏州市吴中区人民法院"]


def test_a_table_cells_wrapped_lines_rejoin_their_cell():
    h = 0.018
    lines = [
        line("账户号", 0.13, 0.40, 0.21, h), line("码", 0.13, 0.403 + h, 0.15, h),
        line("604512987733", 0.25, 0.40, 0.40, h), line("期限", 0.45, 0.40, 0.52, h),
        line("自2024年3月5日起", 0.60, 0.40, 0.86, h), line("至2027年3月4日", 0.60, 0.403 + h, 0.82, h),
        line("二、冻结期间不得办理提取。", 0.13, 0.47, 0.60, h),
    ]
    text = PageText.build(reading_order(lines)).text
    assert text.split("\n") == ["账户号码 604512987733 期限 自2024年3月5日起至2027年3月4日", "二、冻结期间不得办理提取。"]


def test_running_text_and_label_rows_are_not_taken_for_cell_wraps():
    h = 0.02
    lines = [
        line("姓名", 0.10, 0.10, 0.18, h), line("周晓燕", 0.30, 0.10, 0.42, h),
        line("单位", 0.10, 0.10 + 1.2 * h, 0.18, h), line("苏州市吴中区人民法院", 0.30, 0.10 + 1.2 * h, 0.60, h),
        # a body line split by a gap, then the paragraph's short last line half a line below
        line("被执行人未履行生效法律文书确定的", 0.10, 0.30, 0.55, h), line("义务，本院依法", 0.65, 0.30, 0.90, h),
        line("裁定如下。", 0.10, 0.30 + 1.6 * h, 0.25, h),
    ]
    text = PageText.build(reading_order(lines)).text
    assert text.split("\n") == ["姓名 周晓燕", "单位 苏州市吴中区人民法院", "被执行人未履行生效法律文书确定的 义务，本院依法", "裁定如下。"]


def test_a_cells_lines_set_half_a_line_apart_still_rejoin_their_cell():
    h = 0.016
    lines = [
        line("冻结金额", 0.15, 0.624, 0.244, 0.02), line("人民币壹拾陆万叁仟捌", 0.261, 0.627, 0.446, h),
        line("佰陆拾壹元陆角肆分（", 0.261, 0.651, 0.446, h), line("¥163861.64）", 0.261, 0.675, 0.464, h),
        line("冻结期限", 0.462, 0.624, 0.556, 0.02), line("2026年07月27", 0.64, 0.624, 0.875, 0.02),
        line("日至2029年07月", 0.64, 0.648, 0.875, 0.02), line("26日", 0.64, 0.672, 0.71, 0.02),
    ]
    text = PageText.build(reading_order(lines)).text
    assert "2026年07月27日至2029年07月26日" in text
    assert "人民币壹拾陆万叁仟捌佰陆拾壹元陆角肆分（¥163861.64）" in text


def test_a_cells_line_of_digits_with_a_shorter_box_still_rejoins_its_cell():
    """Digits are set in boxes shorter than the Han characters beside them (15 for 20 here):
    measured in their own height the gap under 「人民币」 looks like the next row's."""
    lines = [
        line("冻结金额", 0.150, 0.5224, 0.244, 0.020), line("人民币", 0.2595, 0.5266, 0.312, 0.015),
        line("173,595.58", 0.2595, 0.5507, 0.436, 0.015), line("元", 0.2595, 0.5748, 0.277, 0.015),
        line("冻结期限", 0.457, 0.5224, 0.5515, 0.020), line("自2025年3月24", 0.633, 0.5224, 0.8685, 0.020),
        line("日起至2030年3月", 0.633, 0.5466, 0.8685, 0.020), line("23日止", 0.633, 0.5707, 0.727, 0.020),
        line("二、冻结期间，未经本院准许，不得办理提取、转移等手续。", 0.15, 0.610, 0.87, 0.020),
    ]
    text = PageText.build(reading_order(lines)).text
    assert "人民币173,595.58元" in text
    assert "自2025年3月24日起至2030年3月23日止" in text
