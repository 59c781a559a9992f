"""The sample bundles and their generator: deterministic, consistent with the contract.

The committed bundles under samples/bundles are what every end-to-end test of the
product scores against, so their truth must be beyond doubt: it validates against the
contract, every document points at pages that exist, every page belongs to a document,
ID numbers carry valid check digits unless a bundle flags a misprint on purpose, and
the damage recorded really is on the page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import numpy as np
import pdfplumber
import pymupdf
import pytest
from jsonschema import Draft202012Validator
from PIL import Image

from samples import defects as dmg
from samples.bundle import build_bundle, strip_defects
from samples.fonts import available_fonts
from samples.numerals import amount_upper, date_cn
from samples.people import id_check_digit, id_is_valid
from samples.scenarios import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
BUNDLES = sorted(p for p in (ROOT / "samples" / "bundles").glob("*/") if (p / "truth.json").exists())
CONTRACT_DIRS = (ROOT.parent / "shared" / "contract", ROOT / "docs" / "contract")
ACTIONS = {"query", "freeze", "renew_freeze", "unfreeze", "deduct"}
GROUNDS = {"retirement", "emigration", "death", "housing_consumption", "marriage_inheritance_division",
           "vulnerable_applicant", "maintenance_wages_injury"}


def _schema(name: str) -> dict:
    for d in CONTRACT_DIRS:
        if (d / name).exists():
            return json.loads((d / name).read_text(encoding="utf-8"))
    pytest.skip(f"contract file {name} not found in {[str(d) for d in CONTRACT_DIRS]}")


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return len(doc)
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def _page_image(path: Path, page: int) -> np.ndarray:
    """Page (1-based) as RGB pixels, as stored (no re-rendering for image files)."""
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            pix = doc[page - 1].get_pixmap(dpi=100, colorspace=pymupdf.csRGB, alpha=False)
            return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3).copy()
    with Image.open(path) as im:
        im.seek(page - 1)
        return np.asarray(im.convert("RGB")).copy()


def _red_pixels(img: np.ndarray) -> int:
    r, g, b = (img[..., i].astype(int) for i in range(3))
    return int(((r > 150) & (g < 120) & (b < 120) & (r - g > 60)).sum())


def check_bundle(folder: Path) -> dict:
    """Every structural promise of a bundle folder; returns its truth for further checks."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    req_schema = _schema("request.schema.json")["properties"]["request"]
    Draft202012Validator(req_schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(truth["request"])
    accounts = json.loads((folder / "accounts.json").read_text(encoding="utf-8"))
    Draft202012Validator(_schema("accounts.schema.json")).validate(accounts)
    req = truth["request"]
    assert truth["pack"] in {"shanghai-2021", "jiaozuo-2024"}
    assert truth["expected_decision"] in {"assist", "needs_correction", "decline", "needs_facts"}
    assert req["action"] in ACTIONS
    dt.date.fromisoformat(truth["today"])
    assert set(truth["facts"]["withdrawal_grounds"]) <= GROUNDS
    assert truth["clean"] == (not truth["defects"])
    assert req["case_number"].startswith("（") and "(" not in req["case_number"]
    if "respondent.id_number" not in truth.get("flags", []):
        assert id_is_valid(req["respondent"]["id_number"])
    else:
        assert not id_is_valid(req["respondent"]["id_number"])
    inputs = {p.name for p in folder.iterdir() if p.name not in ("truth.json", "accounts.json")}
    covered: dict[str, set[int]] = {name: set() for name in inputs}
    for doc in req["documents"]:
        assert doc["source"] in inputs, doc
        n = _page_count(folder / doc["source"])
        assert all(1 <= p <= n for p in doc["pages"]), doc
        covered[doc["source"]] |= set(doc["pages"])
    for name, pages in covered.items():
        assert pages == set(range(1, _page_count(folder / name) + 1)), f"{name}: pages without a document"
    for d in truth["defects"]:
        assert d["source"] in inputs and 1 <= d["page"] <= _page_count(folder / d["source"])
    return truth


# ---------------------------------------------------------------- the committed set


@pytest.mark.parametrize("folder", BUNDLES, ids=[b.name for b in BUNDLES])
def test_committed_bundle_is_consistent(folder: Path) -> None:
    check_bundle(folder)


def test_committed_set_covers_actions_packs_and_decisions() -> None:
    if not BUNDLES:
        pytest.skip("no committed bundles")
    truths = [json.loads((b / "truth.json").read_text(encoding="utf-8")) for b in BUNDLES]
    assert {t["request"]["action"] for t in truths} == ACTIONS
    assert {t["pack"] for t in truths} == {"shanghai-2021", "jiaozuo-2024"}
    assert {t["expected_decision"] for t in truths} >= {"assist", "needs_correction", "decline"}
    kinds = {d["kind"] for t in truths for d in t["defects"]}
    assert kinds >= {"seal", "skew", "rotate", "noise", "blur", "photocopy", "jpeg", "phone_photo"}
    assert any(t.get("conflicts") == ["amount"] for t in truths)
    assert any("respondent.id_number" in t.get("flags", []) for t in truths)
    assert 12 <= len(truths) <= 15


def test_committed_seals_are_red_on_the_page() -> None:
    seen = 0
    for folder in BUNDLES:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for d in truth["defects"]:
            if d["kind"] == "seal" and d["ink"] == "red":
                assert _red_pixels(_page_image(folder / d["source"], d["page"])) > 500, d
                seen += 1
    if BUNDLES:
        assert seen


# ---------------------------------------------------------------- the generator


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a = build_bundle(CATALOGUE[0], 0, 7, tmp_path / "a")
    b = build_bundle(CATALOGUE[0], 0, 7, tmp_path / "b")
    assert _digest(a) == _digest(b)
    c = build_bundle(CATALOGUE[0], 0, 8, tmp_path / "c")
    assert _digest(a)["truth.json"] != _digest(c)["truth.json"]
    truth = check_bundle(a)
    assert {d["kind"] for d in truth["defects"]} >= {"seal", "skew", "phone_photo"}


def test_text_layer_pdf_carries_the_case_number(tmp_path: Path) -> None:
    scenario = next(s for s in CATALOGUE if s.slug == "sh-query-offline-assist")
    folder = build_bundle(scenario, 10, 3, tmp_path)
    truth = check_bundle(folder)
    with pdfplumber.open(folder / "query.pdf") as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    text = text.replace("(", "（").replace(")", "）")
    assert truth["request"]["case_number"] in text
    assert truth["request"]["respondent"]["name"] in text


def test_builtin_font_fallback_and_clean_mode(tmp_path: Path) -> None:
    scenario = strip_defects(next(s for s in CATALOGUE if s.slug == "jz-freeze-one-officer"))
    folder = build_bundle(scenario, 13, 5, tmp_path, builtin_font=True)
    truth = check_bundle(folder)
    assert truth["clean"] and truth["defects"] == []
    with pdfplumber.open(folder / "notice_and_ruling.pdf") as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages).replace(" ", "")
    assert truth["request"]["respondent"]["id_number"] in text
    assert available_fonts(builtin_only=True)[0].path is None


def test_seal_puts_red_ink_over_print() -> None:
    import random

    page = np.full((400, 400), 255, np.uint8)
    page[190:210, 50:350] = 0  # a line of "text"
    mask = dmg.make_seal("上海市浦东新区人民法院", 240, available_fonts()[0], random.Random(1))
    out = dmg.apply_seal(page, mask, (200, 200))
    assert out.shape == (400, 400, 3)
    assert _red_pixels(out) > 2000
    assert out[200, 60].max() < 60  # the print under the seal stays dark


# ---------------------------------------------------------------- value helpers


def test_id_check_digit_and_capitals() -> None:
    assert id_check_digit("34052419800101001") == "X"
    assert id_is_valid("34052419800101001X")
    assert amount_upper(Decimal("123456.78")) == "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"
    assert amount_upper(Decimal("100000.05")) == "壹拾万元零伍分"
    assert amount_upper(Decimal("10010.10")) == "壹万零壹拾元壹角"
    assert amount_upper(Decimal("50000")) == "伍万元整"
    assert date_cn(dt.date(2024, 5, 10)) == "二〇二四年五月十日"
    assert date_cn(dt.date(2027, 12, 31)) == "二〇二七年十二月三十一日"
