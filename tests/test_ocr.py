"""The real engine on real pixels: any orientation, skew and red seals come out right."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from extract import seal
from extract.normalize import normalize_text
from extract.values import find_case_numbers
from tests.conftest import NOTICE_LINES, render_image

pytestmark = pytest.mark.ocr
DATA = Path(__file__).parent / "data"


def _read(engine, image) -> tuple[str, int]:
    result = engine.read(image)
    text = "".join(normalize_text(line.text) for line in result.lines).replace(" ", "")
    return text, result.rotation


def _case_numbers(text: str) -> list[str]:
    return [value for value, _, _ in find_case_numbers(text)]


def _stamp(image: np.ndarray, centre: tuple[int, int], radius: int) -> np.ndarray:
    """A court seal: red ring, star and band, multiplied over the page like real ink."""
    layer = np.full_like(image, 255)
    red = (215, 30, 35)
    cv2.circle(layer, centre, radius, red, thickness=max(4, radius // 14))
    cv2.circle(layer, centre, int(radius * 0.8), red, thickness=2)
    star = np.array([[centre[0] + radius * 0.3 * np.cos(a), centre[1] + radius * 0.3 * np.sin(a)]
                     for a in np.linspace(-np.pi / 2, 1.5 * np.pi, 6)[:-1]])
    cv2.fillPoly(layer, [star[[0, 2, 4, 1, 3]].astype(np.int32)], red)
    cv2.rectangle(layer, (centre[0] - radius, centre[1] + 10), (centre[0] + radius, centre[1] + 40), red, -1)
    return (image.astype(np.uint16) * layer // 255).astype(np.uint8)


@pytest.fixture(scope="module")
def notice_image():
    return render_image(NOTICE_LINES)


@pytest.mark.parametrize("turn", [None, cv2.ROTATE_180, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_any_orientation_reads_upright(engine, notice_image, turn):
    image = notice_image if turn is None else cv2.rotate(notice_image, turn)
    text, rotation = _read(engine, image)
    expected = {None: 0, cv2.ROTATE_180: 180, cv2.ROTATE_90_CLOCKWISE: 270, cv2.ROTATE_90_COUNTERCLOCKWISE: 90}
    assert rotation == expected[turn]
    assert _case_numbers(text) == ["（2024）沪0115执1234号"]
    assert "壹拾贰万叁仟肆佰伍拾陆元柒角捌分" in text
    # the wrapped lines come back in reading order, not bottom to top
    assert text.index("协助执行通知书") < text.index("联系人")


def test_skewed_scan(engine, notice_image):
    h, w = notice_image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), 3.0, 1.0)
    skewed = cv2.warpAffine(notice_image, matrix, (w, h), borderValue=(255, 255, 255))
    result = engine.read(skewed)
    text = "".join(normalize_text(line.text) for line in result.lines).replace(" ", "")
    assert abs(abs(result.skew) - 3.0) < 1.0
    assert "34052419800101001X" in text
    assert _case_numbers(text) == ["（2024）沪0115执1234号"]


def test_seal_over_text_keeps_the_text(engine, notice_image):
    h, w = notice_image.shape[:2]
    # the seal sits on the ID line and the amount, as a court's seal often does
    stamped = _stamp(notice_image, (int(w * 0.45), int(h * 0.27)), int(w * 0.14))
    assert seal.has_seal(stamped)
    assert not seal.has_seal(notice_image)
    text, _ = _read(engine, seal.without_seal(stamped))
    assert "34052419800101001X" in text
    assert "壹拾贰万叁仟肆佰伍拾陆元柒角捌分" in text


def test_paddle_engine_without_local_models_says_what_to_do(monkeypatch):
    from extract.ocr import OcrUnavailable
    from extract.ocr.paddle import model_dirs

    with pytest.raises(OcrUnavailable, match="ASSISTDESK_PADDLE_MODELS"):
        model_dirs(None)
    with pytest.raises(OcrUnavailable, match="models missing"):
        model_dirs("/nonexistent/models")


def test_unknown_engine_is_refused():
    from extract.ocr import OcrUnavailable, get_engine

    with pytest.raises(OcrUnavailable, match="unknown OCR engine"):
        get_engine("tesseract")


def test_a_red_letterhead_is_not_a_seal_and_stays_readable(engine):
    lines = ["上海市浦东新区人民法院", "协助执行通知书", "（2024）沪0115执1234号", "上海市公积金管理中心："]
    page = render_image(lines)
    h, w = page.shape[:2]
    # print the court's name and a rule under it in red, as a 红头 letterhead is
    top = page[: int(h * 0.125)]
    dark = top.min(axis=2) < 160
    top[dark] = (200, 20, 30)
    page[int(h * 0.128) : int(h * 0.131), int(w * 0.1) : int(w * 0.9)] = (200, 20, 30)
    assert not seal.has_seal(page)
    text, _ = _read(engine, seal.without_seal(page))
    assert "上海市浦东新区人民法院" in text


@pytest.mark.parametrize(("name", "date", "times"), [("date_under_ring_1.jpg", "二〇二六年七月十六日", 1),
                                                     ("date_under_ring_2.jpg", "二〇二六年三月十一日", 2)])
def test_a_photographed_seals_ring_crossing_a_date_hides_no_stroke(engine, name, date, times):
    """Photographed pages of our own corpus generators (plover, wren): the ring crosses the
    signing date's 十 / 一, and its grey ghost in the red channel made 「七月十六日」 read
    「七月六日」 (the second page also starts its freeze period on the day it is signed)."""
    image = cv2.cvtColor(cv2.imread(str(DATA / "seal" / name)), cv2.COLOR_BGR2RGB)
    assert seal.has_seal(image)
    text, _ = _read(engine, seal.without_seal(image))
    assert text.count(date) == times


CARD_LINES = ["中华人民共和国人民法院执行公务证", "姓名：王小明", "单位：上海市浦东新区人民法院", "职务：执行员",
              "证号：沪执123456"]


def _red_title_and_frame(page: np.ndarray) -> np.ndarray:
    """A card's inside as printed: its title in red, a red frame round the whole card."""
    h, w = page.shape[:2]
    rows = np.where((page.min(axis=2) < 160).any(axis=1))[0]
    first = rows[: np.argmax(np.diff(rows) > 5) + 1]  # the title's rows: the first run of inked rows
    band = page[first[0]: first[-1] + 1]
    band[band.min(axis=2) < 160] = (200, 20, 30)
    cv2.rectangle(page, (int(w * 0.04), int(h * 0.02)), (int(w * 0.96), int(h * 0.6)), (200, 20, 30), 5)
    return page


def test_a_cards_red_frame_is_not_a_seal_and_its_red_title_stays_readable(engine):
    """Photographed cards of an independent corpus (godwit): the red frame round the card passed
    for a seal as large as the card, and reading it through the red channel wiped out the red
    「…执行公务证」 title, so the duty card was counted as a work ID."""
    card = _red_title_and_frame(render_image(CARD_LINES))
    h, w = card.shape[:2]
    assert not seal.has_seal(card)
    stamped = _stamp(card, (int(w * 0.3), int(h * 0.22)), int(w * 0.08))  # over the fields, as on a card
    regions = seal.seal_regions(stamped)
    assert len(regions) == 1 and regions[0][2] - regions[0][0] < 0.3 * w
    text, _ = _read(engine, seal.without_seal(stamped))
    assert "执行公务证" in text


def test_a_photographed_cards_frame_and_cover_are_no_seals(engine):
    """An opened duty card photographed as its cover and its inside (our independent corpus
    godwit, a dev bundle): the gold letters of the dark red cover are fringed with red, and the
    inside's red frame runs round the whole card; neither is a seal, and the inside's red title
    must survive the seal's removal."""
    cover = cv2.cvtColor(cv2.imread(str(DATA / "seal" / "card_cover.jpg")), cv2.COLOR_BGR2RGB)
    inside = cv2.cvtColor(cv2.imread(str(DATA / "seal" / "card_inside.jpg")), cv2.COLOR_BGR2RGB)
    assert not seal.has_seal(cover)
    regions = seal.seal_regions(inside)
    assert len(regions) == 1 and regions[0][2] - regions[0][0] < inside.shape[1] / 3
    text, _ = _read(engine, seal.without_seal(inside))
    assert "执行公务证" in text and "姓名" in text


def test_a_seal_on_a_cards_red_photo_leaves_the_grey_labels_beside_it(engine):
    """A photocopied work ID of an independent corpus (wren, a dev bundle): the seal stamped on
    the holder's red-backed photo made one red area with it, and reading that whole area through
    the red channel took the grey labels printed beside the photo (「姓」「名」「单」「职」) with
    the paper, so the holder's name label was lost and the card was taken for its own cover."""
    image = cv2.cvtColor(cv2.imread(str(DATA / "seal" / "card_red_photo.jpg")), cv2.COLOR_BGR2RGB)
    assert seal.has_seal(image)
    text, _ = _read(engine, seal.without_seal(image))
    assert "名许伟婷" in text and "职" in text and "工作证" in text


def test_a_red_mark_reaching_over_a_seal_is_no_seal_of_its_own():
    """Two cards copied onto one page (an independent corpus, godwit, a dev bundle): what was
    left of the duty card's red frame once taken off, with its red title, reached over the seal
    stamped on that card and passed for a seal of its own; read through the red channel it took
    the title 「中华人民共和国人民法院执行公务证」. (The page's JPEG loses the frame's remnants,
    so the rule is shown on the marks' boxes.) Two seals of a size that overlap both stay."""
    seal_box, frame_rest, other_seal = (288, 745, 130, 130), (270, 520, 470, 290), (340, 300, 130, 130)
    assert seal._larger_overlapping_dropped([seal_box, frame_rest, other_seal]) == [seal_box, other_seal]
    two_courts = [(100, 100, 130, 130), (180, 120, 125, 128)]
    assert seal._larger_overlapping_dropped(two_courts) == two_courts
