"""Repair of OCR'd Chinese (extract.repair): what it fixes, what it keeps, what it must not touch.

The noisy texts here are ours: tests/data/repair/heldout.clean.txt was written for these
tests (a fictitious city's policy in the seeds' genre, in no training text), and
heldout.noisy.txt is how Tesseract's Japanese model reads a poor scan of it
(`scripts/learn_confusions.py --engine tesseract --read`). Seed 001 is not used to check repairs: its
measure is bench/repair.py against an independent transcription.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.repair import cer, squeeze
from extract.repair import Repair, RepairedText, repair_text
from extract.repair.linebreak import linebreak_edits
from extract.repair.pieces import Edit, apply, result, split
from extract.repair.search import decode
from extract.repair.spacing import apply_edits, punctuation_edits, space_edits

DATA = Path(__file__).parent / "data" / "repair"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def consistent(repaired: RepairedText, source: str) -> None:
    """Every repair sits where it says and the originals rebuild the source exactly."""
    for r in repaired.repairs:
        assert repaired.text[r.offset : r.end] == r.replacement
        assert r.original != r.replacement
        assert r.kind in ("script", "visual", "linebreak", "spacing")
    assert repaired.original() == source


# ---------------------------------------------------------------- the interface


def test_script_forms_are_converted_and_the_originals_kept() -> None:
    source = "住房公積金管理中心應當協助人民法院凍結被執行人的賬戶。"
    repaired = repair_text(source)
    assert repaired.text == "住房公积金管理中心应当协助人民法院冻结被执行人的账户。"
    consistent(repaired, source)
    by_original = {r.original: r for r in repaired.repairs}
    assert by_original["積"].replacement == "积" and by_original["積"].kind == "script"
    assert by_original["凍"].offset == repaired.text.index("冻")


def test_look_alikes_are_chosen_by_context() -> None:
    # 没 for 设, 苑 for 范, 晨 for 展: shapes a Japanese model returns for characters it lacks
    source = "不断推进执行信息化建没，规苑工作程序，升晨网上查询。"
    repaired = repair_text(source)
    assert "建设" in repaired.text and "规范" in repaired.text
    assert all(r.kind == "visual" for r in repaired.repairs if r.original in "没苑")
    consistent(repaired, source)


def test_pieces_keep_originals_through_several_steps() -> None:
    pieces = split("ab\n\ncd釈金")
    pieces = apply(pieces, [Edit(2, 4, "", "linebreak")])
    pieces = apply(pieces, [Edit(4, 5, "释", "script")])
    pieces = apply(pieces, [Edit(4, 5, "积", "visual")])
    out = result(pieces)
    assert out.text == "abcd积金"
    assert [(r.original, r.replacement, r.offset, r.kind) for r in out.repairs] == [
        ("\n\n", "", 2, "linebreak"),
        ("釈", "积", 4, "visual"),
    ]
    assert out.original() == "ab\n\ncd釈金"
    with pytest.raises(ValueError):
        apply(pieces, [Edit(3, 3, "x", "visual")])


def test_repairs_in_a_span() -> None:
    repaired = repair_text("人民法院協助凍結。")
    assert repaired.text == "人民法院协助冻结。"
    inside = repaired.repairs_in(4, 6)  # 协助
    assert [(r.original, r.replacement) for r in inside] == [("協", "协")]
    assert all(isinstance(r, Repair) for r in inside)
    assert [r.original for r in repaired.repairs_in(0, 4)] == []


def test_a_misreading_the_document_repeats_is_learned() -> None:
    # 夕 is a correct character, 户 looks too little like it to be proposed by shape and no
    # learned table has the pair; once earlier passes found 夕 standing for 户 at several
    # places, it is cheap here too (in a text not judged a scan, where context alone is not enough).
    text = "冻结被执行人的账夕"
    assert decode(text) == []
    edits = decode(text, learned={"夕": {"户": 3}})
    assert [(e.start, e.text) for e in edits] == [(8, "户")]


# ---------------------------------------------------------------- line breaks and spacing


def test_lines_of_a_paragraph_are_joined_and_articles_kept_apart() -> None:
    text = "力进一步深化执行联动，不断推\n\n进执行信息化建设。\n\n一、健全完善查控系统\n\n1.由市中级人民法院牵头开展被执行人\n\n公积金查询工作。"
    out = apply_edits(text, linebreak_edits(text))
    assert out == "力进一步深化执行联动，不断推进执行信息化建设。\n一、健全完善查控系统\n1.由市中级人民法院牵头开展被执行人公积金查询工作。"


def test_spaces_inside_chinese_go_but_not_between_words() -> None:
    text = "人 民法院需 要2名 以上执行人员 “点对点” 查询\n承办人 张伟 李娜\nzoz4 rt A"
    out = apply_edits(text, space_edits(text))
    assert out == "人民法院需要2名以上执行人员“点对点”查询\n承办人 张伟 李娜\nzoz4 rt A"


def test_punctuation_inside_chinese_is_full_width_but_numbers_keep_theirs() -> None:
    text = '通过"点对点"系统查询,(市、区)管理部:冻结168,682.42元.第1.5项'
    out = apply_edits(text, punctuation_edits(text))
    assert out == "通过“点对点”系统查询，（市、区）管理部：冻结168,682.42元。第1.5项"


# ---------------------------------------------------------------- on whole texts


@pytest.fixture(scope="module")
def heldout() -> tuple[str, str, RepairedText]:
    clean = (DATA / "heldout.clean.txt").read_text(encoding="utf-8")
    noisy = (DATA / "heldout.noisy.txt").read_text(encoding="utf-8")
    return clean, noisy, repair_text(noisy)


def test_heldout_scan_is_much_better_after_repair(heldout: tuple[str, str, RepairedText]) -> None:
    clean, noisy, repaired = heldout
    before, after = cer(noisy, clean), cer(repaired.text, clean)
    assert before > 0.15  # the scan is really bad
    assert after < before * 0.5, (before, after)
    consistent(repaired, noisy)


def test_repair_is_idempotent(heldout: tuple[str, str, RepairedText]) -> None:
    _, _, repaired = heldout
    again = repair_text(repaired.text)
    assert cer(again.text, repaired.text) < 0.01
    assert len([r for r in again.repairs if r.kind in ("script", "visual")]) <= 3


def test_clean_text_is_left_alone() -> None:
    clean = (DATA / "heldout.clean.txt").read_text(encoding="utf-8")
    repaired = repair_text(clean)
    changed = [r for r in repaired.repairs if r.kind in ("script", "visual")]
    assert len(changed) <= 2, changed
    assert squeeze(repaired.text) == squeeze(clean) or cer(repaired.text, clean) < 0.005


def test_clean_law_outside_the_corpus_is_left_alone() -> None:
    # articles of the 法律援助法, a law the model was not built from
    clean = (DATA / "law_aid.clean.txt").read_text(encoding="utf-8")
    repaired = repair_text(clean)
    changed = [r for r in repaired.repairs if r.kind in ("script", "visual")]
    assert len(changed) <= 1, changed
    consistent(repaired, clean)


def test_clean_seed_000_is_left_alone() -> None:
    text = (SEEDS / "000_d9f354da727e6e1c.txt").read_text(encoding="utf-8")
    repaired = repair_text(text)
    changed = [r for r in repaired.repairs if r.kind in ("script", "visual")]
    assert len(changed) <= len(squeeze(text)) * 0.002, changed[:20]
    consistent(repaired, text)


def test_in_a_scan_a_glyph_may_be_the_character_the_context_expects() -> None:
    # 夕 for 户: too unlike for the shape index, alike enough when the context asks for 户;
    # a clean text is not a scan, so the same sentence there is left as it is
    text = "冻结被执行人住房公积金账夕及其余额"
    assert [(e.start, e.text) for e in decode(text, scan=True)] == [(12, "户")]
    assert decode(text, scan=False) == []


def test_an_articles_number_keeps_its_dot() -> None:
    text = "9。 住房公积金管理中心\n10。人民法院执行部门\n报告管理中Jむ."
    out = apply_edits(text, punctuation_edits(text))
    assert out == "9. 住房公积金管理中心\n10.人民法院执行部门\n报告管理中Jむ。"


def test_dates_in_chinese_numerals_do_not_make_a_clean_text_a_scan():
    """〇 is the zero of 二〇二四年 in clean official text: a policy dated that way is no scan."""
    from extract.repair.search import misread_rate

    text = "本意见自二〇二四年一月一日起施行，二〇二〇年十月十日印发的意见同时废止。"
    assert misread_rate(text) == 0.0
