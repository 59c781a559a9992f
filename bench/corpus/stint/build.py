"""Turn a kind and a variant into a bundle folder: files, accounts.json, truth.json."""

from __future__ import annotations

import json
import os
import random

import fitz
from PIL import Image

from . import NAME
from . import papers as P
from .common import yuan
from .kinds import KINDS, Spec, accounts, make_case, spec_for
from .render import (
    A4,
    Paper,
    _new_doc,
    _save,
    card_cover,
    card_inside,
    copy_sheet,
    desk_photo,
    jpeg_bytes,
    layout,
    pdf_image_page,
    pdf_text_pages,
    raster,
    scan_effects,
)

PACK = "shanghai-2021"


def _papers(spec: Spec, c: P.Case, rng: random.Random) -> list[Paper]:
    out = []
    for t in spec.papers:
        if t == "assist_notice":
            out.append(P.assist_notice(c, rng))
        elif t == "ruling":
            out.append(P.ruling(c, rng))
        elif t == "judgment":
            out.append(P.judgment(c, rng))
        elif t == "ground_proof":
            out.append(P.ground_proof(c, rng))
        elif t == "query_form":
            out.append(P.query_notice(c, rng))
        elif t == "query_sheet":
            out.append(P.query_sheet(c, rng))
        elif t == "intro_letter":
            out.append(P.intro_letter(c, rng))
    if spec.action == "deduct" and spec.invest_place == "other":
        out.append(P.investigation_note(c, rng))
    return out


class Writer:
    """Collects files and the document list (type, source, pages, sealed)."""

    def __init__(self, folder: str, rng: random.Random):
        self.folder, self.rng, self.docs = folder, rng, []

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name)

    def doc(self, type_: str, source: str, pages: list[int], sealed) -> None:
        self.docs.append({"type": type_, "source": source, "pages": pages, "sealed": sealed})

    # -- papers
    def text_pdf(self, name: str, items: list[Paper]) -> None:
        doc = _new_doc()
        for p in items:
            start = doc.page_count
            pdf_text_pages(doc, layout(p, self.rng), self.rng)
            self.doc(p.type, name, list(range(start + 1, doc.page_count + 1)), p.sealed)
        _save(doc, self.path(name))

    def scan_pdf(self, name: str, items: list[Paper], kind: str = "scan", flip: int | None = None) -> None:
        doc = _new_doc()
        n = 0
        for p in items:
            start = doc.page_count
            for pg in layout(p, self.rng):
                rot = 180 if flip == n else 0
                img = scan_effects(raster(pg, self.rng), self.rng, "copy" if p.type == "judgment" else kind, rot)
                pdf_image_page(doc, img, q=self.rng.randint(60, 82))
                n += 1
            self.doc(p.type, name, list(range(start + 1, doc.page_count + 1)), p.sealed)
        _save(doc, self.path(name))

    def tiff(self, name: str, p: Paper, kind: str = "copy") -> None:
        imgs = [scan_effects(raster(pg, self.rng), self.rng, kind) for pg in layout(p, self.rng)]
        imgs = [im.convert("L") for im in imgs]
        imgs[0].save(self.path(name), save_all=True, append_images=imgs[1:], compression="jpeg", quality=75)
        self.doc(p.type, name, list(range(1, len(imgs) + 1)), p.sealed)

    def image(self, name: str, p: Paper, kind: str = "photo", rot: int = 0) -> None:
        pages = layout(p, self.rng)
        if len(pages) > 1:
            return self.tiff(name.rsplit(".", 1)[0] + ".tif", p, "scan")
        img = scan_effects(raster(pages[0], self.rng), self.rng, kind, rot)
        if name.endswith(".png"):
            img.save(self.path(name), "PNG", optimize=False)
        else:
            with open(self.path(name), "wb") as fh:
                fh.write(jpeg_bytes(img, self.rng.randint(62, 85)))
        self.doc(p.type, name, [1], p.sealed)

    # -- officers' cards
    def cards(self, officers, style: str) -> None:
        rng = self.rng
        pics = [(o, card_cover(o, rng), card_inside(o, rng)) for o in officers]
        if style == "photo":
            for n, (o, cov, ins) in enumerate(pics, 1):
                name = f"{'gzz' if o.card == 'work_id' else 'zxgwz'}_{n}.jpg"
                with open(self.path(name), "wb") as fh:
                    fh.write(jpeg_bytes(desk_photo([cov, ins], rng), rng.randint(70, 86)))
                self.doc(o.card, name, [1], True)
        elif style == "tiff2":
            for n, (o, cov, ins) in enumerate(pics, 1):
                name = f"证件{n}.tif"
                ims = [scan_effects(im, rng, "scan") for im in (cov, ins)]
                ims[0].convert("RGB").save(self.path(name), save_all=True, append_images=[ims[1].convert("RGB")],
                                           compression="jpeg", quality=80)
                self.doc(o.card, name, [1, 2], True)
        elif style == "copysheet":
            name = rng.choice(["证件复印件.png", "执行人员证件.jpg"])
            sheet = copy_sheet([[cov, ins] for _, cov, ins in pics], rng)
            if name.endswith(".png"):
                sheet.save(self.path(name), "PNG")
            else:
                with open(self.path(name), "wb") as fh:
                    fh.write(jpeg_bytes(sheet, 80))
            for o, _, _ in pics:
                self.doc(o.card, name, [1], True)
        else:  # pdftext: card images embedded in a PDF that has a text layer
            name = "执行人员证件.pdf"
            doc = _new_doc()
            per_page = 1 if rng.random() < 0.5 else 2
            for n in range(0, len(pics), per_page):
                chunk = pics[n:n + per_page]
                p = doc.new_page(width=A4[0], height=A4[1])
                p.insert_font(fontname="song", fontfile="/usr/share/fonts/truetype/arphic/uming.ttc")
                p.insert_text((70, 70), "执行人员证件复印件", fontname="song", fontsize=18)
                for m, (o, cov, ins) in enumerate(chunk):
                    y0 = 100 + m * 350
                    label = "工作证" if o.card == "work_id" else "执行公务证"
                    p.insert_text((70, y0 + 10), f"{o.name}　{label}（{o.court}）", fontname="song", fontsize=12)
                    for k, im in enumerate((cov, ins)):
                        sc = scan_effects(im, rng, "scan")
                        w = 180 if k == 0 else 290
                        h = w * im.height / im.width
                        r = fitz.Rect(70 + k * 200, y0 + 25, 70 + k * 200 + w, y0 + 25 + h)
                        p.insert_image(r, stream=jpeg_bytes(sc, 80))
                p.insert_text((70, 800), "以上复印件与原件一致。", fontname="song", fontsize=11)
                for o, _, _ in chunk:
                    self.doc(o.card, name, [doc.page_count], True)
            _save(doc, self.path(name))


def plan(w: Writer, items: list[Paper], officers, style: int, rng: random.Random) -> None:
    by = {p.type: p for p in items}
    court_papers = [p for p in items if p.type in ("assist_notice", "ruling", "query_form", "intro_letter", "other")]
    judg = by.get("judgment")
    proof = by.get("ground_proof")
    if style == 0:
        # one scanned PDF for the court's own papers, judgment copy as grey scan, cards photographed
        if court_papers:
            w.scan_pdf(rng.choice(["扫描件.pdf", "协助执行材料.pdf", "scan0001.pdf"]), court_papers,
                       flip=rng.choice([None, 1]) if len(court_papers) > 1 else None)
        if judg:
            w.scan_pdf("判决书复印件.pdf", [judg], kind="copy")
        if proof:
            w.image("证明.jpg", proof, "photo")
        w.cards(officers, "photo")
    elif style == 1:
        # PDFs with a text layer from the court's system, judgment as a TIFF photocopy, cards copied on one sheet
        for p in court_papers:
            nm = {"assist_notice": "协助执行通知书.pdf", "ruling": "执行裁定书.pdf", "query_form": "协助查询通知书.pdf",
                  "intro_letter": "介绍信.pdf", "other": "情况说明.pdf"}[p.type]
            if p.label == "查询单":
                nm = "查询单.pdf"
            w.text_pdf(nm, [p])
        if judg:
            w.tiff("判决书.tif", judg)
        if proof:
            w.image("proof.png", proof, "scan")
        w.cards(officers, "copysheet" if len(officers) == 2 else "tiff2")
    else:
        # everything in one scanned PDF, order shuffled, one page upside down; cards inside a text PDF
        allp = court_papers + ([judg] if judg else [])
        rng.shuffle(allp)
        if allp:
            total = sum(len(layout(p, random.Random(0))) for p in allp)
            w.scan_pdf("材料.pdf", allp, flip=rng.randrange(max(1, total)))
        if proof:
            w.image("IMG_2041.jpg", proof, "photo", rot=rng.choice([0, 90]))
        w.cards(officers, "pdftext" if rng.random() < 0.7 else "tiff2")


def build(out: str, seed: int, i: int) -> dict:
    rng = random.Random(f"{NAME}-{seed}-{i}")
    k, v = divmod(i, 3)
    k %= len(KINDS)
    spec = spec_for(k, v, rng)
    c, ppl = make_case(spec, rng)
    short = {"deduct": "deduct", "freeze": "freeze", "renew_freeze": "renew", "unfreeze": "unfreeze",
             "query": "query"}[spec.action]
    bid = f"{NAME}-{i:03d}-shanghai-2021-{short}"
    folder = os.path.join(out, bid)
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    w = Writer(folder, rng)
    items = _papers(spec, c, rng)
    plan(w, items, c.officers, (v + k) % 3, rng)
    acc = accounts(spec, c, ppl, rng)
    if acc is not None:
        with open(os.path.join(folder, "accounts.json"), "w", encoding="utf-8") as fh:
            json.dump(acc, fh, ensure_ascii=False, indent=1)
    truth = {
        "generator": NAME, "split": "heldout" if i % 3 == 2 else "dev", "pack": PACK,
        "today": c.today.isoformat(), "accounts": "accounts.json" if acc is not None else None,
        "request": request(spec, c, w.docs),
        "expected_decision": spec.expected, "expected_missing_materials": spec.missing,
        "scenario": f"[{spec.kind}] {spec.scenario}", "defects": spec.defects,
    }
    with open(os.path.join(folder, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth | {"id": bid, "kind": spec.kind}


def request(spec: Spec, c: P.Case, docs: list[dict]) -> dict:
    has_notice = any(d["type"] in ("assist_notice",) for d in docs)
    r = c.respondent
    # what a careful reader finds in the papers
    if spec.action == "query":
        resp = {"name": r["name"], "id_number": r["id"] if c.query_id else None}
        applicant = {"name": c.applicant["name"]} if any(d["type"] == "query_form" for d in docs) and \
            "query_sheet" not in spec.papers else None
        amount = period = acct = None
    else:
        resp = {"name": r["name"], "id_number": r["id"]}
        applicant = {"name": c.applicant["name"]}
        amount = yuan(c.amount_fen) if spec.action in ("deduct", "freeze", "renew_freeze") else None
        if spec.action in ("freeze", "renew_freeze"):
            period = {"start": c.freeze_start.isoformat(), "end": c.freeze_end.isoformat()}
        else:
            period = None
        acct = c.account_no if (has_notice and c.state_account and spec.action != "query") else None
    case_no = c.case_no
    return {"action": spec.action, "court": c.court, "case_number": case_no, "respondent": resp,
            "applicant": applicant, "amount": amount, "freeze_period": period, "account_number": acct,
            "officers": [{"name": o.name} for o in c.officers], "documents": docs, "measure": None}


def count_default() -> int:
    return len(KINDS) * 3


__all__ = ["Image", "build", "count_default"]
