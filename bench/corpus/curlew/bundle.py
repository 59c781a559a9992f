"""Turn a scenario specification into files on disk plus truth.json."""
from __future__ import annotations

import json
from pathlib import Path

import pymupdf as fitz

from . import docs as P
from .render import Page, image_pdf, jpeg_roundtrip, photo, render_fitz, render_pil, save_pdf, scan

BUILDERS = {"assist_notice": P.assist_notice, "ruling": P.ruling, "query_form": P.query_form,
            "intro_letter": P.intro_letter}
NAMES = {"assist_notice": ["协助执行通知书", "notice", "tzs", "xiezhu_tongzhi"],
         "ruling": ["执行裁定书", "ruling", "caiding", "cds"],
         "query_form": ["查询单", "query_form", "chaxun"],
         "intro_letter": ["介绍信", "intro", "jieshaoxin"]}


def _fname(r, used, stem, ext):
    base = f"{stem}.{ext}"
    n = 2
    while base in used:
        base = f"{stem}_{n}.{ext}"
        n += 1
    used.add(base)
    return base


def write_bundle(spec: dict, out: Path, generator="curlew") -> Path:
    r = spec["rng"]
    c = spec["case"]
    idx = spec["idx"]
    folder = out / f"{generator}-{idx:03d}-{spec['pack']}-{spec['action']}"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    used: set = set()
    documents = []
    where = {}          # doc type -> (source, pages) of the first such document
    surfaces = []

    paper_pages = [(t, BUILDERS[b](c, r)) for t, b in spec["papers"]]
    if spec["papers"] and len(paper_pages) >= 2 and r.random() < 0.3:
        # one scanned file holding all court papers, ruling sometimes first, a page maybe upside down
        if r.random() < 0.4:
            paper_pages.reverse()
        imgs, pn = [], 1
        grey = r.random() < 0.4
        flip = r.randrange(sum(len(p) for _, p in paper_pages)) if r.random() < 0.5 else -1
        fname = _fname(r, used, r.choice(["scan_court_papers", "法院材料扫描件", "SCAN0001"]), "pdf")
        k = 0
        for t, pages in paper_pages:
            nums = []
            for pg in pages:
                im = scan(render_pil(pg, r.choice([150, 170, 200])), r, grey=grey, upside=(k == flip))
                imgs.append(jpeg_roundtrip(im, r.randint(45, 80)))
                nums.append(pn)
                pn += 1
                k += 1
            documents.append({"type": t, "source": fname, "pages": nums, "sealed": True})
            where.setdefault(t, (fname, nums))
        image_pdf(imgs, folder / fname, quality=r.randint(55, 85))
        surfaces.append("combined-scan" + ("-grey" if grey else "") + ("-flip" if flip >= 0 else ""))
    else:
        for t, pages in paper_pages:
            roll = r.random()
            stem = r.choice(NAMES[t])
            if roll < 0.45:
                fname = _fname(r, used, stem, "pdf")
                doc = fitz.open()
                for pg in pages:
                    render_fitz(doc, pg)
                save_pdf(doc, folder / fname)
                surfaces.append(f"{t}:digital")
                nums = list(range(1, len(pages) + 1))
            elif roll < 0.8 or len(pages) > 1:
                fname = _fname(r, used, stem + "_scan", "pdf")
                grey = r.random() < 0.35
                up = r.random() < 0.15
                imgs = [jpeg_roundtrip(scan(render_pil(pg, r.choice([150, 170, 200])), r, grey=grey,
                                            upside=up and i == 0), r.randint(40, 80)) for i, pg in enumerate(pages)]
                image_pdf(imgs, folder / fname, quality=r.randint(55, 85))
                surfaces.append(f"{t}:scan" + ("-grey" if grey else "") + ("-flip" if up else ""))
                nums = list(range(1, len(pages) + 1))
            else:
                fname = _fname(r, used, f"IMG_{r.randint(1000, 9999)}", "jpg")
                im = photo(render_pil(pages[0], 150), r, upside=r.random() < 0.15)
                im.save(folder / fname, "JPEG", quality=r.randint(60, 88))
                surfaces.append(f"{t}:photo")
                nums = [1]
            documents.append({"type": t, "source": fname, "pages": nums, "sealed": True})
            where.setdefault(t, (fname, nums))

    # officers' cards: one document per card
    items = []   # (type, officer, image)
    for o in c.officers:
        kinds = ["work_id", "duty_cert"] if spec["cards"] == "both" else [spec["cards"]]
        for kd in kinds:
            img = P.work_id_image(o, c.court, r, faces=r.choice([1, 2])) if kd == "work_id" \
                else P.duty_cert_image(o, c.court, r)
            items.append((kd, o, img))
    mode = r.choice(["photo", "photo", "sheet", "per_officer"])
    if mode == "photo":
        for kd, o, img in items:
            fname = _fname(r, used, f"{'gzz' if kd == 'work_id' else 'gwz'}_{o.name}" if r.random() < 0.4
                           else f"IMG_{r.randint(1000, 9999)}", "jpg")
            photo(img, r, max_side=r.randint(1200, 1700), upside=r.random() < 0.08).save(
                folder / fname, "JPEG", quality=r.randint(60, 90))
            documents.append({"type": kd, "source": fname, "pages": [1]})
            where.setdefault(kd, (fname, [1]))
        surfaces.append("cards:photo")
    else:
        groups = []
        if mode == "per_officer":
            for o in c.officers:
                groups.append([it for it in items if it[1] is o])
        else:
            for i in range(0, len(items), 4):
                groups.append(items[i:i + 4])
        fname = _fname(r, used, r.choice(["证件复印件", "officer_ids_copy", "cards_scan"]), "pdf")
        imgs = []
        for gi, g in enumerate(groups):
            pg = Page()
            y = 16.0
            for _kd, _o, img in g:
                wmm = 170.0 if img.width / img.height > 2 else 92.0
                hmm = wmm * img.height / img.width
                pg.image((210 - wmm) / 2 + r.uniform(-8, 8), y, wmm, hmm, img)
                y += hmm + r.uniform(5, 12)
            imgs.append(jpeg_roundtrip(scan(render_pil(pg, 170), r, grey=True), r.randint(45, 75)))
            for kd, _o, _img in g:
                documents.append({"type": kd, "source": fname, "pages": [gi + 1]})
                where.setdefault(kd, (fname, [gi + 1]))
        image_pdf(imgs, folder / fname, quality=r.randint(55, 80))
        surfaces.append(f"cards:{mode}-photocopy")

    acc_name = None
    if spec["accounts"] is not None:
        acc_name = "accounts.json"
        (folder / acc_name).write_text(json.dumps(spec["accounts"], ensure_ascii=False, indent=2), encoding="utf-8")

    defects = []
    for src, page, kind, note in spec["defects"]:
        if src in where:
            s, pages = where[src]
            defects.append({"source": s, "page": pages[0] if page else None, "kind": kind, "note": note})
        else:
            defects.append({"source": src, "page": page, "kind": kind, "note": note})

    amount = None if c.amount is None or spec["action"] == "query" else f"{c.amount:.2f}"
    period = None
    if c.period and spec["action"] in ("freeze", "renew_freeze"):
        period = {"start": c.period[0].isoformat(), "end": c.period[1].isoformat()}
    # The request holds what the papers print: a query paper may name neither the applicant nor
    # the account, and then the truth cannot expect them.
    printed = "".join(s for _, pages in paper_pages for pg in pages for s in pg.texts).replace("\n", "")
    applicant = c.applicant.name if c.applicant.name in printed else None
    account_number = c.account_number if c.account_number and c.account_number in printed else None
    truth = {
        "generator": generator,
        "split": "heldout" if idx % 3 == 2 else "dev",
        "pack": spec["pack"],
        "today": spec["today"].isoformat(),
        "accounts": acc_name,
        "request": {
            "action": spec["action"],
            "measure": None,
            "court": c.court,
            "case_number": c.case_number,
            "respondent": {"name": c.respondent.name, "id_number": c.respondent.id_number},
            "applicant": {"name": applicant},
            "amount": amount,
            "freeze_period": period,
            "account_number": account_number,
            "officers": [{"name": o.name} for o in c.officers],
            "documents": documents,
        },
        "expected_decision": spec["decision"],
        "expected_missing_materials": sorted(spec["missing"]),
        "scenario": f"{spec['label']} (kind {spec['kind']} variant {spec['variant']}): {spec['why']} -> {spec['decision']}",
        "defects": defects,
        "surfaces": surfaces,
    }
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    return folder
