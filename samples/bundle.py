"""Compose one bundle: render its documents, damage pages, write files, truth and accounts.

The truth is computed from the same ``Case`` the documents were printed from and from
where each page actually landed, so it cannot drift from the files: a document's
``pages`` are the pages it was written to, a defect's page is the page it was applied to.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from samples import defects as dmg
from samples.accounts import account_facts
from samples.cases import Case, make_case
from samples.fonts import FontFace, available_fonts
from samples.people import distinct_names
from samples.render import (
    Rendered,
    cards_on_a4,
    encode_jpeg,
    encode_png,
    rasterise,
    render_card,
    render_doc,
    save_scan_pdf,
    save_tiff,
)
from samples.scenarios import FileSpec, Scenario
from samples.wordings import (
    CardText,
    DocText,
    assist_notice,
    duty_cert,
    ground_proof,
    intro_letter,
    judgment,
    query_form,
    ruling,
    work_id,
)

DPI = 150
CARD_DPI = 300
SEAL_MM = 42
MM_PT = 72 / 25.4
PAGE_DEFECTS = ("seal", "seal_body", "skew", "rot90", "rot180", "noise", "blur", "photocopy", "jpeg")


@dataclass
class Item:
    """A rendered document key with the contract entries it contributes per page offset."""

    key: str
    rendered: Rendered
    entries: list[tuple[str, list[int]]]  # (type code, page offsets within rendered)
    text: str  # all printed text, to tell which officers it names


@dataclass
class Placed:
    """Where a document's page ended up, for truth and defects."""

    item: Item
    offset: int
    source: str = ""
    page: int = 0
    applied: list[dict[str, Any]] = field(default_factory=list)


def _doc_text(d: DocText) -> str:
    return "\n".join(b.text for b in d.blocks) + "\n" + "\n".join(" ".join(r) for b in d.blocks for r in b.rows)


def _card_text(c: CardText) -> str:
    return " ".join([c.title, c.header, c.footer, *(f"{k}{v}" for k, v in c.fields)])


def build_items(case: Case, keys: list[str], rng: random.Random, fonts: list[FontFace]) -> dict[str, Item]:
    """Render every document key a scenario uses, each in a randomly chosen font."""
    makers = {"notice": assist_notice, "ruling": ruling, "judgment": judgment, "proof": ground_proof,
              "intro": intro_letter, "query": query_form}
    cards: dict[tuple[str, int], tuple[CardText, Rendered]] = {}

    def card(kind: str, k: int) -> tuple[CardText, Rendered]:
        if (kind, k) not in cards:
            maker = work_id if kind == "work_id" else duty_cert
            text = maker(case, case.officers[k], rng)
            cards[(kind, k)] = (text, render_card(text, rng.choice(fonts), rng))
        return cards[(kind, k)]

    items: dict[str, Item] = {}
    for key in keys:
        if key in makers:
            text = makers[key](case, rng)
            rendered = render_doc(text, rng.choice(fonts), rng)
            items[key] = Item(key, rendered, [(text.kind, list(range(len(rendered.pdf))))], _doc_text(text))
        elif key.startswith("cards:"):
            who = range(len(case.officers)) if key == "cards:all" else [int(key.split(":")[1])]
            parts = [card(kind, k) for k in who for kind in ("work_id", "duty_cert")]
            font = rng.choice(fonts)
            caption = rng.choice(["执行人员证件复印件", "工作证、执行公务证（复印件）", "证件复印件（与原件核对无异）"])
            rendered = cards_on_a4([p[1] for p in parts], font, caption)
            items[key] = Item(key, rendered, [(p[0].kind, [0]) for p in parts],
                              " ".join(_card_text(p[0]) for p in parts))
        else:
            kind, k = key.split(":")
            text, rendered = card(kind, int(k))
            items[key] = Item(key, rendered, [(kind, [0])], _card_text(text))
    return items


def _seal_centre(rendered: Rendered, offset: int, where: str, scale: float,
                 rng: random.Random) -> tuple[int, int]:
    """Pixel centre for a seal: over the date line, or over the first body paragraph."""
    anchors = rendered.anchors[offset] if offset < len(rendered.anchors) else {}
    rect = anchors.get("date") if where == "seal" else anchors.get("body")
    if rect is None:
        rect = pymupdf.Rect(300, 600, 420, 640)
    cx = (rect.x0 + rect.x1) / 2 + rng.uniform(-15, 15)
    cy = (rect.y0 + rect.y1) / 2 + rng.uniform(-10, 10)
    if where == "seal":  # the date runs through the seal's lower half, as 骑年盖月 stamping leaves it
        cy -= SEAL_MM * MM_PT * rng.uniform(0.08, 0.16)
    if where == "seal":
        cx = min(cx, 595 - 60)
    return int(cx * scale), int(cy * scale)


def _seal_page(rendered: Rendered) -> int:
    """The page a court seals: the one with the date, else the last."""
    for i, a in enumerate(rendered.anchors):
        if "date" in a:
            return i
    return len(rendered.anchors) - 1


def damage_page(arr: np.ndarray, placed: Placed, wanted: tuple[str, ...], rng: random.Random,
                font: FontFace, dpi: int) -> np.ndarray:
    """Apply a page's defects in the order paper meets them: stamp, copier, scanner, file."""
    rendered, off = placed.item.rendered, placed.offset
    rec = placed.applied
    for kind in ("seal", "seal_body"):
        if kind in wanted and (off == _seal_page(rendered) if kind == "seal" else off == 0):
            diameter = int(SEAL_MM / 25.4 * dpi)
            mask = dmg.make_seal(rendered.seal_text or "人民法院", diameter, font, rng)
            centre = _seal_centre(rendered, off, kind, dpi / 72, rng)
            opacity = round(rng.uniform(0.65, 0.8), 2)
            arr = dmg.apply_seal(arr, mask, centre, opacity)
            rec.append({"kind": "seal", "over": "date" if kind == "seal" else "body_text",
                        "text": rendered.seal_text, "opacity": opacity, "ink": "red"})
    if "photocopy" in wanted:
        arr = dmg.photocopy(arr, rng)
        for r in rec:
            if r["kind"] == "seal":
                r["ink"] = "grey"  # the copier has turned the red seal grey
        rec.append({"kind": "photocopy"})
    if "skew" in wanted:
        deg = round(rng.choice([-1, 1]) * rng.uniform(1.0, 3.0), 2)
        arr = dmg.skew(arr, deg)
        rec.append({"kind": "skew", "degrees": deg})
    if "noise" in wanted:
        arr = dmg.noise(arr, rng, sigma=8.0)
        rec.append({"kind": "noise"})
    if "blur" in wanted:
        arr = dmg.blur(arr, 0.8)
        rec.append({"kind": "blur"})
    if "jpeg" in wanted:
        arr = dmg.jpeg_artefacts(arr, 30)
        rec.append({"kind": "jpeg", "quality": 30})
    if "rot90" in wanted and off == 0:
        arr = dmg.turn(arr, rng.choice([1, 3]))
        rec.append({"kind": "rotate", "degrees": 90})
    if "rot180" in wanted and off == 0:
        arr = dmg.turn(arr, 2)
        rec.append({"kind": "rotate", "degrees": 180})
    return arr


def _order(spec: FileSpec, rng: random.Random) -> list[str]:
    keys = list(spec.items)
    if spec.shuffle:
        rng.shuffle(keys)
    return keys


def write_file(spec: FileSpec, items: dict[str, Item], scenario: Scenario, out: Path,
               rng: random.Random, font: FontFace) -> list[Placed]:
    """Write one input file; returns every page placed, with its source name and number."""
    placed = [Placed(items[k], off) for k in _order(spec, rng) for off in range(len(items[k].rendered.pdf))]
    file_wanted = scenario.file_defects.get(spec.name, ())

    def wanted(p: Placed) -> tuple[str, ...]:
        return tuple(scenario.defects.get(p.item.key, ())) + tuple(file_wanted)

    if spec.fmt == "pdf_text":
        doc = pymupdf.open()
        for n, p in enumerate(placed, 1):
            doc.insert_pdf(p.item.rendered.pdf, from_page=p.offset, to_page=p.offset)
            p.source, p.page = spec.name, n
            if "seal" in wanted(p) and p.offset == _seal_page(p.item.rendered):
                _vector_seal(doc[n - 1], p, rng, font)
        doc.subset_fonts()
        doc.set_metadata({})
        doc.save(out / spec.name, garbage=4, deflate=True, no_new_id=True)
        return placed

    if spec.fmt == "photo":
        p = placed[0]
        arr = rasterise(p.item.rendered.pdf[0], CARD_DPI, colour=True)
        arr = damage_page(arr, p, wanted(p), rng, font, CARD_DPI)
        arr = dmg.phone_photo(arr, rng)
        p.applied.append({"kind": "phone_photo"})
        (out / spec.name).write_bytes(encode_jpeg(arr, 82))
        p.source, p.page = spec.name, 1
        return placed

    pages: list[np.ndarray] = []
    for p in placed:
        w = wanted(p)
        colour = any(x.startswith("seal") for x in w)  # seals stay red; other pages scan grey
        arr = rasterise(p.item.rendered.pdf[p.offset], DPI, colour=colour)
        pages.append(damage_page(arr, p, w, rng, font, DPI))
    if spec.fmt == "pdf_scan":
        save_scan_pdf([(a, 35 if "jpeg" in wanted(p) else 72, DPI) for a, p in zip(pages, placed, strict=True)],
                      str(out / spec.name))
        for n, p in enumerate(placed, 1):
            p.source, p.page = spec.name, n
    elif spec.fmt == "tiff":
        save_tiff(pages, str(out / spec.name), DPI)
        for n, p in enumerate(placed, 1):
            p.source, p.page = spec.name, n
    else:
        for n, (a, p) in enumerate(zip(pages, placed, strict=True), 1):
            name = spec.name.replace("{n}", str(n)) if "{n}" in spec.name else spec.name
            data = encode_png(a) if spec.fmt == "png" else encode_jpeg(a, 80)
            (out / name).write_bytes(data)
            p.source, p.page = name, 1
    return placed


def _vector_seal(page: pymupdf.Page, p: Placed, rng: random.Random, font: FontFace) -> None:
    """A seal on a text-layer page: a semi-transparent red image over the date."""
    dpi = 200
    diameter = int(SEAL_MM / 25.4 * dpi)
    mask = dmg.make_seal(p.item.rendered.seal_text, diameter, font, rng)
    rgba = np.zeros((diameter, diameter, 4), np.uint8)
    rgba[..., :3] = dmg.SEAL_RED
    rgba[..., 3] = (mask * 0.8 * 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, "PNG")
    cx, cy = _seal_centre(p.item.rendered, p.offset, "seal", 1.0, rng)
    r = SEAL_MM / 25.4 * 72 / 2
    page.insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=buf.getvalue(), overlay=True)
    p.applied.append({"kind": "seal", "over": "date", "text": p.item.rendered.seal_text, "opacity": 0.8,
                      "ink": "red"})


def truth_request(case: Case, placed: list[Placed]) -> dict[str, Any]:
    """The contract request the bundle should yield, from the case and the placed pages."""
    docs: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, int, int], dict[str, Any]] = {}
    for p in placed:
        for idx, (kind, offs) in enumerate(p.item.entries):
            if p.offset not in offs:
                continue
            key = (p.item.key, p.source, idx, 0)
            if key in seen:
                seen[key]["pages"].append(p.page)
            else:
                seen[key] = {"type": kind, "source": p.source, "pages": [p.page]}
                docs.append(seen[key])
    keys = {p.item.key for p in placed}
    texts = "\n".join({p.item.key: p.item.text for p in placed}.values())
    officers = [{"name": o.name} for o in case.officers if o.name in texts]
    notice_text = next((p.item.text for p in placed if p.item.key == "notice"), "")
    amount = case.amount if "notice" in keys else case.ruling_amount
    period = None
    if case.freeze_start and "notice" in keys:
        period = {"start": case.freeze_start.isoformat(), "end": case.freeze_end.isoformat() if case.freeze_end else None}
    return {
        "action": case.action,
        "court": case.court.name,
        "case_number": case.case_number.canonical,
        # Only what the papers state: an introduction letter names no applicant.
        "respondent": {"name": case.respondent.name,
                       "id_number": case.printed_id if case.printed_id in texts else None},
        "applicant": {"name": case.applicant_name} if case.applicant_name in texts else None,
        "amount": f"{amount:.2f}" if amount is not None else None,
        "freeze_period": period,
        "account_number": case.fund_account if case.fund_account in notice_text else None,
        "officers": officers,
        "documents": docs,
    }


def truth_facts(case: Case, placed: list[Placed]) -> dict[str, Any]:
    """Facts the papers establish beyond the request: no other property, withdrawal grounds."""
    keys = {p.item.key for p in placed}
    grounds: list[str] = []
    if case.ground == "retirement" and "proof" in keys:
        grounds.append("retirement")
    elif case.ground and case.ground != "retirement" and "judgment" in keys:
        grounds.append(case.ground)
    no_other = case.no_other_property if case.action == "deduct" and "ruling" in keys else None
    return {"no_other_property": no_other, "withdrawal_grounds": grounds}


def strip_defects(s: Scenario) -> Scenario:
    """The clean twin of a scenario: no damage, cards scanned flat instead of photographed."""
    files = tuple(replace(f, fmt="jpeg") if f.fmt == "photo" else f for f in s.files)
    return replace(s, files=files, defects={}, file_defects={})


def force_defects(s: Scenario) -> Scenario:
    """A damaged twin: text-layer files become scans, and the notice gets a seal and skew."""
    files = tuple(replace(f, fmt="pdf_scan") if f.fmt == "pdf_text" else f for f in s.files)
    d = dict(s.defects)
    d["notice"] = tuple(dict.fromkeys((*d.get("notice", ()), "seal", "skew")))
    if "notice" not in {k for f in files for k in f.items}:
        first = files[0].items[0]
        d[first] = tuple(dict.fromkeys((*d.get(first, ()), "skew", "noise")))
    return replace(s, files=files, defects=d)


def build_bundle(scenario: Scenario, index: int, seed: int, out_root: Path,
                 builtin_font: bool = False) -> Path:
    """Generate bundle number index (0-based) of a scenario under out_root/NN-slug/."""
    rng = random.Random(f"{seed}:{index}:{scenario.slug}")
    case = make_case(rng, scenario.pack, scenario.action, **scenario.case)
    fonts = available_fonts(builtin_only=builtin_font)
    keys = list(dict.fromkeys(k for f in scenario.files for k in f.items))
    items = build_items(case, keys, rng, fonts)
    out = out_root / f"{index + 1:02d}-{scenario.slug}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    placed: list[Placed] = []
    for spec in scenario.files:
        placed += write_file(spec, items, scenario, out, rng, rng.choice(fonts))
    defects = [{"source": p.source, "page": p.page, **d} for p in placed for d in p.applied]
    truth: dict[str, Any] = {
        "request": truth_request(case, placed),
        "facts": truth_facts(case, placed),
        "pack": scenario.pack,
        "today": case.today.isoformat(),
        "expected_decision": scenario.expected,
        "scenario": scenario.text,
        "defects": defects,
        "clean": not defects,
    }
    if case.ruling_amount != case.amount:
        truth["conflicts"] = ["amount"]
    if case.printed_id != case.respondent.id_number:
        truth["flags"] = ["respondent.id_number"]
    decoys = distinct_names(rng, 2)
    accounts = account_facts(case, rng, scenario.accounts, decoys)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "accounts.json").write_text(json.dumps(accounts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out
