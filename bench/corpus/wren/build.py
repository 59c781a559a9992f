"""Turning one scenario into a bundle directory: papers, files, accounts.json, truth.json."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PIL import Image

from . import cards as cardmod
from . import papers, render
from .cn import add_years, period_end
from .people import (
    JIAOZUO_COURTS,
    SHANGHAI_COURTS,
    address,
    broken_check,
    company_name,
    id_number,
    person_name,
)
from .scenarios import SH

NAME = "wren"


@dataclass
class Sheet:
    """One physical page: a laid-out page, a card photo, or a sheet with cards on it."""

    kind: str            # page / card / sheet
    obj: object
    owners: list[int] = field(default_factory=list)


@dataclass
class Paper:
    code: str
    sealed: bool | None
    sheets: list[Sheet]
    role: str            # notice / ruling / judgment / query_form / intro / proof / card


def _norm_case(printed: str) -> str:
    return printed.replace("(", "（").replace(")", "）")


def _weekday_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    while True:
        d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
        if d.weekday() < 5:
            return d


def _officers(rng: random.Random, court, n: int) -> list[papers.Officer]:
    posts = ["执行员", "法官助理", "审判员", "书记员", "执行局法官"]
    out = []
    seen = set()
    while len(out) < n:
        nm = person_name(rng)
        if nm in seen:
            continue
        seen.add(nm)
        out.append(papers.Officer(
            nm, rng.choice(posts),
            f"{court.code}{rng.randint(1000, 9999)}",
            f"{rng.randint(1000000, 9999999)}"))
    return out


def make_case(spec: dict, rng: random.Random) -> tuple[papers.Case, dict]:
    """The facts of one bundle, plus what truth needs beyond the Case."""
    pack = spec["pack"]
    courts = SHANGHAI_COURTS if pack == SH else JIAOZUO_COURTS
    court = rng.choice(courts)
    if spec.get("old_case"):
        court = rng.choice([c for c in courts if len(c.old) == 1])
    today = _weekday_between(rng, dt.date(2025, 2, 10), dt.date(2026, 10, 30))
    notice_date = today - dt.timedelta(days=rng.randint(1, 6))
    ruling_date = notice_date - dt.timedelta(days=rng.randint(0, 12))
    year = ruling_date.year if rng.random() < 0.7 else ruling_date.year - 1
    num = rng.randint(101, 9999)
    half = rng.random() < 0.4
    lp, rp = ("(", ")") if half else ("（", "）")
    if spec.get("old_case"):
        oy = rng.choice([2014, 2015])
        case_printed = f"({oy}){court.old}执字第{num}号"
        if spec.get("action") in ("freeze", "deduct") and spec.get("amount_style") == "daxie":
            case_printed = f"（{oy}）{court.old}执字第{num}号"
    elif spec.get("preservation"):
        case_printed = f"{lp}{year}{rp}{court.code}执保{num}号"
    else:
        case_printed = f"{lp}{year}{rp}{court.code}执{num}号"
    ruling_case = case_printed
    if spec.get("preservation"):
        ruling_case = f"（{year}）{court.code}民初{rng.randint(1000, 29999)}号"
    if spec.get("conflict") == "case_number":
        ruling_case = case_printed.replace(f"{num}号", f"{num + rng.choice([10, 100, 9])}号")
    # respondent
    company = bool(spec.get("company"))
    male = rng.random() < 0.6
    by = today.year - spec["age"] if spec.get("age") else rng.randint(1972, 1996)
    birth = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
    if spec.get("ground") in ("retire", "retire_proof", "loan") and spec.get("age"):
        male = True
    area = rng.choice(court.areas)
    true_id = id_number(area, birth, rng.randint(1, 998), male)
    printed_id = broken_check(true_id) if spec.get("bad_id") else true_id
    resp = person_name(rng)
    code = None
    if company:
        resp = company_name(rng, court.city)
        code = "91" + f"{area}" + "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + rng.choice("0123456789")
        code = code[:18]
        printed_id = None
    applicant_company = bool(spec.get("applicant_company")) or (spec.get("ground") is None and rng.random() < 0.3 and not company)
    applicant = company_name(rng, court.city) if applicant_company else person_name(rng)
    if company:
        applicant = person_name(rng)
        applicant_company = False
    ground = spec.get("ground") or "loan"
    causes = {"child": "抚养费纠纷", "elder": "赡养纠纷", "dibao": "民间借贷纠纷", "injury": "机动车交通事故责任纠纷",
              "wage": "劳务合同纠纷", "divorce": "离婚纠纷", "loan": "民间借贷纠纷", "retire": "民间借贷纠纷",
              "retire_proof": "买卖合同纠纷"}
    cause = causes[ground]
    if spec.get("preservation"):
        cause = rng.choice(["买卖合同纠纷", "金融借款合同纠纷"])
    action = spec["action"]
    # amount
    amount = None
    if action in ("freeze", "renew_freeze", "deduct"):
        if spec.get("amount_style") == "wan":
            amount = Decimal(rng.randint(30, 900) * 500)
        elif spec.get("amount_style") == "daxie":
            amount = Decimal(rng.randint(2000, 90000) * 10)
        else:
            amount = Decimal(rng.randint(800000, 29000000)) / 100
        if action == "deduct":
            amount = Decimal(rng.randint(500000, 9000000)) / 100
    ruling_amount = amount
    if spec.get("conflict") == "amount":
        ruling_amount = (amount * Decimal("0.8")).quantize(Decimal("0.01"))
    # period
    period = None
    years_text = None
    old_end = None
    p = spec.get("period")
    if action == "freeze" and p != "none":
        start = notice_date
        if p == "over5":
            period, years_text = (start, period_end(start, 5)), "五年"
        elif p == "reversed":
            period, years_text = (start, period_end(start, 3).replace(year=start.year - 1)), "三年"
        elif p == "past":
            s0 = add_years(start, -3) - dt.timedelta(days=40)
            period, years_text = (s0, period_end(s0, 3)), "三年"
        else:
            period, years_text = (start, period_end(start, 3)), "三年"
    if action == "renew_freeze":
        r = spec.get("renew")
        if r == "lapsed":
            old_end = today - dt.timedelta(days=rng.randint(60, 150))
            start = old_end + dt.timedelta(days=1)
        elif r == "gap":
            old_end = today + dt.timedelta(days=rng.randint(20, 40))
            start = old_end + dt.timedelta(days=122)
        else:
            old_end = today + dt.timedelta(days=rng.randint(12, 45))
            start = old_end + dt.timedelta(days=1)
        period, years_text = (start, period_end(start, 3)), "三年"
    n_off = spec.get("officers", 2)
    officers = _officers(rng, court, 2)
    card_officers = officers[:n_off]
    notice_officers = officers[:n_off] if spec.get("pack") != SH or rng.random() < 0.8 else officers[:1]
    if action == "query" and spec.get("pack") != SH:
        notice_officers = card_officers
    acct = None
    if rng.random() < 0.45 and not company:
        acct = (f"{rng.randint(10**10, 10**11 - 1)}" if pack == SH else f"4108{rng.randint(10**7, 10**8 - 1)}")
    jcourt = court
    if rng.random() < 0.3:
        jcourt = rng.choice(SHANGHAI_COURTS if pack == SH else JIAOZUO_COURTS)
    jyear = max(2016, ruling_date.year - 1)
    jcase = f"（{jyear}）{jcourt.code}民初{rng.randint(1000, 39999)}号"
    if spec.get("prior_exec"):
        jcase = f"（{ruling_date.year}）{jcourt.code}民初{rng.randint(1000, 39999)}号"
    case = papers.Case(
        pack=pack, action=action, court=court, case_printed=case_printed, ruling_case=ruling_case,
        today=today, notice_date=notice_date, ruling_date=ruling_date, resp_name=resp,
        resp_id=printed_id, resp_male=male, resp_birth=None if company else birth,
        resp_addr=address(rng, court.city), applicant=applicant, applicant_company=applicant_company,
        cause=cause, amount=amount, ruling_amount=ruling_amount, period=period,
        period_years_text=years_text, old_end=old_end, account=acct, officers=card_officers,
        notice_officers=notice_officers if action != "query" or pack == SH else card_officers,
        judgment_court=jcourt, judgment_case=jcase, ground=ground,
        property_stmt=spec.get("property_stmt", True), court_account=f"{rng.randint(10**15, 10**16 - 1)}",
        amount_style=spec.get("amount_style", "digits"), cn_dates=rng.random() < 0.7,
        informal=bool(spec.get("informal")), company_code=code,
        query_id_on_form=not spec.get("query_no_id"), preservation=bool(spec.get("preservation")),
        prior_exec=bool(spec.get("prior_exec")),
        orig_freeze_date=(today - dt.timedelta(days=rng.randint(200, 700))) if action == "unfreeze" else None,
        rng=rng)
    extra = {"true_id": true_id, "all_officers": officers}
    return case, extra


# ---------------------------------------------------------------- papers
def make_papers(spec: dict, case: papers.Case, rng: random.Random) -> list[Paper]:
    omit = set(spec.get("omit", []))
    out: list[Paper] = []
    pack, action = case.pack, case.action
    if action == "query" and pack == SH:
        if spec.get("intro"):
            out.append(Paper("intro_letter", True, [Sheet("page", p) for p in papers.intro_letter(case)], "intro"))
        else:
            out.append(Paper("query_form", True, [Sheet("page", p) for p in papers.notice(case)], "notice"))
    else:
        if action == "query":
            out.append(Paper("query_form", True, [Sheet("page", p) for p in papers.query_form(case)], "query_form"))
        out.append(Paper("assist_notice", True, [Sheet("page", p) for p in papers.notice(case)], "notice"))
        if action != "query" and "ruling" not in omit:
            out.append(Paper("ruling", True, [Sheet("page", p) for p in papers.ruling(case)], "ruling"))
        if action == "deduct" and "judgment" not in omit:
            out.append(Paper("judgment", True, [Sheet("page", p) for p in papers.judgment(case)], "judgment"))
        if action == "deduct" and spec.get("ground") == "retire_proof":
            out.append(Paper("ground_proof", False, [Sheet("page", p) for p in papers.retirement_proof(case)], "proof"))
    # cards
    mode = spec.get("cards") or ("both" if pack != SH else "one_each")
    for o in case.officers:
        kinds: list[str]
        if mode == "both":
            kinds = ["work_id", "duty_cert"]
        elif mode == "work_only":
            kinds = ["work_id"]
        elif mode == "duty":
            kinds = ["duty_cert"]
        else:
            kinds = [rng.choice(["work_id", "duty_cert"])]
        for k in kinds:
            no = o.duty_no if k == "duty_cert" else o.work_no
            valid = f"{case.today.year + 2}年12月31日"
            if rng.random() < 0.25:
                # cover and inside photographed separately: still one card
                sheets = [Sheet("card", cardmod.cover(k, case.court.name)),
                          Sheet("card", cardmod.inside(k, case.court.name, o.name, o.post, no, valid, rng))]
            else:
                sheets = [Sheet("card", cardmod.booklet(k, case.court.name, o.name, o.post, no, valid, rng))]
            out.append(Paper(k, True, sheets, "card"))
    for i, p in enumerate(out):
        for s in p.sheets:
            s.owners = [i]
    return out


# ---------------------------------------------------------------- packaging
def _scan(sheet: Sheet, dpi: int = 150) -> Image.Image:
    if sheet.kind == "page":
        return render.raster(sheet.obj, dpi)
    if sheet.kind == "card":
        return cardmod.on_sheet([sheet.obj])
    return sheet.obj


def _card_sheets(cards: list[Paper]) -> list[Sheet]:
    """Photocopy-style sheets holding two cards each (one document per card)."""
    out = []
    flat = []
    for p in cards:
        idx = p.sheets[0].owners[0]
        img = p.sheets[0].obj if len(p.sheets) == 1 else p.sheets[1].obj  # inside leaf carries the name
        flat.append((idx, img))
    for k in range(0, len(flat), 2):
        group = flat[k:k + 2]
        out.append(Sheet("sheet", cardmod.on_sheet([g[1] for g in group]), [g[0] for g in group]))
    return out


class Writer:
    """Writes the files of one bundle and remembers where each paper's pages went."""

    def __init__(self, folder: Path, rng: random.Random):
        self.folder = folder
        self.rng = rng
        self.where: dict[int, tuple[str, list[int]]] = {}
        self.flipped: list[tuple[str, int]] = []

    def _note(self, name: str, sheets: list[Sheet]) -> None:
        for page_no, s in enumerate(sheets, 1):
            for o in s.owners:
                src, pages = self.where.get(o, (name, []))
                assert src == name, "a paper must stay within one file"
                pages.append(page_no)
                self.where[o] = (src, pages)

    def jpeg_photo(self, name: str, sheet: Sheet) -> None:
        img = sheet.obj if sheet.kind == "card" else _scan(sheet, 150)
        photo = render.phone_photo(img, self.rng, 1500 if sheet.kind == "card" else 2000)
        (self.folder / name).write_bytes(render.jpeg_bytes(photo, self.rng.randint(72, 88)))
        self._note(name, [sheet])

    def photo_pdf(self, name: str, sheets: list[Sheet]) -> None:
        imgs = [render.phone_photo(_scan(s, 150), self.rng, 1900) for s in sheets]
        render.pdf_images(imgs, str(self.folder / name), quality=78)
        self._note(name, sheets)

    def text_pdf(self, name: str, sheets: list[Sheet]) -> None:
        pages = []
        for s in sheets:
            if s.kind == "page":
                pages.append(s.obj)
            elif s.kind == "card":
                pages.append(render.phone_photo(s.obj, self.rng, 1200))
            else:
                pages.append(s.obj)
        render.pdf_text(pages, str(self.folder / name))
        self._note(name, sheets)

    def scan_pdf(self, name: str, sheets: list[Sheet], flip_one: bool = True) -> None:
        imgs = [render.photocopy(_scan(s, 150), self.rng) for s in sheets]
        if flip_one and len(imgs) > 1:
            k = self.rng.randrange(len(imgs))
            imgs[k] = imgs[k].rotate(180)
            self.flipped.append((name, k + 1))
        render.pdf_images(imgs, str(self.folder / name), quality=70)
        self._note(name, sheets)

    def png_scan(self, name: str, sheet: Sheet) -> None:
        img = render.skew(_scan(sheet, 150), self.rng.uniform(-2, 2))
        img.convert("L").save(self.folder / name, "PNG", optimize=True)
        self._note(name, [sheet])

    def tiff(self, name: str, sheets: list[Sheet], bilevel: bool) -> None:
        pages = [render.fax_page(_scan(s, 200) if s.kind == "page" else _scan(s).resize((1654, 2339)), self.rng, bilevel)
                 for s in sheets]
        if len(pages) > 2:
            k = self.rng.randrange(1, len(pages))
            pages[k] = pages[k].rotate(180)
            self.flipped.append((name, k + 1))
        render.save_tiff(pages, str(self.folder / name))
        self._note(name, sheets)


def package(style: str, ps: list[Paper], w: Writer) -> None:
    """Lay the papers into files the way the bundle's style says they arrived."""
    rng = w.rng
    docs = [p for p in ps if p.role != "card"]
    cards = [p for p in ps if p.role == "card"]
    stem = {"notice": "tongzhishu", "ruling": "caidingshu", "judgment": "panjueshu", "query_form": "chaxundan",
            "intro": "jieshaoxin", "proof": "tuixiuzhengming"}
    if style == "phone":
        for p in docs:
            if len(p.sheets) == 1:
                w.jpeg_photo(f"IMG_2025{rng.randint(1000, 9999)}_{stem[p.role]}.jpg", p.sheets[0])
            else:
                w.photo_pdf(f"{stem[p.role]}_scan.pdf", p.sheets)
        for n, p in enumerate(cards, 1):
            if len(p.sheets) == 1:
                w.jpeg_photo(f"IMG_{rng.randint(1000, 9999)}_{n}.jpg", p.sheets[0])
            else:
                w.photo_pdf(f"zhengjian_{n}.pdf", p.sheets)
    elif style in ("fax1", "faxgrey"):
        sheets = [s for p in docs for s in p.sheets] + _card_sheets(cards)
        # the fax feeder took the ruling before the notice
        if len(sheets) > 3 and rng.random() < 0.6:
            sheets[0], sheets[1] = sheets[1], sheets[0]
        w.tiff(f"FAX{rng.randint(100000, 999999)}.tif", sheets, bilevel=(style == "fax1"))
    elif style == "scanpdf":
        sheets = [s for p in docs for s in p.sheets] + _card_sheets(cards)
        w.scan_pdf("saomiaojian.pdf", sheets)
    elif style == "mixed":
        embedded = cards[: 2] if cards else []
        for p in docs:
            if p.role == "notice":
                if len(p.sheets) == 1:
                    w.jpeg_photo("tongzhishu.jpg", p.sheets[0])
                else:
                    w.photo_pdf("tongzhishu.pdf", p.sheets)
            elif p.role == "ruling":
                # born-digital ruling with the officers' card photos as its last pages
                extra = [s for c in embedded for s in c.sheets]
                w.text_pdf("caidingshu.pdf", p.sheets + extra)
            elif p.role == "judgment":
                w.scan_pdf("panjueshu_fuyinjian.pdf", p.sheets, flip_one=False)
            elif p.role in ("query_form", "intro"):
                w.png_scan(f"{stem[p.role]}.png", p.sheets[0])
            else:
                w.jpeg_photo(f"{stem[p.role]}.jpg", p.sheets[0])
        rest = [c for c in cards if c.sheets[0].owners[0] not in w.where]
        for k, c in enumerate(rest, 1):
            if len(c.sheets) == 1:
                w.jpeg_photo(f"zhengjian{k}.jpg", c.sheets[0])
            else:
                w.photo_pdf(f"zhengjian{k}.pdf", c.sheets)
    elif style == "digital":
        w.text_pdf("wenshu.pdf", [s for p in docs for s in p.sheets])
        for sh in _card_sheets(cards):
            name = f"zhengjian_{len(w.where)}.png"
            im = render.skew(sh.obj, rng.uniform(-1.5, 1.5))
            im.save(w.folder / name, "PNG", optimize=True)
            w._note(name, [sh])
    else:
        raise ValueError(style)


# ---------------------------------------------------------------- accounts and truth
def make_accounts(spec: dict, case: papers.Case, extra: dict, rng: random.Random) -> list | None:
    """The centre's records of the respondent (and one unrelated person)."""
    if "accounts" in spec and spec["accounts"] is None:
        return None
    amount = case.amount or Decimal(rng.randint(2000000, 9000000)) / 100
    if case.action == "deduct":
        balance = amount + Decimal(rng.randint(100000, 3000000)) / 100
    else:
        balance = Decimal(rng.randint(300000, 25000000)) / 100
    acct = case.account or (f"{rng.randint(10**10, 10**11 - 1)}" if case.pack == SH else f"4108{rng.randint(10**7, 10**8 - 1)}")
    status = spec.get("acc_status", "depositing")
    rec: dict = {"id_number": extra["true_id"], "name": case.resp_name, "account_number": acct,
                 "balance": f"{balance:.2f}", "status": status}
    if status == "depositing":
        rec["monthly_deposit"] = f"{Decimal(rng.randint(60000, 600000)) / 100:.2f}"
    if "acc_retired" in spec:
        rec["retired"] = spec["acc_retired"]
    rec["loans"] = [{"role": r, "settled": st} for r, st in spec.get("acc_loans", [])]
    rec["contracted_withdrawal"] = bool(spec.get("acc_contract"))
    freezes = []
    case_no = _norm_case(case.case_printed)
    fz = spec.get("acc_freezes")
    if fz == "this":
        st = case.orig_freeze_date
        freezes.append({"court": case.court.name, "case_number": case_no, "amount": f"{amount:.2f}",
                        "state": "active", "start": st.isoformat(), "end": period_end(st, 3).isoformat()})
    elif fz == "other_active":
        other = rng.choice([c for c in (SHANGHAI_COURTS if case.pack == SH else JIAOZUO_COURTS) if c != case.court])
        st = case.today - dt.timedelta(days=rng.randint(90, 600))
        freezes.append({"court": other.name, "case_number": f"（{st.year}）{other.code}执{rng.randint(100, 9999)}号",
                        "amount": f"{Decimal(rng.randint(1000000, 9000000)) / 100:.2f}", "state": "active",
                        "start": st.isoformat(), "end": period_end(st, 3).isoformat()})
    if case.action == "renew_freeze" and spec.get("renew") in ("ok", "gap"):
        st = add_years(case.old_end + dt.timedelta(days=1), -3)
        freezes.append({"court": case.court.name, "case_number": case_no, "amount": f"{amount:.2f}",
                        "state": "active", "start": st.isoformat(), "end": case.old_end.isoformat()})
    rec["freezes"] = freezes
    decoy_birth = dt.date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28))
    decoy = {"id_number": id_number(rng.choice(case.court.areas), decoy_birth, rng.randint(1, 998), rng.random() < 0.5),
             "name": person_name(rng), "account_number": f"{rng.randint(10**10, 10**11 - 1)}",
             "balance": f"{Decimal(rng.randint(100000, 9000000)) / 100:.2f}", "status": "depositing",
             "monthly_deposit": "1860.00", "loans": [], "contracted_withdrawal": False, "freezes": []}
    return [rec, decoy] if rng.random() < 0.5 else [decoy, rec]


def make_bundle(index: int, spec: dict, seed: int, out: Path) -> dict:
    """Write one bundle directory and return its truth."""
    rng = random.Random(f"{NAME}:{seed}:{index}")
    case, extra = make_case(spec, rng)
    ps = make_papers(spec, case, rng)
    bid = f"{NAME}-{index:03d}-{'sh' if case.pack == SH else 'jz'}-{case.action}"
    folder = out / bid
    folder.mkdir(parents=True, exist_ok=True)
    w = Writer(folder, rng)
    package(spec["pkg"], ps, w)
    accounts = make_accounts(spec, case, extra, rng)
    if accounts is not None:
        (folder / "accounts.json").write_text(json.dumps(accounts, ensure_ascii=False, indent=1), encoding="utf-8")
    documents = []
    for i, p in enumerate(ps):
        src, pages = w.where[i]
        documents.append({"type": p.code, "source": src, "pages": sorted(pages), "sealed": p.sealed})
    documents.sort(key=lambda d: (d["source"], d["pages"][0]))
    names: list[str] = []
    for o in case.officers + case.notice_officers:
        if o.name not in names:
            names.append(o.name)
    acct_printed = case.account if case.action != "query" and (not case.informal or case.action == "freeze") else None
    request = {
        "action": case.action,
        "court": case.court.name,
        "case_number": _norm_case(case.case_printed),
        "respondent": {"name": case.resp_name, "id_number": case.resp_id},
        "applicant": None if spec.get("intro") else {"name": case.applicant},
        "amount": f"{case.amount:.2f}" if case.amount is not None else None,
        "freeze_period": ({"start": case.period[0].isoformat(), "end": case.period[1].isoformat()}
                          if case.period else None),
        "account_number": acct_printed,
        "officers": [{"name": n} for n in names],
        "documents": documents,
        "measure": None,
    }
    role_at = {}
    for i, p in enumerate(ps):
        role_at.setdefault(p.role, w.where[i])
    defects = []
    for role, kind in spec.get("defects", []):
        src, pages = role_at.get(role) or role_at.get("notice") or role_at.get("query_form")
        defects.append({"source": src, "page": min(pages), "kind": kind})
    for src, page in w.flipped:
        defects.append({"source": src, "page": page, "kind": "scan_upside_down"})
    truth = {
        "generator": NAME,
        "split": "heldout" if index % 3 == 2 else "dev",
        "pack": case.pack,
        "today": case.today.isoformat(),
        "accounts": "accounts.json" if accounts is not None else None,
        "request": request,
        "expected_decision": spec["expect"],
        "expected_missing_materials": sorted(spec.get("missing", [])),
        "scenario": spec["scenario"],
        "defects": defects,
    }
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
