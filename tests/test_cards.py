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
