"""Render one scenario into its bundle folder: the court's files, accounts.json, truth.json."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from . import NAME, PACK
from .docs import (
    card_cover,
    card_inside,
    copy_sheet,
    intro_letter_pages,
    judgment_pages,
    notice_docx_paragraphs,
    notice_pages,
    query_form_pages,
    ruling_pages,
)
from .render import (
    fax,
    jpeg_bytes,
    pdf_image_pages,
    pdf_text_pages,
    phone_photo,
    photocopy,
    png_bytes,
    render_page,
    rotate,
    scan,
    seal_image,
    write_docx,
)
from .scenarios import Sc

DOC_TYPE = {"notice": "assist_notice", "ruling": "ruling", "query_form": "query_form", "judgment": "judgment",
            "intro": "intro_letter"}
BUILD = {"notice": notice_pages, "ruling": ruling_pages, "query_form": query_form_pages,
         "judgment": judgment_pages, "intro": intro_letter_pages}
DESKS = [(122, 94, 66), (168, 150, 128), (90, 92, 98), (188, 176, 160), (70, 58, 50)]


class Writer:
    def __init__(self, sc: Sc, folder: Path):
        self.sc, self.folder = sc, folder
        self.docs: list[dict] = []
        self.n_img = 0
        self.stamp = f"{sc.today:%Y%m%d}"
        self.seed = sc.rng.randint(0, 10**6)

    def put(self, name: str, data: bytes):
        (self.folder / name).write_bytes(data)

    def img_name(self) -> str:
        self.n_img += 1
        h, m = 9 + self.n_img // 20, (7 + 3 * self.n_img) % 60
        return f"IMG_{self.stamp}_{h:02d}{m:02d}{(11 * self.n_img) % 60:02d}.jpg"

    def fax_header(self, page_no: int, total: int) -> str:
        sc = self.sc
        return f"{sc.notice_date:%Y-%m-%d} 09:{(17 + page_no) % 60:02d}  FROM:{sc.phone}  TO:0391-3569012  P.{page_no}/{total}"

    def degrade(self, img: Image.Image, fmt: str, page_no: int = 1, total: int = 1) -> Image.Image:
        r = self.sc.rng
        if fmt == "pdf_scan" or fmt == "png_scan":
            return scan(img, r)
        if fmt == "pdf_fax":
            return fax(img, r, self.fax_header(page_no, total))
        if fmt == "pdf_copy":
            return photocopy(img, r)
        if fmt == "jpg_phone":
            return phone_photo(img, r, bg=r.choice(DESKS))
        raise ValueError(fmt)

    # -------------------------------------------------------------- court papers
    def doc_file(self, key: str, fmt: str, base: str):
        sc = self.sc
        self.docs.append({"type": DOC_TYPE[key]})
        if fmt == "docx":
            seal = png_bytes(seal_image(sc.court, 480, "", self.seed))
            self.put(f"{base}.docx", write_docx(notice_docx_paragraphs(sc), seal))
            return
        pages = BUILD[key](sc)
        if fmt == "pdf_text":
            self.put(f"{base}.pdf", pdf_text_pages(pages, self.seed))
            return
        imgs = [render_page(p, seed=self.seed + i) for i, p in enumerate(pages)]
        if fmt in ("pdf_scan", "pdf_fax", "pdf_copy"):
            out = [self.degrade(im, fmt, i + 1, len(imgs)) for i, im in enumerate(imgs)]
            self.put(f"{base}.pdf", pdf_image_pages(out, quality=70 if fmt != "pdf_fax" else 60))
        elif fmt == "png_scan":
            for i, im in enumerate(imgs):
                suffix = f"_{i + 1}" if len(imgs) > 1 else ""
                self.put(f"{base}{suffix}.png", png_bytes(self.degrade(im, fmt)))
        elif fmt == "jpg_phone":
            for im in imgs:
                self.put(self.img_name(), jpeg_bytes(self.degrade(im, fmt), quality=80))
        else:
            raise ValueError(fmt)

    # -------------------------------------------------------------- officers' cards
    def card_faces(self, off, kind: str):
        r = self.sc.rng
        return card_cover(kind, self.sc.court, r), card_inside(kind, off, self.sc.court, self.sc, r)

    def cards(self, style: str):
        sc, r = self.sc, self.sc.rng
        if style in ("desk", "desk_inside"):
            for off in sc.card_officers:
                for kind in sc.card_types:
                    cover, inside = self.card_faces(off, kind)
                    self.docs.append({"type": kind})
                    shots = [cover, inside] if style == "desk" else [inside]
                    for face in shots:
                        ph = phone_photo(face, r, bg=r.choice(DESKS), out_w=1100)
                        self.put(self.img_name(), jpeg_bytes(ph, quality=82))
        elif style == "sheets_by_type_copy":
            sheets = []
            for kind in sc.card_types:
                faces = []
                for off in sc.card_officers:
                    faces.append(self.card_faces(off, kind)[1])
                    self.docs.append({"type": kind})
                sheets.append(photocopy(copy_sheet(faces, r), r))
            self.put("zhengjian_fuyin.pdf", pdf_image_pages(sheets, quality=68))
        else:
            raise ValueError(style)

    def sheets_per_officer(self) -> list[Image.Image]:
        sc, r = self.sc, self.sc.rng
        out = []
        for off in sc.card_officers:
            faces = []
            for kind in sc.card_types:
                faces.append(self.card_faces(off, kind)[1])
                self.docs.append({"type": kind})
            out.append(copy_sheet(faces, r))
        return out

    def bundle(self, fmt: str, parts: list[str], rotations: dict[int, int]):
        imgs: list[Image.Image] = []
        for key in parts:
            if key == "card_sheets_per_officer":
                imgs += self.sheets_per_officer()
            else:
                self.docs.append({"type": DOC_TYPE[key]})
                imgs += [render_page(p, seed=self.seed + len(imgs)) for p in BUILD[key](self.sc)]
        out = []
        for i, im in enumerate(imgs):
            im = self.degrade(im, fmt, i + 1, len(imgs))
            out.append(rotate(im, rotations.get(i, 0)))
        self.put(f"SCAN{self.stamp}{self.sc.idx:03d}.pdf", pdf_image_pages(out, quality=70))


def officers_named(sc: Sc) -> list[str]:
    keys = {k for f in sc.files for k in ([f[0]] if f[0] != "bundle" else f[2])}
    names = list(sc.notice_officers) if "notice" in keys else []
    if "query_form" in keys:
        names += sc.form_officers
    if "intro" in keys:
        names += sc.intro_officers
    names += [o.name for o in sc.card_officers]
    order = [o.name for o in sc.officers]
    uniq = sorted(set(names), key=lambda n: order.index(n) if n in order else 99)
    return uniq


def respondent_id_printed(sc: Sc) -> str | None:
    keys = {k for f in sc.files for k in ([f[0]] if f[0] != "bundle" else f[2])}
    if ("notice" in keys and sc.notice_shows_id) or ("ruling" in keys and sc.ruling_shows_id) or (
            "query_form" in keys and sc.form_shows_id):
        return sc.respondent.id_number
    return None


def truth(sc: Sc, docs: list[dict]) -> dict:
    per = None
    if sc.period and sc.action in ("freeze", "renew_freeze"):
        per = {"start": sc.period[0].isoformat(), "end": sc.period[1].isoformat()}
    amount = f"{sc.amount:.2f}" if sc.amount is not None and sc.action in ("freeze", "renew_freeze", "deduct") else None
    return {
        "generator": NAME,
        "split": sc.split,
        "pack": PACK,
        "today": sc.today.isoformat(),
        "accounts": sc.accounts,
        "request": {
            "action": sc.action,
            "measure": None,
            "court": sc.court,
            "case_number": sc.case_norm,
            "respondent": {"name": sc.respondent.name, "id_number": respondent_id_printed(sc)},
            "applicant": {"name": sc.applicant_name},
            "amount": amount,
            "freeze_period": per,
            "account_number": sc.account_number,
            "officers": [{"name": n} for n in officers_named(sc)],
            "documents": docs,
        },
        "expected_decision": sc.expected,
        "expected_missing_materials": sorted(sc.missing),
        "scenario": f"{sc.kind} v{sc.variant}: {sc.scenario}",
        "defects": sc.defects,
    }


def write(sc: Sc, out: Path) -> Path:
    folder = out / f"{NAME}-{sc.idx:03d}-{PACK}-{sc.action}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    w = Writer(sc, folder)
    names = {"notice": "tongzhishu", "ruling": "caidingshu", "query_form": "chaxundan", "judgment": "panjueshu",
             "intro": "jieshaoxin"}
    for f in sc.files:
        if f[0] == "cards":
            w.cards(f[1])
        elif f[0] == "bundle":
            w.bundle(f[1], f[2], f[3])
        else:
            stem = names[f[0]] if f[1] in ("pdf_text", "docx") else f"{names[f[0]]}_{f[1].split('_')[1]}"
            w.doc_file(f[0], f[1], stem)
    t = truth(sc, w.docs)
    if sc.accounts is not None:
        (folder / "accounts.json").write_text(json.dumps(sc.accounts, ensure_ascii=False, indent=2) + "\n", "utf-8")
    (folder / "truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return folder
