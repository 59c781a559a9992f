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
