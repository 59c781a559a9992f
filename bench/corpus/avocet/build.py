"""Turn a spec into one bundle: papers, pixels, files, account facts and truth."""

from __future__ import annotations

import datetime as dt
import random

import chinese_calendar
import numpy as np
from PIL import Image

from . import NAME
from .docs import Case, assist_notice, basis_doc, ground_proof, intro_letter, ruling
from .facts import (
    BANKS,
    COMPANIES,
    COURTS,
    DISTRICTS,
    FIN_COURT,
    Names,
    Person,
    add_years,
    ar_date,
    birth_between,
    case_no,
    check_char,
    id_valid,
    make_person,
    plain,
    retirement_date,
)
from .kinds import KINDS, SPECS
from .pdfout import image_pdf, text_pdf, tiff_bytes
from .raster import (
    card_cover,
    card_inside,
    fax_grey,
    jpeg_bytes,
    photocopy,
    place_photo,
    png_bytes,
    render_page,
    skew,
)
from .texts import EXTRA_REASONS, GROUND_NOTICE, GROUND_RULING, INVEST, NOTICE_INVEST_LEAD, basis_for

SPC = "中华人民共和国最高人民法院"


def _is_workday(d: dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(d)
    except NotImplementedError:          # a year the package does not know: weekends only
        return d.weekday() < 5


def _weekday(d: dt.date, step: int = 1) -> dt.date:
    """The working day on or after d (step=1) or on or before it (step=-1), public holidays and 调休 included."""
    while not _is_workday(d):
        d += dt.timedelta(days=step)
    return d


def _link_facts(seed: int, key: str) -> dict:
    """Facts shared by a freeze and the later deduction that depends on it."""
    rng = random.Random(f"{NAME}-{seed}-{key}")
    return {"court": rng.choice(COURTS), "freeze_today": _weekday(dt.date(2026, 1, 12) + dt.timedelta(rng.randint(0, 25))),
            "deduct_today": _weekday(dt.date(2026, 4, 13) + dt.timedelta(rng.randint(0, 30))),
            "num": rng.randint(1200, 19999), "rng_seed": rng.randint(0, 10**9)}


def _district(p: Person) -> str:
    for d in DISTRICTS.values():
        if d in p.address:
            return d[:-1] if d.endswith("区") and len(d) > 2 else d
    return "浦东"


def _alt_id(p: Person) -> str:
    """A second valid ID number differing in one birth-date digit (a typist's slip, check digit redone)."""
    b = p.birth
    day = b.day + 10 if b.day + 10 <= 28 else b.day - 10
    first = p.id_number[:12] + f"{day:02d}" + p.id_number[14:17]
    out = first + check_char(first)
    assert id_valid(out) and out != p.id_number
    return out


def _swap_digits(cents: int) -> int:
    s = str(cents // 100)
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            return int(t) * 100 + cents % 100
    return cents + 100000


class Pack:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.np = np.random.default_rng(rng.randint(0, 2**31))
        self.files: dict[str, bytes] = {}
        self.docs: list[str] = []

    # ---- page rasters
    def raster(self, pages, how: str, dpi: int = 150) -> list[Image.Image]:
        out = []
        for i, p in enumerate(pages):
            img = render_page(p, dpi)
            steps = how.split("+")
            for st in steps:
                if st == "scan":
                    img = skew(img, self.rng.uniform(-0.9, 0.9))
                elif st == "skew3":
                    img = skew(img, self.rng.choice((-1, 1)) * self.rng.uniform(2.2, 3.2))
                elif st == "copy":
                    img = photocopy(skew(img, self.rng.uniform(-1.0, 1.0)), self.np, dark=self.rng.uniform(0, 0.08))
                elif st == "fax":
                    img = fax_grey(img, self.np)
                elif st == "phone":
                    img = place_photo(img, (1700, 2250), self.np, fill=0.9, tone=(120, 120, 125), max_tilt=0.035)
                elif st.startswith("rot") and st.endswith(f"@{i}"):
                    img = img.rotate(int(st[3:6]), expand=True)
            out.append(img)
        return out

    def card_images(self, kind: str, officer: dict, court: str, seed: int):
        seal = court if kind == "work_id" else SPC
        return card_cover(kind, court), card_inside(kind, officer, court, seal, seed)

    def sheet(self, cards: list[tuple[Image.Image, Image.Image | None]]) -> Image.Image:
        """Photocopy of one or two officers' cards on one A4 sheet at 200 dpi (cover and inside side by side)."""
        W, H = 1654, 2339
        img = Image.new("RGB", (W, H), (255, 255, 255))
        y = 180
        for cover, inside in cards:
            if cover is not None:
                cw = 700
                c1 = cover.resize((cw, int(cw * cover.height / cover.width)))
                c2 = inside.resize((cw, int(cw * inside.height / inside.width)))
                img.paste(c1, (90, y))
                img.paste(c2, (W - 90 - cw, y))
                y += c1.height + 260
            else:
                cw = 1150
                c2 = inside.resize((cw, int(cw * inside.height / inside.width)))
                img.paste(c2, ((W - cw) // 2, y))
                y += c2.height + 200
        return photocopy(skew(img, self.rng.uniform(-1.2, 1.2)), self.np, dark=0.05)


def build(nnn: int, seed: int) -> tuple[str, dict[str, bytes], dict, list | None, dict]:
    spec = SPECS[nnn % len(SPECS)]
    kind_name, kind_decision = KINDS[(nnn % len(SPECS)) // 3]
    rng = random.Random(f"{NAME}-{seed}-{nnn}")
    link = _link_facts(seed, spec["link"]) if spec.get("link") else None
    prng = random.Random(link["rng_seed"]) if link else rng      # people and case facts
    names = Names(prng)

    # ---- court, dates
    if spec.get("court") == "沪74":
        court = FIN_COURT
    elif link:
        court = link["court"]
    else:
        court = rng.choice(COURTS)
    if link:
        today = link["deduct_today"] if spec["action"] == "deduct" else link["freeze_today"]
    else:
        today = _weekday(dt.date(2026, 1, 5) + dt.timedelta(days=nnn * 12 + rng.randint(0, 8)))
    notice_date = _weekday(today - dt.timedelta(days=rng.randint(0, 4)), -1)
    ruling_date = _weekday(notice_date - dt.timedelta(days=rng.randint(0, 6)), -1)
    if link:
        freeze_today = link["freeze_today"]
        filing_date = freeze_today - dt.timedelta(days=prng.randint(40, 90))
        f_notice = _weekday(freeze_today - dt.timedelta(days=prng.randint(0, 3)), -1)
        f_ruling = _weekday(f_notice - dt.timedelta(days=prng.randint(0, 4)), -1)
        if spec["action"] == "freeze":
            notice_date, ruling_date = f_notice, f_ruling
    else:
        filing_date = ruling_date - dt.timedelta(days=rng.randint(30, 160))
    basis_date = filing_date - dt.timedelta(days=prng.randint(40, 200))

    # ---- people
    male = spec["sex"] == "m"
    lo, hi = spec["born"]
    birth = birth_between(prng, dt.date(lo, 1, 1), dt.date(hi, 12, 28))
    resp = make_person(names, prng, male, birth, local=prng.random() < 0.7)
    cause = spec["cause"]
    if cause == "finloan":
        applicant = prng.choice(BANKS)
        app_desc = f"住所地上海市{prng.choice(('黄浦区', '浦东新区', '静安区'))}某路{prng.randint(1, 999)}号。"
    elif cause in ("maintenance", "advance"):
        child = make_person(names, prng, prng.random() < 0.5, birth_between(prng, dt.date(2011, 1, 1),
                                                                              dt.date(2019, 12, 1)))
        mother = names.person(False)
        applicant = child.name
        app_desc = f"{child.sex}，{ar_date(child.birth)}出生，汉族，住{child.address}。法定代理人：{mother}，系{child.name}之母。"
    elif cause == "division":
        sp = make_person(names, prng, not male, birth + dt.timedelta(days=prng.randint(-900, 900)))
        applicant, app_desc = sp.name, f"{sp.sex}，{ar_date(sp.birth)}出生，汉族，住{sp.address}。"
    elif cause in ("loan", "rent") and prng.random() < 0.3:
        applicant = prng.choice(COMPANIES)
        app_desc = f"住所地上海市{prng.choice(('闵行区', '徐汇区', '普陀区'))}某路{prng.randint(1, 999)}号。法定代表人：{names.person(True)}。"
    else:
        ap = make_person(names, prng, prng.random() < 0.5, birth_between(prng, dt.date(1960, 1, 1),
                                                                           dt.date(1995, 12, 1)), local=False)
        applicant, app_desc = ap.name, f"{ap.sex}，{ar_date(ap.birth)}出生，汉族，住{ap.address}。"

    officers = []
    for i, ck in enumerate(spec["cards"]):
        officers.append({"name": names.person(prng.random() < 0.6), "card": ck,
                         "sex": "男", "title": ("执行员", "法官助理", "审判员", "法官")[(i + prng.randint(0, 1)) % 4],
                         "work_no": f"{court[0][1:] or '00'}{prng.randint(10000, 99999)}",
                         "duty_no": f"沪执{prng.randint(100000, 999999)}", "valid_to": "2028年12月31日"})
    for o in officers:
        o["sex"] = "男" if prng.random() < 0.6 else "女"
    if prng.random() < 0.5:
        sign = [("审判长", names.person(True)), ("审判员", names.person(False)), ("审判员", names.person(True))]
    else:
        sign = [("审判员", names.person(prng.random() < 0.5))]
    judges = {"sign": sign, "clerk": names.person(False)}

    # ---- amounts, numbers
    if cause in ("maintenance", "advance"):
        amount = prng.randint(1_500_000, 6_000_000) // 50_000 * 50_000
    elif cause == "division":
        amount = prng.randint(4_000_000, 15_000_000) // 10000 * 10000
    else:
        amount = prng.randint(3_000_000, 26_000_000)
        if prng.random() < 0.5:
            amount = amount // 100 * 100
    ruling_amount = _swap_digits(amount) if spec.get("mismatch") == "amount" else amount
    num = link["num"] if link else rng.randint(1200, 29999)
    case_number = case_no(filing_date.year, court[0], "执", num)
    ruling_number = case_number
    if spec.get("mismatch") == "case":
        other = num + prng.choice((9, 90, 18, 900))
        ruling_number = case_no(filing_date.year, court[0], "执", other)
    bkind = spec.get("basis_kind", "judgment")
    basis_number = case_no(basis_date.year, court[0], "民初", prng.randint(1000, 39999))
    notice_id = _alt_id(resp) if spec.get("mismatch") == "id" else resp.id_number
    account_no = f"{prng.randint(10**11, 10**12 - 1)}"

    # ---- ground facts
    g = spec["ground"]
    ground_info: dict = {}
    ret_date = retirement_date(birth, male, 55 if male else 50)
    if spec.get("proof") == "retired" or "retired_date" in g.values():
        issuer = (f"上海{prng.choice(('申华', '东海', '振兴', '联合', '宏达'))}"
                  f"{prng.choice(('机械', '纺织', '电器', '印刷'))}有限公司")
        ground_info = {"date": ret_date, "issuer": issuer, "issued": notice_date - dt.timedelta(days=rng.randint(5, 40))}
    elif spec.get("proof") == "emigrated" or "emigrated" in g.values():
        ground_info = {"date": today - dt.timedelta(days=rng.randint(120, 600)),
                       "issuer": f"上海市公安局{_district(resp)}分局{prng.choice(('东明', '江湾', '新华', '龙华'))}派出所",
                       "issued": notice_date - dt.timedelta(days=rng.randint(3, 30))}
    elif spec.get("proof") == "dead" or "dead" in g.values():
        dd = today - dt.timedelta(days=rng.randint(60, 200))
        ground_info = {"date": dd, "cancelled": dd + dt.timedelta(days=12),
                       "issuer": f"上海市公安局{_district(resp)}分局{prng.choice(('凉城', '长桥', '天平'))}派出所",
                       "issued": notice_date - dt.timedelta(days=rng.randint(3, 30))}
    facts_retired = None
    if g.get("judgment") == "facts_retired":
        facts_retired = dt.date(birth.year + 55, birth.month, 1)

    basis = basis_for(cause, bkind, court, basis_number, basis_date, applicant, resp, amount, prng,
                      names.person(True), names.person(False), facts_retired)

    fmt = {"name": resp.name, "rdate": ar_date(ground_info.get("date", today)),
           "ddate": ar_date(ground_info.get("date", today))}
    ground_ruling = rng.choice(GROUND_RULING[g["ruling"]]).format(**fmt) if "ruling" in g else ""
    ground_notice = rng.choice(GROUND_NOTICE[g["notice"]]).format(**fmt) if "notice" in g else ""
    inv = rng.choice(INVEST).format(small=f"{rng.randint(12, 980)}.{rng.randint(10, 99)}")
    invest_ruling = inv if "ruling" in spec["invest"] else ""
    invest_notice = ""
    if "notice" in spec["invest"]:
        invest_notice = rng.choice(NOTICE_INVEST_LEAD) + (
            inv if not invest_ruling else rng.choice(INVEST).format(small=f"{rng.randint(12, 980)}.{rng.randint(10, 99)}"))
    extra = []
    if spec.get("long_ruling"):
        pool = list(EXTRA_REASONS)
        rng.shuffle(pool)
        extra = [s.format(d1=ar_date(filing_date + dt.timedelta(days=3)), d2=ar_date(filing_date + dt.timedelta(days=20)),
                          d3=ar_date(filing_date + dt.timedelta(days=35))) for s in pool[:4]]

    if bkind == "advance":
        extra.append(f"本案执行依据{basis_number}民事裁定书系本院在诉讼中依申请作出的先予执行裁定。")
    freeze_start = freeze_end = None
    years = 0
    if spec["action"] == "freeze":
        years = {21: 3, 22: 1, 23: 3, 24: 2, 26: 3}.get(nnn % 27, 3)
        freeze_start = today             # officers hand the notice in person and date the freeze from that day
        freeze_end = add_years(freeze_start, years) - dt.timedelta(days=1)

    case = Case(action=spec["action"], court=court, case_number=case_number, ruling_number=ruling_number,
                applicant=applicant, applicant_desc=app_desc, respondent=resp, notice_id=notice_id,
                ruling_id=resp.id_number, amount=amount, ruling_amount=ruling_amount, basis=basis,
                officers=officers, today=today, notice_date=notice_date, ruling_date=ruling_date,
                filing_date=filing_date, judges=judges,
                account_no=account_no if spec.get("print_account") else None,
                freeze_start=freeze_start, freeze_end=freeze_end, freeze_years=years, invest_ruling=invest_ruling,
                invest_notice=invest_notice, ground_ruling=ground_ruling, ground_notice=ground_notice,
                notice_sealed=spec.get("notice_sealed", True), receipt_stub=spec.get("stub", False),
                cn_dates=spec.get("cn_dates", True),
                bank_account=f"{prng.randint(10**18, 10**19 - 1)}", phone=f"021-{prng.randint(50000000, 69999999)}",
                extra_reasons=extra, half_width_number=spec["layout"] == "D", seed=rng.randint(0, 10**6))

    # ---- papers
    omit = set(spec.get("omit", ()))
    papers: list[tuple[str, list]] = [("assist_notice", assist_notice(case, rng)), ("ruling", ruling(case, rng))]
    if "judgment" not in omit:
        papers.append(("judgment", basis_doc(case, rng)))
    if spec.get("proof"):
        papers.append(("ground_proof", ground_proof(case, spec["proof"], ground_info, rng)))
    if spec.get("intro"):
        papers.append(("intro_letter", intro_letter(case, rng)))
    pack = Pack(rng)
    cards = [(o["card"], pack.card_images(o["card"], o, court[1], case.seed + 70 + i)) for i, o in enumerate(officers)]
    _layout(spec["layout"], pack, papers, cards, rng, notice_date)

    # ---- account facts
    accounts = _accounts(spec, nnn, resp, account_no, amount, prng, link, court, case_number, freeze_start,
                         freeze_end, names, seed)

    # ---- truth
    request = {
        "action": spec["action"], "measure": None, "court": court[1], "case_number": case_number,
        "respondent": {"name": resp.name, "id_number": notice_id}, "applicant": {"name": applicant},
        "amount": plain(amount),
        "freeze_period": ({"start": freeze_start.isoformat(), "end": freeze_end.isoformat()}
                          if freeze_start else None),
        "account_number": case.account_no,
        "officers": [{"name": o["name"]} for o in officers],
        "documents": [{"type": t, "sealed": _sealed(t, spec)} for t in pack.docs],
    }
    truth = {
        "generator": NAME, "split": "heldout" if nnn % 3 == 2 else "dev", "pack": "shanghai-2021",
        "today": today.isoformat(), "accounts": "accounts.json" if accounts is not None else None, "request": request,
        "expected_decision": spec["expect"], "expected_missing_materials": list(spec["missing"]),
        "scenario": f"[{kind_name}] " + spec["scenario"], "defects": [list(d) for d in spec["defects"]],
    }
    assert spec["expect"] == kind_decision
    folder = f"{NAME}-{nnn:03d}-shanghai-2021-{spec['action']}"
    meta = {"birth": birth, "male": male, "ret_date": ret_date, "ground_info": ground_info, "case": case}
    return folder, pack.files, truth, accounts, meta


def _sealed(doc_type: str, spec: dict) -> bool | None:
    """Whether a court seal shows on the paper; null for papers that are not the court's own sheets
    (officers' cards, third parties' proofs), where the flag is not meant to be scored."""
    if doc_type == "assist_notice":
        return spec.get("notice_sealed", True)
    if doc_type in ("ruling", "judgment", "intro_letter"):
        return True
    return None


def _layout(layout: str, pack: Pack, papers, cards, rng: random.Random, shot: dt.date):
    """How the court handed the papers in."""
    stamp = f"{shot:%Y%m%d}"
    for t, pages in papers:
        if (t != "assist_notice" or layout not in ("A", "A2", "C", "E")) and t not in ("ruling", "judgment"):
            assert len(pages) == 1, (t, len(pages))
    n = 0

    def fname(ext: str, phone: bool = False) -> str:
        nonlocal n
        n += 1
        return f"IMG_{stamp}_{rng.randint(100000, 235959):06d}.{ext}" if phone else f"{n:02d}.{ext}"

    def desk_photos(kind, imgs):
        for im in imgs:
            ph = place_photo(im, (1600, 1200), pack.np, fill=0.8)
            pack.files[fname("jpg", True)] = jpeg_bytes(ph, rng.randint(78, 90))
        pack.docs.append(kind)

    by = dict(papers)
    order = [t for t, _ in papers]
    if layout in ("A", "A2"):
        if layout == "A2":
            pack.files[fname("pdf")] = text_pdf(by["assist_notice"] + by["ruling"])
            pack.docs += ["assist_notice", "ruling"]
        else:
            for t in ("assist_notice", "ruling"):
                pack.files[fname("pdf")] = text_pdf(by[t])
                pack.docs.append(t)
        for t in order:
            if t in ("assist_notice", "ruling"):
                continue
            if t == "judgment":
                pack.files[fname("pdf")] = image_pdf(pack.raster(by[t], "copy"))
            else:
                pack.files[fname("jpg")] = jpeg_bytes(pack.raster(by[t], "scan")[0], 85)
            pack.docs.append(t)
        for kind, imgs in cards:
            desk_photos(kind, imgs)
    elif layout == "B":
        pack.files[fname("jpg", True)] = jpeg_bytes(pack.raster(by["assist_notice"], "phone")[0], 84)
        pack.docs.append("assist_notice")
        pack.files[fname("pdf")] = image_pdf(pack.raster(by["ruling"], "scan+skew3"))
        pack.docs.append("ruling")
        for t in order[2:]:
            if t == "judgment":
                pack.files[fname("pdf")] = image_pdf(pack.raster(by[t], "copy"))
            elif t == "ground_proof":
                pack.files[fname("jpg", True)] = jpeg_bytes(pack.raster(by[t], "phone")[0], 84)
            else:
                pack.files[fname("png")] = png_bytes(pack.raster(by[t], "scan")[0].convert("L"))
            pack.docs.append(t)
        pack.files[fname("png")] = png_bytes(pack.sheet([(None, imgs[1]) for _, imgs in cards]).convert("L"))
        pack.docs += [k for k, _ in cards]
    elif layout == "C":
        imgs, dpis = [], []
        for t in order:
            pages = by[t]
            how = "scan"
            if t == "ruling":
                how = f"scan+rot090@{len(pages) - 1}"
            elif t == "judgment":
                how = "copy"
            r = pack.raster(pages, how)
            imgs += r
            dpis += [150] * len(r)
            pack.docs.append(t)
        imgs.append(pack.sheet([(imgs_[0], imgs_[1]) for _, imgs_ in cards]))
        dpis.append(200)
        pack.docs += [k for k, _ in cards]
        pack.files[fname("pdf")] = image_pdf(imgs, quality=72, dpi=dpis)
    elif layout == "D":
        pack.files[fname("jpg")] = jpeg_bytes(pack.raster(by["assist_notice"], "fax")[0], 80)
        pack.docs.append("assist_notice")
        pack.files[fname("tif")] = tiff_bytes(pack.raster(by["ruling"], "scan+fax"))
        pack.docs.append("ruling")
        for t in order[2:]:
            if t == "judgment":
                pack.files[fname("pdf")] = image_pdf(pack.raster(by[t], "copy"))
            else:
                pack.files[fname("jpg")] = jpeg_bytes(pack.raster(by[t], "fax")[0], 80)
            pack.docs.append(t)
        for kind, imgs in cards:
            desk_photos(kind, imgs)
    elif layout == "E":
        pack.files[fname("pdf")] = text_pdf(by["assist_notice"])
        pack.docs.append("assist_notice")
        pages = by["ruling"]
        pack.files[fname("pdf")] = image_pdf(pack.raster(pages, f"scan+rot180@{len(pages) - 1}"))
        pack.docs.append("ruling")
        for t in order[2:]:
            if t == "judgment":
                pack.files[fname("pdf")] = image_pdf(pack.raster(by[t], "copy+skew3"))
            else:
                pack.files[fname("png")] = png_bytes(pack.raster(by[t], "scan")[0].convert("L"))
            pack.docs.append(t)
        desk_photos(cards[0][0], cards[0][1])
        pack.files[fname("png")] = png_bytes(pack.sheet([cards[1][1]]).convert("L"))
        pack.docs.append(cards[1][0])
    else:
        raise ValueError(layout)


def _record(p: Person, account_no: str, balance: int, status: str, rng: random.Random) -> dict:
    rec = {"id_number": p.id_number, "name": p.name, "account_number": account_no, "balance": plain(balance),
           "status": status}
    if status == "depositing":
        rec["monthly_deposit"] = plain(rng.randint(60000, 800000))
    return rec


def _accounts(spec, nnn, resp, account_no, amount, rng, link, court, case_number, fstart, fend, names, seed):
    a = spec["acct"]
    if a is None:
        return None
    if a == "others":
        out = []
        for _ in range(2):
            p = make_person(names, rng, rng.random() < 0.5, birth_between(rng, dt.date(1965, 1, 1), dt.date(1995, 1, 1)))
            out.append(_record(p, f"{rng.randint(10**11, 10**12 - 1)}", rng.randint(1_000_000, 30_000_000),
                               "depositing", rng) | {"loans": [], "contracted_withdrawal": False, "freezes": []})
        return out
    bal = {"above": amount + rng.randint(500_000, 6_000_000), "below": amount * rng.randint(35, 80) // 100,
           "zero": 0}[a["balance"]]
    rec = _record(resp, account_no, bal, a["status"], rng)
    if "retired" in a:
        rec["retired"] = a["retired"]
    loans = []
    if a.get("loan"):
        loans.append({"role": a["loan"], "settled": False, "case_about_this_loan": False})
    rec["loans"] = loans
    rec["contracted_withdrawal"] = False
    freezes = []
    if a.get("own_freeze"):
        lk = _link_facts(seed, a["own_freeze"])
        fs = lk["freeze_today"]
        freezes.append({"court": court[1], "case_number": case_number, "amount": plain(amount), "state": "active",
                        "start": fs.isoformat(), "end": (add_years(fs, 3) - dt.timedelta(days=1)).isoformat()})
    if a.get("other_freeze"):
        oc = rng.choice([c for c in COURTS if c[1] != court[1]])
        fs = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
        freezes.append({"court": oc[1], "case_number": case_no(2025, oc[0], "执", rng.randint(1000, 20000)),
                        "amount": plain(bal), "state": "active", "start": fs.isoformat(),
                        "end": (add_years(fs, 3) - dt.timedelta(days=1)).isoformat()})
    rec["freezes"] = freezes
    return [rec]
