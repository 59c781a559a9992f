"""The OCR normaliser: it must repair seed 001's noise and leave clean Chinese alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.normalize import (
    CHAR_TABLE,
    PHRASE_TABLE,
    collapse_spaces,
    normalize_lines,
    normalize_text,
    to_halfwidth,
)


def _seed(prefix: str) -> str:
    """A seed document's text; the seeds live in the shared folder, not in the repo."""
    roots = [
        Path(os.environ.get("ASSISTDESK_SEEDS", "/nonexistent")),
        Path(__file__).resolve().parents[1] / "shared" / "seeds",
        Path("/work/shared/seeds"),
    ]
    for root in roots:
        hits = sorted(root.glob(f"{prefix}_*.txt")) if root.is_dir() else []
        if hits:
            return hits[0].read_text(encoding="utf-8")
    pytest.skip(f"seed {prefix} not available")


# ------------------------------------------------------------------ width and spaces


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("０１２", "012"),
        ("ＡＢｃ", "ABc"),
        ("金额\u3000１２３元", "金额123元"),
        ("￥１２０，０００．００", "¥120,000.00"),  # marks inside a number become its separators
        ("沪01 1 5 执1 23 4号", "沪0115执1234号"),
        ("上 海 市 高 级 人 民 法 院", "上海市高级人民法院"),
        ("2021 年 4 月 12 日", "2021年4月12日"),
        ("第一条  关于协助", "第一条  关于协助"),  # a space between words separates them: kept
        ("承办人 张伟 李娜", "承办人 张伟 李娜"),
        ("书　记　员　　贾鑫霞", "书记员贾鑫霞"),
        ("工作证、 执行公务证", "工作证、执行公务证"),
        ("焦中法 〔2024〕 144号", "焦中法〔2024〕144号"),
        ("RapidOCR 识别 PDF 文件", "RapidOCR 识别 PDF 文件"),  # spaces next to Latin stay
        ("上海市\n浦东新区", "上海市\n浦东新区"),  # line breaks stay
    ],
)
def test_width_and_spaces(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_halfwidth_is_length_preserving() -> None:
    raw = "（２０２４）沪０１１５执１２３４号\u3000￥"
    assert len(to_halfwidth(raw)) == len(raw)


# ------------------------------------------------------------------- look-alike zero


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("二○二四年五月十日", "二〇二四年五月十日"),
        ("二O二四年", "二〇二四年"),
        ("二o二四年", "二〇二四年"),
        ("二０二四年", "二〇二四年"),
        ("二○○五年", "二〇〇五年"),
        ("二〇二○年", "二〇二〇年"),
        ("二零二四年", "二零二四年"),  # 零 is legitimate
        ("○ 第一项", "○ 第一项"),  # a bullet is not between numerals
        ("OCR 2024", "OCR 2024"),
    ],
)
def test_zero_lookalikes(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


# ------------------------------------------------------------------ script confusions


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("仇行", "执行"),
        ("被札行人", "被执行人"),
        ("被抗行人", "被执行人"),
        ("執行", "执行"),
        ("住房公釈金", "住房公积金"),
        ("住房公秋金", "住房公积金"),
        ("住房公私金", "住房公积金"),
        ("住房/Ak釈金", "住房公积金"),
        ("凍結", "冻结"),
        ("凍錯期限", "冻结期限"),
        ("協助", "协助"),
        ("lll助仇行通知事", "协助执行通知书"),
        ("l・I助", "协助"),
        ("執行跡作", "执行协作"),
        ("査洵", "查询"),
        ("仇行裁定ギ", "执行裁定书"),
        ("抗行栽定や", "执行裁定书"),
        ("通知や", "通知书"),
        ("管理中′む", "管理中心"),
        ("管理中lむ", "管理中心"),
        ("管理中Jむ", "管理中心"),
        ("工作iIE", "工作证"),
        ("机行公弁IIE", "执行公务证"),
        ("仇行公券II", "执行公务证"),
        ("2企工作曰内", "2个工作日内"),
        ("仇法人員", "执法人员"),
        ("焦作市中吸人民潤院", "焦作市中级人民法院"),
    ],
)
def test_confusions(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_confusion_split_by_line_break_keeps_the_break() -> None:
    assert normalize_text("lll助仇\n行通郷ギ") == "协助执\n行通知书"


@pytest.mark.parametrize(
    "clean",
    [
        "仇人相见，分外眼红。",  # 仇 alone is not 执
        "他写了一封信札。",  # 札 alone is not 执
        "双方对抗行为",  # 抗行 outside 抗行裁定/被抗行人
        "飞机行李",  # 机行 outside 机行公
        "通知事项如下",  # 通知事项 is real
        "公私金融机构",  # 公私 + 金融
        "王美子",  # a name
        "於某与乾某",  # surnames that look traditional
        "执法人员共2名",
    ],
)
def test_clean_text_is_not_damaged(clean: str) -> None:
    assert normalize_text(clean) == clean


def test_tables_are_data_and_map_away_from_themselves() -> None:
    """No single-character entry maps a character to itself or to another key."""
    for src, dst in CHAR_TABLE.items():
        assert src != dst
        assert dst not in CHAR_TABLE
    for src in PHRASE_TABLE:
        assert len(src) >= 2


def test_normalize_is_idempotent_on_seed_001() -> None:
    once = normalize_text(_seed("001"))
    assert normalize_text(once) == once


def test_normalize_lines() -> None:
    assert normalize_lines(["仇 行", "二○二四年"]) == ["执行", "二〇二四年"]


# ------------------------------------------------------------------------- seeds


MIN_EXECUTE_COUNT = 20
"""Seed 001 has 25 執行/仇行/抗行/札行/机行 forms of 执行; 20 leaves room for table edits."""


def test_seed_001_key_terms() -> None:
    text = normalize_text(_seed("001"))
    for term in (
        "执行",
        "公积金",
        "冻结",
        "协助",
        "查询",
        "裁定书",
        "通知书",
        "管理中心",
        "工作证",
        "执行公务证",
        "2个工作日",
        "协助执行通知书",
        "执行裁定书",
        "焦作市中级人民法院",
        "2名以上执法人员的工作证、执行公务证",
    ):
        assert term in text, term
    assert text.count("执行") >= MIN_EXECUTE_COUNT
    for noise in ("仇行", "公釈金", "公秋金", "凍結", "査洵", "中′む", "iIE", "裁定ギ"):
        assert noise not in text, noise


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_clean_seeds_change_only_by_whitespace(prefix: str) -> None:
    raw = _seed(prefix)
    assert normalize_text(raw) == collapse_spaces(to_halfwidth(raw))


def test_seed_000_paragraph_unchanged() -> None:
    paragraph = (
        "（一）市高级人民法院与市公积金中心建立“点对点”司法网络查询机制。人民法院根据案件需要，"
        "可以通过“点对点”网络查询系统查询职工个人住房公积金账户余额以及是否已被冻结、是否可以冻结等信息。"
    )
    assert paragraph in _seed("000").replace("\n", "").replace(" ", "")
    assert normalize_text(paragraph) == paragraph


def test_fabricated_notice_unchanged() -> None:
    notice = (
        "上海市浦东新区人民法院\n协助执行通知书\n（2024）沪0115执1234号\n"
        "上海市公积金管理中心浦东管理部：\n"
        "申请执行人李四与被执行人张三（身份证号码310115199001011234）民间借贷纠纷一案，"
        "本院作出的（2024）沪0115执1234号执行裁定书已经发生法律效力。请协助执行下列事项：\n"
        "冻结被执行人张三名下住房公积金账户内资金人民币壹拾贰万元（¥120,000.00），"
        "冻结期限三年，自二〇二四年五月十日起至二〇二七年五月九日止。\n"
        "附：执行裁定书一份。联系人：王五，电话：021-12345678。\n二〇二四年五月十日"
    )
    assert normalize_text(notice) == notice


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("人民币168，682.42元", "人民币168,682.42元"),
        ("人民币2。50元", "人民币2.50元"),
        ("自二二四年十二月四日起", "自二〇二四年十二月四日起"),
        ("共二二人，其中", "共二二人，其中"),  # not a year: left alone
        ("第一，二", "第一，二"),
    ],
)
def test_marks_inside_numbers(raw, expected):
    assert normalize_text(raw) == expected


def test_forms_simplified_text_never_writes_are_simplified_and_nothing_else():
    """A name OCR'd in its traditional form (溫俊惠) reads as printed (温俊惠); forms GB 2312 keeps
    for simplified text (乾隆, 於, 後) and a rare name character with no other form (堃) stay."""
    assert normalize_text("被执行人溫俊惠") == "被执行人温俊惠"
    assert normalize_text("裏") == "里"
    assert normalize_text("乾隆年间") == "乾隆年间"
    assert normalize_text("於某、後某、王堃") == "於某、後某、王堃"
